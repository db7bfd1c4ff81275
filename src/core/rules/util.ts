import { FiberGrade, FIBER_GRADES } from "../catalog/fiber";
import { channelBudgetFor, reachFor } from "../catalog/applications";
import { DEFAULT_MATED_PAIRS, MATED_PAIR_LOSS_DB } from "../catalog/loss-grades";
import { channelLoss } from "../loss";
import type { Sourced } from "../catalog/sources";
import type { Application } from "../catalog/applications";
import { Connector, formatConnector, isArray, positionsOf } from "../connector";
import type { EndContext, RowContext } from "./rule";
import { roleAssumption } from "../ends";

type ConnectedEnd = EndContext & { connector: Connector };

/** The four lists of a row's ends the row rules ask for, worked out together. */
interface EndLists {
  withConnector: readonly ConnectedEnd[];
  distinct: readonly ConnectedEnd[];
  arrayEnds: readonly ConnectedEnd[];
  arrayConnectors: readonly ConnectedEnd[];
}

/*
 * A dozen row rules ask for these lists of the same row one after another: they are built
 * once per row (a one-row memo, keyed by the row and everything the lists are made of, so a
 * context built anew or changed is read anew) instead of three arrays per call.
 */
let listsOf: { row: RowContext; a: EndContext; b: EndContext; ca?: Connector; cb?: Connector; fa: string; fb: string; lists: EndLists } | undefined;

function endLists(row: RowContext): EndLists {
  const { a, b } = row;
  const m = listsOf;
  if (m && m.row === row && m.a === a && m.b === b && m.ca === a.connector && m.cb === b.connector && m.fa === a.field && m.fb === b.field) return m.lists;
  const withConnector = [a, b].filter((e): e is ConnectedEnd => !!e.connector);
  const distinct = withConnector.filter((e) => !(e.end === "B" && e.field === "connector"));
  const lists: EndLists = {
    withConnector,
    distinct,
    arrayEnds: withConnector.filter((e) => isArray(e.connector)),
    arrayConnectors: distinct.filter((e) => isArray(e.connector)),
  };
  listsOf = { row, a, b, ca: a.connector, cb: b.connector, fa: a.field, fb: b.field, lists };
  return lists;
}

/** The row's two ends that carry a connector (per end: for what each end plugs into). */
export const endsWithConnector = (row: RowContext): readonly ConnectedEnd[] => endLists(row).withConnector;

/** The row's connectors, each once: a single "Connector" column describing both ends counts once. */
export const distinctConnectors = (row: RowContext): readonly ConnectedEnd[] => endLists(row).distinct;

/** Array (MPO/MTP) ends of a row, per end. */
export const arrayEnds = (row: RowContext): readonly ConnectedEnd[] => endLists(row).arrayEnds;

/** Array (MPO/MTP) connectors of a row, each once. */
export const arrayConnectors = (row: RowContext): readonly ConnectedEnd[] => endLists(row).arrayConnectors;

export const text = (c: Connector): string => formatConnector(c);

/** Line rate in Gb/s from an IEEE name: 400GBASE-SR8 → 400. */
export const lineRateGbps = (app: Application): number => Number(/^(\d+)G/.exec(app.id)?.[1] ?? 0);

/** The MDI's key for an application on MPO: MPO-16 interfaces have the offset key. */
export const mdiKey = (app: Application) => (app.mdi.positions === 16 || app.mdi.positions === 32 ? "offset" : "centre");

/**
 * Whether an end plugs into the application's own transceiver. On a breakout or harness (an
 * MPO at one end, legs at the other) the legs plug into the lower-speed optics instead.
 */
export function endMeetsApplicationMdi(row: RowContext, end: EndContext): boolean {
  return end.atTransceiver && !!row.application && !!end.connector && !(row.application.mdi.family === "MPO" && isFanoutSide(row, end));
}

/** A duplex leg of a breakout harness of a parallel application: this end is not an array, the other end is. */
export function isBreakoutLeg(row: RowContext, end: EndContext): boolean {
  return row.application?.mdi.family === "MPO" && !!end.connector && !isArray(end.connector) && isFanoutSide(row, end);
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
  /**
   * true when the schedule gives no mated-pair count and the engine assumed the default (two
   * pairs at the TIA maximum, which equals IEEE's connection allocation: no room by construction).
   */
  pairsAssumed: boolean;
  fiberDb: number;
  splicesDb: number;
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
  const pairsAssumed = row.matedPairs === undefined && !directCord && row.spec.defaultMatedPairs === undefined;
  const splices = row.splices ?? 0;
  const loss = channelLoss({ grade: g.grade, lengthM: row.length.metres, matedPairs, splices, pairLossDb });
  return {
    grade: g.grade,
    budget,
    lossDb: loss.totalDb,
    matedPairs,
    pairLossDb,
    splices,
    pairsAssumed,
    fiberDb: loss.fiberDb,
    splicesDb: loss.splicesDb,
    confirmed: loss.confirmed && pairConfirmed && budget.confirmed && !g.assumed,
  };
}

/**
 * The assumption a finding about this end's transceiver rests on, when the end's role was
 * read from its name: said in the finding; a device name alone (no interface) only warns.
 */
export function transceiverAssumption(end: EndContext): { assumed?: string; assumptionOnly?: boolean } {
  if (!end.role) return {};
  const assumed = roleAssumption(end.end === "B" ? "B" : "A", end.location, end.role);
  if (!assumed) return {};
  return end.role.basis === "device-name" ? { assumed, assumptionOnly: true } : { assumed };
}

/** Fibers an end carries: the connector's count times its legs ("2x MPO-12" carries 24, "4x LC duplex" 8). */
export const endFibers = (c: Connector): number | undefined => (c.fiberCount === undefined ? undefined : c.fiberCount * (c.legs ?? 1));

/**
 * The fan-out side of a breakout or harness: an end written with legs ("4x LC duplex",
 * "2x MPO-12"), or a duplex end whose other end is an array.
 */
export function isFanoutSide(row: RowContext, end: EndContext): boolean {
  const other = end === row.a ? row.b : row.a;
  if (!end.connector || !other.connector || end.field === other.field) return false;
  return (end.connector.legs !== undefined && other.connector.legs === undefined) || (!isArray(end.connector) && isArray(other.connector));
}

/** What a loss figure assumed when the schedule gives no mated-pair count, in words. */
export const assumedPairsText = (ch: RowChannel): string =>
  `${ch.matedPairs} mated pairs at ${ch.pairLossDb} dB each, as the row gives no count, which a "Mated pairs" column would settle`;

/** Mated pairs at the row's loss per pair that fit in the budget beside the fiber and splices. */
export const pairsThatFit = (ch: RowChannel): number =>
  ch.pairLossDb > 0 ? Math.max(0, Math.floor((ch.budget.value - ch.fiberDb - ch.splicesDb) / ch.pairLossDb + 1e-9)) : Infinity;
