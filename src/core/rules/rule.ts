import type { Application } from "../catalog/applications";
import type { Fiber } from "../catalog/fiber";
import type { SourceId } from "../catalog/sources";
import type { Connector } from "../connector";
import type { Length, LossGrade, Polarity, Priority } from "../fields";
import type { End, FindingParams, RuleId, Severity } from "../findings";
import type { Field } from "../headers";
import type { ProjectSpec } from "../spec";
import type { EndRoleDecision } from "../ends";
import type { ChannelView } from "../channels/types";
import type { RowChannel } from "./util";

/** One end of a cable row as the rules see it. */
export interface EndContext {
  end: End;
  /** The field the connector came from (connectorA/B, or connector when one column serves both ends). */
  field: Field;
  connector?: Connector;
  /** Location and port text (From/To), used to tell equipment from panels. */
  location?: string;
  /** true when the end plugs into a transceiver (equipment port), so it mates with the application's MDI. */
  atTransceiver: boolean;
  /** What the end plugs into and how that is known (src/core/ends.ts); absent when the caller stated it (CONNECTOR.CHECK). */
  role?: EndRoleDecision;
}

/** A cable row, read and typed: what every row rule receives. */
export interface RowContext {
  row: number;
  a: EndContext;
  b: EndContext;
  fiber?: Fiber;
  length?: Length;
  application?: Application;
  polarity?: Polarity;
  fiberCount?: number;
  matedPairs?: number;
  splices?: number;
  pairLossDb?: number;
  lossGrade?: LossGrade;
  priority?: Priority;
  colour?: string;
  /** Free text from the row (connector, notes) for spotting MPO/MTP myths. */
  text: string;
  spec: ProjectSpec;
  /** The row is not a fiber link (copper, DAC, AOC, power, console): it is not checked. */
  notFiber?: boolean;
  /** The traced channel's figures, when this context stands for a whole channel (reach and loss then use them). */
  channel?: RowChannel;
}

/** The two sides of a mated pair in an adapter: two cable ends meeting at the same panel port. */
export interface PairSide {
  row: number;
  end: End;
  field: Field;
  connector: Connector;
}

/** What a rule returns: the finding without the row (the engine adds it), severity defaulting to the rule's. */
export interface Draft<K extends RuleId> {
  params: FindingParams[K];
  columns: Field[];
  severity?: Severity;
  /** The finding rests on a figure the fact sheet marks UNCONFIRMED: an error becomes a warning. */
  unconfirmed?: boolean;
  /** The row the finding belongs to, when not the row being checked (mated pairs report on both rows). */
  row?: number;
  /** What the finding assumed that the schedule did not say (an end's role, a mated-pair count), in words. */
  assumed?: string;
  /** The finding rests on that assumption alone: an error is reported as a warning. */
  assumptionOnly?: boolean;
}

/**
 * A rule: metadata plus a check. A row check sees one cable row (its ends, and the
 * transceivers they plug into); a pair check sees two cable ends that mate in one adapter.
 * A rule may have both (polish, key and gender apply at a transceiver and at a panel).
 */
export interface Rule<K extends RuleId = RuleId> {
  id: K;
  /** Default severity; a finding may carry a lower one (e.g. a count that exists but is unusual). */
  severity: Severity;
  /** One line, in the engineer's words. */
  title: string;
  /** The standard, datasheet or derivation the rule rests on. */
  sources: readonly SourceId[];
  /** The fact sheet's rule number(s) in section 7, for traceability. */
  factSheet?: string;
  /** Raised while the row is read (unreadable cells, units) rather than by a check. */
  raisedByReader?: boolean;
  /** The rule's advice is dropped on a field of the row that already has an error (an info is noise there). */
  yieldsToErrors?: boolean;
  /** Checked across the whole schedule (src/core/integrity.ts) rather than row by row. */
  acrossRows?: boolean;
  checkRow?(row: RowContext): Draft<K>[];
  checkPair?(a: PairSide, b: PairSide): Draft<K>[];
  /** A channel check sees a traced channel whole; a draft without a row lands on every row of it. */
  checkChannel?(channel: ChannelView): Draft<K>[];
}

export const defineRule = <K extends RuleId>(r: Rule<K>): Rule<K> => r;
