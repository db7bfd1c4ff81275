import { decodeText } from "../../src/cli/decode";
import { readDelimited } from "../../src/cli/read-delimited";
import { jsonReport, wrap } from "../../src/cli/report";
import { checkSchedule } from "../../src/core";
import { parseColumnsOption } from "../../src/cli/check";

describe("decodeText", () => {
  test("UTF-8 with a BOM drops the BOM", () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xc2, 0xb0]))).toEqual({ text: "A\u00b0", encoding: "utf-8", bom: true });
  });
  test("bytes that are not UTF-8 are read as Windows-1252 (0xB2 is ², 0x80 is €)", () => {
    expect(decodeText(Buffer.from([0x35, 0x30, 0x30, 0x6d, 0x6d, 0xb2, 0x20, 0x80]))).toEqual({ text: "500mm\u00b2 \u20ac", encoding: "windows-1252", bom: false });
  });
  test("UTF-16LE with a BOM (Excel's Unicode Text)", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Cable\tLC", "utf16le")])).text).toBe("Cable\tLC");
  });
});

describe("readDelimited", () => {
  test.each([
    [",", "a,b;c\n1,2;3\n", [["a", "b;c"], ["1", "2;3"]]],
    [";", "Cable;Length\nC1;92,5\nC2;3\n", [["Cable", "Length"], ["C1", "92,5"], ["C2", "3"]]],
    ["\t", "a\tb\n1\t2\n", [["a", "b"], ["1", "2"]]],
  ])("sniffs %j", (delimiter, text, grid) => {
    const sheet = readDelimited(Buffer.from(text), "x.csv");
    expect(sheet.delimiter).toBe(delimiter);
    expect(sheet.grid).toEqual(grid);
    expect(sheet.trailingNewline).toBe(true);
  });
});

test("wrap keeps lines within the width and indents continuation lines", () => {
  const lines = wrap("MTP-12 APC female (end B) meets MTP-12 APC female (row 13, end A) in an adapter: both female", 40, "    ", "  ");
  expect(lines[0].startsWith("  MTP-12")).toBe(true);
  for (const l of lines.slice(1)) expect(l.startsWith("    ")).toBe(true);
  for (const l of lines) expect(l.length).toBeLessThanOrEqual(40);
  expect(lines.join(" ").replace(/\s+/g, " ").trim()).toBe("MTP-12 APC female (end B) meets MTP-12 APC female (row 13, end A) in an adapter: both female");
});

test("parseColumnsOption reads field=Header pairs, unmaps on an empty header, and names unknown fields", () => {
  expect(parseColumnsOption("connectorA=Conn A, length = Len (m),notes=")).toEqual({ connectorA: "Conn A", length: "Len (m)", notes: null });
  expect(() => parseColumnsOption("plug=X")).toThrow(/unknown field "plug"/);
  expect(() => parseColumnsOption("connectorA")).toThrow(/not field=Header/);
});

describe("--json cites each rule that spoke, standard clause first", () => {
  it("lists the rules with their sources' clauses and pages", () => {
    const grid = [
      ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber", "Application", "Length"],
      ["C1", "leaf1 Eth1/1", "spine1 Eth1/1", "MPO-12 UPC female", "MPO-12 UPC female", "OS2", "400GBASE-DR4", "30 m"],
    ];
    const result = checkSchedule(grid);
    if (!result.ok) throw new Error("not checked");
    const doc = JSON.parse([...jsonReport(result, { file: "x.csv", sheet: "x.csv" })].join(""));
    expect(doc.rules["polish-mating"].sources[0]).toEqual({ clause: expect.stringMatching(/TIA-598/), title: expect.any(String), url: expect.stringMatching(/^https:/) });
    for (const [id, rule] of Object.entries(doc.rules) as Array<[string, { sources: Array<{ clause: string }> }]>) {
      expect([id, rule.sources.every((s) => s.clause.length > 5)]).toEqual([id, true]);
    }
    expect(Object.keys(doc.rules).sort()).toEqual([...new Set(doc.rows.flatMap((r: { findings: Array<{ rule: string }> }) => r.findings.map((f) => f.rule)))].sort());
  });
});
