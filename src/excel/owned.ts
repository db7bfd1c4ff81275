/**
 * Which of the owned columns' cells are still what Connector Check wrote. The record keeps, per
 * column, the hashes of the texts written with their counts (order-free, so it survives rows
 * inserted, deleted or sorted, and stays small: results repeat). A cell is the add-in's when its
 * text is one written there and not yet accounted for; a status cell must also still carry the
 * fill written with its status (a status retyped from ERROR to OK keeps the red fill, so it is
 * the user's). Everything else is the user's and is left alone. Pure: tested directly.
 */
import { FINDING_SEPARATOR, RULES, SEVERITY_LABEL, STATUS_FILL } from "../core";

/** 32-bit FNV-1a of the text as Excel holds it (a leading apostrophe is Excel's literal-text mark, not stored). */
export function textHash(v: string): string {
  const s = v.startsWith("'") ? v.slice(1) : v;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The texts written in one column: "hash*count,hash,…" (count 1 omitted). */
export type WrittenBag = string;

/** A bag filled a few texts at a time, so a large write can be prepared in slices between event-loop turns. */
export class BagCounter {
  private readonly counts = new Map<string, number>();
  add(text: string): void {
    if (text === "") return;
    const h = textHash(text);
    this.counts.set(h, (this.counts.get(h) ?? 0) + 1);
  }
  bag(): WrittenBag {
    return [...this.counts].map(([h, n]) => (n === 1 ? h : `${h}*${n}`)).join(",");
  }
}

export function bagOf(texts: Iterable<string>): WrittenBag {
  const counter = new BagCounter();
  for (const t of texts) counter.add(t);
  return counter.bag();
}

export function parseBag(bag: WrittenBag): Map<string, number> {
  const m = new Map<string, number>();
  for (const part of bag ? bag.split(",") : []) {
    const [h, n] = part.split("*");
    m.set(h, (m.get(h) ?? 0) + (n ? Number(n) : 1));
  }
  return m;
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;
const fillOfStatus = new Map(Object.entries(STATUS_FILL).map(([s, f]) => [s, f.toUpperCase()]));

/**
 * For each data row and owned column: "ours" (still what was written), "empty", or "user".
 * `fills` are the status cells' fill colours (null for none).
 */
export function classifyOwnedCells(
  values: readonly (readonly unknown[])[],
  fills: readonly (string | null)[],
  bags: readonly [WrittenBag, WrittenBag, WrittenBag],
): ("ours" | "empty" | "user")[][] {
  const remaining = bags.map(parseBag);
  return values.map((row, i) =>
    [0, 1, 2].map((k) => {
      const v = row[k];
      if (blank(v)) return "empty";
      if (typeof v !== "string") return "user";
      if (k === 0 && fillOfStatus.get(v) !== (fills[i] ?? "").toUpperCase()) return "user";
      const h = textHash(v);
      const left = remaining[k].get(h) ?? 0;
      if (left <= 0) return "user";
      remaining[k].set(h, left - 1);
      return "ours";
    }),
  );
}

const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
const SEVERITY_ORDER = [SEVERITY_LABEL.error, SEVERITY_LABEL.warning, SEVERITY_LABEL.info];

/** The severity labels of a findings cell as annotationRows writes it ("ERROR mpo-gender: …; WARNING …"), or null. */
function findingSeverities(text: string): string[] | null {
  const out: string[] = [];
  for (const part of text.split(FINDING_SEPARATOR)) {
    const m = /^(ERROR|WARNING|INFO) ([a-z0-9-]+): \S/.exec(part);
    // Any part that is not a finding (a note added after one) makes the whole cell the user's.
    if (!m || !RULE_IDS.has(m[2])) return null;
    out.push(m[1]);
  }
  return out;
}

/**
 * The same answer for a record of the first format, which kept no texts. A status cell is the
 * add-in's when it holds a status with that status's fill (as above). A findings cell is when it
 * reads as findings the way they are written ("SEVERITY rule-id: …" joined by "; ", most severe
 * first, and led by the row's status when that is the add-in's): nobody types that. A
 * recommendation cell is when its row's status cell is: the first format recorded nothing to
 * compare its free text with, so the status and its fill are the evidence.
 */
export function classifyLegacyCells(values: readonly (readonly unknown[])[], fills: readonly (string | null)[]): ("ours" | "empty" | "user")[][] {
  return values.map((row, i) => {
    const status = row[0];
    const statusOurs = typeof status === "string" && fillOfStatus.has(status) && fillOfStatus.get(status) === (fills[i] ?? "").toUpperCase();
    return [0, 1, 2].map((k) => {
      const v = row[k];
      if (blank(v)) return "empty";
      if (typeof v !== "string") return "user";
      if (k !== 1) return statusOurs ? "ours" : "user";
      const severities = findingSeverities(v.startsWith("'") ? v.slice(1) : v);
      if (!severities || (statusOurs && severities[0] !== status)) return "user";
      return severities.every((s, j) => j === 0 || SEVERITY_ORDER.indexOf(s) >= SEVERITY_ORDER.indexOf(severities[j - 1])) ? "ours" : "user";
    });
  });
}

/** Consecutive rows (offsets) where `pick` holds, as [start, count] runs. */
export function runsWhere(n: number, pick: (i: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (!pick(i)) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return runs;
}
