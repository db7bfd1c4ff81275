import type { End, Finding, RuleId } from "../findings";
import type { Draft, PairSide, RowContext, Rule } from "./rule";
import type { ChannelView } from "../channels/types";
import mpoFiberCount from "./mpo-fiber-count";
import mpoGender from "./mpo-gender";
import transceiverGender from "./transceiver-gender";
import polishMating from "./polish-mating";
import connectorFamily from "./connector-family";
import smMpoPolish from "./sm-mpo-polish";
import apcAdapterKey from "./apc-adapter-key";
import modulePolish from "./module-polish";
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
import cableFiberCount from "./cable-fiber-count";
import { lengthUnit, notFiber, nothingChecked, unknownApplication, unreadableCell } from "./reader-findings";
import { adapterOverfull, duplicateCableId, portReuse } from "./schedule-integrity";
import channelPolarity from "./channel-polarity";
import channelPolarityMix from "./channel-polarity-mix";
import channelApplication from "./channel-application";
import channelGradeMix from "./channel-grade-mix";
import adapterKeyApc from "./adapter-key-apc";
import channelEnd from "./channel-end";
import { cachedPairRules, cachedRowRules, type RowRuleTiers } from "../rule-cache";
import cassetteSide from "./cassette-side";


/** Every rule, one module each (src/core/rules/<id>.ts). */
export const RULES: readonly Rule[] = [
  unreadableCell,
  unknownApplication,
  lengthUnit,
  nothingChecked,
  notFiber,
  duplicateCableId,
  portReuse,
  adapterOverfull,
  cableFiberCount,
  mpoFiberCount,
  mpoGender,
  transceiverGender,
  polishMating,
  connectorFamily,
  smMpoPolish,
  apcAdapterKey,
  modulePolish,
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
  channelPolarity,
  channelPolarityMix,
  channelApplication,
  channelGradeMix,
  adapterKeyApc,
  channelEnd,
  cassetteSide,
];


export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);

/*
 * Findings of a large schedule repeat themselves: the same parameters on thousands of rows
 * (every SR4 trunk on MPO-12 says the same thing). Sharing one frozen parameter object and one
 * column list per distinct value keeps a million-row result within memory. Bounded caches,
 * emptied when full, so nothing grows without limit across checks.
 */
const CACHE_LIMIT = 50000;
const sharedParams = new Map<string, object>();
const sharedColumns = new Map<string, readonly string[]>();

function shared<T extends object>(cache: Map<string, object>, key: string, value: T): T {
  const hit = cache.get(key);
  if (hit) return hit as T;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, Object.freeze(value));
  return value;
}

const toFinding = (rule: Rule, row: number, d: Draft<RuleId>): Finding =>
  ({
    rule: rule.id,
    severity: d.severity ?? rule.severity,
    row: d.row ?? row,
    columns: shared(sharedColumns as Map<string, object>, d.columns.join(","), d.columns),
    params: shared(sharedParams, `${rule.id}|${Object.values(d.params).join("\u0001")}`, d.params),
    ...(d.unconfirmed ? { unconfirmed: true } : {}),
    ...(d.assumed ? { assumed: d.assumed } : {}),
    ...(d.assumptionOnly ? { assumptionOnly: true } : {}),
  }) as Finding;

/** The row rules over one row (or a channel standing as one); rows asking the same thing share one answer (src/core/rule-cache.ts). */
export const runRowRules = (ctx: RowContext): Finding[] => cachedRowRules(ctx, ROW_RULE_TIERS);

/** The rules with a row check, in RULES order (looked up once, not per row: a million rows visit each). */
const ROW_RULES: readonly Rule[] = RULES.filter((r) => r.checkRow);

/**
 * Row rules that read the row's length (directly, or through rowChannel) and those that read
 * its myth text: the rule cache keys them on those fields, and every other row rule on the
 * rest of the row only (src/core/rule-cache.ts, RowRuleTiers). A rule that comes to read
 * either field must be listed here: tests/core/rule-cache.test.ts fails until it is.
 */
export const READS_LENGTH: ReadonlySet<RuleId> = new Set<RuleId>(["reach", "reach-margin", "loss-budget", "loss-margin", "os1a-reach", "mtp-vs-mpo", "project-spec"]);
export const READS_TEXT: ReadonlySet<RuleId> = new Set<RuleId>(["mpo-myth"]);
const tierOf = (r: Rule): 0 | 1 | 2 => (READS_TEXT.has(r.id) ? 2 : READS_LENGTH.has(r.id) ? 1 : 0);
const TIER_RULES: readonly (readonly Rule[])[] = [0, 1, 2].map((t) => ROW_RULES.filter((r) => tierOf(r) === t));
/** Each row rule's place in RULES order, for putting the tiers' findings back in that order. */
const PLACE = new Map<string, number>(ROW_RULES.map((r, i) => [r.id, i]));
const YIELDING = new Set<string>(ROW_RULES.filter((r) => r.yieldsToErrors).map((r) => r.id));
const place = (f: Finding): number => PLACE.get(f.rule) ?? -1;

const ROW_RULE_TIERS: RowRuleTiers = {
  run(tier, ctx) {
    const rules = TIER_RULES[tier];
    const out: Finding[] = [];
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      const drafts = rule.checkRow?.(ctx);
      if (!drafts) continue;
      for (let j = 0; j < drafts.length; j++) out.push(toFinding(rule, ctx.row, drafts[j]));
    }
    return out;
  },
  finish([x, y, z]) {
    const n = x.length + y.length + z.length;
    if (n === 0) return [];
    // one tier's findings are already in RULES order; the sort is stable, so each rule's stay in theirs
    const out = n === x.length ? (x as Finding[]) : n === y.length ? (y as Finding[]) : n === z.length ? (z as Finding[]) : x.concat(y, z).sort((f, g) => place(f) - place(g));
    return finished(out, out.some((f) => YIELDING.has(f.rule)));
  },
  all: rowRulesOf,
};

function rowRulesOf(ctx: RowContext): Finding[] {
  const out: Finding[] = [];
  let yielding = false;
  // indexed loops: no iterator objects per rule per row
  for (let i = 0; i < ROW_RULES.length; i++) {
    const rule = ROW_RULES[i];
    const drafts = rule.checkRow?.(ctx);
    if (!drafts) continue;
    for (let j = 0; j < drafts.length; j++) {
      out.push(toFinding(rule, ctx.row, drafts[j]));
      yielding ||= !!rule.yieldsToErrors;
    }
  }
  return finished(out, yielding);
}

/** The steps across a row's rules: advice dropped where an error points at its field, one finding for both ends. */
function finished(out: Finding[], yielding: boolean): Finding[] {
  const kept = yielding ? withoutAdviceOnErrors(out) : out;
  // out is this call's own: it needs no copy when no rule spoke twice
  return kept.length < 2 || !spokeTwice(kept) ? kept : mergeEnds(kept);
}

/** Whether a rule gave two findings (only then can one have said the same of both ends). */
function spokeTwice(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) for (let j = 0; j < i; j++) if (findings[i].rule === findings[j].rule) return true;
  return false;
}

/** Drops the findings of rules that yield to errors where an error already points at the same field. */
function withoutAdviceOnErrors(findings: Finding[]): Finding[] {
  const errorFields = new Set(findings.filter((f) => f.severity === "error").flatMap((f) => f.columns));
  if (!errorFields.size) return findings;
  return findings.filter((f) => !(ruleById(f.rule)?.yieldsToErrors && errorFields.has(f.columns[0])));
}

/**
 * One finding, not two, when a rule says the same thing of both ends of a cable (an MPO-24
 * at A and at B): it becomes one finding for "A and B" concerning both connector columns.
 */
export function mergeEnds(findings: readonly Finding[]): Finding[] {
  // Only a rule that spoke twice can have said the same of both ends.
  const rules = new Set(findings.map((f) => f.rule));
  if (rules.size === findings.length) return [...findings];
  const out: Finding[] = [];
  const at = new Map<string, number>();
  for (const f of findings) {
    const { end, ...rest } = f.params as { end?: End } & Record<string, unknown>;
    if (end !== "A" && end !== "B") {
      out.push(f);
      continue;
    }
    const key = `${f.rule}|${f.severity}|${f.unconfirmed ? 1 : 0}|${f.assumptionOnly ? 1 : 0}|${JSON.stringify(rest)}`;
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push(f);
      continue;
    }
    const prev = out[i];
    const merged = (prev.params as { end: End }).end === end ? prev.params : { ...prev.params, end: "A and B" };
    const assumed = prev.assumed && f.assumed && prev.assumed !== f.assumed ? `${prev.assumed}, and ${f.assumed}` : prev.assumed ?? f.assumed;
    out[i] = { ...prev, params: merged, columns: [...new Set([...prev.columns, ...f.columns])], ...(assumed ? { assumed } : {}) } as Finding;
  }
  return out;
}

/** The pair rules over two cable ends in one adapter; pairs of the same connectors share one answer. */
export const runPairRules = (a: PairSide, b: PairSide): Finding[] => cachedPairRules(a, b, pairRulesOf);

function pairRulesOf(a: PairSide, b: PairSide): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) for (const d of rule.checkPair?.(a, b) ?? []) out.push(toFinding(rule, a.row, d));
  return out;
}

/** The channel rules over one traced channel; a draft without a row lands on every row of the channel. */
export function runChannelRules(ch: ChannelView): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    for (const d of rule.checkChannel?.(ch) ?? []) {
      if (d.row !== undefined) out.push(toFinding(rule, d.row, d));
      else for (const row of ch.rows) out.push(toFinding(rule, row, d));
    }
  }
  return out;
}
