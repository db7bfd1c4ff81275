import type { Fiber } from "./catalog/fiber";
import { Connector, parseConnector } from "./connector";
import { Length, Polarity, parseCount, parseFiber, parseLength, parsePolarity } from "./fields";
import { parseAdapter, parseComponent } from "./channels/trace";
import type { AdapterAtEnd } from "./channels/types";
import type { Field } from "./headers";
import { safeText } from "./parse-result";
import type { RowResult, ScheduleResult } from "./schedule";

/** A checked row's values, typed, for what is made from a schedule after the check (BOM, NetBox export). */
export interface RowValues {
  result: RowResult;
  cableId?: string;
  endA?: string;
  portA?: string;
  endB?: string;
  portB?: string;
  a?: Connector;
  b?: Connector;
  fiber?: Fiber;
  length?: Length;
  polarity?: Polarity;
  /** The Fiber count cell, when readable. */
  fiberCount?: number;
  /** undefined when the Qty cell is blank; null when it cannot be read. */
  quantity?: number | null;
  partNumber?: string;
  colour?: string;
  /** The Component cell says the row is a cassette or conversion module, not a cable. */
  cassette?: boolean;
  /** The Adapter cell (the adapter or transition at end B). */
  adapter?: AdapterAtEnd;
}

const withAdapter = (adapter: AdapterAtEnd | undefined) => (adapter ? { adapter } : {});
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const countText = (v: unknown) => (typeof v === "string" ? v.replace(/\s*(f|fibers?|fibres?|strands?|cores?)$/i, "") : v);

/**
 * Reads the checked rows' cells again through the column map the check used, with the same
 * parsers (the check keeps no typed rows, so a million-row schedule stays small). Cells the
 * check reported as unreadable come back undefined.
 */
export function rowValues(given: readonly (readonly unknown[])[], result: ScheduleResult): RowValues[] {
  // another tool's schedule was checked as translated: read what was checked
  const grid = result.foreign?.grid ?? given;
  const cols = result.columns;
  const both = cols.connector !== undefined && cols.connectorA === undefined && cols.connectorB === undefined;
  // A schedule repeats a few connector, grade and length values over many rows: each is parsed once.
  const parsedBefore = new Map<string, { ok: true; value: unknown } | { ok: false }>();
  return result.rows.map((r) => {
    const cells = grid[r.rowIndex] ?? [];
    const get = (f: Field): unknown => (cols[f] === undefined ? undefined : cells[cols[f] as number]);
    const text = (f: Field): string | undefined => (blank(get(f)) ? undefined : safeText(get(f)).trim());
    const read = <T>(f: Field, parse: (v: unknown) => { ok: true; value: T } | { ok: false }): T | undefined => {
      const v = get(f);
      if (blank(v)) return undefined;
      const key = `${f}\u0000${typeof v}\u0000${String(v)}`;
      let p = parsedBefore.get(key) as { ok: true; value: T } | { ok: false } | undefined;
      if (!p) {
        p = parse(v);
        if (parsedBefore.size < 10_000) parsedBefore.set(key, p);
      }
      return p.ok ? p.value : undefined;
    };
    const a = read(both ? "connector" : "connectorA", parseConnector);
    const quantity = blank(get("quantity")) ? undefined : read("quantity", (v) => parseCount(v, "quantity")) ?? null;
    return {
      result: r,
      cableId: text("cableId"),
      endA: text("endA"),
      portA: text("portA"),
      endB: text("endB"),
      portB: text("portB"),
      a,
      b: both ? a : read("connectorB", parseConnector),
      fiber: read("fiberType", parseFiber),
      length: read("length", (v) => parseLength(v, result.lengthUnit)),
      polarity: read("polarity", parsePolarity),
      fiberCount: read("fiberCount", (v) => parseCount(countText(v), "fiber count")),
      quantity,
      partNumber: text("partNumber"),
      colour: text("colour"),
      ...(parseComponent(get("component")) === "cassette" ? { cassette: true } : {}),
      ...withAdapter(parseAdapter(get("adapter"))),
    };
  });
}
