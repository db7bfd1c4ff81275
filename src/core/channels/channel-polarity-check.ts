/*
 * The channel-polarity rule's check (src/core/rules/channel-polarity.ts holds the rule: its id,
 * severity, title and sources). The check is here, in the channel judge's part of the engine,
 * because the rule registry also rides on the pane's page for CONNECTOR.CHECK's row rules, and
 * these walks are needed only where channels are judged: the judge hands the check to the rule
 * through the channel view (ChannelView.legJudge).
 */
import { positionsOf } from "../connector";
import type { ArrayType } from "../fields";
import { DUPLEX_METHODS, PARALLEL_METHOD_PATHS, checkParallelPath, describeLanding } from "../polarity";
import { adapterTypeAt as adapterType, arrayLegShape, cableLabel, cableType, cordType, describeLegMap, harnessShape, isArrayCable, isFanOut, legMapOf, statedMethods } from "./facts";
import { arrayLegPair, judgeBreakoutLeg, judgeLegAtCassette } from "./breakout";
import type { ChannelView, LegOf } from "./types";
import type { Draft } from "../rules/rule";

type D = Draft<"channel-polarity">;

/** A path through a harness the leg walk (channels/breakout.ts) does not follow: said, never passed. */
const NOT_FOLLOWED = "the path through the harness is not one the engine follows yet (a parallel port, a trunk and the harness, or a harness at each end)";

const notChecked = (what: string): D[] => [{ params: { path: "polarity not checked", reason: what }, columns: ["polarity"], severity: "info" }];

/** Transceiver to transceiver over MPO/MTP only: the composition of cables and adapters must reverse the positions (R21). */
function parallel(ch: ChannelView): D[] {
  const methods = statedMethods(ch.hops, ch.junctions);
  const methodPath = methods.length === 1 ? PARALLEL_METHOD_PATHS[methods[0]] : undefined;
  const last = ch.hops.length - 1;
  const types = ch.hops.map((h, k) => cableType(h) ?? (methodPath && h.row.ctx.polarity?.kind === "method" ? methodPath[k === 0 ? 0 : k === last ? 4 : 2] : undefined));
  const adapters = ch.junctions.map((j) => adapterType(j, methodPath));
  const missing = [
    ...types.flatMap((t, k) => (t ? [] : [`no polarity type for the ${cableLabel(ch.hops, k)}`])),
    ...adapters.flatMap((t, k) => (t ? [] : [`no adapter type between rows ${ch.junctions[k].left.row} and ${ch.junctions[k].right.row}`])),
  ];
  if (missing.length) return ch.hops.some((h) => h.row.ctx.polarity) ? notChecked(`${missing.join(", ")}; give each cable's type and an Adapter column (Type A or Type B)`) : [];
  const path: ArrayType[] = [];
  const words: string[] = [];
  ch.hops.forEach((_, k) => {
    path.push(types[k] as ArrayType);
    words.push(`Type ${types[k]} ${cableLabel(ch.hops, k)}`);
    if (k < last) {
      path.push(adapters[k] as ArrayType);
      words.push(`Type ${adapters[k]} adapter`);
    }
  });
  const connector = ch.hops.map((h) => h.row.ctx.a.connector ?? h.row.ctx.b.connector).find(Boolean);
  const positions = (connector && positionsOf(connector)) ?? ch.application?.mdi.positions ?? 12;
  const result = checkParallelPath(path, positions);
  if (result.ok) return [];
  const landing = result.landing.length > 4 ? `${describeLanding(result.landing.slice(0, 2))}, …, ${positions}→${result.landing[positions - 1]}` : describeLanding(result.landing);
  return [{ params: { path: words.join(", "), reason: `positions land ${landing}; a transceiver-to-transceiver path must reverse them (1→${positions}) so transmit meets receive` }, columns: ["polarity"] }];
}

/** Duplex cords, cassettes and an MPO trunk: the combination must be one of TIA's Methods A, B, C, U1 or U2 (R22). */
function duplex(ch: ChannelView): D[] {
  const trunks = ch.hops.filter((h) => isArrayCable(h) === true);
  const ends = [ch.hops[0], ch.hops[ch.hops.length - 1]].filter((h) => isArrayCable(h) === false);
  const trunkTypes = [...new Set(trunks.map(cableType).filter((t): t is ArrayType => !!t))];
  const cords = ends.map(cordType).filter((t) => t !== undefined);
  const adapters = [...new Set(ch.junctions.map((j) => j.adapter?.type).filter((t): t is ArrayType => !!t))];
  const methods = statedMethods(ch.hops, ch.junctions);
  if (!trunkTypes.length && !methods.length) {
    return ch.hops.some((h) => h.row.ctx.polarity) ? notChecked("no polarity type for the trunk; give the trunk's type (Type A, B or C) or the method") : [];
  }
  const cordsFit = (want: readonly string[]) =>
    cords.length === 2 ? [...cords].sort().join() === [...want].sort().join() : cords.every((c) => want.includes(c));
  const fitting = Object.values(DUPLEX_METHODS).filter(
    (m) => trunkTypes.every((t) => t === m.trunk) && adapters.every((a) => a === m.adapters) && methods.every((x) => x === m.method) && cordsFit([m.cordEnd1, m.cordEnd2]),
  );
  if (fitting.length) return [];
  const words = [
    ...trunkTypes.map((t) => `Type ${t} trunk`),
    ...adapters.map((t) => `Type ${t} adapters`),
    ...(cords.length ? [`${cords.join(" and ")} cords`] : []),
    ...methods.map((m) => `Method ${m} named`),
  ];
  const near = Object.values(DUPLEX_METHODS).find((m) => trunkTypes.every((t) => t === m.trunk) && adapters.every((a) => a === m.adapters));
  const reason = near
    ? `Method ${near.method} (Type ${near.trunk} trunk, Type ${near.adapters} adapters) needs ${near.cordEnd1 === near.cordEnd2 ? `${near.cordEnd1} cords at both ends` : `an ${near.cordEnd1} cord at one end and an ${near.cordEnd2} cord at the other`}`
    : "this combination is none of Methods A, B, C, U1 and U2, so transmit does not reach receive";
  return [{ params: { path: words.join(", "), reason }, columns: ["polarity"] }];
}

/**
 * One leg of a harness (src/core/channels/breakout.ts): unless a Leg map column states the
 * harness's map, it is assumed (no primary source states one), and a wrong leg is then a warning
 * that says what was assumed; on stated maps, an error.
 */
function breakout(ch: ChannelView): D[] {
  if (!ch.legs?.length) return unsplit(ch);
  if (ch.cassettePort) return legAtCassette(ch);
  const verdict = ch.legs.length === 2 && arrayLegShape(ch.hops[ch.legs[0].hop]) ? arrayLegPair(ch.hops, ch.junctions, ch.legs[0], ch.legs[1]) : judgeBreakoutLeg(ch.hops, ch.junctions, ch.legs);
  const out: D[] = [];
  const [near, far] = ch.legs;
  // a pairing on two stated Leg maps is the schedule's own; otherwise it is said, as a warning
  // (a link id's rows state the pairing themselves)
  if (far && ch.source === "ports" && !(ch.pairedBy === "positions" && ch.hops[near.hop].row.legMap && ch.hops[far.hop].row.legMap)) out.push(pairing(ch));
  // a path through the harness the walk does not follow (e.g. duplex cords and a cassette before the trunk) is said, not passed
  if (!verdict) return ch.hops.some((h) => h.row.ctx.polarity) ? [...out, ...notChecked(NOT_FOLLOWED)] : out;
  if (verdict.kind === "ok") return out;
  if (verdict.kind === "missing") return ch.hops.some((h) => h.row.ctx.polarity) ? [...out, ...notChecked(`${verdict.what}; give each cable's type (the harness's too) and an Adapter column (Type A or Type B)`)] : out;
  // a stated map decides only where nothing else was assumed (an untyped leg cord, a leg placed by order)
  if (verdict.stated && verdict.alsoAssumed) {
    return [...out, { params: { path: verdict.path, reason: `${verdict.reason} (leg map: ${verdict.stated}; ${verdict.alsoAssumed}, so this is a warning)` }, columns: ["polarity"], severity: "warning" }];
  }
  if (verdict.stated) return [...out, { params: { path: verdict.path, reason: `${verdict.reason} (leg map: ${verdict.stated})` }, columns: ["polarity"] }];
  return [...out, { params: { path: verdict.path, reason: `${verdict.reason} (assumed leg map: ${verdict.assumed}; no primary source states a harness's leg map, so this is a warning; a Leg map column gives it)` }, columns: ["polarity"], severity: "warning" }];
}

/**
 * A harness leg to a cassette front port (a trunk with a harness at one end and a cassette at
 * the other): which port meets which leg, and whether transmit meets receive, both rest on the
 * cassette's internals (always assumed) and the harness's leg map (assumed unless stated), so
 * each is said as a warning and never an error.
 */
function legAtCassette(ch: ChannelView): D[] {
  const at = ch.cassettePort as NonNullable<ChannelView["cassettePort"]>;
  const { leg } = (ch.legs as readonly LegOf[])[0];
  const j = ch.junctions[at.junction];
  const cassette = j.left.end.location ? `the cassette at ${j.left.end.location}` : j.element;
  const shape = harnessShape(ch.hops[0]);
  const map = ch.hops[0].row.legMap ? "the harness's stated Leg map" : shape ? `an assumed leg map (${describeLegMap(legMapOf(shape, false), shape.positions)})` : "an assumed leg map";
  const how =
    ch.pairedBy === "positions"
      ? `found by following the leg's fibers through the trunk's polarity on ${map}, the cassette taken as straight inside (front port k on MPO positions 2k−1 and 2k): a cassette's internal map is the maker's and no primary source states one`
      : "taken by number only: a polarity type along the trunk is missing, so the fibers could not be followed";
  const out: D[] = [
    { params: { path: `leg ${leg} of harness row ${ch.hops[0].row.ctx.row} meets front port ${at.port} of ${cassette}`, reason: `${how}; check it against the harness's leg labels and the cassette's port labels` }, columns: ["polarity"], severity: "warning" },
  ];
  const verdict = judgeLegAtCassette(ch.hops, ch.junctions, leg, at.junction, at.port);
  if (!verdict || verdict.kind === "ok") return out;
  if (verdict.kind === "missing") return ch.hops.some((h) => h.row.ctx.polarity) ? [...out, ...notChecked(`${verdict.what}; give each cable's type (the harness's too) and an Adapter column (Type A or Type B)`)] : out;
  return [...out, { params: { path: verdict.path, reason: `${verdict.reason} (assumed: ${verdict.assumed}; so this is a warning)` }, columns: ["polarity"], severity: "warning" }];
}

/**
 * A harness at the channel's end whose legs are not rows of the schedule (the last row of a link,
 * no leg rows after it): each of its legs judged as plugged straight into its transceiver, the
 * wrong ones named in one warning (the leg map and the legs' cords are both assumed then).
 */
function unsplit(ch: ChannelView): D[] {
  const last = ch.hops.length - 1;
  const at = [last, 0].find((k) => {
    const s = harnessShape(ch.hops[k]);
    return !!s && s.arrayAtEntry === (k === last) && last > 0;
  });
  // a fan-out the walk cannot place (one in the middle, a harness to array legs at an end): said, not passed
  if (at === undefined) return ch.hops.some((h) => h.row.ctx.polarity) ? notChecked(NOT_FOLLOWED) : [];
  const shape = harnessShape(ch.hops[at]) as NonNullable<ReturnType<typeof harnessShape>>;
  const wrong: number[] = [];
  let first: Extract<ReturnType<typeof judgeBreakoutLeg>, { kind: "wrong" }> | undefined;
  for (let leg = 1; leg <= shape.legs; leg++) {
    const v = judgeBreakoutLeg(ch.hops, ch.junctions, [{ hop: at, leg, of: shape.legs }]);
    if (!v) return ch.hops.some((h) => h.row.ctx.polarity) ? notChecked(NOT_FOLLOWED) : [];
    if (v.kind === "missing") return ch.hops.some((h) => h.row.ctx.polarity) ? notChecked(`${v.what}; give each cable's type (the harness's too) and an Adapter column (Type A or Type B)`) : [];
    if (v.kind === "wrong") {
      wrong.push(leg);
      first ??= v;
    }
  }
  if (!first) return [];
  const legs = wrong.length === shape.legs ? `all ${shape.legs} legs` : `legs ${wrong.join(", ")} of ${shape.legs}`;
  const basis = first.stated ? `leg map: ${first.stated}` : `assumed leg map: ${first.assumed}`;
  return [
    {
      params: { path: first.path, reason: `${legs}: ${first.reason} (${basis}; the harness's legs are not rows of the schedule, so each is taken as plugged straight into its transceiver, and this is a warning)` },
      columns: ["polarity"],
      severity: "warning",
    },
  ];
}

/** A trunk with a harness at each end: which far leg this near leg meets was worked out by the trace, on an assumed leg map (or only by order). */
function pairing(ch: ChannelView): D {
  const [near, far] = ch.legs as readonly LegOf[];
  const rows = `harness rows ${ch.hops[near.hop].row.ctx.row} and ${ch.hops[far.hop].row.ctx.row}`;
  const shape = harnessShape(ch.hops[near.hop]);
  const lanes = arrayLegShape(ch.hops[near.hop]);
  const how =
    ch.pairedBy === "positions" && shape
      ? `found by following the leg's fibers through the polarity types on an assumed leg map (${describeLegMap(legMapOf(shape, false), shape.positions)})`
      : ch.pairedBy === "positions" && lanes
      ? `found by following the leg's first lane through the polarity types on an assumed lane map (leg k takes lanes (k−1)·${lanes.positions / (2 * lanes.legs)}+1 to k·${lanes.positions / (2 * lanes.legs)})`
      : "taken by order only: a polarity type along the trunk is missing, so the fibers could not be followed";
  return { params: { path: `leg ${near.leg} meets leg ${far.leg} (${rows})`, reason: `${how}; check it against the harnesses' leg labels` }, columns: ["polarity"], severity: "warning" };
}

/** A trunk with a cassette at each end, traced by ports: which far front port this near port meets rests on the cassettes' internals, assumed (or on port numbers only). */
function cassettePairing(ch: ChannelView): D {
  const [near, far] = ch.cassettePorts as NonNullable<ChannelView["cassettePorts"]>;
  // the cassette by its rear port as the trunk names it
  const at = (p: typeof near, side: "left" | "right") => {
    const j = ch.junctions[p.junction];
    return j[side].end.location ? `the cassette at ${j[side].end.location}` : j.element;
  };
  const how =
    ch.pairedBy === "positions"
      ? "found by following the port's fibers through the trunk's polarity, the cassettes taken as straight inside (front port k on MPO positions 2k−1 and 2k): a cassette's internal map is the maker's and no primary source states one"
      : "taken by port number only: a polarity type along the trunk is missing, so the fibers could not be followed";
  return { params: { path: `front port ${near.port} of ${at(near, "right")} meets front port ${far.port} of ${at(far, "left")}`, reason: `${how}; check it against the cassettes' port labels` }, columns: ["polarity"], severity: "warning" };
}

/**
 * R21/R22 over a whole channel: parallel paths compose to transmit-to-receive (fact sheet
 * §2.5); duplex paths through cassettes match one of the connectivity methods (§2.3); a leg of
 * a harness follows its fibers through the harness's assumed leg map. A channel of duplex cords
 * only is not judged here.
 */
export function checkChannelPolarity(ch: ChannelView): D[] {
  const kinds = ch.hops.map(isArrayCable);
  const transitions = ch.junctions.some((j) => j.adapter?.transition);
  if (ch.hops.some(isFanOut)) return breakout(ch);
  const signal = ch.application?.signal;
  if (!transitions && (kinds.every((k) => k === true) || (kinds.every((k) => k === undefined) && signal === "parallel"))) return parallel(ch);
  if (kinds.some((k) => k === true) && kinds.some((k) => k === false)) return ch.cassettePorts ? [cassettePairing(ch), ...duplex(ch)] : duplex(ch);
  return [];
}
