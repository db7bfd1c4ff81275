import type { RowAnnotation } from "../../src/core";
import { SheetPatch, patchSheetXml } from "../../src/cli/xlsx/patch";

/**
 * The sheet patcher copies rows it writes nothing into, and appends to rows whose owned cells
 * are all new, without reading their cells. Whatever the chunking of the inflated XML (a chunk
 * may end inside a tag, a row or a UTF-8 character), the copy must be the user's bytes with the
 * owned cells spliced in, and the same as the cell-by-cell path gives.
 */
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const row = (n: number, cells: string) => `<row r="${n}" spans="1:2">${cells}</row>`;
const sheet = [
  `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><dimension ref="A1:B6"/><sheetData>`,
  row(1, '<c r="A1" t="inlineStr"><is><t>Title – fabric ✓</t></is></c>'),
  row(2, '<c r="A2" t="inlineStr"><is><t>Cable ID</t></is></c><c r="B2" s="1" t="inlineStr"><is><t>Connector A</t></is></c>'),
  row(3, '<c r="A3" t="inlineStr"><is><t>C-1 Ünïcode 中文 😀</t></is></c><c r="B3"><v>1</v></c>'),
  row(4, '<c r="A4" t="inlineStr"><is><t><![CDATA[</row> in CDATA]]></t></is></c><!-- </row> in a comment --><c r="B4"><f>1+1</f><v>2</v></c>'),
  row(5, '<c r="A5"><v>5</v></c><?pi </row>?>'),
  row(6, '<c r="A6" t="inlineStr"><is><t>last é</t></is></c>'),
  "</sheetData></worksheet>",
].join("");

const annotation = (r: number, text: string): RowAnnotation => ({ rowIndex: r - 1, row: r, status: "ERROR", values: ["ERROR", text, `fix ${text}`] });

function patch(lastCellColumn: number): SheetPatch {
  return {
    headerRow: 2,
    write: {
      plan: { columns: [2, 3, 4], headers: ["Check status", "Check findings", "Check recommendation"] },
      rows: [annotation(3, "Länge > 100 m"), annotation(4, "a < b & c"), annotation(6, "😀 ok")],
      previous: false,
    },
    statusStyle: { ERROR: 7, WARNING: 8, INFO: 9, OK: 10 },
    widths: false,
    sheetName: "Sheet1",
    lastCellColumn,
  };
}

async function run(bytes: Buffer, chunk: number, p: SheetPatch): Promise<string> {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  const out: Buffer[] = [];
  for await (const b of patchSheetXml(chunks(), p)) out.push(b);
  return Buffer.concat(out).toString("utf8");
}

const OWNED = /<c r="[CDE]\d+"[^>]*>.*?<\/c>/g;

describe("patchSheetXml", () => {
  const bytes = Buffer.from(sheet, "utf8");

  test.each([1, 3, 17, 64, bytes.length])("in chunks of %i bytes: the user's bytes unchanged, owned cells before </row>, the same as cell by cell", async (size) => {
    const fast = await run(bytes, size, patch(1));
    const cellByCell = await run(bytes, size, patch(2)); // a <c> in column C: every written row is read cell by cell
    expect(fast).toBe(cellByCell);
    expect(fast.replace(OWNED, "").replace(/spans="1:5"/g, 'spans="1:2"').replace('ref="A1:E6"', 'ref="A1:B6"')).toBe(sheet);
    expect(fast).toContain('<c r="E3" t="inlineStr"><is><t xml:space="preserve">fix Länge &gt; 100 m</t></is></c></row>');
    expect(fast).toContain('<c r="D4" t="inlineStr"><is><t xml:space="preserve">a &lt; b &amp; c</t></is></c><c r="E4"');
    expect(fast).toContain('<c r="C6" s="7" t="inlineStr"><is><t xml:space="preserve">ERROR</t></is></c><c r="D6" t="inlineStr"><is><t xml:space="preserve">😀 ok</t></is></c>');
    expect(fast).toContain('<c r="C2" s="1" t="inlineStr"><is><t xml:space="preserve">Check status</t></is></c>');
    expect(fast).not.toContain('r="C5"');
  });
});
