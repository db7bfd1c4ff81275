import { Connector, formatConnector, isArray } from "./connector";
import { Polarity, formatFiber, formatPolarity } from "./fields";
import type { Fiber } from "./catalog/fiber";
import type { RuleId } from "./findings";
import { RowValues, rowValues } from "./row-values";
import { portKey } from "./channels/trace";
import type { AdapterAtEnd } from "./channels/types";
import type { End } from "./findings";
import { ScheduleResult, plugsIntoTransceiver } from "./schedule";

/** Default stock step: assemblies are ordered in whole metres. */
export const DEFAULT_STOCK_STEP_M = 1;

export interface BomOptions {
  /** Lengths round up to a multiple of this, in metres (the spec's bomStockStepM; default 1). */
  stockStepM?: number;
  /** Keep rows whose check found an error (default: left out, and counted). */
  includeErrorRows?: boolean;
}

export type AssemblyType = "trunk" | "MPO cord" | "breakout harness" | "patch cord" | "cable";

/** One line per distinct assembly (and part number): what is ordered. */
export interface AssemblyLine {
  type: AssemblyType;
  connectorA: string;
  connectorB: string;
  fiberCount?: number;
  grade: string;
  polarity: string;
  /** Ordered length per piece: the schedule's length rounded up to the stock step; undefined when rows give none. */
  lengthM?: number;
  quantity: number;
  totalLengthM?: number;
  partNumber: string;
  /** Set when the same assembly appears under other part numbers. */
  flag?: string;
  rows: number[];
}

export interface CountLine {
  item: string;
  quantity: number;
  note?: string;
}

export interface Bom {
  stockStepM: number;
  assemblies: AssemblyLine[];
  /** Connectors by canonical type (breakout legs counted one by one). */
  connectors: CountLine[];
  /**
   * Adapters, cassettes and modules: from the traced channels where rows form channels, else
   * from mated pairs (two cable ends naming the same panel port); each note says which.
   */
  adapters: CountLine[];
  /** Fiber metres by grade, over ordered lengths. */
  fiberMetres: Array<{ grade: string; metres: number }>;
  /** Rows not in the BOM, with why. */
  leftOut: { rows: number; reasons: Array<{ reason: string; rows: number[] }> };
}

interface RowItem {
  row: number;
  /** An end plugs into equipment. */
  cord: boolean;
  a?: Connector;
  b?: Connector;
  fiber?: Fiber;
  polarity?: Polarity;
  fiberCount?: number;
  lengthM?: number;
  quantity: number;
  partNumber: string;
}

/**
 * Rolls a checked schedule up into a bill of materials. Reads the cells again through the
 * column map the check used (the check keeps no typed rows), with the same parsers.
 */
export function buildBom(grid: readonly (readonly unknown[])[], result: ScheduleResult, options: BomOptions = {}): Bom {
  const step = options.stockStepM && options.stockStepM > 0 ? options.stockStepM : DEFAULT_STOCK_STEP_M;
  const reasons = new Map<string, number[]>();
  const leave = (reason: string, row: number) => {
    const rows = reasons.get(reason);
    if (rows) rows.push(row);
    else reasons.set(reason, [row]);
  };
  const items: RowItem[] = [];
  const valuesByRow = new Map<number, RowValues>();
  const cassetteRows: Array<{ v: RowValues; quantity: number }> = [];

  for (const v of rowValues(grid, result)) {
    const r = v.result;
    const errors = r.findings.filter((f) => f.severity === "error");
    if (errors.length && !options.includeErrorRows) {
      leave(`errors (${[...new Set(errors.map((f) => f.rule as RuleId))].join(", ")})`, r.row);
      continue;
    }
    const { a, b } = v;
    if (v.cassette) {
      // a cassette or module listed as a row is no cable to order: it is counted with the adapters
      const n = v.quantity === undefined ? 1 : v.quantity;
      if (n) cassetteRows.push({ v, quantity: n });
      else leave(n === 0 ? "quantity 0" : "quantity unreadable", r.row);
      continue;
    }
    if (!a && !b) {
      leave("no connector to order", r.row);
      continue;
    }
    const qty = v.quantity === undefined ? 1 : v.quantity;
    if (qty === null || qty === 0) {
      leave(qty === 0 ? "quantity 0" : "quantity unreadable", r.row);
      continue;
    }
    valuesByRow.set(r.row, v);
    items.push({
      cord: atEquipment(v.endA, v.portA) || atEquipment(v.endB, v.portB),
      row: r.row,
      a,
      b,
      fiber: v.fiber,
      polarity: v.polarity,
      fiberCount: v.fiberCount ?? fibersOf(a, b),
      lengthM: v.length ? roundUp(v.length.metres, step) : undefined,
      quantity: qty,
      partNumber: v.partNumber ?? "",
    });
  }

  const lines = new Map<string, AssemblyLine>();
  for (const it of items) {
    const line = {
      type: assemblyType(it.a, it.b, it.cord),
      connectorA: it.a ? formatConnector(it.a) : "",
      connectorB: it.b ? formatConnector(it.b) : "",
      grade: it.fiber ? formatFiber(it.fiber) : "",
      polarity: it.polarity ? formatPolarity(it.polarity) : "",
    };
    const key = JSON.stringify([line, it.fiberCount, it.lengthM, it.partNumber]);
    const got = lines.get(key);
    if (got) {
      got.quantity += it.quantity;
      got.rows.push(it.row);
      if (got.totalLengthM !== undefined && it.lengthM !== undefined) got.totalLengthM = round(got.totalLengthM + it.lengthM * it.quantity);
    } else {
      lines.set(key, {
        ...line,
        ...(it.fiberCount !== undefined ? { fiberCount: it.fiberCount } : {}),
        ...(it.lengthM !== undefined ? { lengthM: it.lengthM, totalLengthM: round(it.lengthM * it.quantity) } : {}),
        quantity: it.quantity,
        partNumber: it.partNumber,
        rows: [it.row],
      });
    }
  }
  const assemblies = [...lines.values()];
  flagPartNumberConflicts(assemblies);

  const connectors = new Map<string, number>();
  for (const it of items) {
    for (const c of [it.a, it.b]) {
      if (!c) continue;
      const name = formatConnector({ ...c, legs: undefined });
      connectors.set(name, (connectors.get(name) ?? 0) + it.quantity * (c.legs ?? 1));
    }
  }

  const adapters = countAdapters(result, valuesByRow, cassetteRows);

  const metres = new Map<string, number>();
  for (const l of assemblies) {
    if (l.totalLengthM === undefined || l.fiberCount === undefined) continue;
    const g = l.grade || "grade not given";
    metres.set(g, round((metres.get(g) ?? 0) + l.totalLengthM * l.fiberCount));
  }

  const leftRows = [...reasons.values()].reduce((n, rows) => n + rows.length, 0);
  return {
    stockStepM: step,
    assemblies,
    connectors: [...connectors].sort((p, q) => p[0].localeCompare(q[0])).map(([item, quantity]) => ({ item, quantity })),
    adapters,
    fiberMetres: [...metres].sort((p, q) => p[0].localeCompare(q[0])).map(([grade, m]) => ({ grade, metres: m })),
    leftOut: { rows: leftRows, reasons: [...reasons].map(([reason, rows]) => ({ reason, rows })) },
  };
}

/** An MPO-to-MPO assembly is a trunk between panels, and an MPO cord where an end plugs into equipment. */
const atEquipment = (end?: string, port?: string): boolean => plugsIntoTransceiver([end, port].filter(Boolean).join(" ") || undefined);

const round = (n: number) => Math.round(n * 1000) / 1000;
/** Up to the next stock step; a length already on a step stays (floating-point slack allowed). */
export const roundUp = (metres: number, step: number): number => round(Math.ceil(metres / step - 1e-9) * step);

function fibersOf(a: Connector | undefined, b: Connector | undefined): number | undefined {
  const per = (c: Connector | undefined) => (!c ? undefined : isArray(c) ? c.fiberCount : (c.legs ?? 1) * (c.duplex ? 2 : c.fiberCount ?? 1));
  const n = [per(a), per(b)].filter((x): x is number => x !== undefined);
  return n.length ? Math.max(...n) : undefined;
}

function assemblyType(a: Connector | undefined, b: Connector | undefined, cord: boolean): AssemblyType {
  const arr = [a, b].filter((c) => c && isArray(c)).length;
  if (arr === 2) return cord ? "MPO cord" : "trunk";
  if (arr === 1 && a && b) return "breakout harness";
  if (a && b) return "patch cord";
  return "cable";
}

/** A cable end as the BOM sees it: its row, which end, its connector and where it lands. */
interface CableEnd {
  row: number;
  end: End;
  connector?: Connector;
  location?: string;
}

const endOf = (v: RowValues, end: End): CableEnd => ({
  row: v.result.row,
  end,
  connector: end === "A" ? v.a : v.b,
  location: (end === "A" ? [v.endA, v.portA] : [v.endB, v.portB]).filter(Boolean).join(" ") || undefined,
});

/** What counts once: a panel port (however its text is written), else the cable end itself. */
const identityOf = (e: CableEnd): string => {
  const key = e.location ? portKey(e.location) : undefined;
  return key ? `port:${key}` : `end:${e.row}${e.end}`;
};

/** One adapter, cassette or module at a place where two cable ends meet. */
interface Part {
  /** The same identity, met again (another channel through it, or its mated pair), is not counted again. */
  identity: string;
  item: string;
  /** What the item's type was read from. */
  basis: string;
}

const arrayName = (c: Connector): string => `${c.family}${c.fiberCount ? `-${c.fiberCount}` : ""}`;
const methodSuffix = (a: AdapterAtEnd | undefined): string => (!a?.method ? "" : a.method.startsWith("U") ? ` (${a.method})` : ` (Method ${a.method})`);

/** A cassette (array to duplex) or conversion module (array to arrays), named from its two sides' connectors where they are known. */
function transitionItem(x: Connector | undefined, y: Connector | undefined, adapter: AdapterAtEnd | undefined): string {
  const arrays = [x, y].filter((c): c is Connector => !!c && isArray(c)).sort((p, q) => (q.fiberCount ?? 0) - (p.fiberCount ?? 0));
  const duplex = [x, y].find((c): c is Connector => !!c && !isArray(c));
  if (adapter?.transition === "conversion-module" || (arrays.length === 2 && !duplex)) {
    return arrays.length === 2 ? `${arrayName(arrays[0])} to ${arrayName(arrays[1])} conversion module${methodSuffix(adapter)}` : `conversion module${methodSuffix(adapter)}`;
  }
  if (arrays.length && duplex) return `${arrayName(arrays[0])} to ${duplex.family} duplex cassette${methodSuffix(adapter)}`;
  return `MPO-to-LC module or cassette${methodSuffix(adapter)}`;
}

/**
 * The part where ends x and y meet. MPO adapters: key-up to key-down (Type A) except where the
 * Adapter cell says key-up to key-up (Type B), or under polarity Method B, which mates key-up
 * to key-up (TIA-568.3-E, polarity methods). An array end meeting a duplex end is a cassette.
 */
function partAt(x: CableEnd, y: CableEnd, adapter: AdapterAtEnd | undefined, polarity: Polarity | undefined): Part {
  const cx = x.connector;
  const cy = y.connector;
  const transition = adapter?.transition ?? (cx && cy && isArray(cx) !== isArray(cy) ? "cassette" : undefined);
  if (transition) {
    // A cassette has one array port at its rear: the cable end there names it, in however many
    // channels its duplex ports serve. A cassette listed as a row is that row.
    const rear = [x, y].filter((e) => e.connector && isArray(e.connector)).sort((p, q) => (q.connector?.fiberCount ?? 0) - (p.connector?.fiberCount ?? 0))[0] ?? x;
    const basis = adapter?.row !== undefined ? `cassette row ${adapter.row}` : adapter ? `"${adapter.text}"` : "an MPO end meets a duplex end";
    return { identity: adapter?.row !== undefined ? `row:${adapter.row}` : identityOf(rear), item: transitionItem(cx, cy, adapter), basis };
  }
  const ids = [identityOf(x), identityOf(y)].sort();
  const identity = ids.find((i) => i.startsWith("port:")) ?? ids.join("|");
  if (cx && cy && isArray(cx) && isArray(cy)) {
    if (adapter?.type === "A" || adapter?.type === "B") {
      return { identity, item: adapter.type === "B" ? "MPO adapter, key-up to key-up (Type B)" : "MPO adapter, key-up to key-down (Type A)", basis: `Adapter "${adapter.text}"` };
    }
    if (polarity?.kind === "method") {
      return polarity.method === "B"
        ? { identity, item: "MPO adapter, key-up to key-up (Type B)", basis: "polarity Method B" }
        : { identity, item: "MPO adapter, key-up to key-down (Type A)", basis: `polarity Method ${polarity.method}` };
    }
    return { identity, item: "MPO adapter (key orientation per polarity method)", basis: "the rows name no polarity method or adapter type" };
  }
  const known = [cx, cy].filter((c): c is Connector => !!c);
  if (!known.length) return { identity, item: "adapter (connectors not given)", basis: "the rows name no connectors" };
  const [p, q] = [known[0], known[known.length - 1]];
  const family = p.family === q.family ? p.family : `${p.family}-${q.family} hybrid`;
  return { identity, item: `${family}${p.duplex || q.duplex ? " duplex" : ""} adapter`, basis: "the mated connectors" };
}

/**
 * Adapters, cassettes and modules: every junction of the traced channels, then the cassette
 * rows no channel passes, then the mated pairs (two cable ends at one panel port) the channels
 * did not pass; each panel port, cassette or module counted once, however many channels pass it.
 */
function countAdapters(result: ScheduleResult, kept: ReadonlyMap<number, RowValues>, cassetteRows: ReadonlyArray<{ v: RowValues; quantity: number }>): CountLine[] {
  const lines = new Map<string, Map<string, { from: string; basis: string; n: number; where: string[] }>>();
  const seen = new Map<string, { from: string; where: string[] }>();
  const add = (part: Part, from: string, where: string, quantity = 1) => {
    const met = seen.get(part.identity);
    if (met) {
      // counted already; another channel through it is named on the line
      if (met.from === from && !met.where.includes(where)) met.where.push(where);
      return;
    }
    const sources = lines.get(part.item) ?? new Map();
    lines.set(part.item, sources);
    const key = `${from}|${part.basis}`;
    const got = sources.get(key) ?? { from, basis: part.basis, n: 0, where: [] };
    got.n += quantity;
    if (!got.where.includes(where)) got.where.push(where);
    sources.set(key, got);
    seen.set(part.identity, got);
  };
  const keptCassettes = new Set(cassetteRows.map((c) => c.v.result.row));
  const polarityOf = (l: RowValues, r: RowValues) => l.polarity ?? r.polarity;
  for (const ch of result.channels) {
    for (const j of ch.junctions ?? []) {
      const l = kept.get(j.left.row);
      const r = kept.get(j.right.row);
      if (!l || !r || (j.adapter?.row !== undefined && !keptCassettes.has(j.adapter.row))) continue;
      add(partAt(endOf(l, j.left.end), endOf(r, j.right.end), j.adapter, polarityOf(l, r)), "traced channels", ch.link);
    }
  }
  // a cassette row no channel passes (its ports named by its own connectors)
  for (const { v, quantity } of cassetteRows) {
    add({ identity: `row:${v.result.row}`, item: transitionItem(v.a, v.b, v.adapter), basis: "Component column" }, "cassette rows", `${v.result.row}`, quantity);
  }
  for (const [x, y] of result.matedPairs ?? []) {
    const l = kept.get(x.row);
    const r = kept.get(y.row);
    if (!l || !r) continue;
    const ex = endOf(l, x.end);
    // the Adapter cell names the adapter at its row's end B
    const adapter = (x.end === "B" ? l.adapter : undefined) ?? (y.end === "B" ? r.adapter : undefined);
    add(partAt(ex, endOf(r, y.end), adapter, polarityOf(l, r)), "mated pairs outside channels", ex.location ?? `row ${x.row}`);
  }
  return [...lines]
    .sort((p, q) => p[0].localeCompare(q[0]))
    .map(([item, sources]) => {
      const all = [...sources.values()];
      const note = all.map((s) => `${s.n} from ${s.from}: ${s.where.slice(0, 3).join(", ")}${s.where.length > 3 ? ` and ${s.where.length - 3} more` : ""} (${s.basis})`).join("; ");
      return { item, quantity: all.reduce((n, s) => n + s.n, 0), note };
    });
}

function flagPartNumberConflicts(lines: AssemblyLine[]): void {
  const byAssembly = new Map<string, AssemblyLine[]>();
  for (const l of lines) {
    const k = JSON.stringify([l.type, l.connectorA, l.connectorB, l.fiberCount, l.grade, l.polarity, l.lengthM]);
    const group = byAssembly.get(k);
    if (group) group.push(l);
    else byAssembly.set(k, [l]);
  }
  for (const group of byAssembly.values()) {
    const pns = [...new Set(group.map((l) => l.partNumber))];
    if (pns.length < 2) continue;
    for (const l of group) {
      const others = pns.filter((p) => p !== l.partNumber).map((p) => (p ? `"${p}"` : "no part number"));
      l.flag = `same assembly also listed as ${others.join(", ")}`;
    }
  }
}

/** BOM table columns, for the Excel sheet and the CSV. */
export const BOM_HEADERS = ["Section", "Item", "Connector A", "Connector B", "Fibers", "Grade", "Polarity", "Length (m)", "Qty", "Total length (m)", "Part number", "Note"] as const;

/** The BOM as one table (Section tells assemblies, connectors, adapters and fiber apart), then notes below it. */
export function bomGrid(bom: Bom): { table: (string | number)[][]; notes: string[] } {
  const table: (string | number)[][] = [[...BOM_HEADERS]];
  for (const l of bom.assemblies) {
    table.push(["Assembly", l.type, l.connectorA, l.connectorB, l.fiberCount ?? "", l.grade, l.polarity, l.lengthM ?? "", l.quantity, l.totalLengthM ?? "", l.partNumber, [l.flag, l.lengthM === undefined ? "length not given" : ""].filter(Boolean).join("; ")]);
  }
  for (const c of bom.connectors) table.push(["Connector", c.item, "", "", "", "", "", "", c.quantity, "", "", "from the rows' connectors (breakout legs one each)"]);
  for (const c of bom.adapters) table.push(["Adapter", c.item, "", "", "", "", "", "", c.quantity, "", "", c.note ?? ""]);
  for (const f of bom.fiberMetres) table.push(["Fiber", "fiber metres", "", "", "", f.grade, "", "", "", f.metres, "", "ordered lengths × fibers"]);
  const notes = [
    `Lengths rounded up to ${bom.stockStepM} m steps. Adapters, cassettes and modules come from the traced channels (each panel port or cassette once, however many channels pass it), and, outside channels, from mated pairs (two cable ends naming the same panel port); each line's note says which.`,
  ];
  if (bom.leftOut.rows) {
    notes.push(`${bom.leftOut.rows} row${bom.leftOut.rows === 1 ? "" : "s"} left out: ${bom.leftOut.reasons.map((r) => `${r.reason}: ${rowList(r.rows)}`).join("; ")}.`);
  }
  return { table, notes };
}

const rowList = (rows: number[]) => (rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.slice(0, 20).join(", ")}${rows.length > 20 ? ` and ${rows.length - 20} more` : ""}`);
