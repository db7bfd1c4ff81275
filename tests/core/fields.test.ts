import fc from "fast-check";
import {
  Fiber,
  LengthUnit,
  Polarity,
  formatFiber,
  formatPolarity,
  parseApplication,
  parseCount,
  parseDb,
  parseDecimal,
  parseFiber,
  parseLength,
  parseLossGrade,
  parsePolarity,
  parsePriority,
} from "../../src/core";

/** What an Excel cell or a CSV field can hand a parser: text, numbers, booleans, blanks, error strings. */
const cellValue = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(null, undefined, "", "#N/A", "#REF!", "=1+1"),
  fc.array(fc.array(fc.oneof(fc.string(), fc.double(), fc.boolean()), { maxLength: 3 }), { maxLength: 3 }),
);

describe("parseFiber", () => {
  const accept: Array<[string, Fiber]> = [
    ["OM1", { kind: "MMF", grade: "OM1" }],
    ["OM2", { kind: "MMF", grade: "OM2" }],
    ["OM3", { kind: "MMF", grade: "OM3" }],
    ["om4", { kind: "MMF", grade: "OM4" }],
    ["OM5", { kind: "MMF", grade: "OM5" }],
    ["OS1", { kind: "SMF", grade: "OS1" }],
    ["OS1a", { kind: "SMF", grade: "OS1a" }],
    ["OS1A", { kind: "SMF", grade: "OS1a" }],
    ["OS2", { kind: "SMF", grade: "OS2" }],
    ["MMF OM4", { kind: "MMF", grade: "OM4" }],
    ["OM3 multimode", { kind: "MMF", grade: "OM3" }],
    ["single mode OS2", { kind: "SMF", grade: "OS2" }],
    ["mmf-om4", { kind: "MMF", grade: "OM4" }], // NetBox cable type
    ["smf-os2", { kind: "SMF", grade: "OS2" }], // NetBox cable type
    ["smf-os1", { kind: "SMF", grade: "OS1" }],
    ["OM4 OM4", { kind: "MMF", grade: "OM4" }],
    ["MMF 50/125", { kind: "MMF", coreUm: 50 }],
    ["50/125", { kind: "MMF", coreUm: 50 }],
    ["62.5/125", { kind: "MMF", grade: "OM1", coreUm: 62.5 }],
    ["62,5/125 MMF", { kind: "MMF", grade: "OM1", coreUm: 62.5 }],
    ["9/125", { kind: "SMF" }],
    ["SMF", { kind: "SMF" }],
    ["SM", { kind: "SMF" }],
    ["single mode", { kind: "SMF" }],
    ["Single-mode", { kind: "SMF" }],
    ["singlemode", { kind: "SMF" }],
    ["MMF", { kind: "MMF" }],
    ["multimode", { kind: "MMF" }],
    ["Multi-mode", { kind: "MMF" }],
  ];
  test.each(accept)("accepts %p", (text, fiber) => {
    expect(parseFiber(text)).toEqual({ ok: true, value: fiber });
  });

  const reject: Array<[unknown, RegExp]> = [
    ["SMF OM4", /contradicts/],
    ["smf-om3", /contradicts/],
    ["multimode OS2", /contradicts/],
    ["mmf-os2", /contradicts/],
    // Two different grades in one cell: the engine cannot pick one without inventing a fact.
    ["OM3/OM4", /OM3 and OM4/],
    ["OS1a or OS2", /OS1a and OS2/],
    ["OM6", /not a fiber grade/],
    ["copper", /not a fiber grade/],
    ["Cat6", /not a fiber grade/],
    ["", /empty/],
    ["  ", /empty/],
    [4, /not text/],
    [null, /not text/],
  ];
  test.each(reject)("rejects %p", (input, reason) => {
    const r = parseFiber(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.what).toBe("fiber type");
    expect(r.error.reason).toMatch(reason);
    expect(r.error.expected).toMatch(/OM4/);
  });

  test("formatFiber names the grade, else the kind with its core", () => {
    expect(formatFiber({ kind: "SMF", grade: "OS1a" })).toBe("OS1a");
    expect(formatFiber({ kind: "MMF", coreUm: 50 })).toBe("MMF 50/125");
    expect(formatFiber({ kind: "SMF" })).toBe("SMF");
  });
});

describe("parseLength", () => {
  const accept: Array<[unknown, LengthUnit, number, LengthUnit, boolean]> = [
    // [input, column default unit, metres, unit read, unit assumed]
    ["30 ft", "m", 9.144, "ft", false],
    ["10m", "m", 10, "m", false],
    ["10 M", "m", 10, "m", false],
    ["10 metres", "ft", 10, "m", false],
    ["10 meters", "m", 10, "m", false],
    ["10.5 m", "m", 10.5, "m", false],
    ["10 m.", "m", 10, "m", false],
    ["1,5 m", "m", 1.5, "m", false], // decimal comma
    ["1,500 m", "m", 1500, "m", false], // thousands separator
    ["1 500 m", "m", 1500, "m", false],
    ["0,500 km", "m", 500, "km", false],
    ["150 cm", "m", 1.5, "cm", false],
    ["2 km", "m", 2000, "km", false],
    ["0.5km", "m", 500, "km", false],
    ["12 in", "m", 0.3048, "in", false],
    ['12"', "m", 0.3048, "in", false],
    ["1 mi", "m", 1609.344, "mi", false],
    ["100'", "m", 30.48, "ft", false],
    ["100 feet", "m", 30.48, "ft", false],
    ["1 foot", "m", 0.3048, "ft", false],
    // A bare number takes the column's unit: metres unless the header says ft.
    [30, "m", 30, "m", true],
    [30, "ft", 9.144, "ft", true],
    ["30", "m", 30, "m", true],
    ["30", "ft", 9.144, "ft", true],
    ["2,5", "m", 2.5, "m", true],
    [0, "m", 0, "m", true],
  ];
  test.each(accept)("%p (column in %s) is %p m", (input, defaultUnit, metres, unit, assumedUnit) => {
    const r = parseLength(input, defaultUnit);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.metres).toBeCloseTo(metres, 9);
    expect(r.value.unit).toBe(unit);
    expect(r.value.assumedUnit).toBe(assumedUnit);
  });

  test("the default unit is metres", () => {
    expect(parseLength(25)).toEqual({ ok: true, value: { metres: 25, unit: "m", assumedUnit: true } });
  });

  const reject: Array<[unknown, RegExp]> = [
    ["30 furlongs", /unknown unit "furlongs"/],
    ["10 yd", /unknown unit "yd"/],
    ["-5 m", /negative/],
    [-5, /not a positive number/],
    [Number.NaN, /not a positive number/],
    [Number.POSITIVE_INFINITY, /not a positive number/],
    ["", /empty/],
    ["long", /not a number with a unit/],
    ["m 30", /not a number with a unit/],
    ["1,2,3 m", /is not a number/],
    [true, /not a number or text/],
    [null, /not a number or text/],
  ];
  test.each(reject)("rejects %p", (input, reason) => {
    const r = parseLength(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.what).toBe("length");
    expect(r.error.reason).toMatch(reason);
  });

  test("an unknown unit lists the units that are accepted", () => {
    const r = parseLength("3 parsecs");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.expected).toMatch(/km, m, cm, mi, ft, in/);
  });

  test("never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), cellValue), (v) => {
        expect(typeof parseLength(v).ok).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parseDecimal", () => {
  const cases: Array<[string, number | undefined]> = [
    ["1.5", 1.5],
    ["1,5", 1.5],
    ["1,500", 1500],
    ["0,500", 0.5],
    ["1 500", 1500],
    ["1.500,5", 1500.5],
    ["1,500.5", 1500.5],
    ["1,000,000", 1000000],
    ["1.000.000", 1000000],
    ["1,2,3", undefined],
    ["abc", undefined],
    ["", undefined],
    [".", undefined],
  ];
  test.each(cases)("%p → %p", (text, n) => {
    expect(parseDecimal(text)).toBe(n);
  });
});

describe("parseApplication", () => {
  const accept: Array<[string, string]> = [
    ["100GBASE-SR4", "100GBASE-SR4"],
    ["100gbase-sr4", "100GBASE-SR4"],
    ["100GBASE SR4", "100GBASE-SR4"],
    ["100G-SR4", "100GBASE-SR4"],
    ["100G SR4", "100GBASE-SR4"],
    ["QSFP28 SR4", "100GBASE-SR4"],
    ["100G QSFP28 SR4", "100GBASE-SR4"],
    ["40G SR4", "40GBASE-SR4"],
    ["QSFP+ SR4", "40GBASE-SR4"],
    ["40GBASE-SR4 QSFP+", "40GBASE-SR4"],
    ["400G DR4", "400GBASE-DR4"],
    ["800G-DR8", "800GBASE-DR8"],
    ["800G SR8", "800GBASE-SR8"],
    ["QSFP-DD SR8", "400GBASE-SR8"],
    ["400G SR4.2", "400GBASE-SR4.2"],
    ["400G BiDi", "400GBASE-SR4.2"],
    ["100G PSM4", "100G-PSM4"],
    ["PSM4", "100G-PSM4"], // only one PSM4 in the catalog
    ["QSFP28 PSM4", "100G-PSM4"],
    ["10G SR", "10GBASE-SR"],
    ["SFP+ SR", "10GBASE-SR"],
    ["SFP28 SR", "25GBASE-SR"],
    ["25G-SR", "25GBASE-SR"],
    ["40G LR4", "40GBASE-LR4"],
    ["100G-SR10", "100GBASE-SR10"],
    ["100G DR", "100GBASE-DR"],
    ["100G FR1", "100GBASE-FR1"],
    ["200G SR4", "200GBASE-SR4"],
    ["200G DR4", "200GBASE-DR4"],
    ["400G FR4", "400GBASE-FR4"],
    ["400G LR8", "400GBASE-LR8"],
    ["400G VR4", "400GBASE-VR4"],
    ["LR8", "400GBASE-LR8"],
    // Vendor part numbers name the form factor and the rate.
    ["QSFP-100G-SR4-S", "100GBASE-SR4"],
    ["QSFP-40G-SR4", "40GBASE-SR4"],
    ["SFP-10G-SR", "10GBASE-SR"],
    ["QDD-400G-DR4-S", "400GBASE-DR4"],
    ["800G QSFP-DD DR8", "800GBASE-DR8"],
    ["OSFP 800G DR8", "800GBASE-DR8"],
    // Optics added for issue 11, and vendor names mapped to the IEEE PMD they are.
    ["1000BASE-SX", "1000BASE-SX"],
    ["1G SX SFP", "1000BASE-SX"],
    ["SFP-10G-LR", "10GBASE-LR"],
    ["10G ER", "10GBASE-ER"],
    ["SFP28 25G LR", "25GBASE-LR"],
    ["40G ER4", "40GBASE-ER4"],
    ["100G LR4", "100GBASE-LR4"],
    ["QSFP-100G-LR4-S", "100GBASE-LR4"],
    ["100G CWDM4", "100G-CWDM4"],
    ["QSFP28 CWDM4", "100G-CWDM4"],
    ["100G-LR", "100GBASE-LR1"],
    ["100G LR1", "100GBASE-LR1"],
    ["100G BiDi", "100G-SR1.2"],
    ["QSFP-100G-SR1.2", "100G-SR1.2"],
    ["100G SWDM4", "100G-SWDM4"],
    ["40G SWDM4", "40G-SWDM4"],
    ["100G SR2", "100GBASE-SR2"],
    ["200G FR4", "200GBASE-FR4"],
    ["200G LR4", "200GBASE-LR4"],
    ["400G-LR4-6", "400GBASE-LR4-6"],
    ["400G LR4", "400G-LR4-10"],
    ["QDD-400G-XDR4", "400GBASE-DR4-2"],
    ["400G DR4+", "400GBASE-DR4-2"],
    ["400G-PLR4", "400G-PLR4"],
    ["800G VR8", "800GBASE-VR8"],
    ["800G-2xDR4", "800G-2xDR4"],
    ["OSFP 800G 2×FR4", "800G-2xFR4"],
  ];
  test.each(accept)("%p → %s", (text, id) => {
    const r = parseApplication(text);
    expect(r.ok && r.value.id).toBe(id);
  });

  const reject: Array<[unknown, RegExp]> = [
    ["SR", /SR alone is ambiguous \(10GBASE-SR, 25GBASE-SR\)/],
    ["SR4", /SR4 alone is ambiguous \(40GBASE-SR4, 100GBASE-SR4, 200GBASE-SR4, 400GBASE-SR4\)/],
    ["SR8", /ambiguous \(400GBASE-SR8, 800GBASE-SR8\)/],
    ["40G QSFP28 SR4", /QSFP28 does not carry 40G/],
    ["QSFP+ 100G SR4", /QSFP\+ does not carry 100G/],
    ["200G QSFP SR4", /QSFP does not carry 200G/],
    // An optic name the catalog lacks says so once, whether or not its optic type is known elsewhere.
    ["100GBASE-XR9", /^not in the catalog$/],
    ["100G SR8", /^not in the catalog$/],
    ["400G ZR", /^not in the catalog$/],
    // ER4-lite (30 km) is not the IEEE ER4 PMD: it is not read as 100GBASE-ER4.
    ["QSFP-100G-ER4L-S", /^not in the catalog$/],
    ["banana", /no optic type/],
    ["", /empty/],
    [100, /not text/],
  ];
  test.each(reject)("rejects %p", (input, reason) => {
    const r = parseApplication(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.what).toBe("application");
    expect(r.error.reason).toMatch(reason);
  });

  test("an ambiguous optic asks for the line rate", () => {
    const r = parseApplication("SR");
    expect(!r.ok && r.error.expected).toMatch(/line rate/);
  });

  test("never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), cellValue), (v) => {
        expect(typeof parseApplication(v).ok).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parsePolarity", () => {
  const accept: Array<[unknown, Polarity]> = [
    ["Type A", { kind: "cable", type: "A" }],
    ["type b", { kind: "cable", type: "B" }],
    ["Type-C", { kind: "cable", type: "C" }],
    ["B", { kind: "cable", type: "B" }],
    ["Polarity B", { kind: "cable", type: "B" }],
    ["Method A", { kind: "method", method: "A" }],
    ["method b", { kind: "method", method: "B" }],
    ["Method C", { kind: "method", method: "C" }],
    ["Method U1", { kind: "method", method: "U1" }],
    ["Connectivity Method U2", { kind: "method", method: "U2" }],
    ["U1", { kind: "method", method: "U1" }],
    ["U2", { kind: "method", method: "U2" }],
    ["Type U2", { kind: "method", method: "U2" }],
    ["A-to-B", { kind: "duplex-cord", type: "A-to-B" }],
    ["A to B", { kind: "duplex-cord", type: "A-to-B" }],
    ["A-B", { kind: "duplex-cord", type: "A-to-B" }],
    ["A-to-B duplex", { kind: "duplex-cord", type: "A-to-B" }],
    ["A-to-A", { kind: "duplex-cord", type: "A-to-A" }],
    ["a-a", { kind: "duplex-cord", type: "A-to-A" }],
    ["A-to-A patch cord", { kind: "duplex-cord", type: "A-to-A" }],
    ["A,A,A,A,B", { kind: "path", types: ["A", "A", "A", "A", "B"] }],
    ["B, B, B, B, B", { kind: "path", types: ["B", "B", "B", "B", "B"] }],
    ["A;A;C;A;B", { kind: "path", types: ["A", "A", "C", "A", "B"] }],
    ["A > B", { kind: "path", types: ["A", "B"] }],
    // A range arrives as a 2-D array: a row or a column of types.
    [[["A", "A", "A", "A", "B"]], { kind: "path", types: ["A", "A", "A", "A", "B"] }],
    [[["A"], ["A"], ["A"], ["A"], ["B"]], { kind: "path", types: ["A", "A", "A", "A", "B"] }],
    [[["Type B"], [""], ["b"]], { kind: "path", types: ["B", "B"] }],
  ];
  test.each(accept)("%j", (input, polarity) => {
    expect(parsePolarity(input)).toEqual({ ok: true, value: polarity });
  });

  const reject: Array<[unknown, RegExp]> = [
    ["", /empty/],
    ["D", /not a polarity/],
    ["Method D", /not a polarity/],
    ["U3", /not a polarity/],
    ["A,D", /not a polarity/],
    ["straight", /not a polarity/],
    [[["A", "X"]], /not a list of A, B or C/],
    [[[]], /not a list of A, B or C/],
    [[[""]], /not a list of A, B or C/],
    [5, /not text/],
    [null, /not text/],
  ];
  test.each(reject)("rejects %j", (input, reason) => {
    const r = parsePolarity(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.reason).toMatch(reason);
    expect(r.error.expected).toMatch(/A,A,A,A,B/);
  });

  test("formatPolarity writes what parsePolarity reads back", () => {
    const all: Polarity[] = accept.map(([, p]) => p);
    for (const p of all) expect(parsePolarity(formatPolarity(p))).toEqual({ ok: true, value: p });
  });
});

describe("small fields", () => {
  test.each([
    ["performance", "performance"],
    ["Performance", "performance"],
    [" cost ", "cost"],
    ["density", "density"],
  ])("priority %p → %p", (text, p) => {
    expect(parsePriority(text)).toEqual({ ok: true, value: p });
  });
  test.each([["speed"], [""], [1]])("priority %p is rejected with the choices", (v) => {
    const r = parsePriority(v);
    expect(!r.ok && r.error.expected).toBe("performance, cost or density");
  });

  test.each([
    ["standard", "standard"],
    ["TIA", "standard"],
    ["low-loss", "low-loss"],
    ["Low Loss", "low-loss"],
    ["Elite", "low-loss"],
    ["ULL", "low-loss"],
  ])("loss grade %p → %p", (text, g) => {
    expect(parseLossGrade(text)).toEqual({ ok: true, value: g });
  });
  test("an unknown loss grade is rejected", () => {
    expect(parseLossGrade("gold").ok).toBe(false);
  });

  test.each([
    [2, 2],
    ["4", 4],
    [0, 0],
    ["1,000", 1000],
  ])("count %p → %p", (v, n) => {
    expect(parseCount(v, "mated pairs")).toEqual({ ok: true, value: n });
  });
  test.each([[2.5], ["2.5"], [-1], [1001], [""], ["two"], [null]])("count %p is rejected, naming the argument", (v) => {
    const r = parseCount(v, "mated pairs");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.what).toBe("mated pairs");
      expect(r.error.expected).toBe("a whole number of 0 or more");
    }
  });

  test.each([
    [0.35, 0.35],
    ["0.75", 0.75],
    ["0.5 dB", 0.5],
    ["0,5", 0.5],
    ["0.3DB", 0.3],
  ])("dB %p → %p", (v, n) => {
    expect(parseDb(v, "pair loss")).toEqual({ ok: true, value: n });
  });
  test.each([[-0.1], ["abc"], [""], [101], [Number.NaN]])("dB %p is rejected", (v) => {
    const r = parseDb(v, "pair loss");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.what).toBe("pair loss");
  });
});

test("no field parser throws on any cell value", () => {
  const parsers: Array<(v: unknown) => { ok: boolean }> = [
    parseFiber,
    (v) => parseLength(v, "ft"),
    parseApplication,
    parsePolarity,
    parsePriority,
    parseLossGrade,
    (v) => parseCount(v, "splices"),
    (v) => parseDb(v, "pair loss"),
  ];
  fc.assert(
    fc.property(cellValue, (v) => {
      for (const parse of parsers) expect(typeof parse(v).ok).toBe("boolean");
    }),
    { numRuns: 1000 },
  );
});
