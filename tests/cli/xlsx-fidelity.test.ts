import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { OWNED_HEADERS, STATUS_FILL } from "../../src/core";
import { HEADER_ROW, REVIEW_HEADER, reviewRow, reviewerWorkbook } from "./fixtures/reviewer-workbook";
import { JsonReport, assertBuilt, cli } from "./run-cli";

// Builds workbooks of up to 200,000 rows and runs the command, xmllint and LibreOffice on them.
jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "connector-check-fidelity-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function partsOf(file: string): Promise<Map<string, Buffer>> {
  // every entry's CRC-32 checked against its bytes: the copy's checksums are written by zlib.crc32 (src/cli/xlsx/zip.ts)
  const zip = await JSZip.loadAsync(fs.readFileSync(file), { checkCRC32: true });
  const parts = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(name, await entry.async("nodebuffer"));
  return parts;
}

/** The schedule's table ends in column I, so the owned columns are J, K and L, added to the table. */
const OWNED = ["J", "K", "L"];
const SHEET = "xl/worksheets/sheet1.xml";
const STYLES = "xl/styles.xml";
const TABLE = "xl/tables/table1.xml";

/** The sheet XML without what --out may add: owned cells, their <col> widths, row spans and the dimension. */
const withoutOwned = (xml: string) =>
  xml
    .replace(new RegExp(`<c r="[${OWNED.join("")}]\\d+"[^>]*?(?:/>|>[\\s\\S]*?</c>)`, "g"), "")
    .replace(/ spans="[^"]*"/g, "")
    .replace(/<dimension ref="[^"]*"\/>/, "")
    .replace(/<col min="(10|11|12)" max="\1" width="\d+" customWidth="1"\/>/g, "")
    .replace(/<cols><\/cols>/, "");
const FILLS = Object.values(STATUS_FILL).map((hex) => hex.slice(1)).join("|");
const withoutFills = (xml: string) => {
  let s = xml
    .replace(new RegExp(`<fill><patternFill patternType="solid"><fgColor rgb="FF(${FILLS})"/><bgColor indexed="64"/></patternFill></fill>`, "g"), "")
    .replace(/<(fills|cellXfs) count="\d+"/g, "<$1");
  for (let i = 0; i < 4; i++) s = s.replace(/<xf numFmtId="\d+" fontId="\d+" fillId="\d+" borderId="\d+" xfId="0" applyFill="1"\/>(<\/cellXfs>)/, "$1");
  return s;
};
const withoutTableColumns = (xml: string) =>
  xml
    .replace(/<tableColumn id="\d+" name="Check (status|findings|recommendation)"\/>/g, "")
    .replace(/ ref="A3:[A-Z]+(\d+)"/g, ' ref="A3:*$1"')
    .replace(/<tableColumns count="\d+"/, "<tableColumns");

/** Equal texts; on a difference, the place it starts (the sheet of 200,000 rows is too long to print). */
function expectSameText(actual: string, expected: string): void {
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  if (i === actual.length && i === expected.length) return;
  expect({ at: i, actual: actual.slice(Math.max(0, i - 80), i + 160) }).toEqual({ at: i, actual: expected.slice(Math.max(0, i - 80), i + 160) });
}

function xmllint(parts: Map<string, Buffer>): void {
  const into = fs.mkdtempSync(path.join(dir, "parts-"));
  const files: string[] = [];
  for (const [name, bytes] of parts) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const file = path.join(into, name.replace(/[[\]]/g, "_"));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    files.push(file);
  }
  const r = spawnSync("xmllint", ["--noout", "--nonet", ...files], { encoding: "utf8" });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
}

describe.each([
  ["a small .xlsx", 8, false],
  ["a small .xlsm with a VBA project", 8, true],
  ["an .xlsx of 200,000 rows", 200_000, false],
])("--out on %s keeps every other part byte for byte", (_name, rows, macros) => {
  const ext = macros ? ".xlsm" : ".xlsx";
  let input: string;
  let output: string;
  let report: JsonReport;
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;

  beforeAll(async () => {
    input = path.join(dir, `review-${rows}${ext}`);
    output = path.join(dir, `review-${rows}.checked${ext}`);
    fs.writeFileSync(input, await reviewerWorkbook(rows, macros));
    const run = cli(["check", input, "--out", output, "--json"]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: "" });
    report = JSON.parse(run.stdout) as JsonReport;
    [before, after] = [await partsOf(input), await partsOf(output)];
  });

  test("the same parts, and every one but the sheet, styles and table the same bytes", () => {
    expect([...after.keys()]).toEqual([...before.keys()]);
    if (macros) expect(after.get("xl/vbaProject.bin")).toEqual(before.get("xl/vbaProject.bin"));
    expect(after.has("xl/charts/chart1.xml") && after.has("customXml/item1.xml") && after.has("xl/media/image1.png")).toBe(true);
    const changed = [...before.keys()].filter((name) => !before.get(name)!.equals(after.get(name)!));
    expect(changed.sort()).toEqual([SHEET, STYLES, TABLE].sort());
  });

  test("the sheet differs only by the owned cells, their widths, the spans and the dimension", () => {
    const [was, is] = [before.get(SHEET)!.toString("utf8"), after.get(SHEET)!.toString("utf8")];
    expectSameText(withoutOwned(is), withoutOwned(was));
    // the dimension reaches the owned columns (the grown sheet already reached the image in O)
    expect(/<dimension ref="[^"]*"\/>/.exec(is)?.[0]).toBe(`<dimension ref="A1:${rows > 8 ? "O" : "L"}${HEADER_ROW + rows}"/>`);
    expect(/<cols>.*?<\/cols>/.exec(is)?.[0]).toMatch(/<col min="10" max="10" width="12" customWidth="1"\/><col min="11" max="11" width="70" customWidth="1"\/><col min="12" max="12" width="60" customWidth="1"\/><\/cols>$/);
    // one filled status cell per data row, each a typed string (never a formula)
    expect(is.match(/<c r="J\d+" s="\d+" t="inlineStr">/g)).toHaveLength(rows);
    expect(/<c r="[JKL]\d+"[^>]*><f>/.test(is)).toBe(false);
    expect(report.summary.rows).toBe(rows);
    expect(report.summary.error).toBe(rows / 4);
  });

  test("styles.xml gains the status fills only; the table gains the three columns", () => {
    expect(withoutFills(after.get(STYLES)!.toString("utf8"))).toBe(withoutFills(before.get(STYLES)!.toString("utf8")));
    const table = after.get(TABLE)!.toString("utf8");
    expect(withoutTableColumns(table)).toBe(withoutTableColumns(before.get(TABLE)!.toString("utf8")));
    expect(table).toContain(`ref="A3:L${HEADER_ROW + rows}"`);
    expect(table).toMatch(/<tableColumn id="10" name="Check status"\/><tableColumn id="11" name="Check findings"\/><tableColumn id="12" name="Check recommendation"\/><\/tableColumns>/);
  });

  test("every XML part written is well-formed (xmllint)", () => xmllint(after));

  if (rows <= 8) {
    test("ExcelJS reads the copy back: the user's cells, names, validation, comment, image and table as they were, and the owned columns filled", async () => {
      const [src, copy] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
      await src.xlsx.readFile(input);
      await copy.xlsx.readFile(output);
      expect(copy.worksheets.map((w) => w.name)).toEqual(["Cable Schedule", "Totals"]);
      for (const ws of src.worksheets) {
        const other = copy.getWorksheet(ws.name)!;
        ws.eachRow({ includeEmpty: true }, (row, n) =>
          row.eachCell({ includeEmpty: true }, (cell, col) => {
            const kept = other.getRow(n).getCell(col);
            expect({ at: cell.address, value: kept.value, style: kept.style }).toEqual({ at: cell.address, value: cell.value, style: cell.style });
          }),
        );
      }
      const c = copy.getWorksheet("Cable Schedule")!;
      expect([10, 11, 12].map((col) => c.getRow(HEADER_ROW).getCell(col).value)).toEqual([...OWNED_HEADERS]);
      for (const r of report.rows) {
        const status = c.getRow(r.row).getCell(10);
        expect(status.value).toBe(r.status);
        expect((status.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${STATUS_FILL[r.status].slice(1)}`);
      }
      expect(c.getRow(HEADER_ROW + 2).getCell(11).value).toMatch(/^ERROR reach:/);
      expect(copy.definedNames.getRanges("Lengths").ranges).toEqual(src.definedNames.getRanges("Lengths").ranges);
      expect(c.getCell(`F${HEADER_ROW + 1}`).dataValidation).toEqual(src.getWorksheet("Cable Schedule")!.getCell(`F${HEADER_ROW + 1}`).dataValidation);
      expect(c.getCell(`A${HEADER_ROW + 1}`).note).toBe("first cable of the fabric");
      expect(c.getCell("B1").isMerged).toBe(true);
      expect(c.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
      expect(c.getImages()).toHaveLength(1);
      expect(c.getColumn(11).width).toBe(70);
    });
  }

  if (rows <= 8 && !macros) {
    test("LibreOffice converts the copy to CSV: the user's cells unchanged, the owned columns right of them", () => {
      const profile = fs.mkdtempSync(path.join(dir, "lo-"));
      const r = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv", "--outdir", dir, output], { encoding: "utf8", timeout: 180_000 });
      const csvFile = path.join(dir, `${path.parse(output).name}.csv`);
      expect({ status: r.status, made: fs.existsSync(csvFile) }).toEqual({ status: 0, made: true });
      const table = Papa.parse<string[]>(fs.readFileSync(csvFile, "utf8"), { skipEmptyLines: false }).data;
      expect(table[0][0]).toBe("Fabric A: fiber cable schedule");
      expect(table[HEADER_ROW - 1]).toEqual([...REVIEW_HEADER, ...OWNED_HEADERS]);
      for (let i = 0; i < rows; i++) {
        const user = reviewRow(i).map(String);
        if (i === 2) user[8] = "x".repeat(32767);
        const line = table[HEADER_ROW + i];
        expect(line.slice(0, 9)).toEqual(user);
        expect(line[9]).toBe(report.rows[i].status);
      }
    });
  }
});
