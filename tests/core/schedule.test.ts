import fc from "fast-check";
import { Finding, ScheduleResult, checkSchedule, findingColumn, renderFindings } from "../../src/core";

const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length (ft)", "Application", "Polarity"];

describe("checkSchedule: finding the schedule", () => {
  it("finds a header below a title block and numbers rows as the sheet does", () => {
    const grid = [
      ["Fabric A cable schedule", "", ""],
      ["Rev C, issued for construction", "", ""],
      ["", "", ""],
      HEADER,
      ["C1", "leaf01 Eth1/1", "spine01 Eth1/1", "MTP-12 UPC female", "MTP-12 UPC female", "OM4", 100, "100GBASE-SR4", "B"],
    ];
    const r = checkSchedule(grid, { firstRow: 5 });
    expect(r.ok).toBe(true);
    expect(r.header).toEqual({ row: 8, rowIndex: 3, rowSpan: 1 });
    expect(r.rows.map((x) => x.row)).toEqual([9]);
    expect(r.columns).toEqual({ cableId: 0, endA: 1, endB: 2, connectorA: 3, connectorB: 4, fiberType: 5, length: 6, application: 7, polarity: 8 });
    expect(r.lengthUnit).toBe("ft");
  });

  it("reads a bare length in feet when the header says (ft): 300 ft of OM3 is beyond SR4's 70 m", () => {
    const grid = [HEADER, ["C1", "leaf01 Eth1/1", "spine01 Eth1/1", "MTP-12 UPC female", "MTP-12 UPC female", "OM3", 300, "100GBASE-SR4", "B"]];
    const f = checkSchedule(grid).rows[0].findings.find((x) => x.rule === "reach");
    expect(f?.params).toEqual({ application: "100GBASE-SR4", fiber: "OM3", lengthM: 300 * 0.3048, reachM: 70 });
  });

  it("tolerates synonyms, punctuation and misspellings in headers", () => {
    const grid = [
      ["Tag", "A-End", "B-End", "Conn. End A", "Conector B", "Media", "Strands", "Len", "Optic", "Qty", "Part number"],
      ["T-1", "leaf1 Eth1", "spine1 Eth1", "MPO-12 APC female", "MPO-12 APC female", "OS2", "12", "120 m", "400G DR4", 1, "ABC-123"],
    ];
    const r = checkSchedule(grid);
    expect(r.columns).toEqual({
      cableId: 0, endA: 1, endB: 2, connectorA: 3, connectorB: 4, fiberType: 5, fiberCount: 6, length: 7, application: 8, quantity: 9, partNumber: 10,
    });
    expect(r.rows[0].status).not.toBe("ERROR");
  });

  it("takes a two-row header whose group row names the sides", () => {
    const grid = [
      ["Source", "", "", "Destination", "", "", "Cable"],
      ["Hostname", "Port", "Connector", "Hostname", "Port", "Connector", "Application"],
      ["leaf1", "Eth1/1", "MPO-12 UPC female", "spine1", "Eth1/1", "MPO-12 UPC female", "100GBASE-SR4"],
    ];
    const r = checkSchedule(grid);
    expect(r.header).toEqual({ row: 2, rowIndex: 1, rowSpan: 2 });
    expect(r.columns).toMatchObject({ endA: 0, portA: 1, connectorA: 2, endB: 3, portB: 4, connectorB: 5, application: 6 });
  });

  it("says why when there is no header row, or no connector or application column", () => {
    expect(checkSchedule([["a", "b"], [1, 2]]).problem?.code).toBe("no-header");
    expect(checkSchedule([]).problem?.code).toBe("empty");
    expect(checkSchedule([["", ""], ["", ""]]).problem?.code).toBe("empty");
    const r = checkSchedule([["Cable ID", "From", "To", "Length"], ["C1", "a", "b", "3 m"]], { headerRow: 1 });
    expect(r.ok).toBe(false);
    expect(r.problem).toEqual({ code: "no-connector-or-application", message: expect.stringContaining("row 1") });
  });

  it("applies the user's corrections to the column map, by index or header text, and unmaps with null", () => {
    const grid = [
      ["Cable ID", "Description", "Spec", "Connector B", "Media"],
      ["C1", "leaf1 Eth1 to PP1", "MTP-12 UPC female", "MTP-12 UPC female", "OM4"],
    ];
    const auto = checkSchedule(grid);
    expect(auto.columns.connectorA).toBeUndefined();
    const fixed = checkSchedule(grid, { columns: { connectorA: "Spec", notes: 1, fiberType: null } });
    expect(fixed.columns).toMatchObject({ connectorA: 2, notes: 1 });
    expect(fixed.columns.fiberType).toBeUndefined();
  });
});

describe("checkSchedule: rows", () => {
  const grid = [
    HEADER,
    ["C1", "leaf01 Eth1/1", "spine01 Eth1/1", "MTP-12 UPC female", "MTP-12 UPC female", "OM4", 100, "100GBASE-SR4", "B"],
    ["", "", "", "", "", "", "", "", ""],
    ["C2", "#REF!", "spine01 Eth1/2", "MTP-12 UPC female", "spaghetti", "OM4", "12 parsecs", "100GBASE-SR4", "B"],
    ["C3", "leaf01 Eth1/3", "spine01 Eth1/3", "MTP-12 UPC male", "MTP-12 UPC female", "OM3", 300, "100GBASE-SR4", "B"],
  ];
  const r = checkSchedule(grid);

  it("skips empty rows and gives every other row one status", () => {
    expect(r.rows.map((x) => [x.row, x.status])).toEqual([
      [2, expect.any(String)],
      [4, "ERROR"],
      [5, "ERROR"],
    ]);
    expect(r.summary).toEqual({
      rows: 3,
      error: r.rows.filter((x) => x.status === "ERROR").length,
      warning: r.rows.filter((x) => x.status === "WARNING").length,
      info: r.rows.filter((x) => x.status === "INFO").length,
      ok: r.rows.filter((x) => x.status === "OK").length,
      notChecked: 0,
      notFiber: 0,
      findings: {
        error: r.rows.flatMap((x) => x.findings).filter((f) => f.severity === "error").length,
        warning: r.rows.flatMap((x) => x.findings).filter((f) => f.severity === "warning").length,
        info: r.rows.flatMap((x) => x.findings).filter((f) => f.severity === "info").length,
      },
    });
  });

  it("names the unreadable cell and what was expected", () => {
    const texts = r.rows[1].findings.filter((f) => f.rule === "unreadable-cell").map((f) => f.params);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "endA", text: "B4: #REF!", reason: "the cell holds the error #REF!" }),
        expect.objectContaining({ field: "connectorB", text: "E4: spaghetti", expected: expect.stringContaining("MTP-12 APC female") }),
      ]),
    );
    expect(r.rows[1].findings.find((f) => f.rule === "length-unit")?.params).toEqual({ text: "G4: 12 parsecs", reason: 'unknown unit "parsecs"' });
  });

  it("puts the most severe findings first and renders them as cell text", () => {
    const row3 = r.rows[2];
    const order = row3.findings.map((f) => f.severity);
    expect([...order].sort((a, b) => rank(b) - rank(a))).toEqual(order);
    expect(row3.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["transceiver-gender", "reach"]));
    expect(renderFindings(row3.findings, "cell")).toMatch(/^ERROR (reach|transceiver-gender): /);
  });

  it("recommends for the row's application, or says why not", () => {
    expect(r.rows[0].recommendation).toMatch(/^MTP-12 low-loss UPC female, Method B, margin \d+\.\d\d dB$/);
    expect(r.rows[2].recommendation).toBe(`none: ${Math.round(300 * 0.3048 * 10) / 10} m exceeds the 70 m reach of 100GBASE-SR4 on OM3`);
  });

  it("lets the project spec switch a rule off or change its severity", () => {
    const off = checkSchedule(grid, { spec: { severity: { reach: "off", "transceiver-gender": "info" } } });
    const row = off.rows[2];
    expect(row.findings.some((f) => f.rule === "reach")).toBe(false);
    expect(row.findings.find((f) => f.rule === "transceiver-gender")?.severity).toBe("info");
  });
});

const rank = (s: string) => (s === "error" ? 3 : s === "warning" ? 2 : 1);

/* ---------- hostile input ---------- */

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "#REF!", "#N/A", "#VALUE!", "#DIV/0!", "=SUM(A1:A9)", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "=HYPERLINK(\"http://x\")",
    "👍🏽 MPO-12 🔥", "مرحبا MPO", "שָׁלוֹם LC", "\u202eCPA 21-OPM", "\u0000\u0007", "MTP-12 APC female", "LC/UPC duplex", "MPO-16 UPC male",
    "400GBASE-SR8", "100G-SR4", "OM4", "OS2", "30 ft", "1,5 m", "Type B", "A,A,A,A,B", "Method U2", "PP-1 P1", "leaf1 Eth1",
  ),
  fc.constant("x".repeat(40000)),
);
const hostileCell = fc.oneof(
  hostileText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(""),
  fc.constant(null as unknown as string),
  fc.constant(undefined as unknown as string),
);
/** What no spreadsheet gives but a host might hand over: the engine must not throw on these either. */
const exoticCell = fc.oneof(
  hostileCell,
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE) as fc.Arbitrary<unknown>,
  fc.bigInt() as fc.Arbitrary<unknown>,
  fc.date({ noInvalidDate: false }) as fc.Arbitrary<unknown>,
  fc.constantFrom({}, [], ["MPO-12"], { toString: () => "MPO-12 UPC female" }, Object.create(null), Symbol("cell")) as fc.Arbitrary<unknown>,
);
const headerCell = fc.constantFrom(...HEADER, "Qty", "Part number", "Notes", "Strands", "Media", "Optic", "", "???", "Conector A");

const isBlank = (v: unknown) => v === "" || v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Every row under the header with content in a mapped column gets exactly one status. */
function assertOneStatusPerDataRow(grid: unknown[][], r: ScheduleResult) {
  if (!r.ok) {
    expect(r.rows).toEqual([]);
    expect(r.problem?.message).toEqual(expect.any(String));
    return;
  }
  const mapped = Object.values(r.columns);
  const start = (r.header?.rowIndex ?? 0) + 1;
  const expected: number[] = [];
  for (let i = start; i < grid.length; i++) if (mapped.some((c) => !isBlank(grid[i]?.[c]))) expected.push(i + 1);
  expect(r.rows.map((x) => x.row)).toEqual(expected);
  for (const row of r.rows) {
    expect(["OK", "INFO", "WARNING", "ERROR"]).toContain(row.status);
    for (const f of row.findings) expect(renderFindings([f], "cell").length).toBeGreaterThan(0);
  }
  const s = r.summary;
  expect(s.error + s.warning + s.info + s.ok + s.notChecked + s.notFiber).toBe(r.rows.length);
}

describe("checkSchedule: hostile grids (property-based)", () => {
  it("never throws, and every non-empty data row gets exactly one status", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.array(headerCell, { minLength: 1, maxLength: 12 }),
        fc.array(fc.array(hostileCell, { maxLength: 14 }), { maxLength: 30 }),
        (titleRows, header, body) => {
          const grid: unknown[][] = [...Array.from({ length: titleRows }, () => ["Schedule"]), header, ...body];
          const r = checkSchedule(grid);
          assertOneStatusPerDataRow(grid, r);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on sparse grids (holes for rows and cells) and exotic values: holes are empty", () => {
    fc.assert(
      fc.property(
        fc.array(headerCell, { minLength: 1, maxLength: 12 }),
        fc.sparseArray(fc.sparseArray(exoticCell, { maxLength: 14 }), { maxLength: 30 }),
        (header, body) => {
          const grid = [header, ...body] as unknown[][];
          grid.length = 1 + body.length; // keep trailing holes
          const r = checkSchedule(grid);
          // the same grid with its holes filled by empty rows and cells reads the same
          const dense = Array.from(grid, (row) => (row ? Array.from(row, (v) => (v === undefined ? "" : v)) : []));
          const d = checkSchedule(dense);
          expect(r.rows.map((x) => [x.row, x.status])).toEqual(d.rows.map((x) => [x.row, x.status]));
        },
      ),
      { numRuns: 200 },
    );
    // eslint-disable-next-line no-sparse-arrays
    const holes = checkSchedule([HEADER, , ["C1", "PP-1 P1", "PP-2 P1", "MPO-12 UPC female", "MPO-12 UPC female", "OM4", 30, "100GBASE-SR4", "B"]] as unknown[][]);
    expect(holes.rows.map((x) => x.row)).toEqual([3]);
  });

  it("survives grids that are not grids", () => {
    const hostileObject = { toString: {} };
    for (const g of [null, undefined, 42, "text", [null], [[null]], [["Connector A"], 7], [[{}], [[]]], [["Connector A"], [hostileObject], [Symbol("x")]]]) {
      expect(() => checkSchedule(g as unknown as unknown[][])).not.toThrow();
    }
  });

  it("handles 5,000 columns", () => {
    const width = 5000;
    const header = Array.from({ length: width }, (_, c) => (c < HEADER.length ? HEADER[c] : `Extra ${c}`));
    const row = Array.from({ length: width }, (_, c) => (c === 3 ? "MPO-12 UPC female" : c === 7 ? "100GBASE-SR4" : `v${c}`));
    const grid = [header, row, row];
    const r = checkSchedule(grid);
    assertOneStatusPerDataRow(grid, r);
    expect(r.rows).toHaveLength(2);
  });

  it("handles 100,000 hostile rows", () => {
    const samples = fc.sample(fc.array(hostileCell, { minLength: HEADER.length, maxLength: HEADER.length }), { numRuns: 500, seed: 7 });
    const grid: unknown[][] = [HEADER, ...Array.from({ length: 100000 }, (_, i) => samples[i % samples.length])];
    const r = checkSchedule(grid);
    assertOneStatusPerDataRow(grid, r);
    expect(r.rows.length).toBeGreaterThan(90000);
  });
});

describe("checkSchedule: one finding for both ends", () => {
  it("says once, for ends A and B, what holds at both ends of a cable", () => {
    const grid = [HEADER, ["C1", "PP-1 P1", "PP-2 P1", "MPO-24 UPC female", "MPO-24 UPC female", "OM4", 100, "100GBASE-SR4", "B"]];
    const waste = checkSchedule(grid).rows[0].findings.filter((f) => f.rule === "fiber-waste");
    expect(waste).toHaveLength(1);
    expect(waste[0].params).toMatchObject({ end: "A and B", connector: "MPO-24 UPC female" });
    expect(waste[0].columns).toEqual(["connectorA", "application", "connectorB"]);
    expect(renderFindings(waste, "cell")).toContain("(ends A and B)");
  });

  it("keeps findings apart when the ends differ", () => {
    const grid = [HEADER, ["C1", "PP-1 P1", "PP-2 P1", "MPO-24 UPC female", "MPO-24 UPC male", "OM4", 100, "100GBASE-SR4", "B"]];
    const waste = checkSchedule(grid).rows[0].findings.filter((f) => f.rule === "fiber-waste");
    expect(waste.map((f) => f.params.end)).toEqual(["A", "B"]);
  });
});

describe("checkSchedule: a recommendation for each end (keeping the row's generic MPO family, which no finding objects to)", () => {
  const rec = (from: string, to: string, a: string, b: string, app = "100GBASE-SR4") =>
    checkSchedule([HEADER, ["C1", from, to, a, b, "OM4", 30, app, "B"]]).rows[0].recommendation;

  it("a cord from a switch to a panel: female into the transceiver, pinned at the panel (pinned trunk practice)", () => {
    expect(rec("leaf01 Eth1/1", "PP-A01 P1", "MPO-12 female", "MPO-12 male")).toMatch(
      /^A: MPO-12 low-loss UPC female, B: MPO-12 low-loss UPC male, Method B, margin \d+\.\d\d dB$/,
    );
  });

  it("a trunk between panels: pinned at both ends, said once", () => {
    expect(rec("PP-A01 P1", "PP-B01 P1", "MPO-12 male", "MPO-12 male")).toMatch(/^MPO-12 low-loss UPC male, Method B, margin/);
  });

  it("a breakout: the array end into the parallel optic, duplex LC legs for the lower-speed optics", () => {
    expect(rec("leaf01 Eth1/1", "server01 nic1", "MPO-12 female", "4x LC/UPC duplex", "40GBASE-SR4")).toMatch(
      /^A: MPO-12 low-loss UPC female, B: 4x LC\/UPC duplex, Method B/,
    );
  });

  it("a direct cord between transceivers: female at both ends", () => {
    expect(rec("leaf01 Eth1/1", "spine01 Eth1/1", "MPO-12 female", "MPO-12 female")).toMatch(/^MPO-12 low-loss UPC female, Method B/);
  });
});

describe("findingColumn", () => {
  it("points at the first of a finding's fields that the schedule has a column for", () => {
    const grid = [["Cable ID", "From", "To", "Connector A", "Connector B"], ["C1", "PP-1 P1", "PP-2 P1", "MPO-16 male", "MPO-16 male"]];
    const r = checkSchedule(grid);
    const f: Finding = { rule: "mpo-myth", severity: "info", row: 2, columns: ["notes", "connectorB"], params: { claim: "x", correction: "y" } };
    expect(findingColumn(f, r.columns)).toBe(4);
    expect(findingColumn({ ...f, columns: ["notes"] }, r.columns)).toBeUndefined();
  });
});
