import type { Finding, RuleId } from "../findings";
import type { Draft, PairSide, RowContext, Rule } from "./rule";
import mpoFiberCount from "./mpo-fiber-count";
import mpoGender from "./mpo-gender";
import transceiverGender from "./transceiver-gender";
import polishMating from "./polish-mating";
import connectorFamily from "./connector-family";
import smMpoPolish from "./sm-mpo-polish";
import apcAdapterKey from "./apc-adapter-key";
import mpoKey from "./mpo-key";
import mpoRows from "./mpo-rows";
import connectorFiberCount from "./connector-fiber-count";
import fiberWaste from "./fiber-waste";
import darkPositions from "./dark-positions";
import fiberKind from "./fiber-kind";
import legacyMultimode from "./legacy-multimode";
import reach from "./reach";
import reachMargin from "./reach-margin";
import reachUnknown from "./reach-unknown";
import lossBudget from "./loss-budget";
import lossMargin from "./loss-margin";
import pairLossAboveTia from "./pair-loss-above-tia";
import om5NoBenefit from "./om5-no-benefit";
import os1aReach from "./os1a-reach";
import parallelPolarity from "./parallel-polarity";
import duplexPolarity from "./duplex-polarity";
import wdmBreakout from "./wdm-breakout";
import breakoutFanout from "./breakout-fanout";
import jacketColour from "./jacket-colour";
import mpoMyth from "./mpo-myth";
import genericFiberGrade from "./generic-fiber-grade";
import mtpVsMpo from "./mtp-vs-mpo";
import projectSpec from "./project-spec";
import { lengthUnit, unknownApplication, unreadableCell } from "./reader-findings";


/** Every rule, one module each (src/core/rules/<id>.ts). */
export const RULES: readonly Rule[] = [
  unreadableCell,
  unknownApplication,
  lengthUnit,
  mpoFiberCount,
  mpoGender,
  transceiverGender,
  polishMating,
  connectorFamily,
  smMpoPolish,
  apcAdapterKey,
  mpoKey,
  mpoRows,
  connectorFiberCount,
  fiberWaste,
  darkPositions,
  fiberKind,
  legacyMultimode,
  reach,
  reachMargin,
  reachUnknown,
  lossBudget,
  lossMargin,
  pairLossAboveTia,
  om5NoBenefit,
  os1aReach,
  parallelPolarity,
  duplexPolarity,
  wdmBreakout,
  breakoutFanout,
  jacketColour,
  mpoMyth,
  genericFiberGrade,
  mtpVsMpo,
  projectSpec,
];


export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);

const toFinding = (rule: Rule, row: number, d: Draft<RuleId>): Finding =>
  ({
    rule: rule.id,
    severity: d.severity ?? rule.severity,
    row: d.row ?? row,
    columns: d.columns,
    params: d.params,
    ...(d.unconfirmed ? { unconfirmed: true } : {}),
  }) as Finding;

export function runRowRules(ctx: RowContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) for (const d of rule.checkRow?.(ctx) ?? []) out.push(toFinding(rule, ctx.row, d));
  return out;
}

export function runPairRules(a: PairSide, b: PairSide): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) for (const d of rule.checkPair?.(a, b) ?? []) out.push(toFinding(rule, a.row, d));
  return out;
}
