import { isArray } from "../connector";
import type { ArrayType } from "../fields";
import { DUPLEX_METHODS, checkParallelPath } from "../polarity";
import {
  adapterTypeAt,
  arrayLegShape,
  cableLabel,
  cableType,
  cordType,
  describeLegMap,
  harnessShape,
  isArrayCable,
  legMapOf,
  legPositions,
  statedMethods,
  type HarnessShape,
  type LegMap,
} from "./facts";
import type { Hop, Junction, LegOf } from "./types";

/**
 * Polarity across a harness (MPO/MTP at one end, duplex legs at the other), in the core's
 * permutation model (src/core/polarity.ts, fact sheet §2.5) extended by a leg-to-position map.
 *
 * A Leg map column may state a harness's map ("1/12, 2/11, 3/10, 4/9": leg by leg, the MPO
 * positions of the harness's own connector, transmit fiber first); it is then the harness's
 * wiring and its Polarity type is not applied. Otherwise no primary source states the map (US
 * Conec, Corning, Panduit, Siemon and TIA-568.3-E were looked for; what was found is vendor
 * practice, see the source "breakout-harness-legs"), so it is assumed and a wrong result is a
 * warning:
 * - "parallel" (8 lit fibers of an MPO-12 or MPO-8 to 4 legs; an MPO-16 SR8/DR8 port to 8 legs):
 *   leg k on positions k and N+1−k, so that lane k's transmit and receive share a leg (IEEE MDI:
 *   transmit on the outer positions of one side, receive on the other; fact sheet §5);
 * - "sequential" (MPO-12 to 6, MPO-24 to 12, MPO-16 to 8 between duplex ports): leg k on
 *   positions 2k−1 and 2k, the fiber pairs Methods A, B and C flip or keep (fact sheet §2.1, §2.3).
 * The leg's first position is its transmit fiber when it plugs straight into a transceiver; a
 * duplex A-to-B cord with its adapter keeps that, an A-to-A cord swaps it (TIA A-B convention).
 * The harness's own Polarity type maps its MPO positions to its fan positions like a cable's.
 */
// The harness's shape and its leg maps are in facts.ts, which the rules read without this walk.
export { type HarnessShape, type LegMap, arrayLegShape, describeLegMap, harnessShape, legMapOf, legPositions } from "./facts";

/** The array types from one end of a run of hops to the other, cables and adapters alternating; the first missing one named. */
function arrayPath(
  hops: readonly Hop[],
  junctions: readonly Junction[],
  from: number,
  to: number,
  skip: readonly number[] = [],
): { types: ArrayType[] } | { missing: string } {
  const types: ArrayType[] = [];
  const step = from <= to ? 1 : -1;
  for (let k = from; ; k += step) {
    // a harness whose map the schedule states: the map is its wiring, from its MPO positions
    const t = skip.includes(k) ? undefined : cableType(hops[k]);
    if (!t && !skip.includes(k)) return { missing: `no polarity type for the ${cableLabel(hops, k)}` };
    // cables and adapters of one type are the same permutation (src/core/polarity.ts), so the order alone matters
    if (t) types.push(t);
    if (k === to) return { types };
    const j = junctions[step > 0 ? k : k - 1];
    const a = adapterTypeAt(j, undefined);
    if (!a) return { missing: `no adapter type between rows ${j.left.row} and ${j.right.row}` };
    types.push(a);
  }
}

/** A-to-A cords among hops[from..to] (each swaps a leg's two fibers). */
const swaps = (hops: readonly Hop[], from: number, to: number): number => {
  let n = 0;
  for (let k = from; k <= to; k++) if (cordType(hops[k]) === "A-to-A") n++;
  return n;
};

/** What a verdict on stated Leg maps still assumed: an untyped leg cord taken as A-to-B, a leg placed by its order. */
function alsoAssumed(untyped: boolean, legs: readonly LegOf[]): string | undefined {
  const what = [
    ...(untyped ? ["a leg cord with no type was taken as A-to-B"] : []),
    ...(legs.some((l) => l.byOrder) ? ["the leg was placed by its order among the harness's legs (the harness's end names no port range)"] : []),
  ];
  return what.length ? what.join(" and ") : undefined;
}

/** Whether a duplex cord among hops[from..to] gives no type: it is then taken as A-to-B, an assumption. */
const untypedCord = (hops: readonly Hop[], from: number, to: number): boolean => {
  for (let k = from; k <= to; k++) if (isArrayCable(hops[k]) === false && cordType(hops[k]) === undefined) return true;
  return false;
};

export type BreakoutVerdict =
  | { kind: "missing"; what: string }
  | { kind: "ok" }
  /** `alsoAssumed`: the map is stated, but something else the verdict rests on was assumed (an untyped leg cord, a leg placed by order). */
  | { kind: "wrong"; path: string; reason: string; assumed?: string; stated?: string; alsoAssumed?: string };

const words = (types: readonly ArrayType[]): string => types.map((t, i) => `Type ${t} ${i % 2 === 0 ? "cable" : "adapter"}`).join(", ");

/**
 * One leg of a fan-out, judged transmit to receive. With one harness, its MPO side runs to a
 * parallel transceiver: that transceiver's transmit positions (1 to N/2 in the model) must reach
 * the leg's receive fiber and the leg's transmit fiber the matching receive position. With a
 * harness at both ends (a duplex port to a duplex port over one trunk), the near leg's transmit
 * must reach the far leg's receive fiber, and its receive the far leg's transmit.
 */
export function judgeBreakoutLeg(hops: readonly Hop[], junctions: readonly Junction[], legs: readonly LegOf[]): BreakoutVerdict | undefined {
  const last = hops.length - 1;
  if (legs.length === 1) {
    const { hop: h, leg } = legs[0];
    const shape = harnessShape(hops[h]);
    if (!shape) return judgeArrayLeg(hops, junctions, legs[0]);
    // the MPO side runs from the harness to the channel's start (or its finish)
    const arrayEndHop = shape.arrayAtEntry ? 0 : last;
    const end = hops[arrayEndHop][shape.arrayAtEntry ? "entry" : "exit"].connector;
    if (!end || !isArray(end)) return undefined;
    const stated = mapStated(hops[h], shape);
    const path = arrayPath(hops, junctions, arrayEndHop, h, stated ? [h] : []);
    if ("missing" in path) return { kind: "missing", what: path.missing };
    const n = shape.positions;
    const landing = checkParallelPath(path.types, n).landing;
    const map = legMapOf(shape, true);
    const flipped = (shape.arrayAtEntry ? swaps(hops, h + 1, last) : swaps(hops, 0, h - 1)) % 2 === 1;
    const [tx, rx] = flip(legFibers(hops[h], map, n, leg).pair, flipped);
    const from = landing.indexOf(rx) + 1;
    if (from >= 1 && from <= n / 2 && landing[n - from] === tx) return { kind: "ok" };
    const reason =
      from > n / 2
        ? `leg ${leg}'s receive fiber (harness position ${rx}) is reached from position ${from} of the parallel transceiver, a receive position: transmit meets transmit`
        : `leg ${leg}'s fibers (harness positions ${tx} and ${rx}) meet positions ${landing.indexOf(tx) + 1} and ${from} of the parallel transceiver, not one lane's transmit and receive`;
    // a stated map decides only when the leg's cords state their types too
    const also = alsoAssumed(shape.arrayAtEntry ? untypedCord(hops, h + 1, last) : untypedCord(hops, 0, h - 1), legs);
    const basis = stated
      ? { stated: `the Leg map of harness row ${hops[h].row.ctx.row}`, ...(also ? { alsoAssumed: also } : {}) }
      : { assumed: `${describeLegMap(map, n)}; harness row ${hops[h].row.ctx.row}` };
    return { kind: "wrong", path: `${words(path.types)}${flipped ? ", an A-to-A cord on the leg" : ""}`, reason, ...basis };
  }
  const [near, far] = [...legs].sort((x, y) => x.hop - y.hop);
  const a = harnessShape(hops[near.hop]);
  const b = harnessShape(hops[far.hop]);
  if (!a || !b || a.positions !== b.positions) return undefined;
  const stated = [mapStated(hops[near.hop], a), mapStated(hops[far.hop], b)];
  const path = arrayPath(hops, junctions, near.hop, far.hop, [stated[0] ? near.hop : -1, stated[1] ? far.hop : -1]);
  if ("missing" in path) return { kind: "missing", what: path.missing };
  const n = a.positions;
  const landing = checkParallelPath(path.types, n).landing;
  const map = legMapOf(a, false);
  const flipped = (swaps(hops, 0, near.hop - 1) + swaps(hops, far.hop + 1, last)) % 2 === 1;
  const [tx, rx] = flip(legFibers(hops[near.hop], map, n, near.leg).pair, flipped);
  const [farTx, farRx] = legFibers(hops[far.hop], map, n, far.leg).pair;
  if (landing[tx - 1] === farRx && landing[rx - 1] === farTx) return { kind: "ok" };
  const reason =
    landing[tx - 1] === farTx
      ? `leg ${near.leg}'s transmit (position ${tx}) arrives on position ${farTx}, the transmit fiber of the far leg ${far.leg}: transmit meets transmit`
      : `leg ${near.leg}'s fibers (positions ${tx} and ${rx}) arrive on positions ${landing[tx - 1]} and ${landing[rx - 1]}, not the two fibers of the far leg ${far.leg} (${farTx} and ${farRx})`;
  const rows = `harness rows ${hops[near.hop].row.ctx.row} and ${hops[far.hop].row.ctx.row}`;
  const also = alsoAssumed(untypedCord(hops, 0, near.hop - 1) || untypedCord(hops, far.hop + 1, last), legs);
  const basis = stated[0] && stated[1] ? { stated: `the Leg maps of ${rows}`, ...(also ? { alsoAssumed: also } : {}) } : { assumed: `${describeLegMap(map, n)}, at ${rows}` };
  return { kind: "wrong", path: `${words(path.types)}${flipped ? ", an A-to-A cord" : ""}`, reason, ...basis };
}

/**
 * Leg `leg` of a harness: the two positions as the schedule's Leg map states them (MPO positions
 * of the harness's own connector, its wiring), else as the assumed map gives them (fan positions,
 * after the harness's Polarity type).
 */
function legFibers(h: Hop, map: LegMap, positions: number, leg: number): { pair: [number, number]; stated: boolean } {
  const stated = h.row.legMap?.[leg - 1];
  if (stated && stated.every((p) => p >= 1 && p <= positions)) return { pair: [stated[0], stated[1]], stated: true };
  return { pair: legPositions(map, positions, leg), stated: false };
}

/** Whether every leg of a harness is in its stated Leg map. */
const mapStated = (h: Hop, shape: HarnessShape): boolean =>
  (h.row.legMap?.length ?? 0) >= shape.legs && (h.row.legMap ?? []).every((p) => p.every((x) => x >= 1 && x <= shape.positions));

/**
 * A harness to array legs whose Leg map states every lit lane: `lanes` pairs, leg 1's lanes
 * first, each pair the harness's MPO positions going to the lane's transmit and receive
 * positions on its leg (j and n+1−j on the leg's own connector); undefined otherwise.
 */
function arrayLegMap(h: Hop, lanes: number, positions: number): ReadonlyArray<readonly [number, number]> | undefined {
  const map = h.row.legMap;
  return map && map.length === lanes && map.every((p) => p.every((x) => x >= 1 && x <= positions)) ? map : undefined;
}

const flip = (pair: [number, number], flipped: boolean): [number, number] => (flipped ? [pair[1], pair[0]] : pair);

/**
 * For a trunk with a harness at both ends (hops[0] and hops[last]): which far leg each near leg
 * meets, following the fiber positions through the polarity types; by order where a type is
 * missing (or the positions do not land on one far leg), and the channel says which.
 */
export function pairLegs(hops: readonly Hop[], junctions: readonly Junction[]): { far: number[]; by: "positions" | "order"; stated?: boolean } | undefined {
  const last = hops.length - 1;
  const a = harnessShape(hops[0]);
  const b = harnessShape(hops[last]);
  if (!a || !b || a.arrayAtEntry || !b.arrayAtEntry) return undefined;
  const order = { far: Array.from({ length: a.legs }, (_, k) => (k < b.legs ? k + 1 : 0)), by: "order" as const };
  const stated = [mapStated(hops[0], a), mapStated(hops[last], b)];
  const path = arrayPath(hops, junctions, 0, last, [stated[0] ? 0 : -1, stated[1] ? last : -1]);
  if ("missing" in path || a.positions !== b.positions) return order;
  const landing = checkParallelPath(path.types, a.positions).landing;
  const map = legMapOf(a, false);
  const far: number[] = [];
  for (let k = 1; k <= a.legs; k++) {
    const at = legFibers(hops[0], map, a.positions, k).pair.map((p) => landing[p - 1]);
    let m = 0;
    for (let l = 1; l <= b.legs && !m; l++) if (legFibers(hops[last], map, b.positions, l).pair.includes(at[0])) m = l;
    if (!m) return order;
    far.push(m);
  }
  return { far, by: "positions", ...(stated[0] && stated[1] ? { stated: true } : {}) };
}

/**
 * For a trunk with an MPO-to-duplex cassette at each end (hops[from..to] the MPO cables between
 * them, junctions[from-1] and junctions[to] the two cassettes): where each position of the near
 * cassette's internal array arrives at the far cassette's. The cassettes are taken as straight
 * inside (a Type A fan-out, front port k on the positions the sequential map gives it): their
 * internals are vendor-specific (fact sheet §2.3, §2.5), so a pairing found this way is assumed.
 * A cable whose Polarity cell names a method stands for that method's trunk type, an adapter
 * without a type for the method's adapters. undefined where a type is missing.
 */
export function cassetteLanding(
  hops: readonly Hop[],
  junctions: readonly Junction[],
  from: number,
  to: number,
  positions: number,
): readonly number[] | undefined {
  const methods = statedMethods(hops.slice(from, to + 1), [junctions[from - 1], ...junctions.slice(from, to + 1)]);
  const method = methods.length === 1 ? DUPLEX_METHODS[methods[0]] : undefined;
  const byMethod = method ? [method.trunk, method.adapters] : undefined;
  const types: ArrayType[] = ["A"];
  for (let k = from - 1; k <= to; k++) {
    const a = adapterTypeAt(junctions[k], byMethod);
    if (!a) return undefined;
    types.push(a);
    if (k === to) break;
    const t = cableType(hops[k + 1]) ?? (hops[k + 1].row.ctx.polarity?.kind === "method" ? method?.trunk : undefined);
    if (!t) return undefined;
    types.push(t);
  }
  types.push("A");
  return checkParallelPath(types, positions).landing;
}

/**
 * A trunk with a harness at its start (hops[0], its MPO toward the trunk) and an MPO-to-duplex
 * cassette at junctions[at] (hops[at] the trunk's last cable): where each fan position of the
 * harness arrives on the cassette's internal array, the cassette taken as straight inside (a
 * Type A fan-out, front port k on positions 2k−1 and 2k, as in cassetteLanding). A harness whose
 * Leg map the schedule states is its own wiring (its MPO positions), its type not applied.
 */
function harnessToCassette(
  hops: readonly Hop[],
  junctions: readonly Junction[],
  at: number,
): { landing: readonly number[]; shape: HarnessShape; stated: boolean } | { missing: string } | undefined {
  const shape = harnessShape(hops[0]);
  if (!shape || shape.arrayAtEntry || at < 1 || !junctions[at]) return undefined;
  const stated = mapStated(hops[0], shape);
  const path = arrayPath(hops, junctions, 0, at, stated ? [0] : []);
  if ("missing" in path) return path;
  const rear = adapterTypeAt(junctions[at], undefined);
  if (!rear) return { missing: `no adapter type at the cassette between rows ${junctions[at].left.row} and ${junctions[at].right.row}` };
  return { landing: checkParallelPath([...path.types, rear, "A"], shape.positions).landing, shape, stated };
}

/** Which leg of the harness at hops[0] cassette front port `port` (at junctions[at]) meets, by the fiber positions; undefined where a type is missing or no one leg is reached. */
export function harnessLegAtPort(hops: readonly Hop[], junctions: readonly Junction[], at: number, port: number): number | undefined {
  const r = harnessToCassette(hops, junctions, at);
  if (!r || "missing" in r) return undefined;
  const map = legMapOf(r.shape, false);
  const [p, q] = legPositions("sequential", r.shape.positions, port);
  for (let l = 1; l <= r.shape.legs; l++) {
    const at2 = legFibers(hops[0], map, r.shape.positions, l).pair.map((x) => r.landing[x - 1]);
    if (at2.includes(p) && at2.includes(q)) return l;
  }
  return undefined;
}

/**
 * Leg `leg` of the harness at hops[0] to front port `port` of the cassette at junctions[at],
 * judged like a leg pair of two harnesses: the cassette's front port with the cords beyond it
 * stands for a leg plugged straight in (an A-to-B cord keeps its fibers, an A-to-A cord swaps
 * them), so the leg's transmit must reach the port's receive fiber and its receive the port's
 * transmit. The cassette's internals are always assumed, so a wrong result is a warning.
 */
export function judgeLegAtCassette(hops: readonly Hop[], junctions: readonly Junction[], leg: number, at: number, port: number): BreakoutVerdict | undefined {
  const r = harnessToCassette(hops, junctions, at);
  if (!r) return undefined;
  if ("missing" in r) return { kind: "missing", what: r.missing };
  const n = r.shape.positions;
  const [tx, rx] = legFibers(hops[0], legMapOf(r.shape, false), n, leg).pair;
  const flipped = swaps(hops, at + 1, hops.length - 1) % 2 === 1;
  const [farTx, farRx] = flip(legPositions("sequential", n, port), flipped);
  if (r.landing[tx - 1] === farRx && r.landing[rx - 1] === farTx) return { kind: "ok" };
  const reason =
    r.landing[tx - 1] === farTx
      ? `leg ${leg}'s transmit (position ${tx}) arrives on position ${farTx}, the transmit fiber of front port ${port}: transmit meets transmit`
      : `leg ${leg}'s fibers (positions ${tx} and ${rx}) arrive on positions ${r.landing[tx - 1]} and ${r.landing[rx - 1]}, not the two fibers of front port ${port} (${farTx} and ${farRx})`;
  const types: ArrayType[] = [];
  const path = arrayPath(hops, junctions, 0, at, r.stated ? [0] : []);
  if (!("missing" in path)) types.push(...path.types);
  const cassette = `the cassette taken as straight inside (front port k on MPO positions 2k−1 and 2k)`;
  const map = r.stated
    ? `the Leg map of harness row ${hops[0].row.ctx.row}`
    : `${describeLegMap(legMapOf(r.shape, false), n)}, harness row ${hops[0].row.ctx.row}`;
  return { kind: "wrong", path: `${words(types)}, then the cassette${flipped ? ", an A-to-A cord" : ""}`, reason, assumed: `${map}; ${cassette}` };
}

/**
 * One array leg of a harness from a parallel port (an 800GBASE-SR8 MPO-16 to 2 × MPO-8 for two
 * SR4 ports; MPO-24 to 2 × MPO-12), in the permutation model on an assumed map (no primary
 * source states one, see LegMap): the port's lanes split in order, leg k taking lanes
 * (k−1)·m+1 to k·m (m lanes a leg), and on its own connector lane j transmits on position j and
 * receives on position n+1−j, as a parallel port does. Each lane of this leg must arrive transmit
 * to receive at the leg's far port, and the far port's transmit back at the lane's receive.
 * A Leg map stating every lane (arrayLegMap) replaces the assumed map and the harness's type,
 * and a wrong lane is then an error.
 */
function judgeArrayLeg(hops: readonly Hop[], junctions: readonly Junction[], at: LegOf): BreakoutVerdict | undefined {
  const { hop: h, leg } = at;
  const shape = arrayLegShape(hops[h]);
  if (!shape) return undefined;
  const last = hops.length - 1;
  const [parentEnd, farEnd] = shape.arrayAtEntry ? [0, last] : [last, 0];
  if (h === farEnd) return undefined;
  const { positions: N, legPositions: n } = shape;
  // a Leg map stating every lane (m pairs a leg, leg by leg) is the harness's wiring: its type not applied
  const { map, m, legAt, fanOf } = arrayLegWiring(hops[h], shape);
  const up = arrayPath(hops, junctions, parentEnd, h, map ? [h] : []);
  if ("missing" in up) return { kind: "missing", what: up.missing };
  const step = shape.arrayAtEntry ? 1 : -1;
  const down = arrayPath(hops, junctions, h + step, farEnd);
  if ("missing" in down) return { kind: "missing", what: down.missing };
  const j = junctions[step > 0 ? h : h - 1];
  const adapter = adapterTypeAt(j, undefined);
  if (!adapter) return { kind: "missing", what: `no adapter type between rows ${j.left.row} and ${j.right.row}` };
  // the leg's side: a straight stand-in for the harness's leg, then its adapter and cables
  const toHarness = checkParallelPath(up.types, N).landing;
  const toFar = checkParallelPath(["A", adapter, ...down.types], n).landing;
  for (let j = 1; j <= m; j++) {
    const lane = (leg - 1) * m + j;
    const [k, q] = legAt(toHarness[lane - 1]);
    const reason =
      k !== leg
        ? `lane ${lane}'s transmit (port position ${lane}) arrives on leg ${k}, not on leg ${leg}`
        : toFar[q - 1] !== n + 1 - j
          ? `lane ${lane}'s transmit arrives on position ${toFar[q - 1]} of leg ${leg}'s far port, not its receive position ${n + 1 - j} for lane ${j}`
          : undefined;
    // and back: the far port's transmit on lane j reaches the parallel port's receive for that lane
    const back = toFar.indexOf(j) + 1;
    const fan = back ? fanOf(leg, back) : undefined;
    const home = fan !== undefined ? toHarness.indexOf(fan) + 1 : 0;
    const returned =
      !reason && home !== N + 1 - lane
        ? `leg ${leg}'s far transmit on lane ${j} arrives on position ${home || "none"} of the parallel port, not its receive position ${N + 1 - lane}`
        : undefined;
    if (reason || returned) {
      return {
        kind: "wrong",
        path: `${words(up.types)}, then on the leg ${words(["A", adapter, ...down.types]).replace(/^Type A cable, /, "")}`,
        reason: (reason ?? returned) as string,
        ...(map
          ? { stated: `the Leg map of harness row ${hops[h].row.ctx.row}, lane j of a leg on its positions j and ${n}+1−j` }
          : { assumed: `leg k takes lanes ${"(k−1)·"}${m}+1 to k·${m}, lane j on leg positions j and ${n}+1−j; harness row ${hops[h].row.ctx.row}` }),
      };
    }
  }
  return { kind: "ok" };
}

/** A harness to array legs: fan position p's leg and leg position, and back, on its stated Leg map (MPO positions) or the assumed lane map (fan positions). */
function arrayLegWiring(h: Hop, shape: NonNullable<ReturnType<typeof arrayLegShape>>) {
  const { positions: N, legs: L, legPositions: n } = shape;
  const m = N / (2 * L);
  const map = arrayLegMap(h, L * m, N);
  const legAt = (p: number): [number, number] => {
    if (map) {
      const i = map.findIndex((x) => x.includes(p));
      if (i < 0) return [0, 0];
      return [Math.floor(i / m) + 1, map[i][0] === p ? (i % m) + 1 : n - (i % m)];
    }
    const lane = p <= N / 2 ? p : N + 1 - p;
    const j = lane - (Math.ceil(lane / m) - 1) * m;
    return [Math.ceil(lane / m), p <= N / 2 ? j : n + 1 - j];
  };
  const fanOf = (k: number, q: number): number | undefined => {
    const j = q <= n / 2 ? q : n + 1 - q;
    if (j > m || k < 1 || k > L) return undefined;
    const lane = (k - 1) * m + j;
    if (map) return map[lane - 1][q <= n / 2 ? 0 : 1];
    return q <= n / 2 ? lane : N + 1 - lane;
  };
  return { map, m, legAt, fanOf };
}

/**
 * A trunk with a harness to array legs at each end (hops[near.hop], hops[far.hop]): near leg
 * `near.leg`'s port to far leg `far.leg`'s port, lane by lane as judgeArrayLeg does, each
 * harness on its stated Leg map or the assumed lane map (which far leg the near leg's first lane
 * reaches is pairArrayLegs').
 */
export function arrayLegPair(hops: readonly Hop[], junctions: readonly Junction[], near: LegOf, far: LegOf): BreakoutVerdict | undefined {
  const a = arrayLegShape(hops[near.hop]);
  const b = arrayLegShape(hops[far.hop]);
  if (!a || !b || a.positions !== b.positions || a.legPositions !== b.legPositions || a.arrayAtEntry || !b.arrayAtEntry || a.legs !== b.legs) return undefined;
  const wa = arrayLegWiring(hops[near.hop], a);
  const wb = arrayLegWiring(hops[far.hop], b);
  const last = hops.length - 1;
  const side = (from: number, to: number, j: number): { types: ArrayType[] } | { missing: string } => {
    if (from === to) return { types: [] };
    const p = arrayPath(hops, junctions, from, to);
    if ("missing" in p) return p;
    const ad = adapterTypeAt(junctions[j], undefined);
    return ad ? { types: [...p.types, ad] } : { missing: `no adapter type between rows ${junctions[j].left.row} and ${junctions[j].right.row}` };
  };
  const up = near.hop > 0 ? side(0, near.hop - 1, near.hop - 1) : { types: [] as ArrayType[] };
  if ("missing" in up) return { kind: "missing", what: up.missing };
  const core = arrayPath(hops, junctions, near.hop, far.hop, [wa.map ? near.hop : -1, wb.map ? far.hop : -1]);
  if ("missing" in core) return { kind: "missing", what: core.missing };
  const down = far.hop < last ? side(last, far.hop + 1, far.hop) : { types: [] as ArrayType[] };
  if ("missing" in down) return { kind: "missing", what: down.missing };
  const n = a.legPositions;
  const toNear = checkParallelPath([...up.types, "A"], n).landing;
  const across = checkParallelPath(core.types, a.positions).landing;
  const fromFar = checkParallelPath([...down.types, "A"], n).landing;
  /** Near port position x: where it arrives at the far port (0 where it meets no fiber of the far leg). */
  const to = (x: number): { leg: number; at: number } => {
    const f = wa.fanOf(near.leg, toNear[x - 1]);
    if (f === undefined) return { leg: 0, at: 0 };
    const [k, q] = wb.legAt(across[f - 1]);
    return { leg: k, at: k ? fromFar.indexOf(q) + 1 : 0 };
  };
  for (let j = 1; j <= wa.m; j++) {
    for (const [x, want] of [
      [j, n + 1 - j],
      [n + 1 - j, j],
    ]) {
      const got = to(x);
      if (got.leg === far.leg && got.at === want) continue;
      const reason =
        got.leg !== far.leg
          ? `near port position ${x} (lane ${j}) arrives on leg ${got.leg || "none"} of the far harness, not on leg ${far.leg}`
          : `near port position ${x} (lane ${j}) arrives on position ${got.at} of the far port, not ${want}`;
      const rows = `harness rows ${hops[near.hop].row.ctx.row} and ${hops[far.hop].row.ctx.row}`;
      const basis =
        wa.map && wb.map
          ? { stated: `the Leg maps of ${rows}` }
          : { assumed: `leg k takes lanes (k−1)·${wa.m}+1 to k·${wa.m}, lane j on leg positions j and ${n}+1−j, at ${rows}` };
      return { kind: "wrong", path: `${words(core.types)}`, reason, ...basis };
    }
  }
  return { kind: "ok" };
}

/** Which far leg a near leg's first lane reaches through a trunk with a harness to array legs at each end; undefined where a type is missing. */
export function pairArrayLegs(hops: readonly Hop[], junctions: readonly Junction[], nearHop: number, farHop: number, leg: number): number | undefined {
  const a = arrayLegShape(hops[nearHop]);
  const b = arrayLegShape(hops[farHop]);
  if (!a || !b || a.positions !== b.positions) return undefined;
  const wa = arrayLegWiring(hops[nearHop], a);
  const wb = arrayLegWiring(hops[farHop], b);
  const core = arrayPath(hops, junctions, nearHop, farHop, [wa.map ? nearHop : -1, wb.map ? farHop : -1]);
  const f = wa.fanOf(leg, 1);
  if ("missing" in core || f === undefined) return undefined;
  const k = wb.legAt(checkParallelPath(core.types, a.positions).landing[f - 1])[0];
  return k || undefined;
}
