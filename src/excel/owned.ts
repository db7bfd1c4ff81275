/**
 * Which of the owned columns' cells are still what Connector Check wrote. The record keeps, per
 * column, the hashes of the texts written with their counts (order-free, so it survives rows
 * inserted, deleted or sorted, and stays small: results repeat). A cell is the add-in's when its
 * text is one written there and not yet accounted for; a status cell must also still carry the
 * fill written with its status (a status retyped from ERROR to OK keeps the red fill, so it is
 * the user's). Everything else is the user's and is left alone. Pure: tested directly.
 */
import { STATUS_FILL } from "../core";

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
