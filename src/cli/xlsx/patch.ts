/**
 * `--out` for a workbook: a copy of the package in which only the checked sheet's XML, the
 * styles part (the four status fills) and, when the schedule is an Excel table, its table part
 * change; every other part is copied with the same bytes. In the sheet only the owned cells
 * are written (inline strings, so no shared-string table has to be rewritten; never a
 * formula), with the column widths, the <dimension> and the row spans they need. Each change
 * is a splice into the part's text: the user's cells are passed through as they were.
 */
import { Readable } from "stream";
import { MAX_SHEET_COLUMNS, STATUS_FILL } from "../../core";
import type { RowAnnotation, Status } from "../../core";
import { InputError } from "../errors";
import type { OwnedWrite } from "../write-copy";
import { xlsxText } from "../write-copy";
import { columnName, parseCellRef } from "./read-sheet";
import type { WorkbookSchedule } from "./read-sheet";
import { readRels, relsPartOf } from "./workbook";
import { attr, localName, parseXmlText } from "./xml";
import { Package, writePackage } from "./zip";

/** Widths (characters) for status, findings and recommendation, as the loaded-workbook copy had them. */
export const OWNED_WIDTHS = [12, 70, 60] as const;
const STATUSES: readonly Status[] = ["ERROR", "WARNING", "INFO", "OK"];

/** Text as XML character data: escaped, with characters XML cannot hold written the way Excel does (_xHHHH_). */
export function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[&<>_\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(s)) return s;
  let out = s.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_"); // a literal "_x0041_" stays literal
  out = out.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
  // eslint-disable-next-line no-control-regex
  out = out.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return out.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
const attrText = (s: string) => xmlText(s).replace(/"/g, "&quot;");

/** A comment, CDATA section or processing instruction, where markup is text. */
const SPECIAL = /<[!?]/g;
/** Bytes of sheet XML handled as one string, and written out at once. */
const PIECE = 64 * 1024;
/** A row copied whole is held until its end tag arrives, up to this many bytes; then it is tokenized. */
const MAX_HELD_ROW = 4 * 2 ** 20;

/** Matches one tag, comment, CDATA section or processing instruction starting at lastIndex. */
const MARKUP = /<(?:!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|\?[\s\S]*?\?>|[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>)/y;
const attrPatterns = new Map<string, RegExp>();
const attrOf = (tag: string, name: string): string | undefined => {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
};
const setAttrPatterns = new Map<string, RegExp>();
const setAttr = (tag: string, name: string, value: string): string => {
  let re = setAttrPatterns.get(name);
  if (!re) setAttrPatterns.set(name, (re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`)));
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/^(<[^\s/>]+)/, `$1 ${name}="${value}"`);
};
const tagName = (tag: string): string => {
  let i = tag.charCodeAt(1) === 47 ? 2 : 1;
  const from = i;
  for (; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    if (c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13) break;
  }
  return tag.slice(from, i);
};
const prefixOf = (qname: string) => (qname.includes(":") ? qname.slice(0, qname.indexOf(":") + 1) : "");

export interface SheetPatch {
  headerRow: number;
  write: OwnedWrite;
  /** Style index (cellXfs) of each status's fill. */
  statusStyle: Record<Status, number>;
  /** Columns (0-based) whose width the copy sets: the owned ones not given a width by the sheet. */
  widths: boolean;
  sheetName: string;
  /** The last column (0-based) of any <c> element in the sheet, valued or not (SheetLayout.lastCellColumn). */
  lastCellColumn: number;
}

/**
 * Rewrites the sheet XML as it streams: only cells in the owned columns of the header row and
 * the annotated rows (and, on a re-check, of later rows) are replaced; a user's cell found there
 * stops the copy instead of being overwritten.
 *
 * The XML is handled as latin1 text, one character per byte, so the user's bytes pass through
 * exactly, with no UTF-8 decoding and encoding (the markup this looks at is ASCII; the owned
 * cells' text is encoded to UTF-8 bytes before it is spliced in). A row that needs no cell of
 * its own looked at is copied whole, from its open tag to its end tag, without tokenizing its
 * cells: every row not annotated, and, when no <c> of the sheet stands in or right of the
 * owned columns (the reader recorded the last one), every annotated row but the header, whose
 * owned cells then go just before </row>.
 */
export async function* patchSheetXml(source: AsyncIterable<Buffer | string>, p: SheetPatch): AsyncGenerator<Buffer> {
  const [first, , last] = p.write.plan.columns;
  const owned = (c: number) => c >= first && c <= last;
  const rows = [...p.write.rows].sort((a, b) => a.row - b.row);
  let next = 0; // index into rows of the next annotation
  let headerDone = false;
  // no <c> where the owned cells go: an annotated row gets them appended, its cells unread
  const appendOnly = !p.write.previous && p.lastCellColumn < first;
  let out: string[] = [];
  let outLength = 0;
  const emit = (s: string) => {
    out.push(s);
    outLength += s.length;
  };

  let stage: "head" | "data" | "tail" = "head";
  let colsBlock: string[] | undefined;
  let sawCols = false;
  let sheetPrefix = "";
  let rowNumber = 0;
  let fixRowRefs = false;
  // the row being written
  let row: { number: number; prefix: string; annotation?: RowAnnotation; header: boolean; done: boolean; col: number; fixRefs: boolean; lastHeaderStyle?: string; kept: Array<string | undefined> } | undefined;
  // the cell being read inside a touched row
  let cell: { col: number; owned: boolean; style?: string; content: boolean; inV: boolean; pending: string[] } | undefined;

  const widthCols = (prefix: string) =>
    p.write.plan.columns.map((c, k) => `<${prefix}col min="${c + 1}" max="${c + 1}" width="${OWNED_WIDTHS[k]}" customWidth="1"/>`);

  // Findings and recommendations repeat from row to row: escape each distinct text once.
  const escaped = new Map<string, string>();
  const xmlTextOnce = (v: string) => {
    let e = escaped.get(v);
    if (e === undefined) escaped.set(v, (e = Buffer.from(xmlText(v), "utf8").toString("latin1")));
    return e;
  };
  const ownedCells = (r: NonNullable<typeof row>): string => {
    const pre = r.prefix;
    const ref = (k: number) => `${columnName(p.write.plan.columns[k])}${r.number}`;
    const text = (k: number, style: string | undefined, value: string) =>
      value === ""
        ? style !== undefined
          ? `<${pre}c r="${ref(k)}" s="${style}"/>`
          : ""
        : `<${pre}c r="${ref(k)}"${style !== undefined ? ` s="${style}"` : ""} t="inlineStr"><${pre}is><${pre}t xml:space="preserve">${xmlTextOnce(value)}</${pre}t></${pre}is></${pre}c>`;
    if (r.header) {
      return p.write.plan.headers.map((h, k) => text(k, p.write.previous ? r.kept[k] : r.lastHeaderStyle, h)).join("");
    }
    const a = r.annotation;
    if (!a) return ""; // a re-check clears the owned cells of rows it has nothing for
    return [text(0, String(p.statusStyle[a.status]), xlsxText(a.values[0])), text(1, r.kept[1], xlsxText(a.values[1])), text(2, r.kept[2], xlsxText(a.values[2]))].join("");
  };
  const finishOwned = () => {
    if (row && !row.done) {
      emit(ownedCells(row));
      row.done = true;
      row.fixRefs = true;
    }
  };
  /** Rows the sheet lacks but must hold owned cells (cannot happen for rows the reader saw; kept for safety). */
  const flushMissingRows = (before: number, prefix: string) => {
    while (!headerDone && p.headerRow < before) {
      emit(rowXml(p.headerRow, prefix, true, undefined));
      headerDone = true;
      fixRowRefs = true;
    }
    while (next < rows.length && rows[next].row < before) {
      if (rows[next].row !== p.headerRow) emit(rowXml(rows[next].row, prefix, false, rows[next]));
      next++;
      fixRowRefs = true;
    }
  };
  const rowXml = (n: number, prefix: string, header: boolean, annotation: RowAnnotation | undefined) => {
    const r = { number: n, prefix, annotation, header, done: false, col: -1, fixRefs: false, kept: [undefined, undefined, undefined] };
    return `<${prefix}row r="${n}">${ownedCells(r)}</${prefix}row>`;
  };

  const handle = (tok: string) => {
    if (tok.charCodeAt(0) !== 60 /* < */ || tok.startsWith("<!") || tok.startsWith("<?")) {
      if (cell) {
        if (cell.inV && tok.trim() !== "") cell.content = true;
        if (cell.owned) return;
      }
      emit(tok);
      return;
    }
    const closing = tok.charCodeAt(1) === 47; /* / */
    const selfClosing = !closing && tok.charCodeAt(tok.length - 2) === 47;
    const qname = tagName(tok);
    const local = localName(qname);
    if (stage === "head") {
      if (colsBlock) {
        colsBlock.push(tok);
        if (closing && local === "cols") {
          emit(p.widths ? mergeCols(colsBlock.join(""), widthCols(prefixOf(qname))) : colsBlock.join(""));
          colsBlock = undefined;
        }
        return;
      }
      if (local === "dimension" && !closing) return emit(extendDimension(tok, last, rows));
      if (local === "cols" && !closing) {
        sawCols = true;
        if (selfClosing) return emit(p.widths ? `<${qname}>${widthCols(prefixOf(qname)).join("")}</${qname}>` : tok);
        colsBlock = [tok];
        return;
      }
      if (local === "sheetData") {
        sheetPrefix = prefixOf(qname);
        if (!sawCols && p.widths) emit(`<${sheetPrefix}cols>${widthCols(sheetPrefix).join("")}</${sheetPrefix}cols>`);
        stage = "data";
        if (selfClosing) {
          emit(`<${qname}>`);
          flushMissingRows(Infinity, sheetPrefix);
          emit(`</${qname}>`);
          stage = "tail";
          return;
        }
      }
      return emit(tok);
    }
    if (stage === "tail") return emit(tok);

    // inside <sheetData>
    if (local === "sheetData" && closing) {
      flushMissingRows(Infinity, sheetPrefix);
      stage = "tail";
      return emit(tok);
    }
    if (local === "row" && !closing && !row) {
      const r = attrOf(tok, "r");
      const n = r === undefined ? rowNumber + 1 : Number(r);
      flushMissingRows(n, prefixOf(qname));
      if (r === undefined && fixRowRefs) tok = setAttr(tok, "r", String(n));
      rowNumber = n;
      const header = n === p.headerRow;
      if (header) headerDone = true;
      const annotation = next < rows.length && rows[next].row === n ? rows[next++] : undefined;
      if (!header && !annotation && !(p.write.previous && n > p.headerRow)) {
        if (!selfClosing) copyRow = `</${qname}>`;
        return emit(tok);
      }
      const spans = attrOf(tok, "spans");
      if (spans !== undefined && (header || annotation)) tok = setAttr(tok, "spans", widenSpans(spans, last + 1));
      row = { number: n, prefix: prefixOf(qname), annotation, header, done: false, col: -1, fixRefs: false, kept: [undefined, undefined, undefined] };
      if (selfClosing) {
        emit(tok.replace(/\s*\/>$/, ">"));
        finishOwned();
        emit(`</${qname}>`);
        row = undefined;
        return;
      }
      if (appendOnly && !header) copyRow = `</${qname}>`;
      return emit(tok);
    }
    if (!row) return emit(tok);
    if (local === "row" && closing) {
      finishOwned();
      row = undefined;
      return emit(tok);
    }
    if (local === "c" && !closing && !cell) {
      const r = attrOf(tok, "r");
      const col = r === undefined ? row.col + 1 : (parseCellRef(r)?.col ?? row.col + 1);
      row.col = col;
      const isOwned = owned(col);
      if (!isOwned && col > last) finishOwned();
      if (!isOwned && r === undefined && row.fixRefs) tok = setAttr(tok, "r", `${columnName(col)}${row.number}`);
      if (isOwned) row.fixRefs = true;
      cell = { col, owned: isOwned, style: attrOf(tok, "s"), content: false, inV: false, pending: [] };
      if (selfClosing) return endCell(tok);
      if (isOwned) return;
      passThrough = `</${row.prefix}c>`;
      return emit(tok);
    }
    if (cell) {
      if (local === "c" && closing) return endCell(tok);
      if (!closing && (local === "f" || local === "is")) cell.content = true;
      if (local === "v") cell.inV = !closing && !selfClosing;
      if (cell.owned) return;
      return emit(tok);
    }
    return emit(tok);
  };
  const endCell = (tok: string) => {
    const c = cell!;
    const r = row!;
    cell = undefined;
    if (!c.owned) {
      if (r.header && c.content) r.lastHeaderStyle = c.style;
      return emit(tok);
    }
    if (c.content && !p.write.previous) {
      throw new InputError(
        `sheet "${p.sheetName}": cell ${columnName(c.col)}${r.number} holds a value where the results would go; nothing was written (move it, or check again so the results go right of it)`,
      );
    }
    r.kept[c.col - first] = c.style;
  };

  /** Set after the open tag of a user's cell in a row being written: its content can be copied whole. */
  let passThrough: string | undefined;
  /** Set after the open tag of a row whose cells are copied whole: its end tag. */
  let copyRow: string | undefined;
  let buf = "";
  const flushOut = function* () {
    if (outLength >= PIECE) {
      yield Buffer.from(out.join(""), "latin1");
      out = [];
      outLength = 0;
    }
  };
  const drain = (final: boolean) => {
    let i = 0;
    let bang = -1; // the next "<!" in buf at or after i (Infinity: none)
    let special = -1; // the next "<!" or "<?" in buf at or after i (Infinity: none)
    while (i < buf.length) {
      if (copyRow) {
        // The row's content up to its end tag, unless a comment, CDATA or processing instruction
        // (which could hold the end tag's text) makes tokens necessary.
        const end = buf.indexOf(copyRow, i);
        if (special < i) {
          SPECIAL.lastIndex = i;
          special = SPECIAL.exec(buf)?.index ?? Infinity;
        }
        if (end >= 0 && special > end) {
          emit(buf.slice(i, end));
          i = end;
          copyRow = undefined;
        } else if (end < 0 && special === Infinity && !final && buf.length - i < MAX_HELD_ROW) {
          break; // the end tag is in a later chunk: wait for it
        } else copyRow = undefined; // tokens from here (a long row is not held whole)
      }
      const lt = buf.indexOf("<", i);
      if (lt < 0) {
        if (final) handle(buf.slice(i));
        else if (i < buf.length) {
          // text up to the end of the chunk: pass it on (it holds no markup)
          handle(buf.slice(i));
        }
        i = buf.length;
        break;
      }
      if (lt > i) handle(buf.slice(i, lt));
      MARKUP.lastIndex = lt;
      const m = MARKUP.exec(buf);
      if (!m) {
        if (final) throw new InputError(`sheet "${p.sheetName}": the sheet XML ends inside a tag`);
        i = lt;
        break;
      }
      handle(m[0]);
      i = MARKUP.lastIndex;
      if (copyRow) continue;
      if (passThrough) {
        // The cell's content up to its end tag, unless a comment or CDATA makes tokens necessary.
        const end = buf.indexOf(passThrough, i);
        if (bang < i) {
          bang = buf.indexOf("<!", i);
          if (bang < 0) bang = Infinity;
        }
        if (end >= 0 && bang > end) {
          const content = buf.slice(i, end);
          if (row?.header) cell!.content = /<(?:[\w.-]+:)?(?:f|is)\b|<(?:[\w.-]+:)?v>[^<]/.test(content);
          emit(content);
          i = end + passThrough.length;
          passThrough = undefined;
          endCell(buf.slice(end, i));
        } else passThrough = undefined;
      }
    }
    buf = buf.slice(i);
  };
  for await (const chunk of source) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    // in pieces below V8's large-object size, so the text made of each dies young instead of
    // going to the old generation, whose collections walk the whole check result
    for (let at = 0; at < bytes.length; at += PIECE) {
      buf += bytes.toString("latin1", at, Math.min(bytes.length, at + PIECE));
      drain(false);
      yield* flushOut();
    }
  }
  drain(true);
  if ((stage as string) !== "tail") throw new InputError(`sheet "${p.sheetName}": the sheet XML has no complete <sheetData>`);
  if (out.length) yield Buffer.from(out.join(""), "latin1");
}

/** <dimension ref="A1:N105"/> widened to the last owned column. */
function extendDimension(tag: string, lastColumn: number, rows: readonly RowAnnotation[]): string {
  const ref = attrOf(tag, "ref");
  if (ref === undefined) return tag;
  const [a, b = a] = ref.split(":");
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q) return tag;
  const lastRow = Math.max(q.row, rows.length ? rows[rows.length - 1].row : 0);
  return setAttr(tag, "ref", `${columnName(Math.min(p.col, lastColumn))}${Math.max(1, p.row)}:${columnName(Math.max(q.col, lastColumn))}${Math.max(lastRow, 1)}`);
}

/** spans="1:14" (1-based, a hint for readers) covering the owned columns too. */
function widenSpans(spans: string, lastColumn1: number): string {
  const parts = spans.trim().split(/\s+/);
  const m = /^(\d+):(\d+)$/.exec(parts[parts.length - 1] ?? "");
  if (!m) return spans;
  parts[parts.length - 1] = `${m[1]}:${Math.max(Number(m[2]), lastColumn1)}`;
  return parts.join(" ");
}

/** The <cols> block with a <col> for each owned column no existing <col> gives a width, in column order. */
function mergeCols(block: string, ours: string[]): string {
  const open = /^<[^>]*>/.exec(block)![0];
  const close = block.slice(block.lastIndexOf("</"));
  const inner = block.slice(open.length, block.length - close.length);
  const existing = [...inner.matchAll(/<(?:[\w.-]+:)?col\b[^>]*?\/?>(?:\s*<\/(?:[\w.-]+:)?col>)?/g)].map((m) => ({
    text: m[0],
    at: m.index,
    min: Number(attrOf(m[0], "min")),
    max: Number(attrOf(m[0], "max")),
  }));
  const add = ours
    .map((text) => ({ text, min: Number(attrOf(text, "min")) }))
    .filter((o) => !existing.some((e) => e.min <= o.min && o.min <= e.max));
  if (!add.length) return block;
  // splice each new <col> before the first existing one that starts right of it
  let result = inner;
  for (const o of [...add].reverse()) {
    const before = existing.find((e) => e.min > o.min);
    const at = before ? before.at : inner.length;
    result = result.slice(0, at) + o.text + result.slice(at);
  }
  return open + result + close;
}

/** The four status styles: existing ones when a previous copy added them, else appended. */
export interface StylesPatch {
  statusStyle: Record<Status, number>;
  /** The new styles.xml text, or undefined when it already holds every status style. */
  xml?: string;
}

export function patchStyles(xml: string, partName: string, displayName: string): StylesPatch {
  const fills: Array<{ solid: boolean; rgb?: string }> = [];
  const xfs: Array<Record<string, string>> = [];
  let inFills = false;
  let inCellXfs = false;
  let depth = 0;
  parseXmlText(xml, partName, displayName, {
    open(local, tag) {
      if (local === "fills") inFills = true;
      else if (local === "cellXfs") inCellXfs = true;
      else if (inFills && local === "fill") fills.push({ solid: false });
      else if (inFills && local === "patternFill") fills[fills.length - 1].solid = attr(tag, "patternType") === "solid";
      else if (inFills && local === "fgColor") fills[fills.length - 1].rgb = attr(tag, "rgb")?.toUpperCase();
      else if (inCellXfs && local === "xf" && depth === 0) {
        xfs.push(Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])));
        depth++;
      }
    },
    close(local) {
      if (local === "fills") inFills = false;
      else if (local === "cellXfs") inCellXfs = false;
      else if (inCellXfs && local === "xf") depth--;
    },
  });
  const base = xfs[0] ?? {};
  const same = (x: Record<string, string>, fillId: number) =>
    Number(x.fillId ?? 0) === fillId && ["numFmtId", "fontId", "borderId"].every((k) => Number(x[k] ?? 0) === Number(base[k] ?? 0));
  const newFills: string[] = [];
  const newXfs: string[] = [];
  const statusStyle = {} as Record<Status, number>;
  for (const status of STATUSES) {
    const rgb = `FF${STATUS_FILL[status].slice(1).toUpperCase()}`;
    let fillId = fills.findIndex((f) => f.solid && f.rgb === rgb);
    if (fillId < 0) {
      fillId = fills.length + newFills.length;
      newFills.push(`<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`);
    }
    let xfId = xfs.findIndex((x) => same(x, fillId));
    if (xfId < 0) {
      xfId = xfs.length + newXfs.length;
      newXfs.push(`<xf numFmtId="${base.numFmtId ?? 0}" fontId="${base.fontId ?? 0}" fillId="${fillId}" borderId="${base.borderId ?? 0}" xfId="0" applyFill="1"/>`);
    }
    statusStyle[status] = xfId;
  }
  if (!newFills.length && !newXfs.length) return { statusStyle };
  let text = xml;
  if (newFills.length) text = appendChildren(text, "fills", newFills, fills.length + newFills.length, "cellXfs");
  if (newXfs.length) text = appendChildren(text, "cellXfs", newXfs, xfs.length + newXfs.length, "cellStyles");
  return { statusStyle, xml: text };
}

/** Order of the children of <styleSheet> (CT_Stylesheet), to place an element the part lacks. */
const STYLE_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

function appendChildren(xml: string, name: string, children: string[], count: number, _next: string): string {
  const prefix = prefixOf(/<([\w.-]+:)?styleSheet\b/.exec(xml)?.[0].slice(1) ?? "");
  const pre = prefix;
  const withPrefix = children.map((c) => (pre ? c.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${pre}`) : c));
  const open = new RegExp(`<((?:[\\w.-]+:)?${name})(\\s[^>]*?)?(\\/?)>`).exec(xml);
  if (!open) {
    const later = STYLE_ORDER.slice(STYLE_ORDER.indexOf(name) + 1)
      .map((n) => new RegExp(`<(?:[\\w.-]+:)?${n}[\\s/>]`).exec(xml)?.index)
      .find((i) => i !== undefined);
    const at = later ?? xml.lastIndexOf("</");
    return `${xml.slice(0, at)}<${pre}${name} count="${count}">${withPrefix.join("")}</${pre}${name}>${xml.slice(at)}`;
  }
  const qname = open[1];
  const counted = setAttr(`<${qname}${open[2] ?? ""}>`, "count", String(count));
  if (open[3] === "/") return xml.slice(0, open.index) + counted + withPrefix.join("") + `</${qname}>` + xml.slice(open.index + open[0].length);
  const closeAt = xml.indexOf(`</${qname}>`, open.index);
  return xml.slice(0, open.index) + counted + xml.slice(open.index + open[0].length, closeAt) + withPrefix.join("") + xml.slice(closeAt);
}

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * Extends the Excel table whose header row is the schedule's header and whose last column is
 * just left of the owned columns with those three columns, as the add-in does.
 */
function patchTable(xml: string, headerRow: number, columns: readonly number[], headers: readonly string[]): string | undefined {
  const open = /<((?:[\w.-]+:)?table)\b[^>]*>/.exec(xml);
  if (!open) return undefined;
  const ref = attrOf(open[0], "ref");
  const [a, b] = (ref ?? "").split(":");
  const p = parseCellRef(a ?? "");
  const q = parseCellRef(b ?? "");
  if (!p || !q || p.row !== headerRow || q.col + 1 !== columns[0] || attrOf(open[0], "headerRowCount") === "0") return undefined;
  const newRef = `${a}:${columnName(columns[2])}${q.row}`;
  let text = xml.slice(0, open.index) + setAttr(open[0], "ref", newRef) + xml.slice(open.index + open[0].length);
  text = text.replace(/(<(?:[\w.-]+:)?autoFilter\b[^>]*?\sref\s*=\s*)"[^"]*"/, `$1"${newRef}"`);
  const ids = [...text.matchAll(/<(?:[\w.-]+:)?tableColumn\b[^>]*?\sid\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
  let id = Math.max(0, ...ids);
  const pre = prefixOf(open[1]);
  const cols = headers.map((h) => `<${pre}tableColumn id="${++id}" name="${attrText(h)}"/>`).join("");
  const tc = new RegExp(`<(${pre.replace(".", "\\.")}tableColumns)(\\s[^>]*)?>`).exec(text);
  if (!tc) return undefined;
  const close = text.indexOf(`</${tc[1]}>`, tc.index);
  const count = ids.length + headers.length;
  return text.slice(0, tc.index) + setAttr(tc[0], "count", String(count)) + text.slice(tc.index + tc[0].length, close) + cols + text.slice(close);
}

/** Writes the annotated copy of the workbook read as `read`. */
export async function patchWorkbook(file: string, outFile: string, read: WorkbookSchedule, headerRow: number, write: OwnedWrite, displayName: string): Promise<void> {
  const pkg = await Package.open(file, displayName);
  try {
    const sheet = pkg.need(read.sheetPart, `sheet "${read.name}"`);
    if (sheet.entry.crc32 !== read.sheetCrc32) throw new InputError(`${displayName} changed while it was being checked; nothing was written: check it again`);
    const [first, , last] = write.plan.columns;
    if (last >= MAX_SHEET_COLUMNS) throw new InputError(`sheet "${read.name}": there is no room right of the sheet's last used column (${columnName(read.layout.lastUsedColumn)}) for the three result columns; nothing was written`);
    const firstRow = headerRow;
    const lastRow = write.rows.length ? write.rows[write.rows.length - 1].row : headerRow;
    const split = read.layout.merges.find((m) => m.c <= last && m.c + m.cols > first && m.r + m.rows >= firstRow && m.r < lastRow);
    if (split) throw new InputError(`sheet "${read.name}": merged cells (${columnName(split.c)}${split.r + 1}) stand where the results would go; nothing was written`);

    const replaced = new Map<string, () => Promise<Buffer | Readable>>();
    const added: Array<[string, Buffer]> = [];
    let styles: StylesPatch;
    const stylesPart = read.structure.styles ? pkg.part(read.structure.styles) : undefined;
    if (stylesPart) {
      styles = patchStyles(await pkg.text(stylesPart), stylesPart.name, displayName);
      const xml = styles.xml;
      if (xml !== undefined) replaced.set(stylesPart.name, async () => Buffer.from(xml, "utf8"));
    } else {
      // A workbook without a styles part (some generators write none) gets one, listed where parts are listed.
      styles = patchStyles(MINIMAL_STYLES, "xl/styles.xml", displayName);
      added.push(["xl/styles.xml", Buffer.from(styles.xml ?? MINIMAL_STYLES, "utf8")]);
      const wbRels = pkg.need(relsPartOf(read.structure.workbookPart), "workbook relationships");
      const relsXml = await pkg.text(wbRels);
      replaced.set(wbRels.name, async () =>
        Buffer.from(relsXml.replace(/<\/(?:[\w.-]+:)?Relationships>\s*$/, (end) => `<Relationship Id="rIdConnectorCheckStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="${stylesTarget(read.structure.workbookPart)}"/>${end}`), "utf8"),
      );
      const types = pkg.need("[Content_Types].xml", "content types");
      const typesXml = await pkg.text(types);
      replaced.set(types.name, async () =>
        Buffer.from(typesXml.replace(/<\/(?:[\w.-]+:)?Types>\s*$/, (end) => `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${end}`), "utf8"),
      );
    }

    if (!write.previous) {
      for (const rel of await readRels(pkg, sheet.name)) {
        if (!rel.type.endsWith("/table") || !rel.part) continue;
        const tablePart = pkg.part(rel.part);
        if (!tablePart) throw new InputError(`cannot read ${displayName}: table part ${rel.part} of sheet "${read.name}" is missing`);
        const xml = await pkg.text(tablePart);
        parseXmlText(xml, tablePart.name, displayName, {});
        const patched = patchTable(xml, headerRow, write.plan.columns, write.plan.headers);
        if (patched !== undefined) replaced.set(tablePart.name, async () => Buffer.from(patched, "utf8"));
      }
    }

    const patch: SheetPatch = { headerRow, write, statusStyle: styles.statusStyle, widths: !write.previous, sheetName: read.name, lastCellColumn: read.layout.lastCellColumn };
    replaced.set(sheet.name, async () => Readable.from(patchSheetXml(await pkg.stream(sheet), patch)));
    await writePackage(pkg, outFile, replaced, added);
  } finally {
    pkg.close();
  }
}

const stylesTarget = (workbookPart: string) => (workbookPart.startsWith("xl/") && !workbookPart.slice(3).includes("/") ? "styles.xml" : "/xl/styles.xml");
