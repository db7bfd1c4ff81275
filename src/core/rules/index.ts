import type { Finding } from "../findings";
import type { Draft, PairRule, PairSide, RowContext, RowRule, Rule } from "./rule";

/** Every rule, one module each (src/core/rules/<id>.ts). */
export const RULES: readonly Rule[] = [];

const rowRules = () => RULES.filter((r): r is RowRule => r.scope === "row");
const pairRules = () => RULES.filter((r): r is PairRule => r.scope === "mated-pair");

export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);

const toFinding = (rule: Rule, row: number, d: Draft<any>): Finding => // eslint-disable-line @typescript-eslint/no-explicit-any
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
  for (const rule of rowRules()) for (const d of rule.check(ctx)) out.push(toFinding(rule, ctx.row, d));
  return out;
}

export function runPairRules(a: PairSide, b: PairSide): Finding[] {
  const out: Finding[] = [];
  for (const rule of pairRules()) for (const d of rule.check(a, b)) out.push(toFinding(rule, a.row, d));
  return out;
}
