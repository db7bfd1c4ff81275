import { RULES, SEVERITY_RANK, checkSchedule, type Finding, type ScheduleResult } from "../../src/core";
import {
  NO_COLUMN,
  buildChannels,
  buildResults,
  elementMark,
  elementText,
  figuresText,
  filterChannels,
  pathText,
  rowsText,
  cellOf,
  choiceFor,
  columnChoices,
  correctionFor,
  countOf,
  filterFindings,
  filterRows,
  groupFindings,
  nextErrorIndex,
  orderedFields,
  pageAround,
  pageText,
  progressPercent,
  recommendationLine,
  rowName,
  setCableIds,
  themeOf,
} from "../../src/taskpane/view-model";
import { HEADER, ROWS, channelGrid, largeGrid } from "./seed";
import { citeSources } from "../../src/taskpane/citations";

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
  const groups = groupFindings(result, target, citeSources);

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
    const [reach] = groupFindings(big, { sheetName: "S", firstColumn: 0 }, citeSources, 10).filter((g) => g.rule === "reach");
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

describe("the results list", () => {
  const big = checkSchedule(largeGrid(700));
  const model = buildResults(big, { sheetName: "Cables", firstColumn: 0 }, citeSources);
  const all = { severities: new Set(["error", "warning", "info"] as const), query: "" };

  test("every finding once, grouped by rule in the groups' order, and every row with findings", () => {
    const findings = findingsOf(big);
    expect(model.findings).toHaveLength(findings.length);
    const order = groupFindings(big, { sheetName: "Cables", firstColumn: 0 }, citeSources).map((g) => g.rule);
    const seen = [...new Set(model.findings.map((f) => f.rule))];
    expect(seen).toEqual(order);
    expect(model.rows.map((r) => r.row)).toEqual(big.rows.filter((r) => r.findings.length).map((r) => r.row));
    expect(model.counts.error + model.counts.warning + model.counts.info).toBe(findings.length);
  });

  test("the severity filter and the search (cable ID, cell, rule, text) narrow the list", () => {
    const errors = filterFindings(model, { ...all, severities: new Set(["error"]) });
    expect(errors.length).toBe(model.counts.error);
    expect(errors.every((f) => f.severity === "error")).toBe(true);
    const g4 = filterFindings(model, { ...all, query: "G4" });
    expect(g4.map((f) => f.cell.address)).toContain("G4");
    expect(g4.length).toBeLessThan(model.findings.length / 10);
    const reachOm3 = filterFindings(model, { ...all, query: "REACH om3" });
    expect(reachOm3.some((f) => f.rule === "reach")).toBe(true);
    expect(reachOm3.every((f) => /om3/i.test(`${f.message} ${f.recommendation}`) && /reach/i.test(`${f.rule} ${f.title} ${f.message} ${f.recommendation}`))).toBe(true);
    setCableIds(model, new Map([[4, "T-00003"]]));
    expect(filterRows(model, { ...all, query: "t-00003" }).map((r) => r.row)).toEqual([4]);
    expect(rowName(model, 4)).toBe("T-00003");
    expect(rowName(model, 5)).toBe("Row 5");
    // by row: a row keeps only the findings of the chosen severities
    const infoRows = filterRows(model, { ...all, severities: new Set(["info"]) });
    expect(infoRows.every((r) => r.findings.every((f) => f.severity === "info"))).toBe(true);
    expect(infoRows.find((r) => r.row === 4)?.findings.length).toBeGreaterThan(0);
  });

  test("a page holds at most its size; next error wraps round", () => {
    const page = pageAround(model.findings, 250, 100);
    expect(page).toMatchObject({ page: 2, first: 200 });
    expect(page.items.length).toBeLessThanOrEqual(100);
    expect(pageText(pageAround(model.findings, 0, 100), model.findings.length, "finding")).toBe(`1–100 of ${countOf(model.findings.length, "finding")}`);
    const list = [{ severity: "info" }, { severity: "error" }, { severity: "warning" }, { status: "ERROR" }] as const;
    expect(nextErrorIndex(list, 1, 1)).toBe(3);
    expect(nextErrorIndex(list, 3, 1)).toBe(1);
    expect(nextErrorIndex(list, 1, -1)).toBe(3);
    expect(nextErrorIndex([{ severity: "info" }], 0, 1)).toBe(-1);
  });

  test("recommendations read as the engineer would: what to use, or why there is nothing to use", () => {
    expect(recommendationLine("MTP-12 low-loss UPC female, Method B")).toBe("Recommended: MTP-12 low-loss UPC female, Method B");
    expect(recommendationLine("none: 300 m exceeds the reach")).toBe("No recommendation: 300 m exceeds the reach");
    expect(recommendationLine("none: 300 m exceeds the reach", "300 m exceeds the reach")).toBeUndefined();
    expect(recommendationLine(undefined)).toBeUndefined();
    const row4 = model.rows.find((r) => r.row === 4)!;
    expect(row4.findings.every((f) => f.recommendation === row4.recommendation)).toBe(true);
  });
});

test("themeOf follows Office: dark, colorful, light, and light without officeTheme", () => {
  expect(themeOf({ bodyBackgroundColor: "#262626", isDarkTheme: true })).toEqual({ name: "dark", dark: true, background: "#262626" });
  expect(themeOf({ bodyBackgroundColor: "#1f1f1f" })).toMatchObject({ name: "dark", dark: true });
  expect(themeOf({ bodyBackgroundColor: "#ffffff", isDarkTheme: false, themeId: "Colorful" })).toMatchObject({ name: "colorful", dark: false });
  expect(themeOf({ bodyBackgroundColor: "#ffffff" })).toMatchObject({ name: "light", dark: false });
  expect(themeOf(undefined)).toEqual({ name: "light", dark: false });
});

describe("channels", () => {
  const checked = checkSchedule(channelGrid());
  const channels = buildChannels(checked.channels);

  test("worst first, then the smaller margin, each with the engine's figures", () => {
    expect(channels.map((c) => c.status)).toEqual(["ERROR", "ERROR", "OK"]);
    expect(channels[2].link).toBe("GPU-09");
    const synthetic = buildChannels([
      { ...checked.channels[0], link: "wide", status: "WARNING", marginDb: 2 },
      { ...checked.channels[0], link: "tight", status: "WARNING", marginDb: 0.2 },
      { ...checked.channels[0], link: "unknown", status: "WARNING", marginDb: undefined },
      { ...checked.channels[0], link: "ok", status: "OK", marginDb: 0.1 },
    ]);
    expect(synthetic.map((c) => c.link)).toEqual(["tight", "wide", "unknown", "ok"]);
    const gpu08 = channels.find((c) => c.link === "GPU-08")!;
    expect(figuresText(gpu08)).toBe(`${gpu08.lengthM} m · loss ${gpu08.lossDb} dB of ${gpu08.budgetDb} dB · margin ${gpu08.marginDb} dB`);
    expect(figuresText({})).toBe("length unknown · loss not computed");
    expect(gpu08.first).toMatch(/female/);
  });

  test("the path in words marks the failing element: the adapter where two unpinned ends meet", () => {
    const gpu08 = channels.find((c) => c.link === "GPU-08")!;
    expect(gpu08.path.map((e) => e.kind)).toEqual(["end", "cable", "adapter", "cable", "adapter", "cable", "end"]);
    const text = pathText(gpu08.path);
    expect(text).toMatch(/^Path: transceiver leaf02 Eth1\/12, then cord, row 5 \(MTP-8 low-loss UPC female\), then Type B adapter \(error: mpo-gender\), then trunk, row 6/);
    expect(gpu08.path.map(elementMark)).toEqual(["TRx", "cord", "B", "trunk", "B", "cord", "TRx"]);
    // GPU-07's polarity fails as a whole: no element is marked
    expect(channels.find((c) => c.link === "GPU-07")!.path.some((e) => e.severity)).toBe(false);
    expect(elementText({ kind: "end", row: 2, end: "A", role: "open" })).toBe("panel port where the schedule stops");
    expect(elementText({ kind: "cassette", rows: [2, 3], text: "Method B cassette" })).toBe("Method B cassette");
    expect(pathText([])).toBe("Path not known.");
  });

  test("search over link, rows, status and path; rows listed short", () => {
    expect(filterChannels(channels, "gpu-09").map((c) => c.link)).toEqual(["GPU-09"]);
    expect(filterChannels(channels, "row 6").map((c) => c.link)).toEqual(["GPU-08"]);
    expect(filterChannels(channels, "mpo-gender").map((c) => c.link)).toEqual(["GPU-08"]);
    expect(filterChannels(channels, "  ")).toHaveLength(3);
    expect(rowsText([4])).toBe("row 4");
    expect(rowsText([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe("rows 1, 2, 3, 4, 5, 6, …, 10");
  });
});
