import type { Application } from "./catalog/applications";
import type { Fiber } from "./catalog/fiber";
import type { Connector } from "./connector";
import type { Length, Polarity } from "./fields";
import { perDistinctValue } from "./memo";
import { Finding, applySeverity, bySeverity } from "./findings";
import { runRowRules } from "./rules";
import type { RowContext } from "./rules/rule";
import type { ProjectSpec } from "./spec";

export interface CableInput {
  connectorA: Connector;
  connectorB?: Connector;
  fiber?: Fiber;
  application?: Application;
  lengthM?: number;
  polarity?: Polarity;
  matedPairs?: number;
  spec?: ProjectSpec;
  /**
   * Whether the two ends plug into transceivers running the application (so gender, polish
   * and key are checked against its interface). Default: yes when an application is given:
   * CONNECTOR.CHECK checks a cord between two transceivers, as RECOMMEND recommends one.
   */
  endsAtTransceivers?: boolean;
}

/**
 * The same objects for the same question, call after call: the row rules' cache knows an object
 * by its identity first (rule-cache.ts contentId) and serialises a new one, so a fresh spec and
 * length per call cost more than the rules' answer once cached.
 */
const NO_SPEC: ProjectSpec = Object.freeze({});
const lengthInMetres = perDistinctValue((metres: number): Length => Object.freeze({ metres, unit: "m", assumedUnit: false }));

/**
 * The single-cable rules for one cable given as typed values (what CONNECTOR.CHECK asks):
 * the same row rules checkSchedule runs, on a cord whose ends meet the application's transceivers.
 */
export function checkCable(input: CableInput): Finding[] {
  const atTransceiver = input.endsAtTransceivers ?? input.application !== undefined;
  const length = input.lengthM === undefined ? undefined : lengthInMetres(input.lengthM);
  const ctx: RowContext = {
    row: 1,
    a: { end: "A", field: "connectorA", connector: input.connectorA, atTransceiver },
    b: { end: "B", field: "connectorB", connector: input.connectorB, atTransceiver: atTransceiver && input.connectorB !== undefined },
    fiber: input.fiber,
    length,
    application: input.application,
    polarity: input.polarity,
    matedPairs: input.matedPairs,
    text: "",
    spec: input.spec ?? NO_SPEC,
  };
  return runRowRules(ctx)
    .map((f) => applySeverity(f, input.spec?.severity))
    .filter((f): f is Finding => f !== null)
    .sort(bySeverity);
}
