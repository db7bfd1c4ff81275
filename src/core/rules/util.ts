import { FiberGrade, FIBER_GRADES } from "../catalog/fiber";
import { channelBudgetFor, reachFor } from "../catalog/applications";
import { DEFAULT_MATED_PAIRS, MATED_PAIR_LOSS_DB } from "../catalog/loss-grades";
import { channelLoss } from "../loss";
import type { Sourced } from "../catalog/sources";
import type { Application } from "../catalog/applications";
import { Connector, formatConnector, isArray, positionsOf } from "../connector";
import type { EndContext, RowContext } from "./rule";

type ConnectedEnd = EndContext & { connector: Connector };

/** The row's two ends that carry a connector (per end: for what each end plugs into). */
export const endsWithConnector = (row: RowContext): ConnectedEnd[] =>
  [row.a, row.b].filter((e): e is ConnectedEnd => !!e.connector);

/** The row's connectors, each once: a single "Connector" column describing both ends counts once. */
export const distinctConnectors = (row: RowContext): ConnectedEnd[] =>
  endsWithConnector(row).filter((e) => !(e.end === "B" && e.field === "connector"));

/** Array (MPO/MTP) ends of a row, per end. */
export const arrayEnds = (row: RowContext): ConnectedEnd[] => endsWithConnector(row).filter((e) => isArray(e.connector));

/** Array (MPO/MTP) connectors of a row, each once. */
export const arrayConnectors = (row: RowContext): ConnectedEnd[] => distinctConnectors(row).filter((e) => isArray(e.connector));

export const text = (c: Connector): string => formatConnector(c);

/** Line rate in Gb/s from an IEEE name: 400GBASE-SR8 → 400. */
export const lineRateGbps = (app: Application): number => Number(/^(\d+)G/.exec(app.id)?.[1] ?? 0);

/** The MDI's key for an application on MPO: MPO-16 interfaces have the offset key. */
export const mdiKey = (app: Application) => (app.mdi.positions === 16 || app.mdi.positions === 32 ? "offset" : "centre");

/**
 * Whether an end plugs into the application's own transceiver. On a breakout harness (MPO at
 * one end, LC at the other) the LC legs plug into the lower-speed breakout optics instead.
 */
export function endMeetsApplicationMdi(row: RowContext, end: EndContext): boolean {
  return end.atTransceiver && !!row.application && !!end.connector && !isBreakoutLeg(row, end);
}

/** A duplex leg of a breakout harness: this end is not an array, the other end is, and the application breaks out. */
export function isBreakoutLeg(row: RowContext, end: EndContext): boolean {
  const other = end === row.a ? row.b : row.a;
  return (
    row.application?.mdi.family === "MPO" &&
    !!row.application.breakout &&
    !!end.connector &&
    !isArray(end.connector) &&
    !!other.connector &&
    isArray(other.connector)
  );
}

export { isArray, positionsOf };

/* ---------- reach and loss for a row ---------- */



/**
 * The grade to check reach and loss against. A row naming only a kind (MMF, SMF) is checked
 * against the weakest grade the application lists for that kind, flagged as an assumption.
 */
export function effectiveGrade(row: RowContext): { grade: FiberGrade; assumed: boolean } | undefined {
  const app = row.application;
  if (!row.fiber || !app || row.fiber.kind !== app.fiberKind) return undefined;
  if (row.fiber.grade) return { grade: row.fiber.grade, assumed: false };
  const weakest = FIBER_GRADES.find((g) => (g.startsWith("OM") ? "MMF" : "SMF") === row.fiber?.kind && reachFor(app, g));
  return weakest ? { grade: weakest, assumed: true } : undefined;
}

export interface RowChannel {
  grade: FiberGrade;
  budget: Sourced<number>;
  lossDb: number;
  matedPairs: number;
  pairLossDb: number;
  splices: number;
  /** false when any figure or assumption behind the loss or the budget is unconfirmed. */
  confirmed: boolean;
}

/** The row's channel insertion loss and budget, with the row's own figures where it gives them. */
export function rowChannel(row: RowContext, pairLossOverride?: number): RowChannel | undefined {
  if (row.channel && pairLossOverride === undefined) return row.channel; // a traced channel counts its own
  const g = effectiveGrade(row);
  if (!g || !row.application || !row.length) return undefined;
  const budget = channelBudgetFor(row.application, g.grade);
  if (!budget) return undefined;
  const lowLossRow = row.lossGrade === "low-loss" || (arrayConnectors(row).length > 0 && arrayConnectors(row).every((e) => e.connector.lowLoss));
  const gradePair = lowLossRow ? MATED_PAIR_LOSS_DB["low-loss"] : MATED_PAIR_LOSS_DB.standard;
  const pairLossDb = pairLossOverride ?? row.pairLossDb ?? row.spec.pairLossDb ?? gradePair.value;
  const pairConfirmed = pairLossOverride !== undefined || row.pairLossDb !== undefined || row.spec.pairLossDb !== undefined || gradePair.confirmed;
  // A cord from transceiver to transceiver is the whole channel and passes no adapter: no
  // mated pair unless the row says (the connections at the two MDIs are the channel's ends).
  const directCord = row.a.atTransceiver && row.b.atTransceiver;
  const matedPairs = row.matedPairs ?? (directCord ? 0 : row.spec.defaultMatedPairs ?? DEFAULT_MATED_PAIRS);
  const splices = row.splices ?? 0;
  const loss = channelLoss({ grade: g.grade, lengthM: row.length.metres, matedPairs, splices, pairLossDb });
  return {
    grade: g.grade,
    budget,
    lossDb: loss.totalDb,
    matedPairs,
    pairLossDb,
    splices,
    confirmed: loss.confirmed && pairConfirmed && budget.confirmed && !g.assumed,
  };
}
