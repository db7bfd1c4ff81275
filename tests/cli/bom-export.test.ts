import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { assertBuilt, cli, json } from "./run-cli";

const SCHEDULE = [
  ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Polarity", "Qty", "Part number"],
  ["T1", "PP-A01 P1", "PP-B01 P1", "MPO-12 UPC male", "MPO-12 UPC male", "OM4", "29.4 m", "Method B", 2, "TRK-12-30"],
  ["C1", "leaf01 Eth1/1", "PP-C01 P5", "LC/UPC duplex", "LC/UPC duplex", "OM4", 3, "A-to-B", "", "LC-3M"],
];

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "connector-check-bom-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function workbook(name: string, spec?: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Cables");
  SCHEDULE.forEach((r) => ws.addRow(r));
  if (spec) spec.forEach((r) => wb.getWorksheet("Spec")?.addRow(r) ?? wb.addWorksheet("Spec").addRow(r));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("connector-check bom", () => {
  it("writes bom.xlsx as an Excel table with quantities honouring Qty, and never overwrites without --force", async () => {
    const input = await workbook("schedule.xlsx");
    const before = fs.readFileSync(input);
    const out = path.join(dir, "bom.xlsx");
    const run = cli(["bom", input, "--out", out]);
    expect(run.stderr).toContain("note: Lengths rounded up to 1 m steps");
    expect(run.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("BOM");
    expect(ws?.getTables().length).toBe(1);
    expect(ws?.getRow(1).values).toEqual([undefined, "Section", "Item", "Connector A", "Connector B", "Fibers", "Grade", "Polarity", "Length (m)", "Qty", "Total length (m)", "Part number", "Note"]);
    expect((ws?.getRow(2).values as unknown[]).slice(1, 12)).toEqual(["Assembly", "trunk", "MPO-12 UPC male", "MPO-12 UPC male", 12, "OM4", "Method B", 30, 2, 60, "TRK-12-30"]);
    const again = cli(["bom", input, "--out", out]);
    expect([again.status, again.stderr.trim()]).toEqual([2, `connector-check: --out ${out} already exists: choose another name, or add --force (-f) to replace it`]);
    expect(cli(["bom", input, "--out", out, "--force"]).status).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses to write over the input, by any name", async () => {
    const input = await workbook("same.xlsx");
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, link);
    const before = fs.readFileSync(input);
    const run = cli(["bom", input, "--out", link, "--force"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("names the input file");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("takes the stock length step from the workbook's Spec sheet; bom.csv", async () => {
    const input = await workbook("step.xlsx", [["Setting", "Value"], ["BOM stock length step (m)", 5]]);
    const out = path.join(dir, "bom.csv");
    expect(cli(["bom", input, "--out", out]).status).toBe(0);
    const lines = fs.readFileSync(out, "utf8").split("\r\n");
    expect(lines[1]).toBe("Assembly,trunk,MPO-12 UPC male,MPO-12 UPC male,12,OM4,Method B,30,2,60,TRK-12-30,");
    expect(lines[2]).toBe("Assembly,patch cord,LC/UPC duplex,LC/UPC duplex,2,OM4,A-to-B,5,1,5,LC-3M,");
  });
});

describe("the workbook's Spec sheet in check", () => {
  it("makes a row the standards pass fail, citing the cell; --spec wins where both are given", async () => {
    const plain = json(["check", await workbook("plain.xlsx")]);
    expect(plain.report.summary.error).toBe(0);
    const input = await workbook("spec.xlsx", [["Setting", "Value"], ["Trunk connector family", "MTP"]]);
    const withSheet = json(["check", input]);
    expect(withSheet.report.rows.find((r) => r.row === 2)?.findings.map((f) => f.message)).toContain("MPO-12 UPC male does not meet the project spec: trunks must be MTP, cell Spec!B2");
    const specFile = path.join(dir, "spec.json");
    fs.writeFileSync(specFile, JSON.stringify({ trunkConnectorFamily: "MPO" }));
    expect(json(["check", input, "--spec", specFile]).report.summary.error).toBe(0);
  });
  it("a bad Spec sheet stops the check (exit 2) naming the cell and what is allowed", async () => {
    const input = await workbook("bad-spec.xlsx", [["Setting", "Value"], ["Pinned trunks", "sometimes"]]);
    const run = cli(["check", input]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('connector-check: bad-spec.xlsx: the Spec sheet cannot be used: Spec!B2: "sometimes" is not yes or no for Pinned trunks; allowed: yes, no');
  });
});

describe("connector-check export --netbox", () => {
  it("writes NetBox's cable import columns; the export checks again without --columns", async () => {
    const input = await workbook("nb.xlsx");
    const out = path.join(dir, "cables.csv");
    const run = cli(["export", "--netbox", input, "--out", out]);
    expect(run.status).toBe(0);
    const lines = fs.readFileSync(out, "utf8").trim().split("\r\n");
    expect(lines[0]).toBe("side_a_device,side_a_type,side_a_name,side_b_device,side_b_type,side_b_name,type,status,label,color,length,length_unit,description");
    expect(lines[1]).toBe("PP-A01,dcim.rearport,P1,PP-B01,dcim.rearport,P1,mmf-om4,planned,T1,,29.4,m,cc: A=MPO-12 UPC male | B=MPO-12 UPC male | fibers=12 | polarity=Method B | ports=mpo/mpo");
    const original = json(["check", input]).report;
    const back = json(["check", out]).report;
    expect(back.rows.map((r) => [r.row, r.status])).toEqual(original.rows.map((r) => [r.row, r.status]));
    expect(cli(["export", "--netbox", input, "--out", out]).status).toBe(2);
  });
  it("export without a format is refused", async () => {
    const run = cli(["export", await workbook("nf.xlsx")]);
    expect([run.status, run.stderr.trim()]).toEqual([2, "connector-check: export: say which format, e.g. --netbox (NetBox's bulk cable import CSV)"]);
  });
});
