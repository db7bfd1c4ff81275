import { RULES, SEVERITY_RANK, checkSchedule, type Finding, type ScheduleResult } from "../../src/core";
import { NO_COLUMN, cellOf, choiceFor, columnChoices, correctionFor, countOf, groupFindings, orderedFields, progressPercent } from "../../src/taskpane/view-model";
import { HEADER, ROWS } from "./seed";

// The seeded schedule placed at C5 of a sheet (header row 5, data from row 6, first column C),
// as when the schedule is a table further down a sheet.
const target = { sheetName: "Plant", firstColumn: 2 };
const result = checkSchedule([HEADER, ...ROWS], { firstRow: 5, firstColumn: 2 });
const findingsOf = (r: ScheduleResult): Finding[] => r.rows.flatMap((row) => row.findings);

describe("cellOf", () => {
  test("points at the first field of the finding that the column map holds, offset by the schedule's first column", () => {
    const reach = findingsOf(result).find((f) => f.rule === "reach")!;
    expect(reach.columns[0]).toBe("length");
    // "Length (m)" is grid column 6; the grid starts at sheet column C (2): sheet column I (8)
    // the 300 m row is the seed's third data row: sheet row 5 + 3 = 8
    expect(cellOf(reach, result, target)).toEqual({ sheetName: "Plant", row: 8, column: 8, address: "I8" });
  });

  test("skips fields that are not mapped, and falls back to the schedule's first column", () => {
    const finding = { rule: "reach", severity: "error", row: 9, columns: ["polarity", "fiberType"], params: {} } as unknown as Finding;
    expect(cellOf(finding, result, target).address).toBe("H9"); // Fiber type: grid 5 + C
    const none = { ...finding, columns: ["polarity"] } as unknown as Finding;
    expect(cellOf(none, result, target).address).toBe("C9");
  });
});

describe("groupFindings", () => {
  const groups = groupFindings(result, target);

  test("one group per rule, with every finding, the rule's title and its sources", () => {
    const all = findingsOf(result);
    expect(groups.map((g) => g.rule).sort()).toEqual([...new Set(all.map((f) => f.rule))].sort());
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(all.length);
    for (const g of groups) {
      const rule = RULES.find((r) => r.id === g.rule);
      expect(g.title).toBe(rule?.title ?? g.rule);
      expect(g.sources.length).toBe(rule?.sources.length ?? 0);
      for (const s of g.sources) if (s.url) expect(s.url).toMatch(/^https?:\/\//);
      // the standard clause is shown, apart from the page it was read on
      for (const s of g.sources) expect([g.rule, s.clause]).toEqual([g.rule, expect.stringMatching(/\S{3}/)]);
      expect(g.items.every((i) => i.finding.rule === g.rule && i.message.length > 0)).toBe(true);
    }
  });

  test("most severe group first", () => {
    const ranks = groups.map((g) => SEVERITY_RANK[g.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(groups[0].severity).toBe("error");
  });

  test("keeps at most `limit` items per group but counts them all", () => {
    const big = checkSchedule([HEADER, ...Array.from({ length: 30 }, () => ROWS[2])]);
    const [reach] = groupFindings(big, { sheetName: "S", firstColumn: 0 }, 10).filter((g) => g.rule === "reach");
    expect(reach.count).toBe(30);
    expect(reach.items).toHaveLength(10);
  });
});

describe("column map", () => {
  test("choices are (none) and every column, by sheet letter and header", () => {
    const choices = columnChoices({ headers: ["Cable ID", "", "Connector  A"] }, target);
    expect(choices).toEqual([
      { value: NO_COLUMN, label: "(none)" },
      { value: "0", label: "C: Cable ID" },
      { value: "1", label: "D (no header)" },
      { value: "2", label: "E: Connector A" },
    ]);
  });

  test("the current choice follows the column map used", () => {
    expect(choiceFor("connectorA", result)).toBe("3");
    expect(choiceFor("polarity", result)).toBe(NO_COLUMN);
  });

  test("a correction is the header text when unique, the index otherwise, null for (none)", () => {
    const headers = ["Cable ID", "Conn", "Conn", ""];
    expect(correctionFor("0", headers)).toBe("Cable ID");
    expect(correctionFor("2", headers)).toBe(2);
    expect(correctionFor("3", headers)).toBe(3);
    expect(correctionFor(NO_COLUMN, headers)).toBeNull();
  });

  test("a correction given back to the engine maps the field to that column", () => {
    const corrected = checkSchedule([HEADER, ...ROWS], { columns: { notes: correctionFor(NO_COLUMN, result.headers), cableId: correctionFor("1", result.headers) } });
    expect(corrected.columns.notes).toBeUndefined();
    expect(corrected.columns.cableId).toBe(1);
  });

  test("mapped fields are listed first", () => {
    const fields = orderedFields(result);
    const firstUnmapped = fields.findIndex((f) => !f.mapped);
    expect(firstUnmapped).toBeGreaterThan(0);
    expect(fields.slice(firstUnmapped).every((f) => !f.mapped)).toBe(true);
  });
});

test("progressPercent and countOf", () => {
  expect(progressPercent({ done: 3, total: 8 })).toBe(38);
  expect(progressPercent({ done: 9, total: 8 })).toBe(100);
  expect(progressPercent({ done: 0, total: 0 })).toBe(0);
  expect(countOf(1, "row")).toBe("1 row");
  expect(countOf(40000, "row")).toBe("40,000 rows");
});
