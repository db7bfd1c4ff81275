import { Connector, formatConnector, isArray } from "./connector";
import { Polarity, formatFiber, formatPolarity } from "./fields";
import type { Fiber } from "./catalog/fiber";
import type { RuleId } from "./findings";
import { rowValues } from "./row-values";
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
  /** Adapters and modules implied by mated pairs (two cable ends naming the same panel port). */
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
  const leave = (reason: string, row: number) => reasons.set(reason, [...(reasons.get(reason) ?? []), row]);
  const items: RowItem[] = [];
  const polarityByRow = new Map<number, Polarity | undefined>();

  for (const v of rowValues(grid, result)) {
    const r = v.result;
    const errors = r.findings.filter((f) => f.severity === "error");
    if (errors.length && !options.includeErrorRows) {
      leave(`errors (${[...new Set(errors.map((f) => f.rule as RuleId))].join(", ")})`, r.row);
      continue;
    }
    const { a, b } = v;
    if (!a && !b) {
      leave("no connector to order", r.row);
      continue;
    }
    const qty = v.quantity === undefined ? 1 : v.quantity;
    if (qty === null || qty === 0) {
      leave(qty === 0 ? "quantity 0" : "quantity unreadable", r.row);
      continue;
    }
    polarityByRow.set(r.row, v.polarity);
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

  const adapters = new Map<string, { qty: number; note: string }>();
  const kept = new Set(items.map((i) => i.row));
  for (const [x, y] of result.matedPairs ?? []) {
    if (!kept.has(x.row) || !kept.has(y.row)) continue;
    const { item, note } = adapterFor(x.connector, y.connector, polarityByRow.get(x.row) ?? polarityByRow.get(y.row));
    const got = adapters.get(item) ?? { qty: 0, note };
    got.qty++;
    adapters.set(item, got);
  }

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
    adapters: [...adapters].sort((p, q) => p[0].localeCompare(q[0])).map(([item, v]) => ({ item, quantity: v.qty, note: v.note })),
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

/**
 * The adapter two mating ends need. MPO adapters: key-up to key-down (Type A) except under
 * polarity Method B, which mates key-up to key-up (Type B) (TIA-568.3-E, polarity methods).
 */
function adapterFor(x: Connector, y: Connector, polarity: Polarity | undefined): { item: string; note: string } {
  if (isArray(x) && isArray(y)) {
    if (polarity?.kind === "method") {
      return polarity.method === "B"
        ? { item: "MPO adapter, key-up to key-up (Type B)", note: "polarity Method B" }
        : { item: "MPO adapter, key-up to key-down (Type A)", note: `polarity Method ${polarity.method}` };
    }
    return { item: "MPO adapter (key orientation per polarity method)", note: "the rows name no polarity method" };
  }
  if (isArray(x) !== isArray(y)) return { item: "MPO-to-LC module or cassette", note: "an MPO end and a duplex end meet at one port" };
  const family = x.family === y.family ? x.family : `${x.family}-${y.family} hybrid`;
  return { item: `${family}${x.duplex || y.duplex ? " duplex" : ""} adapter`, note: "" };
}

function flagPartNumberConflicts(lines: AssemblyLine[]): void {
  const byAssembly = new Map<string, AssemblyLine[]>();
  for (const l of lines) {
    const k = JSON.stringify([l.type, l.connectorA, l.connectorB, l.fiberCount, l.grade, l.polarity, l.lengthM]);
    byAssembly.set(k, [...(byAssembly.get(k) ?? []), l]);
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
  for (const c of bom.connectors) table.push(["Connector", c.item, "", "", "", "", "", "", c.quantity, "", "", ""]);
  for (const c of bom.adapters) table.push(["Adapter", c.item, "", "", "", "", "", "", c.quantity, "", "", c.note ?? ""]);
  for (const f of bom.fiberMetres) table.push(["Fiber", "fiber metres", "", "", "", f.grade, "", "", "", f.metres, "", ""]);
  const notes = [`Lengths rounded up to ${bom.stockStepM} m steps. Adapters are implied by mated pairs (two cable ends naming the same panel port); channels are not traced.`];
  if (bom.leftOut.rows) {
    notes.push(`${bom.leftOut.rows} row${bom.leftOut.rows === 1 ? "" : "s"} left out: ${bom.leftOut.reasons.map((r) => `${r.reason}: ${rowList(r.rows)}`).join("; ")}.`);
  }
  return { table, notes };
}

const rowList = (rows: number[]) => (rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.slice(0, 20).join(", ")}${rows.length > 20 ? ` and ${rows.length - 20} more` : ""}`);
