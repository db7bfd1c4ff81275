import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { OWNED_HEADERS } from "../../src/core";
import { assertBuilt, cli, json } from "./run-cli";

// Hand-written packages: the reader must refuse or survive what no spreadsheet program writes.
jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "connector-check-hostile-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const is = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER_ROW = `<row r="1">${is("A1", "Cable ID")}${is("B1", "Connector A")}${is("C1", "Connector B")}${is("D1", "Fiber type")}${is("E1", "Length")}${is("F1", "Application")}</row>`;
const dataRow = (r: number) =>
  `<row r="${r}">${is(`A${r}`, `T-${r}`)}${is(`B${r}`, "LC/UPC duplex")}${is(`C${r}`, "LC/UPC duplex")}${is(`D${r}`, "OM4")}<c r="E${r}"><v>15</v></c>${is(`F${r}`, "10GBASE-SR")}</row>`;
const sheet = (rows: string, after = "") => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><sheetData>${rows}</sheetData>${after}</worksheet>`;

/** A minimal package (no styles part, as some generators write) around one sheet's XML. */
async function workbook(name: string, sheetXml: string, extra: Record<string, string> = {}, omit: string[] = []): Promise<string> {
  const zip = new JSZip();
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Links" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${extra["sst"] ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ""}</Relationships>`,
    "xl/worksheets/sheet1.xml": sheetXml,
    ...(extra["sst"] ? { "xl/sharedStrings.xml": extra["sst"] } : {}),
  };
  for (const [n, text] of Object.entries(parts)) if (!omit.includes(n)) zip.file(n, text);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

const refused = (file: string, message: RegExp, extra: string[] = []) => {
  const run = cli(["check", file, ...extra]);
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: "" });
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
};

describe("hostile or damaged workbooks: exit 2 with a reason naming the part", () => {
  test("a row numbered 100,000,000 is refused, not filled with empty rows", async () => {
    refused(await workbook("far-row.xlsx", sheet(`${HEADER_ROW}<row r="100000000">${is("A100000000", "x")}</row>`)), /row number 100000000 is beyond Excel's 1,048,576 rows/);
  });

  test("a cell beyond column XFD is refused", async () => {
    refused(await workbook("far-column.xlsx", sheet(`${HEADER_ROW}<row r="2">${is("XFE2", "x")}</row>`)), /beyond Excel's 16,384 columns/);
  });

  test("a part inflating far past what XML compresses to (a zip bomb) is refused before it is read", async () => {
    const padding = " ".repeat(24 * 2 ** 20);
    refused(await workbook("bomb.xlsx", sheet(`${HEADER_ROW}${padding}${dataRow(2)}`)), /part xl\/worksheets\/sheet1\.xml would inflate to 24 MiB .* refused as a zip bomb/);
  });

  test("a DOCTYPE (entity expansion) is refused, and an undeclared entity is not well-formed", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet ${NS}><sheetData>${HEADER_ROW}<row r="2">${is("A2", "&b;")}</row></sheetData></worksheet>`;
    refused(await workbook("laughs.xlsx", laughs), /part xl\/worksheets\/sheet1\.xml declares a DOCTYPE/);
    refused(await workbook("entity.xlsx", sheet(`${HEADER_ROW}<row r="2">${is("A2", "&xxe;")}</row>`)), /part xl\/worksheets\/sheet1\.xml is not well-formed XML/);
  });

  test("a missing sheet part and a truncated one are named", async () => {
    refused(await workbook("missing.xlsx", sheet(HEADER_ROW), {}, ["xl/worksheets/sheet1.xml"]), /sheet "Links" \(xl\/worksheets\/sheet1\.xml\) is missing/);
    refused(await workbook("truncated.xlsx", sheet(HEADER_ROW).slice(0, -40)), /part xl\/worksheets\/sheet1\.xml is not well-formed XML/);
    refused(await workbook("no-workbook.xlsx", sheet(HEADER_ROW), {}, ["xl/workbook.xml"]), /workbook part \(xl\/workbook\.xml\) is missing/);
  });

  test("a part that inflates to more than its zip entry states is refused as damaged", async () => {
    const file = await workbook("size-lie.xlsx", sheet(`${HEADER_ROW}${dataRow(2)}`));
    // the stated (uncompressed) size of the sheet, 10 bytes short, in its local header and its central directory entry
    const bytes = fs.readFileSync(file);
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    for (const [sig, sizeAt, nameAt] of [[0x04034b50, 22, 30], [0x02014b50, 24, 46]]) {
      for (let i = bytes.indexOf(Buffer.from(new Uint32Array([sig]).buffer)); i >= 0; i = bytes.indexOf(Buffer.from(new Uint32Array([sig]).buffer), i + 4)) {
        if (bytes.subarray(i + nameAt, i + nameAt + name.length).equals(name)) bytes.writeUInt32LE(bytes.readUInt32LE(i + sizeAt) - 10, i + sizeAt);
      }
    }
    fs.writeFileSync(file, bytes);
    refused(file, /part xl\/worksheets\/sheet1\.xml is damaged \(it inflates past the \d+ bytes its entry states\)/);
  });

  test("a cell where the results would go stops the copy, and no half-written file is left", async () => {
    // an empty inline string reads as "" (not a used column) but is a cell the user wrote
    const file = await workbook("in-the-way.xlsx", sheet(`${HEADER_ROW}${dataRow(2).replace("</row>", '<c r="G2" t="inlineStr"><is><t></t></is></c></row>')}`));
    const target = path.join(dir, "in-the-way.checked.xlsx");
    // the check itself ran, so its report comes first; then the reason, exit 2 (as for any failed write)
    const run = cli(["check", file, "--out", target]);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/No copy written: sheet "Links": cell G2 holds a value where the results would\s+go; nothing was written/);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("rows out of order are refused", async () => {
    refused(await workbook("order.xlsx", sheet(`${HEADER_ROW}${dataRow(3)}${dataRow(2)}`)), /row 2 comes after row 3/);
  });
});

describe("workbooks that are odd but valid", () => {
  test("the only data row at row 1,048,576 is read, and the copy writes it", async () => {
    const file = await workbook("last-row.xlsx", sheet(`${HEADER_ROW}${dataRow(1048576)}`));
    const target = path.join(dir, "last-row.checked.xlsx");
    const { run, report } = json(["check", file, "--out", target]);
    expect(run.status).toBe(0);
    expect(report.rows.map((r) => r.row)).toEqual([1048576]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(target);
    expect(copy.worksheets[0].getCell("G1048576").value).toBe("OK");
  });

  test("values as Excel shows them: shared rich text (phonetic runs left out), inline strings, cached formula text, booleans, errors, _xHHHH_ escapes", async () => {
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="2" uniqueCount="2"><si><r><rPr><b/></rPr><t>Cable</t></r><r><t xml:space="preserve"> ID</t></r><rPh sb="0" eb="1"><t>KE-BURU</t></rPh></si><si><t>Application</t></si></sst>`;
    const rows =
      `<row r="1"><c r="A1" t="s"><v>0</v></c>${is("B1", "Connector_x0020_A")}<c r="C1" t="str"><f>"Connector"&amp;" B"</f><v>Connector B</v></c><c r="D1" t="s"><v>1</v></c>${is("E1", "Spare")}${is("F1", "Error")}</row>` +
      `<row r="2">${is("A2", "T-1")}${is("B2", "LC/UPC duplex")}${is("C2", "LC/UPC duplex")}${is("D2", "10GBASE-SR")}<c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c></row>`;
    const file = await workbook("values.xlsx", sheet(rows), { sst });
    const { run, report } = json(["check", file]);
    expect(run.status).toBe(0);
    expect(report.columns).toMatchObject({ cableId: "Cable ID", connectorA: "Connector A", connectorB: "Connector B", application: "Application" });
    expect(report.rows.map((r) => r.row)).toEqual([2]);
  });

  test("a package without a styles part gets one, listed in the content types and the workbook's relationships, and xmllint accepts every part", async () => {
    const file = await workbook("no-styles.xlsx", sheet(`${HEADER_ROW}${dataRow(2)}`));
    const target = path.join(dir, "no-styles.checked.xlsx");
    expect(cli(["check", file, "--out", target]).status).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(target));
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('PartName="/xl/styles.xml"');
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(/relationships\/styles" Target="styles\.xml"/);
    const into = fs.mkdtempSync(path.join(dir, "x-"));
    const files: string[] = [];
    for (const [name, entry] of Object.entries(zip.files)) {
      const f = path.join(into, name.replace(/[[\]]/g, "_"));
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, await entry.async("nodebuffer"));
      files.push(f);
    }
    expect(spawnSync("xmllint", ["--noout", "--nonet", ...files], { encoding: "utf8" }).status).toBe(0);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(target);
    expect([7, 8, 9].map((c) => copy.worksheets[0].getRow(1).getCell(c).value)).toEqual([...OWNED_HEADERS]);
  });

  test("a cell in column XFD is read; --out then has no room for the results and says so", async () => {
    const file = await workbook("wide.xlsx", sheet(`${HEADER_ROW}${dataRow(2)}<row r="3">${is("XFD3", "far right")}</row>`));
    expect(json(["check", file]).report.rows.map((r) => r.row)).toEqual([2]);
    // the report comes first, then why no copy was written; exit 2
    const run = cli(["check", file, "--out", path.join(dir, "wide.checked.xlsx")]);
    expect(run.status).toBe(2);
    expect(`${run.stdout}${run.stderr}`).toMatch(/no room right of the sheet's last used column/);
    expect(fs.existsSync(path.join(dir, "wide.checked.xlsx"))).toBe(false);
  });
});
