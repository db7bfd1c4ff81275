import { isArray, positionsOf } from "../connector";
import type { ArrayType, DuplexCordType, PolarityMethod } from "../fields";
import { DUPLEX_METHODS } from "../polarity";
import type { Hop, Junction } from "./types";

/** true when both ends are MPO/MTP, false when both are duplex or simplex, undefined when a connector is unknown or the row fans out. */
export function isArrayCable(h: Hop): boolean | undefined {
  const a = h.row.ctx.a.connector;
  const b = h.row.ctx.b.connector;
  if (!a || !b) return undefined;
  if (isArray(a) && isArray(b)) return true;
  if (!isArray(a) && !isArray(b) && !a.legs && !b.legs) return false;
  return undefined;
}

/** A harness or breakout: MPO/MTP at one end, duplex legs at the other. */
export function isFanOut(h: Hop): boolean {
  const a = h.row.ctx.a.connector;
  const b = h.row.ctx.b.connector;
  return h.row.component === "harness" || (!!a && !!b && isArray(a) !== isArray(b)) || !!a?.legs || !!b?.legs;
}

/** A cable's array polarity type, as its Polarity cell gives it. */
export function cableType(h: Hop): ArrayType | undefined {
  const p = h.row.ctx.polarity;
  if (p?.kind === "cable") return p.type;
  if (p?.kind === "path" && p.types.length === 1) return p.types[0];
  return undefined;
}

export function cordType(h: Hop): DuplexCordType | undefined {
  const p = h.row.ctx.polarity;
  return p?.kind === "duplex-cord" ? p.type : undefined;
}

/** A connectivity method named along the channel: in a Polarity cell or on an adapter or cassette. */
export function statedMethods(hops: readonly Hop[], junctions: readonly Junction[]): PolarityMethod[] {
  const out = new Set<PolarityMethod>();
  for (const h of hops) if (h.row.ctx.polarity?.kind === "method") out.add(h.row.ctx.polarity.method);
  for (const j of junctions) if (j.adapter?.method) out.add(j.adapter.method);
  return [...out];
}

/** Label of a cable in messages: its component when the schedule says, else harness for a fan-out, cord at the ends and trunk between. */
export function cableLabel(hops: readonly Hop[], k: number): string {
  const c = hops[k].row.component;
  const what = c && c !== "cassette" ? c : isFanOut(hops[k]) ? "harness" : k === 0 || k === hops.length - 1 ? "cord" : "trunk";
  return `${what} (row ${hops[k].row.ctx.row})`;
}

export const rowList = (rows: readonly number[]): string => (rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.join(", ")}`);

/** The array adapter at a junction: as the Adapter cell says, as a named method implies, or Type A where both faces are APC (Type B cannot mate them). */
export function adapterTypeAt(j: Junction, methodPath: readonly ArrayType[] | undefined): ArrayType | undefined {
  if (j.adapter?.type) return j.adapter.type;
  if (j.adapter?.method) return DUPLEX_METHODS[j.adapter.method].adapters;
  if (methodPath) return methodPath[1];
  const a = j.left.end.connector;
  const b = j.right.end.connector;
  return a?.polish === "APC" && b?.polish === "APC" ? "A" : undefined;
}

/** A harness leg map as channels/breakout.ts explains it (the fibers of leg k at the harness's MPO). */
export type LegMap = "parallel" | "sequential";

/** A harness hop's MPO positions and legs, and which end is the MPO. */
export interface HarnessShape {
  positions: number;
  legs: number;
  /** The MPO is the hop's entry end (the end facing the channel's start). */
  arrayAtEntry: boolean;
}

export function harnessShape(h: Hop): HarnessShape | undefined {
  if (!isFanOut(h)) return undefined;
  const arrayEnd = [h.entry, h.exit].find((e) => e.connector && isArray(e.connector) && !e.connector.legs);
  const legEnd = arrayEnd === h.entry ? h.exit : h.entry;
  const positions = arrayEnd?.connector ? positionsOf(arrayEnd.connector) : undefined;
  if (!arrayEnd || !positions || (legEnd.connector && isArray(legEnd.connector))) return undefined;
  return { positions, legs: legEnd.connector?.legs ?? positions / 2, arrayAtEntry: arrayEnd === h.entry };
}

/** The map a harness is taken to have: parallel when its MPO side runs to a parallel transceiver or it lights 8 of 12, else sequential. */
export const legMapOf = (shape: HarnessShape, parallelEnd: boolean): LegMap => (parallelEnd || shape.legs * 2 < shape.positions ? "parallel" : "sequential");

/** Leg k's two positions at the harness's fan: [its transmit fiber when plugged straight in, its receive fiber]. */
export const legPositions = (map: LegMap, positions: number, leg: number): [number, number] =>
  map === "parallel" ? [leg, positions + 1 - leg] : [2 * leg - 1, 2 * leg];

export const describeLegMap = (map: LegMap, positions: number): string =>
  map === "parallel"
    ? `leg k on MPO positions k and ${positions + 1}−k (lane k's transmit and receive)`
    : "leg k on MPO positions 2k−1 and 2k (consecutive pairs)";

/** A harness to array legs (MPO-16 to 2 × MPO-8, MPO-24 to 2 × MPO-12): its MPO positions, its legs and each leg's positions. */
export function arrayLegShape(h: Hop): { positions: number; legs: number; legPositions: number; arrayAtEntry: boolean } | undefined {
  const ends = [h.entry, h.exit];
  const trunk = ends.find((e) => e.connector && isArray(e.connector) && !e.connector.legs);
  const fan = ends.find((e) => e !== trunk && e.connector && isArray(e.connector) && (e.connector.legs ?? 0) > 1);
  const positions = trunk?.connector ? positionsOf(trunk.connector) : undefined;
  const legPositions = fan?.connector ? positionsOf(fan.connector) : undefined;
  const legs = fan?.connector?.legs;
  if (!trunk || !positions || !legPositions || !legs || positions % (2 * legs) !== 0 || legPositions < positions / legs) return undefined;
  return { positions, legs, legPositions, arrayAtEntry: trunk === h.entry };
}
