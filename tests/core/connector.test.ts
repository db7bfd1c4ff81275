import fc from "fast-check";
import {
  Connector,
  describeParseError,
  formatConnector,
  keyForCount,
  normalizeConnectorText,
  parseConnector,
  positionsOf,
} from "../../src/core";

/** Parses and insists on success, so a table row reads as text → connector. */
const parsed = (text: unknown): Connector => {
  const r = parseConnector(text);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${describeParseError(r.error)}`);
  return r.value;
};

describe("parseConnector: the examples of issue 2 item 1", () => {
  // male = pinned, female = unpinned; MPO-8/12/24 centre key, MPO-16/32 offset key.
  const cases: Array<[string, Connector]> = [
    ["MTP-12 F APC", { family: "MTP", fiberCount: 12, key: "centre", polish: "APC", gender: "female" }],
    ["MTP®24 female", { family: "MTP", fiberCount: 24, key: "centre", gender: "female" }],
    ["mpo12/apc pinned", { family: "MPO", fiberCount: 12, key: "centre", polish: "APC", gender: "male" }],
    ["12F MPO UPC male", { family: "MPO", fiberCount: 12, key: "centre", polish: "UPC", gender: "male" }],
    ["MPO-16 APC (F)", { family: "MPO", fiberCount: 16, key: "offset", polish: "APC", gender: "female" }],
    ["Base-8 MTP", { family: "MTP", fiberCount: 8, key: "centre" }],
    ["MTP Elite 12 UPC unpinned", { family: "MTP", fiberCount: 12, key: "centre", lowLoss: true, polish: "UPC", gender: "female" }],
    ["LC/UPC duplex", { family: "LC", polish: "UPC", duplex: true, fiberCount: 2 }],
    ["LC-APC", { family: "LC", polish: "APC" }],
    ["lc upc", { family: "LC", polish: "UPC" }],
    ["SC/APC", { family: "SC", polish: "APC" }],
  ];
  test.each(cases)("%s", (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe("parseConnector: more MPO/MTP spellings", () => {
  const cases: Array<[string, Partial<Connector>]> = [
    ["MPO", { family: "MPO" }],
    ["MTP", { family: "MTP" }],
    ["MPO-32 UPC male", { family: "MPO", fiberCount: 32, key: "offset", polish: "UPC", gender: "male" }],
    ["MPO-24 male", { family: "MPO", fiberCount: 24, key: "centre", gender: "male" }],
    ["MPO-8", { family: "MPO", fiberCount: 8, key: "centre" }],
    ["MTP-16 low loss APC female", { family: "MTP", fiberCount: 16, key: "offset", lowLoss: true, polish: "APC", gender: "female" }],
    ["MTP-12 low-loss UPC (M)", { family: "MTP", fiberCount: 12, lowLoss: true, polish: "UPC", gender: "male" }],
    ["MPO 12 fiber UPC non-pinned", { family: "MPO", fiberCount: 12, polish: "UPC", gender: "female" }],
    ["MPO-12 without pins", { family: "MPO", fiberCount: 12, gender: "female" }],
    ["MPO-12 with pins", { family: "MPO", fiberCount: 12, gender: "male" }],
    ["MTP™ 12 ELITE APC", { family: "MTP", fiberCount: 12, lowLoss: true, polish: "APC" }],
    ["MPO–12 APC female", { family: "MPO", fiberCount: 12, polish: "APC", gender: "female" }], // en dash
    ["  mpo-12   upc   female  ", { family: "MPO", fiberCount: 12, polish: "UPC", gender: "female" }],
    ["MPO-48", { family: "MPO", fiberCount: 48 }],
    ["MPO-72 APC", { family: "MPO", fiberCount: 72, polish: "APC" }],
    ["\u200fMPO-12 APC\u200f", { family: "MPO", fiberCount: 12, polish: "APC" }], // right-to-left marks
    ["MPO-12\u200b UPC", { family: "MPO", fiberCount: 12, polish: "UPC" }], // zero-width space
    ["MPO\u00a012", { family: "MPO", fiberCount: 12 }], // no-break space
    ["Aqua MPO-12 UPC female connector", { family: "MPO", fiberCount: 12, polish: "UPC", gender: "female" }],
  ];
  test.each(cases)("%s", (text, expected) => {
    expect(parsed(text)).toMatchObject(expected);
  });

  // An F glued to the count is the fiber unit, as in "12F MPO", so "MPO12F" reads like "MPO-12F":
  // reading it as female would invent a gender the text may not state.
  const glued: Array<[string, Connector]> = [
    ["MPO-12F", { family: "MPO", fiberCount: 12, key: "centre" }],
    ["MPO12F", { family: "MPO", fiberCount: 12, key: "centre" }],
    ["MTP24F APC", { family: "MTP", fiberCount: 24, key: "centre", polish: "APC" }],
    ["MPO12F female", { family: "MPO", fiberCount: 12, key: "centre", gender: "female" }],
    ["mpo12apc", { family: "MPO", fiberCount: 12, key: "centre", polish: "APC" }],
  ];
  test.each(glued)("%s", (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  test("gender and polish stay unknown when the text does not give them", () => {
    const c = parsed("MPO-12");
    expect(c.gender).toBeUndefined();
    expect(c.polish).toBeUndefined();
    expect(c.lowLoss).toBeUndefined();
  });

  test("keys follow the row width: centre for rows of 12, offset for rows of 16", () => {
    expect([8, 12, 24].map(keyForCount)).toEqual(["centre", "centre", "centre"]);
    expect([16, 32].map(keyForCount)).toEqual(["offset", "offset"]);
    expect(keyForCount(undefined)).toBeUndefined();
  });

  test("an MPO-8 is a 12-position ferrule; other counts are their own positions", () => {
    expect(positionsOf(parsed("Base-8 MTP"))).toBe(12);
    expect(positionsOf(parsed("MPO-12"))).toBe(12);
    expect(positionsOf(parsed("MPO-16"))).toBe(16);
    expect(positionsOf(parsed("MPO-24"))).toBe(24);
  });
});

describe("parseConnector: the other families", () => {
  const cases: Array<[string, Connector]> = [
    ["SC/UPC", { family: "SC", polish: "UPC" }],
    ["SC/APC simplex", { family: "SC", polish: "APC", duplex: false, fiberCount: 1 }],
    ["SC duplex", { family: "SC", duplex: true, fiberCount: 2 }],
    ["FC/PC", { family: "FC", polish: "PC" }],
    ["FC/APC", { family: "FC", polish: "APC" }],
    ["ST", { family: "ST" }],
    ["ST/UPC", { family: "ST", polish: "UPC" }],
    ["LC", { family: "LC" }],
    ["LC/UPC simplex", { family: "LC", polish: "UPC", duplex: false, fiberCount: 1 }],
    ["LC APC dx", { family: "LC", polish: "APC", duplex: true, fiberCount: 2 }],
    ["LCAPC", { family: "LC", polish: "APC" }],
    ["LC 2 fiber", { family: "LC", duplex: true, fiberCount: 2 }],
    ["LC 1 fiber", { family: "LC", duplex: false, fiberCount: 1 }],
    ["LC/UPC duplex uniboot", { family: "LC", polish: "UPC", duplex: true, fiberCount: 2 }],
    // CS, SN, MDC and MT-RJ carry a fiber pair in one housing.
    ["CS", { family: "CS", duplex: true, fiberCount: 2 }],
    ["SN/UPC", { family: "SN", polish: "UPC", duplex: true, fiberCount: 2 }],
    ["MDC APC", { family: "MDC", polish: "APC", duplex: true, fiberCount: 2 }],
    ["MT-RJ", { family: "MTRJ", duplex: true, fiberCount: 2 }],
    ["MTRJ", { family: "MTRJ", duplex: true, fiberCount: 2 }],
    ["E2000/APC", { family: "E2000", polish: "APC" }],
    ["E-2000 UPC", { family: "E2000", polish: "UPC" }],
    ["LSH/APC", { family: "E2000", polish: "APC" }],
  ];
  test.each(cases)("%s", (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe("parseConnector: breakout legs", () => {
  const cases: Array<[string, Connector]> = [
    ["4x LC duplex", { family: "LC", duplex: true, fiberCount: 2, legs: 4 }],
    ["4 x LC/UPC duplex", { family: "LC", polish: "UPC", duplex: true, fiberCount: 2, legs: 4 }],
    ["6× LC duplex", { family: "LC", duplex: true, fiberCount: 2, legs: 6 }],
    ["LC duplex x 12", { family: "LC", duplex: true, fiberCount: 2, legs: 12 }],
  ];
  test.each(cases)("%s", (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
  test("one leg is not a breakout", () => {
    expect(parsed("1x LC duplex").legs).toBeUndefined();
  });
});

describe("parseConnector: typed failures, never exceptions", () => {
  // [input, words the reason must contain]
  const cases: Array<[unknown, RegExp]> = [
    ["", /empty/],
    ["   ", /empty/],
    ["hello world", /no connector family/],
    ["OM4", /no connector family/],
    ["n/a", /no connector family/],
    ["#N/A", /no connector family/],
    [12, /no connector family/],
    [0, /no connector family/],
    [true, /not text/],
    [null, /not text/],
    [undefined, /not text/],
    [{ family: "LC" }, /not text/],
    ["MPO-12 male female", /contradicts itself.*male and female/],
    ["MPO-12 pinned unpinned", /male and female/],
    ["MPO-12 UPC APC", /contradicts itself.*UPC and APC/],
    ["MPO-12 24 fiber", /fiber counts 12 and 24/],
    ["LC/SC", /more than one connector.*LC, SC/],
    ["MPO to LC", /more than one connector/],
    ["MTP-12 LC duplex", /more than one connector/],
    ["MPO-12 duplex", /array connector, not duplex/],
    ["MPO-1", /1 fibers is not an MPO\/MTP fiber count/],
    ["MPO-500", /did not recognise|not an MPO/],
    ["LC 12 fiber", /LC carries one or two fibers, not 12/],
    ["LC female", /LC has no pinned\/unpinned gender/],
    ["MPO-12 sparkly", /did not recognise "sparkly"/],
    ["🔌", /no connector family/],
    ["موصل", /no connector family/],
    ["x".repeat(201), /too long/],
  ];
  test.each(cases)("%p", (input, reason) => {
    const r = parseConnector(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.what).toBe("connector");
    expect(r.error.reason).toMatch(reason);
    // Every failure says what would have been accepted, with an example.
    expect(r.error.expected).toMatch(/MTP-12 APC female/);
    expect(describeParseError(r.error)).toMatch(/^connector ".*": .+; expected .+/s);
  });

  test("the text in a failure is cut to 80 characters", () => {
    const r = parseConnector("MPO ".repeat(60));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.text.length).toBeLessThanOrEqual(80);
  });

  test("random strings and values never throw and always give a result", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.double(), fc.boolean(), fc.constantFrom(null, undefined, "#N/A")), (v) => {
        const r = parseConnector(v);
        expect(typeof r.ok).toBe("boolean");
        if (!r.ok) expect(r.error.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  test("connector-like token soup never throws", () => {
    const word = fc.constantFrom("MPO", "MTP", "LC", "SC", "12", "16", "24", "8", "APC", "UPC", "PC", "male", "female", "F", "M", "(F)", "x", "4x", "duplex", "Elite", "low-loss", "/", "-", "®", "Base-8", "pinned", "unpinned");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.constantFrom(" ", "", "-", "/"), (words, sep) => {
        const r = parseConnector(words.join(sep));
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatConnector: the canonical grammar of issue 3", () => {
  const cases: Array<[Connector, string]> = [
    [{ family: "MTP", fiberCount: 12, key: "centre", polish: "APC", gender: "female" }, "MTP-12 APC female"],
    [{ family: "MTP", fiberCount: 16, key: "offset", lowLoss: true, polish: "UPC", gender: "female" }, "MTP-16 low-loss UPC female"],
    [{ family: "MPO", fiberCount: 24, gender: "male" }, "MPO-24 male"],
    [{ family: "MPO", polish: "PC" }, "MPO PC"],
    [{ family: "MPO" }, "MPO"],
    [{ family: "LC", polish: "UPC", duplex: true, fiberCount: 2 }, "LC/UPC duplex"],
    [{ family: "LC", polish: "APC", duplex: false, fiberCount: 1 }, "LC/APC"],
    [{ family: "SC" }, "SC"],
    [{ family: "E2000", polish: "APC" }, "E2000/APC"],
    [{ family: "MTRJ", duplex: true, fiberCount: 2 }, "MTRJ duplex"],
    [{ family: "LC", polish: "UPC", duplex: true, fiberCount: 2, legs: 4 }, "4x LC/UPC duplex"],
  ];
  test.each(cases)("%j → %s", (c, text) => {
    expect(formatConnector(c)).toBe(text);
  });

  const normalized: Array<[string, string]> = [
    ["mtp12 apc pinned", "MTP-12 APC male"], // the NORMALIZE example of issue 3
    ["MTP-12 F APC", "MTP-12 APC female"],
    ["MTP®24 female", "MTP-24 female"],
    ["12F MPO UPC male", "MPO-12 UPC male"],
    ["MPO-16 APC (F)", "MPO-16 APC female"],
    ["Base-8 MTP", "MTP-8"],
    ["MTP Elite 12 UPC unpinned", "MTP-12 low-loss UPC female"],
    ["LC/UPC duplex", "LC/UPC duplex"],
    ["lc upc", "LC/UPC"],
    ["LC-APC", "LC/APC"],
    ["SC/APC", "SC/APC"],
    ["LSH APC", "E2000/APC"],
    ["mt-rj", "MTRJ duplex"],
    ["4x lc duplex", "4x LC duplex"],
  ];
  test.each(normalized)("NORMALIZE(%p) = %p", (text, canonical) => {
    expect(normalizeConnectorText(text)).toBe(canonical);
  });

  test("NORMALIZE of a non-connector is undefined", () => {
    expect(normalizeConnectorText("banana")).toBeUndefined();
    expect(normalizeConnectorText("")).toBeUndefined();
    expect(normalizeConnectorText(42)).toBeUndefined();
  });

  test("canonical text reads back to the same connector (and normalising is idempotent)", () => {
    const array = fc.record(
      {
        family: fc.constantFrom("MPO" as const, "MTP" as const),
        fiberCount: fc.constantFrom(8, 12, 16, 24, 32, 48, 72),
        polish: fc.constantFrom("PC" as const, "UPC" as const, "APC" as const),
        gender: fc.constantFrom("male" as const, "female" as const),
        lowLoss: fc.constant(true),
      },
      { requiredKeys: ["family"] },
    );
    const single = fc.record(
      {
        family: fc.constantFrom("LC" as const, "SC" as const, "FC" as const, "ST" as const, "E2000" as const),
        polish: fc.constantFrom("PC" as const, "UPC" as const, "APC" as const),
        duplex: fc.constant(true),
        legs: fc.integer({ min: 2, max: 12 }),
      },
      { requiredKeys: ["family"] },
    );
    fc.assert(
      fc.property(fc.oneof(array, single), (raw) => {
        const c: Connector = { ...raw };
        if (c.fiberCount !== undefined) {
          const key = keyForCount(c.fiberCount);
          if (key) c.key = key;
        }
        if (c.duplex) c.fiberCount = 2;
        const text = formatConnector(c);
        expect(parsed(text)).toEqual(c);
        expect(normalizeConnectorText(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
