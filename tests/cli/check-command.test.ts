import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { OWNED_HEADERS, STATUS_FILL } from "../../src/core";
import * as fx from "./fixtures/build-fixtures";
import { ROOT, assertBuilt, cli, expectJsonShape, json } from "./run-cli";

// Each test starts the real command (a Node process reading a workbook) a few times.
jest.setTimeout(60_000);

const EXAMPLE = path.join("examples", "cable-schedule.xlsx");
let dir: string;
const f: Record<string, string> = {};

beforeAll(async () => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "connector-check-cli-"));
  f.semicolon = fx.semicolonBomCsv(dir);
  f.cp1252 = fx.windows1252CrlfCsv(dir);
  f.twoRow = fx.twoRowHeaderCsv(dir);
  f.noHeader = fx.noHeaderCsv(dir);
  f.row4 = await fx.headerInRow4Xlsx(dir);
  f.noSchedule = await fx.noScheduleXlsx(dir);
  f.formulas = await fx.formulasXlsx(dir);
  f.xlsm = await fx.dashboardXlsm(dir);
  f.encrypted = fx.encryptedXlsx(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const out = (name: string) => path.join(dir, name);

/** Sheet rows of the example, read independently of the command, to find planted mistakes by content. */
async function exampleRows(): Promise<Map<number, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ROOT, EXAMPLE));
  const rows = new Map<number, string[]>();
  wb.getWorksheet("Cable Schedule")!.eachRow((row, n) => rows.set(n, (row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return rows;
}

describe("the example schedule", () => {
  test("reports each planted mistake on its row, exits 1, and leaves other rows OK", async () => {
    const { run, report } = json(["check", EXAMPLE]);
    expect(run.status).toBe(1);
    expectJsonShape(report);
    expect(report.sheet).toBe("Cable Schedule");
    expect(report.headerRow).toBe(5);
    expect(report.columns).toMatchObject({ cableId: "Cable ID", endA: "From", endB: "To", connectorA: "Connector A", connectorB: "Connector B", fiberType: "Fiber Type", length: "Length", application: "Application" });
    const rows = await exampleRows();
    const rowWhere = (pred: (r: string[]) => boolean) => [...rows.entries()].filter(([n, r]) => n > 5 && pred(r)).map(([n]) => n);
    const findings = (row: number) => report.rows.find((r) => r.row === row)?.findings ?? [];
    // every data row of the sheet is listed, OK ones too
    expect(report.rows.map((r) => r.row)).toEqual(rowWhere((r) => r.some(Boolean)));

    // two female MTPs meet at PP-A01 P3: the spine cord (To) and the trunk (From) are both flagged
    const atPanel = rowWhere((r) => r[1] === "PP-A01 P3" || r[2] === "PP-A01 P3");
    expect(atPanel).toHaveLength(2);
    for (const row of atPanel) expect(findings(row)).toContainEqual(expect.objectContaining({ rule: "mpo-gender", severity: "error" }));
    // an APC cord meets a UPC cord at ODF-A05 P12
    const odf = rowWhere((r) => r[1] === "ODF-A05 P12" || r[2] === "ODF-A05 P12");
    for (const row of odf) expect(findings(row).map((x) => x.rule)).toContain("polish-mating");
    // DR4 on OM4
    const dr4mm = rowWhere((r) => r[8] === "400GBASE-DR4" && r[5] === "OM4");
    expect(dr4mm).toHaveLength(1);
    expect(findings(dr4mm[0])).toContainEqual(expect.objectContaining({ rule: "fiber-kind", severity: "error", column: "Fiber Type" }));
    // 280 ft = 85.3 m of OM3 is beyond 100GBASE-SR4's 70 m
    const far = rowWhere((r) => r[7] === "280 ft");
    expect(findings(far[0])).toContainEqual(expect.objectContaining({ rule: "reach", severity: "error", column: "Length" }));
    // an 8-fiber application on MTP-24
    const mpo24 = rowWhere((r) => r[3].startsWith("MTP-24"));
    expect(findings(mpo24[0]).some((x) => x.severity === "error" && x.column === "Connector A")).toBe(true);

    // a 100GBASE-SR4 link of Type A cords and a Type A trunk: only the channel shows transmit meeting transmit
    const gpu = rowWhere((r) => r[14] === "GPU-07");
    expect(gpu).toHaveLength(3);
    for (const row of gpu) expect(findings(row)).toContainEqual(expect.objectContaining({ rule: "channel-polarity", severity: "error", column: "Polarity" }));
    const channel = report.channels.find((c) => c.link === "GPU-07");
    expect(channel).toMatchObject({ status: "ERROR", source: "explicit", rows: gpu, lengthM: 36, budgetDb: 1.9 });
    expect(report.channels[0].status).toBe("ERROR"); // worst first
    // the cassette channel and the breakout pass; the spine-leaf links are traced by their panel ports
    expect(report.channels.filter((c) => c.link === "ST-01" || c.link === "BO-01").map((c) => c.status)).toEqual(["OK", "OK"]);
    expect(report.channels.filter((c) => c.source === "ports")).toHaveLength(10);

    // the example's Spec sheet allows 190 m: both 650 ft runs to the border routers break it
    const long = rowWhere((r) => r[7] === "650 ft");
    expect(long).toHaveLength(2);
    for (const row of long) expect(findings(row)).toContainEqual(expect.objectContaining({ rule: "project-spec", severity: "error", column: "Length" }));

    const planted = new Set([...atPanel, ...odf, ...dr4mm, ...far, ...mpo24, ...gpu, ...long]);
    const errorRows = report.rows.filter((r) => r.status === "ERROR").map((r) => r.row);
    expect(new Set(errorRows)).toEqual(planted);
    expect(report.summary.ok).toBeGreaterThan(report.rows.length / 2);
  });

  test("prints the column map, findings and summary within 80 columns", () => {
    const run = cli(["check", EXAMPLE]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Columns read:/);
    expect(run.stdout).toMatch(/ D {3}Connector A +-> Connector A/);
    expect(run.stdout).toMatch(/Row \d+ \| Connector [AB] \| ERROR \| mpo-gender/);
    expect(run.stdout).toMatch(/Channels \(traced across rows, worst first\):\n {2}ERROR +GPU-07 \(link id\)\n +rows \d+, \d+, \d+ \| 36 m \| loss 0.83 dB of 1.9 dB/);
    expect(run.stdout).toMatch(/Summary: 51 cable rows checked; by their worst finding: rows with an error: \d+/);
    for (const line of run.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(run.stderr).toBe("");
  });

  test("--out writes the three owned columns with status fills and keeps everything else; the input is untouched", async () => {
    const before = sha(path.join(ROOT, EXAMPLE));
    const target = out("example.checked.xlsx");
    const { run, report } = json(["check", EXAMPLE, "--out", target]);
    expect(run.status).toBe(1);
    expect(sha(path.join(ROOT, EXAMPLE))).toBe(before);
    const [src, copy] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await src.xlsx.readFile(path.join(ROOT, EXAMPLE));
    await copy.xlsx.readFile(target);
    expect(copy.worksheets.map((w) => w.name)).toEqual(["Cable Schedule", "Revisions", "Spec"]);
    const s = src.getWorksheet("Cable Schedule")!;
    const c = copy.getWorksheet("Cable Schedule")!;
    // owned headers right of the last header (Q = Adapter), in the header row
    expect([18, 19, 20].map((col) => c.getRow(5).getCell(col).value)).toEqual([...OWNED_HEADERS]);
    for (const r of report.rows) {
      const status = c.getRow(r.row).getCell(18);
      expect(status.value).toBe(r.status);
      expect((status.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${STATUS_FILL[r.status].slice(1)}`);
      if (r.findings.length) expect(String(c.getRow(r.row).getCell(19).value)).toContain(`${r.findings[0].severity.toUpperCase()} ${r.findings[0].rule}:`);
    }
    // every original cell, its format, the merged title and the frozen header are kept
    s.eachRow({ includeEmpty: true }, (row, n) =>
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        expect(c.getRow(n).getCell(col).value).toEqual(cell.value);
        expect(c.getRow(n).getCell(col).style).toEqual(cell.style);
      }),
    );
    expect(c.getCell("B1").isMerged).toBe(true);
    expect(c.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
  });
});

describe("reading difficult files", () => {
  test("a CSV with semicolons, decimal commas and a BOM", () => {
    const { run, report } = json(["check", f.semicolon]);
    expectJsonShape(report);
    expect(report.columns).toMatchObject({ cableId: "Cable ID", connectorA: "Connector A", length: "Length (m)", application: "Application" });
    expect(report.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    // 92,5 m of OM3 is beyond 100GBASE-SR4's 70 m: the decimal comma was read
    expect(report.rows[1].findings).toContainEqual(expect.objectContaining({ rule: "reach", column: "Length (m)" }));
    expect(run.status).toBe(1);
  });

  test("--out on a CSV keeps delimiter, BOM and every cell, and appends the owned columns", () => {
    const target = out("semicolon.checked.csv");
    const run = cli(["check", f.semicolon, "--out", target]);
    expect(run.status).toBe(1);
    const bytes = fs.readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const inLines = fs.readFileSync(f.semicolon, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\n");
    const outLines = bytes.toString("utf8").replace(/^\uFEFF/, "").trimEnd().split("\n");
    expect(outLines).toHaveLength(inLines.length);
    outLines.forEach((line, i) => expect(line.startsWith(`${inLines[i]};`)).toBe(true));
    expect(outLines[0].split(";").slice(-3)).toEqual([...OWNED_HEADERS]);
    expect(outLines[2].split(";")[8]).toBe("ERROR");
  });

  test("a header in row 4 under a title block", () => {
    const { report } = json(["check", f.row4]);
    expectJsonShape(report);
    expect(report.headerRow).toBe(4);
    expect(report.rows.map((r) => r.row)).toEqual([5, 6]);
    expect(report.rows[1].findings.map((x) => x.rule)).toContain("reach"); // 90 m of OM3 for SR4
  });

  test("a two-row header: the group row tells the repeated Hostname/Port/Connector columns apart", () => {
    const { run, report } = json(["check", f.twoRow]);
    expectJsonShape(report);
    expect(report.headerRow).toBe(2);
    expect(report.columns).toMatchObject({
      endA: "Source Hostname",
      portA: "Source Port",
      connectorA: "Source Connector",
      endB: "Destination Hostname",
      portB: "Destination Port",
      connectorB: "Destination Connector",
    });
    expect(report.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(run.status).toBe(0);
  });

  test("Windows-1252 bytes and CRLF line ends: decoded, never a crash, and written back as UTF-8 with CRLF", () => {
    const target = out("cp1252.checked.csv");
    const run = cli(["check", f.cp1252, "--out", target]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/not UTF-8; read as Windows-1252/);
    const text = fs.readFileSync(target, "utf8").replace(/^\uFEFF/, "");
    expect(text).toContain("8\u00b0 angled end face");
    expect(text).toContain("Caf\u00e9 row");
    expect(text.split("\r\n")).toHaveLength(4); // three records and the final line end
  });

  test("no header row: exit 2 with the reason on one line", () => {
    const run = cli(["check", f.noHeader]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/no-header\.csv: No header row found/);
  });

  test("an .xlsm whose first sheet is a dashboard: the schedule sheet is found, and the .xlsm copy keeps the macros", async () => {
    const { report } = json(["check", f.xlsm]);
    expect(report.sheet).toBe("Cables");
    expect(report.columns).toMatchObject({ cableId: "Cable No.", fiberType: "Fibre type", application: "Application" }); // header text as the engine reads it: trimmed
    // an .xlsx name would give a macro-enabled package Excel refuses to open under that name
    const refused = cli(["check", f.xlsm, "--out", out("register.checked.xlsx")]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/must end \.xlsm/);
    const target = out("register.checked.xlsm");
    const run = cli(["check", f.xlsm, "--out", target]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/not keep/);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(target);
    expect(copy.worksheets.map((w) => w.name)).toEqual(["Dashboard", "Cables"]);
    expect(copy.getWorksheet("Dashboard")!.getCell("C4").value).toEqual({ formula: "COUNTA(Cables!A3:A100)", result: 2 });
  });

  test("--sheet picks a sheet by name, and an unknown name lists the sheets", () => {
    const picked = cli(["check", f.xlsm, "--sheet", "cables", "--json"]);
    expect(JSON.parse(picked.stdout).sheet).toBe("Cables");
    const run = cli(["check", f.xlsm, "--sheet", "Nope"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no sheet named "Nope"; its sheets are "Dashboard", "Cables"/);
  });
});

describe("--out on a workbook with formulas and a second sheet", () => {
  async function expectKept(target: string, { names }: { names: boolean }) {
    const [src, copy] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await src.xlsx.readFile(f.formulas);
    await copy.xlsx.readFile(target);
    expect(copy.worksheets.map((w) => w.name)).toEqual(["Schedule", "Totals"]);
    for (const ws of src.worksheets) {
      const other = copy.getWorksheet(ws.name)!;
      ws.eachRow({ includeEmpty: true }, (row, n) =>
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          if (cell.type === ExcelJS.ValueType.Merge) return;
          const kept = other.getRow(n).getCell(col);
          expect({ at: cell.address, value: kept.value, numFmt: kept.numFmt, font: kept.font, fill: kept.fill }).toEqual({ at: cell.address, value: cell.value, numFmt: cell.numFmt, font: cell.font, fill: cell.fill });
        }),
      );
    }
    const sched = copy.getWorksheet("Schedule")!;
    expect(sched.getCell("G3").value).toEqual({ formula: "E3*2.5", result: 100 });
    expect(copy.getWorksheet("Totals")!.getCell("B1").value).toEqual({ formula: "SUM(TrunkLengths)", result: 190 });
    expect([8, 9, 10].map((c) => sched.getRow(2).getCell(c).value)).toEqual([...OWNED_HEADERS]);
    expect(sched.getCell("H4").value).toBe("ERROR"); // 120 m of OM4 for 100GBASE-SR4 (100 m reach)
    if (names) {
      expect(copy.definedNames.getRanges("TrunkLengths").ranges).toEqual(["Schedule!$E$3:$E$5"]);
      expect(sched.getCell("A1").isMerged).toBe(true);
      expect(sched.getCell("D3").dataValidation).toEqual(src.getWorksheet("Schedule")!.getCell("D3").dataValidation);
    }
  }

  test("formulas, formats, defined names, validation and the other sheet survive unchanged", async () => {
    const before = sha(f.formulas);
    const target = out("formulas.checked.xlsx");
    const run = cli(["check", f.formulas, "--out", target]);
    expect(run.status).toBe(1);
    expect(sha(f.formulas)).toBe(before);
    await expectKept(target, { names: true });
  });

  test("checking the checked copy again reuses the owned columns instead of adding more", async () => {
    const first = out("formulas.once.xlsx");
    const second = out("formulas.twice.xlsx");
    expect(cli(["check", f.formulas, "--out", first]).status).toBe(1);
    expect(cli(["check", first, "--out", second]).status).toBe(1);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(second);
    const header = copy.getWorksheet("Schedule")!.getRow(2).values as unknown[];
    expect(header.filter((v) => typeof v === "string" && v.startsWith("Check "))).toEqual([...OWNED_HEADERS]);
  });

  test("--stream (kept for scripts that pass it) takes the same path: same report, same copy", async () => {
    const plain = json(["check", f.formulas]).report;
    const target = out("formulas.streamed.xlsx");
    const { run, report } = json(["check", f.formulas, "--stream", "--out", target]);
    expect(run.status).toBe(1);
    expect(report.rows).toEqual(plain.rows);
    expect(report.columns).toEqual(plain.columns);
    expect(run.stderr).toBe("");
    await expectKept(target, { names: true });
  });
});

describe("unusable input and options: exit 2, one line on stderr, no stack trace", () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ["a missing file", () => ["check", path.join(dir, "missing.xlsx")], /missing\.xlsx: no such file/],
    ["a file that is not a spreadsheet", () => ["check", "package.json"], /not a spreadsheet/],
    ["an encrypted workbook", () => ["check", f.encrypted], /encrypted \(password-protected\)/],
    ["a workbook with no schedule", () => ["check", f.noSchedule], /no-schedule\.xlsx, sheet "Budget": No header row found/],
    ["--out naming the input", () => ["check", f.row4, "--out", f.row4], /names the input file/],
    ["--out naming the input by another path", () => ["check", f.row4, "--out", path.join(dir, ".", "..", path.basename(dir), "header-row-4.xlsx")], /names the input file/],
    ["an unknown --columns field", () => ["check", f.row4, "--columns", "plug=Connector A"], /unknown field "plug"/],
    ["a --columns header that is not there", () => ["check", f.row4, "--columns", "notes=Remarks"], /no column headed "Remarks"/],
    ["a bad --spec", () => ["check", f.row4, "--spec", "package.json"], /--spec package\.json: /],
    ["an unknown option", () => ["check", f.row4, "--colour"], /unknown option/],
  ];
  test.each(cases)("%s", (_name, args, message) => {
    const run = cli(args());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("options", () => {
  test("--columns maps headers the engine does not know", () => {
    const file = path.join(dir, "odd-headers.csv");
    fs.writeFileSync(file, "Tag,Application,Ferrule 1,Ferrule 2\nX1,100GBASE-SR4,MTP-24 UPC female,MTP-24 UPC female\n");
    const plain = json(["check", file]).report;
    expect(plain.columns.connectorA).toBeUndefined();
    const { report } = json(["check", file, "--columns", "connectorA=Ferrule 1,connectorB=ferrule 2"]);
    expect(report.columns).toMatchObject({ connectorA: "Ferrule 1", connectorB: "Ferrule 2" });
    expect(report.rows[0].findings.some((x) => x.column === "Ferrule 1")).toBe(true);
  });

  test("no connector or application column: the reason names the header row and what it lacks", () => {
    const file = path.join(dir, "power-cables.csv");
    fs.writeFileSync(file, "Cable ID,From,To,Length\nP-1,MCC-01,PMP-101,40 m\n");
    const run = cli(["check", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/The header row \(row 1\) has no connector or application column: expected headers such as "Connector A"/);
    const pointed = json(["check", file, "--header-row", "1", "--columns", "application=Length"]);
    expect(pointed.report.headerRow).toBe(1);
    expect(pointed.report.columns.application).toBe("Length");
  });

  test("--spec switches a rule off", () => {
    const spec = path.join(dir, "spec.json");
    fs.writeFileSync(spec, JSON.stringify({ severity: { reach: "off" } }));
    const { run, report } = json(["check", f.row4, "--spec", spec]);
    expect(report.rows.flatMap((r) => r.findings.map((x) => x.rule))).not.toContain("reach");
    expect(run.status).toBe(report.summary.error > 0 ? 1 : 0);
  });

  test("--help and check --help explain every option with an example", () => {
    const top = cli(["--help"]);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/connector-check check examples\/cable-schedule\.xlsx/);
    const help = cli(["check", "--help"]);
    expect(help.status).toBe(0);
    for (const option of ["--sheet", "--out", "--json", "--columns", "--header-row", "--spec", "--stream", "--force"]) expect(help.stdout).toContain(option);
    expect(help.stdout).toMatch(/Exit status: 0/);
    expect(help.stdout).toMatch(/\$ connector-check check/);
  });
});
