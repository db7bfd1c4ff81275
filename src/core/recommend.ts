import { Application, channelBudgetFor, mdiPolishFor, reachFor, reachVerdict } from "./catalog/applications";
import { FiberGrade, kindOfGrade } from "./catalog/fiber";
import { DEFAULT_MATED_PAIRS, MATED_PAIR_LOSS_DB } from "./catalog/loss-grades";
import { Connector, formatConnector, isArray, keyForCount } from "./connector";
import type { Priority } from "./fields";
import { channelLoss, lossMarginDb, roundDb } from "./loss";

export interface RecommendInput {
  application: Application;
  grade?: FiberGrade;
  lengthM?: number;
  /** Mated pairs in the channel; default 2 (a patch panel at each end). */
  matedPairs?: number;
  /** performance (default), cost or density. */
  priority?: Priority;
  /** dB per standard-grade mated pair; default the TIA maximum 0.75 dB. */
  pairLossDb?: number;
  /** The project spec's polish for multimode modules sold with UPC and with APC receptacles. */
  multimodePolish?: "UPC" | "APC";
}

export type Recommendation =
  | {
      ok: true;
      /** The connector of the cord that plugs into the transceiver (female for MPO/MTP: the MDI is pinned). */
      connector: Connector;
      connectorText: string;
      polarity: string;
      lossDb?: number;
      budgetDb?: number;
      marginDb?: number;
      why: string[];
      /** Modules are sold with UPC and with APC receptacles and nothing pins which: the text says "UPC or APC". */
      polishOpen?: boolean;
      /** Said alongside the answer, not a refusal: e.g. a length beyond the OS1a informative range. */
      warnings?: string[];
    }
  | { ok: false; reason: string };

/** Array connector size for an application's lit fibers: 8 → MPO-12, 16 → MPO-16, 20 → MPO-24. */
export const arrayCountFor = (fibersUsed: number): number => (fibersUsed <= 8 ? 12 : fibersUsed <= 16 ? 16 : 24);

/**
 * What recommend decides before it looks at the length (the same for every length): a refusal
 * (wrong fiber kind, no reach on the grade), or the interface's connector and polarity. A
 * schedule check works this out once per distinct question without its length and the
 * length's part (recommendAt) per row.
 */
export type RecommendPlan =
  | { readonly ok: false; readonly reason: string }
  | {
      readonly ok: true;
      readonly input: Readonly<Omit<RecommendInput, "lengthM">>;
      readonly priority: Priority;
      /** A duplex application on an LC interface (else an array one). */
      readonly duplex: boolean;
      /** Array positions (arrays only). */
      readonly count: number;
      readonly polish: Connector["polish"];
      readonly polarity: string;
    };

/** The part of recommend that does not depend on the length (see RecommendPlan). */
export function recommendPlan(input: Omit<RecommendInput, "lengthM">): RecommendPlan {
  const app = input.application;
  if (input.grade && kindOfGrade(input.grade) !== app.fiberKind) {
    return { ok: false, reason: `${app.id} runs on ${app.fiberKind === "MMF" ? "multimode" : "single-mode"} fiber, not ${input.grade}` };
  }
  // A grade the application has no reach on (OM2 for 100GBASE-SR4) gets no connector, with or without a length.
  const reach = input.grade ? reachFor(app, input.grade) : undefined;
  if (input.grade && !reach) return { ok: false, reason: `no ${app.id} reach on ${input.grade} in the catalog` };
  const priority = input.priority ?? "performance";
  if (app.signal === "duplex" || app.mdi.family === "LC") {
    return { ok: true, input, priority, duplex: true, count: 2, polish: mdiPolishFor(app)?.value, polarity: "A-to-B duplex" };
  }
  const polish = app.fiberKind === "SMF" ? "APC" : mdiPolishFor(app, { multimodePolish: input.multimodePolish })?.value;
  // Method B needs key-up to key-up adapters, which angled (APC) end faces cannot use; Method A suits either polish.
  return { ok: true, input, priority, duplex: false, count: arrayCountFor(app.fibersUsed), polish, polarity: polish === "UPC" ? "Method B" : "Method A" };
}

type LossFigures = { lossDb?: number; budgetDb?: number; marginDb?: number };

/** What the length decides of a plan: a refusal, or the grade of connection and the loss figures. */
export type LengthOutcome =
  | { readonly ok: false; readonly reason: string }
  | {
      readonly ok: true;
      /** MTP low-loss (arrays; false for duplex). */
      readonly lowLoss: boolean;
      readonly figures: LossFigures;
      /** Why the length fits its reach (when there is a length and a grade). */
      readonly reachWhy?: string;
      /** Why low-loss was taken although the priority would not (standard grade over budget). */
      readonly budgetWhy?: string;
      /** Beyond the OS1a informative range. */
      readonly warning?: string;
    };

/** The length's part of recommend: its reach and loss figures over a plan. */
export function recommendAt(plan: Extract<RecommendPlan, { ok: true }>, lengthM: number | undefined): LengthOutcome {
  const { input, priority } = plan;
  const app = input.application;
  const grade = input.grade;
  let warning: string | undefined;
  let reachWhy: string | undefined;
  // The row check's policy: beyond the operating range is out of reach; beyond the OS1a informative range, a warning.
  const verdict = grade && lengthM !== undefined ? reachVerdict(app, grade, lengthM) : undefined;
  if (verdict && lengthM !== undefined) {
    if (verdict.status === "beyond") {
      return { ok: false, reason: `${fmt(lengthM)} m exceeds the ${fmt(verdict.reach.value)} m reach of ${app.id} on ${grade}` };
    }
    if (verdict.status === "beyond-informative") {
      warning = `${fmt(lengthM)} m on ${grade} is beyond the ${fmt(verdict.informative.value)} m informative range of ${app.id} for 1.0 dB/km fiber`;
    }
    reachWhy = `${fmt(lengthM)} m is within the ${fmt(verdict.reach.value)} m reach on ${grade}`;
  }
  const standardPair = input.pairLossDb ?? MATED_PAIR_LOSS_DB.standard.value;
  if (plan.duplex) {
    const figures = lossFigures(input, lengthM, standardPair);
    if (overBudget(input, lengthM, standardPair)) {
      return { ok: false, reason: `connections at ${standardPair} dB per mated pair give ${figures.lossDb} dB, over the ${figures.budgetDb} dB budget of ${app.id}` };
    }
    return { ok: true, lowLoss: false, figures, reachWhy, warning };
  }
  const lowLossPair = MATED_PAIR_LOSS_DB["low-loss"].value;
  let lowLoss = priority === "performance";
  let budgetWhy: string | undefined;
  let figures = lossFigures(input, lengthM, lowLoss ? lowLossPair : standardPair);
  if (figures.budgetDb !== undefined && figures.marginDb !== undefined) {
    const std = lossFigures(input, lengthM, standardPair);
    const ll = lossFigures(input, lengthM, lowLossPair);
    if (overBudget(input, lengthM, lowLossPair)) {
      return { ok: false, reason: `even low-loss connections give ${ll.lossDb} dB, over the ${ll.budgetDb} dB budget of ${app.id}` };
    }
    if (!lowLoss && overBudget(input, lengthM, standardPair)) {
      lowLoss = true;
      budgetWhy = `standard-grade connections (${standardPair} dB per pair) would give ${std.lossDb} dB, over the ${std.budgetDb} dB budget; low-loss fits`;
    }
    figures = lowLoss ? ll : std;
  }
  return { ok: true, lowLoss, figures, reachWhy, budgetWhy, warning };
}

/**
 * The connector and polarity for an application. Priority performance gives MTP low-loss;
 * cost and density give generic MPO unless standard-grade connections would overrun the
 * loss budget at that length while low-loss ones fit. No answer when the length exceeds the
 * reach or neither grade fits the budget.
 */
export function recommend(input: RecommendInput): Recommendation {
  const plan = recommendPlan(input);
  return plan.ok ? recommendationOf(plan, recommendAt(plan, input.lengthM)) : plan;
}

/** A plan and its length's outcome as one recommendation. */
export function recommendationOf(plan: Extract<RecommendPlan, { ok: true }>, at: LengthOutcome): Recommendation {
  if (!at.ok) return at;
  const app = plan.input.application;
  const why: string[] = [];
  if (at.reachWhy !== undefined) why.push(at.reachWhy);
  const extra = at.warning !== undefined ? { warnings: [at.warning] } : {};
  if (plan.duplex) {
    const connector: Connector = { family: "LC", ...(plan.polish ? { polish: plan.polish } : {}), duplex: true, fiberCount: 2 };
    why.push(`${app.id} is a duplex application on an LC interface`);
    return { ok: true, connector, connectorText: formatConnector(connector), polarity: plan.polarity, why, ...at.figures, ...extra };
  }
  const { count, polish, priority } = plan;
  const lowLoss = at.lowLoss;
  if (!polish) {
    why.push(`${app.id} modules are sold with UPC and with APC MPO receptacles: match the module's datasheet (Method A suits either)`);
  }
  if (at.budgetWhy !== undefined) why.push(at.budgetWhy);
  why.push(
    lowLoss
      ? priority === "performance"
        ? "MTP low-loss for performance: the floating ferrule and elliptical guide pins keep the mating stable, the low-loss grade lowers the loss per mated pair"
        : "MTP low-loss because the budget is tight"
      : `generic MPO for ${priority}: the budget has room`,
  );
  const connector: Connector = {
    family: lowLoss ? "MTP" : "MPO",
    fiberCount: count,
    ...(lowLoss ? { lowLoss: true } : {}),
    ...(polish ? { polish } : {}),
    gender: "female",
    ...(count === 16 ? { key: "offset" as const } : { key: "centre" as const }),
  };
  why.push(`female: the transceiver's MPO interface is pinned`);
  if (count > app.fibersUsed) why.push(`${app.fibersUsed} of ${count} positions lit`);
  const open = polish ? {} : { polishOpen: true };
  return { ok: true, connector, connectorText: connectorWording(connector, !polish), polarity: plan.polarity, why, ...at.figures, ...open, ...extra };
}

/** Canonical connector text; where the polish is open, "UPC or APC" in its place. */
function connectorWording(c: Connector, polishOpen: boolean | undefined): string {
  if (!polishOpen || c.polish) return formatConnector(c);
  return formatConnector({ ...c, polish: "UPC" }).replace(/([ /])UPC\b/, "$1UPC or APC");
}

/**
 * The transceiver's own interface (CONNECTOR.MDI), as the row check knows it: the catalog's
 * family and positions, pinned for MPO/MTP (the cord into it is female, R3), and the catalog's
 * polish, both where modules are sold with UPC and with APC receptacles.
 */
export function transceiverInterface(app: Application): { connector: Connector; text: string; polishOpen: boolean } {
  const polish = mdiPolishFor(app)?.value;
  const { family, positions } = app.mdi;
  const key = keyForCount(positions);
  const connector: Connector =
    family === "MPO"
      ? { family, fiberCount: positions, ...(polish ? { polish } : {}), gender: "male", ...(key ? { key } : {}) }
      : { family, fiberCount: 2, ...(polish ? { polish } : {}), duplex: true };
  return { connector, text: connectorWording(connector, !polish), polishOpen: !polish };
}

function lossFigures(input: Omit<RecommendInput, "lengthM">, lengthM: number | undefined, pairLossDb: number): LossFigures {
  if (!input.grade || lengthM === undefined) return {};
  const budget = channelBudgetFor(input.application, input.grade);
  const loss = channelLoss({ grade: input.grade, lengthM, matedPairs: input.matedPairs ?? DEFAULT_MATED_PAIRS, pairLossDb });
  if (!budget) return { lossDb: roundDb(loss.totalDb) };
  return { lossDb: roundDb(loss.totalDb), budgetDb: budget.value, marginDb: lossMarginDb(budget.value, loss.totalDb) };
}

/**
 * Whether the channel overruns the budget. Compared before rounding: a loss 0.004 dB over
 * would round to a margin of 0.00 and pass.
 */
function overBudget(input: Omit<RecommendInput, "lengthM">, lengthM: number | undefined, pairLossDb: number): boolean {
  if (!input.grade || lengthM === undefined) return false;
  const budget = channelBudgetFor(input.application, input.grade);
  if (!budget) return false;
  const loss = channelLoss({ grade: input.grade, lengthM, matedPairs: input.matedPairs ?? DEFAULT_MATED_PAIRS, pairLossDb });
  return loss.totalDb > budget.value + 1e-9;
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * What a cable end plugs into, for recommending its connector: a transceiver (the cord end
 * is female: the MPO interface is pinned), a panel adapter (the trunk end is pinned, so female
 * cords serve both sides: common practice, fact sheet §1.4), a cassette (its rear is pinned, so
 * the trunk end is female), a breakout leg (duplex LC into
 * the lower-speed optic), or not known (taken as a cord end).
 */
export type EndKind = "transceiver" | "panel" | "cassette" | "breakout-leg" | "unknown";

/**
 * What the row already has that the recommendation keeps, so it does not contradict a row
 * that is right: the array family (MPO or MTP) of a row with no error on its connectors, the
 * array size of a row with no finding on them (a Base-8 row is not told MTP-12), the polarity
 * a row states when no polarity rule objects.
 */
export interface RowChoices {
  family?: "MPO" | "MTP";
  fiberCount?: number;
  polarity?: string;
}

/** The connector to recommend at one end of a cable, from the recommendation for its application. */
export function connectorForEnd(r: Extract<Recommendation, { ok: true }>, app: Application, kind: EndKind, keep: RowChoices = {}): Connector {
  if (kind === "breakout-leg") {
    return { family: "LC", polish: "UPC", duplex: true, fiberCount: 2, legs: app.breakout?.ports ?? Math.ceil(app.fibersUsed / 2) };
  }
  let c = r.connector;
  if (isArray(c)) {
    if (keep.family) c = { ...c, family: keep.family };
    if (keep.fiberCount !== undefined && keep.fiberCount >= app.fibersUsed) {
      const key = keyForCount(keep.fiberCount);
      c = { ...c, fiberCount: keep.fiberCount, ...(key ? { key } : {}) };
    }
  }
  if (kind === "panel" && isArray(c)) return { ...c, gender: "male" };
  // A cassette's rear is pinned as cassettes are made (rule cassette-side), so the trunk into it is not.
  if (kind === "cassette" && isArray(c)) return { ...c, gender: "female" };
  return c;
}

/**
 * One line for a cell: "MTP-12 low-loss APC female, Method A, margin 1.25 dB"; with ends that
 * differ, "A: MTP-12 low-loss UPC female, B: MTP-12 low-loss UPC male, Method B"; or "none: <reason>".
 */
export function recommendationText(r: Recommendation, ends?: { app: Application; a: EndKind; b: EndKind; keep?: RowChoices }): string {
  if (!r.ok) return `none: ${r.reason}`;
  return recommendationHead(r, ends) + recommendationTail(r.marginDb, r.warnings);
}

/** The text's connectors and polarity: what a plan and its grade of connection (lowLoss) decide, not the length. */
export function recommendationHead(r: Extract<Recommendation, { ok: true }>, ends?: { app: Application; a: EndKind; b: EndKind; keep?: RowChoices }): string {
  const parts: string[] = [];
  if (ends) {
    const a = connectorWording(connectorForEnd(r, ends.app, ends.a, ends.keep), r.polishOpen);
    const b = connectorWording(connectorForEnd(r, ends.app, ends.b, ends.keep), r.polishOpen);
    parts.push(...(a === b ? [a] : [`A: ${a}`, `B: ${b}`]));
  } else parts.push(r.connectorText);
  parts.push(ends?.keep?.polarity ?? r.polarity);
  return parts.join(", ");
}

/** The text's length part: the margin and the warnings, each after ", ". */
export function recommendationTail(marginDb: number | undefined, warnings: readonly string[] | undefined): string {
  let out = marginDb !== undefined ? `, margin ${marginDb.toFixed(2)} dB` : "";
  if (warnings) for (const w of warnings) out += `, warning: ${w}`;
  return out;
}
