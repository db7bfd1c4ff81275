import type { Application } from "../catalog/applications";
import type { RuleId, Severity } from "../findings";
import type { FiberGrade } from "../catalog/fiber";
import type { ArrayType, PolarityMethod } from "../fields";
import type { EndContext, RowContext } from "../rules/rule";
import type { RowChannel } from "../rules/util";
import type { Draft } from "../rules/rule";

/** How a channel was found: rows sharing a link id, or cable ends meeting at the same panel port. */
export type ChannelSource = "explicit" | "ports";

/** What a cable end plugs into. */
export type EndRole = "equipment" | "panel" | "unknown";

/** An end's role, and whether the schedule states it or the engine inferred it. */
export interface EndRoleResult {
  role: EndRole;
  how: "stated" | "inferred";
}

/** What a row's Component (or Type) cell says it is. */
export type Component = "cord" | "trunk" | "harness" | "cassette";

/**
 * The adapter at a row's end B, as the Adapter cell gives it: an array adapter type (Type A
 * key-up to key-down, Type B key-up to key-up), or a transition (an MPO-to-LC cassette, a
 * 24-to-2x12 conversion module), possibly with the connectivity method it is built for.
 */
export interface AdapterAtEnd {
  text: string;
  type?: ArrayType;
  transition?: "cassette" | "conversion-module";
  method?: PolarityMethod;
  /** The transition was read from a location's name, not stated by an Adapter cell or a cassette row. */
  fromName?: boolean;
  /** The cassette's own row, where the schedule lists it as one (Component "cassette"). */
  row?: number;
}

/** A cable row with what the channel trace needs beyond the row's own check. */
export interface ChannelRow {
  ctx: RowContext;
  /** Index in sheet order, for stable ordering. */
  order: number;
  /** The row cache's id for what the row asks the rules (src/core/rule-cache.ts), when it was keyed: keys the channel verdicts. */
  question?: number;
  link?: string;
  sequence?: number;
  adapter?: AdapterAtEnd;
  component?: Component;
  /** A harness's leg map as the schedule states it: leg k (index k-1) on these two MPO positions, its transmit fiber first. */
  legMap?: ReadonlyArray<readonly [number, number]>;
}

/** One cable along a channel; reversed when the channel enters it at end B. */
export interface Hop {
  row: ChannelRow;
  reversed: boolean;
  /** The end facing the channel's start, and the end facing its far end. */
  entry: EndContext;
  exit: EndContext;
}

/** Where one cable meets the next: an adapter (one mated pair) or a transition (cassette, module). */
export interface Junction {
  /** The end of the earlier hop and the end of the later hop that meet here. */
  left: { row: number; end: EndContext };
  right: { row: number; end: EndContext };
  adapter?: AdapterAtEnd;
  /**
   * The physical adapter or cassette, the same in every channel through it (the legs of one
   * fan-out share the trunk's): "mated pair 12B-13A", "cassette row 14", "cassette cas 1".
   */
  element: string;
  /** The schedule row of the cassette or module, where the schedule gives it a row of its own. */
  cassetteRow?: number;
}

/** A traced channel, before judging. */
export interface TracedChannel {
  link: string;
  source: ChannelSource;
  hops: Hop[];
  /** hops.length - 1 junctions, in order. */
  junctions: Junction[];
  /** For one leg of a fan-out: the name of the part before the split, which its sibling legs share. */
  splitFrom?: string;
  /** How many of the hops (from the start) lie before the split. */
  sharedRows?: number;
  /** For a leg of a fan-out: which leg of each harness along it (src/core/channels/breakout.ts). */
  legs?: readonly LegOf[];
  /**
   * For a leg pair of a trunk with a fan-out at both ends: how the trace chose which far leg
   * meets this near leg (by the fiber positions through the polarity, or only by their order
   * where a polarity type is not given).
   */
  pairedBy?: "positions" | "order";
  /**
   * For a front-port pair of a trunk with a cassette at each end: the cassette at junction
   * `junction` and the front port the channel takes there (`port` of `of`), near cassette first.
   */
  cassettePorts?: readonly [CassettePort, CassettePort];
  /**
   * For a harness leg to a cassette front port (a trunk with a harness at one end, hops[0], and
   * a cassette at the other, traced by ports): the cassette and the front port the channel takes.
   */
  cassettePort?: CassettePort;
  /** Where the shared part (the trunk between two cassettes) starts, when it is not at hops[0]: the shared hops are hops[sharedFrom .. sharedRows). */
  sharedFrom?: number;
}

/** A cassette along a channel (junctions[junction]) and the front port the channel takes on it. */
export interface CassettePort {
  junction: number;
  port: number;
  of: number;
}

/** One leg of a harness along a channel: the harness is hops[hop], and the channel takes its leg `leg` (1-based) of `of`. */
export interface LegOf {
  hop: number;
  leg: number;
  of: number;
  /** The leg's number is its order among the legs: the harness's end names no port range to place it in. */
  byOrder?: true;
}

/** A channel end: where it is and what it plugs into. */
export interface ChannelEnd {
  row: number;
  end: EndContext;
  role: EndRoleResult;
  /**
   * equipment: plugs into a transceiver (as read, or stated); inferred-equipment: nothing else
   * meets it, so it is taken as a transceiver; open: a panel port no other scheduled cable
   * meets, so the channel goes on beyond the schedule.
   */
  kind: "equipment" | "inferred-equipment" | "open";
}

/** What the channel rules see: the trace plus the facts computed once for all of them. */
export interface ChannelView extends TracedChannel {
  rows: number[];
  start: ChannelEnd;
  finish: ChannelEnd;
  application?: Application;
  /** The grade the channel is judged at: the worst along it. */
  grade?: FiberGrade;
  /** The distinct grades along the channel, in order of appearance. */
  grades: FiberGrade[];
  /** Sum of the cables' lengths, when every cable gives one. */
  lengthM?: number;
  /** Loss and budget of the whole channel, where the rows give what they need. */
  figures?: RowChannel;
  /** Mated pairs assumed at open ends (a panel port the schedule stops at). */
  assumedPairs: number;
  /**
   * The channel-polarity rule's walks (channels/channel-polarity-check.ts), handed to the rule by
   * the channel judge: the rule registry also rides on the pane's page for CONNECTOR.CHECK's row
   * rules, and these walks are needed only where channels are judged, in the engine's chunk.
   */
  legJudge: LegJudge;
}

/** What the channel-polarity rule asks of the channel judge's part of the engine. */
export interface LegJudge {
  channelPolarity(channel: ChannelView): Draft<"channel-polarity">[];
}

/**
 * One element of a channel's path, in order from its start: an end (a transceiver, an end only
 * taken to be one, or a panel port the schedule stops at), a cable, or what joins two cables.
 * `severity` and `rules` are those of the findings that concern this element alone (a mated
 * pair's findings mark its adapter, an end rule's the end, a cable's own the cable); findings
 * about the whole channel (its polarity, reach, loss) mark none.
 */
export type PathElement = (
  | { kind: "end"; row: number; end: "A" | "B"; role: ChannelEnd["kind"]; location?: string }
  | { kind: "cable"; row: number; component: Exclude<Component, "cassette">; from?: string; to?: string }
  | { kind: "adapter" | "cassette" | "module"; rows: [number, number]; text?: string }
) & { severity?: Severity; rules?: RuleId[] };
