import { type Application, channelBudgetFor, reachFor } from "../catalog/applications";
import { ATTENUATION_DB_PER_KM, FIBER_GRADES, Fiber, FiberGrade, kindOfGrade } from "../catalog/fiber";
import type { Length } from "../fields";
import { perDistinctValue } from "../memo";
import { MATED_PAIR_LOSS_DB, SPLICE_LOSS_DB } from "../catalog/loss-grades";
import type { Sourced } from "../catalog/sources";
import { formatConnector } from "../connector";
import { type End, Finding, RuleId, SEVERITY_RANK, STATUS_RANK, Status, addFinding, applySeverity, bySeverity, statusOf } from "../findings";
import type { ColumnMap, Field } from "../headers";
import { lossMarginDb, roundDb } from "../loss";
import { RULES, runChannelRules, runPairRules, runRowRules } from "../rules";
import { RowIndex } from "../row-index";
import type { EndContext, RowContext } from "../rules/rule";
import type { RowResult } from "../schedule";
import type { ProjectSpec } from "../spec";
import { checkChannelPolarity } from "./channel-polarity-check";
import { isFanOut } from "./facts";
import { endRole } from "./roles";
import { parseAdapter, parseComponent, parseLegMap, parseSequence, traceChannels } from "./trace";
import { cachedChannelVerdict, channelShapeKey } from "./verdict-cache";
import { CACHE_LIMIT } from "../rule-cache";
import type { AdapterAtEnd, ChannelEnd, ChannelRow, ChannelSource, ChannelView, Component, Hop, Junction, LegJudge, PathElement, TracedChannel } from "./types";

/**
 * Row rules whose figures are the channel's, not the cable's: for a row in a traced channel
 * they run once on the whole channel (its summed length, its counted mated pairs) in place of
 * the row's own guess, and their findings land on every row of the channel.
 */
export const CHANNEL_WIDE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(["reach", "reach-margin", "loss-budget", "loss-margin", "os1a-reach"]);

/** Row rules about what an end plugs into: run again at a channel's two ends, where the trace knows the end is at a transceiver. */
const END_RULES: ReadonlySet<RuleId> = new Set<RuleId>(["transceiver-gender", "polish-mating", "connector-family", "mpo-key", "mpo-rows"]);

/** One traced channel as the adapters show it. */
export interface ChannelResult {
  /** The link id, or one made of the two ends' locations. */
  link: string;
  source: ChannelSource;
  status: Status;
  /** Sheet rows, in channel order. */
  rows: number[];
  application?: string;
  lengthM?: number;
  lossDb?: number;
  budgetDb?: number;
  marginDb?: number;
  /** Every finding on the channel's rows, each once, most severe first. */
  findings: Finding[];
  /** The path from start to finish (end, cable, adapter, cable, …, end), the failing elements marked. */
  path: PathElement[];
  /** Where its cables meet, in order: which two ends, and the adapter or transition there (for the BOM). */
  junctions: ChannelJunction[];
  /**
   * Where the cables meet, in channel order: each adapter (one mated pair) and each cassette or
   * conversion module, by an id that is the same in every channel through it, so a cassette the
   * legs of a fan-out share is one element (and one BOM line), not one per leg.
   */
  elements: ChannelElement[];
  /** For a leg of a fan-out (harness or cassette): the part before the split, shared with its sibling legs, and its rows. */
  leg?: { of: string; sharedRows: number[]; pairedBy?: "positions" | "order" };
}

export interface ChannelJunction {
  left: { row: number; end: End };
  right: { row: number; end: End };
  adapter?: AdapterAtEnd;
}

/** An adapter or cassette along a channel. */
export interface ChannelElement {
  id: string;
  kind: "mated-pair" | "cassette" | "conversion-module";
  /** The rows whose ends meet in it (for a cassette row of the schedule, that row too). */
  rows: number[];
  /** The Adapter cell or cassette name, as written. */
  adapter?: string;
}

/** One frozen reading per distinct Adapter cell: a million rows hold a few texts ("Type A", "Type B"), not a million copies. */
const adapterOf = perDistinctValue((v: unknown): AdapterAtEnd | undefined => {
  const a = parseAdapter(v);
  return a && Object.freeze(a);
});

const cellOf = (columns: ColumnMap, cells: readonly unknown[], f: Field): unknown => (columns[f] === undefined ? undefined : cells[columns[f] as number]);

/** Whether a cable end can meet another in the trace: it names a place that is not a transceiver. */
const joinable = (e: EndContext): boolean => !!e.location && !e.atTransceiver;

const PAIR_RULES: ReadonlySet<RuleId> = new Set(RULES.filter((r) => r.checkPair).map((r) => r.id));

/**
 * Collects, during the one pass over the rows, the rows a channel can be made of (a link id,
 * or an end at a panel port), then traces and judges them.
 */
export class ChannelCollector {
  private readonly rows: ChannelRow[] = [];

  constructor(private readonly columns: ColumnMap) {}

  add(ctx: RowContext, cells: readonly unknown[], question?: number): void {
    const columns = this.columns;
    const linkCell = columns.linkId === undefined ? undefined : cells[columns.linkId];
    const link = typeof linkCell === "number" ? String(linkCell) : typeof linkCell === "string" && linkCell.trim() && !linkCell.trim().startsWith("#") ? linkCell.trim().slice(0, 200) : undefined;
    if (link === undefined && !joinable(ctx.a) && !joinable(ctx.b)) return;
    // one shape for every row (no spread of optional fields: each left a temporary object per row);
    // undefined fields are left out of the verdict cache's key as a missing one was
    this.rows.push({
      ctx,
      order: this.rows.length,
      question,
      link,
      sequence: parseSequence(cellOf(columns, cells, "sequence")),
      adapter: adapterOf(cellOf(columns, cells, "adapter")),
      component: parseComponent(cellOf(columns, cells, "component")),
      legMap: parseLegMap(cellOf(columns, cells, "legMap")),
    });
  }

  /** Traces the channels, judges each, lands the findings on their rows; the channels come back worst first. */
  judge(results: RowResult[], spec: ProjectSpec): ChannelResult[] {
    const byRow = new RowIndex(results);
    const out: ChannelResult[] = [];
    const all: Array<TracedChannel | undefined> = traceChannels(this.rows);
    // Each row's context is let go once its channel is judged (judge runs once per check): a
    // million-row schedule would otherwise hold every context and every traced channel until
    // the last channel is done, alongside the results.
    this.rows.length = 0;
    for (let i = 0; i < all.length; i++) {
      const traced = all[i] as TracedChannel;
      all[i] = undefined;
      const shape = channelShapeKey(traced, spec);
      const view = viewOf(traced, spec, shape);
      const channel = { link: view.link, rows: view.rows };
      // Channels of one shape share one verdict, relabelled with their own rows (src/core/rule-cache.ts).
      // The channel's own findings (pairs, ends, reach and loss) apart from the channel rules', which may quote the channel's rows.
      const verdict = cachedChannelVerdict(traced, spec, [() => [...pairFindings(view), ...endFindings(view), ...wideFindings(view)], () => runChannelRules(view)], shape);
      const found: Finding[] = new Array(verdict.length);
      for (let k = 0; k < verdict.length; k++) found[k] = { ...verdict[k], channel } as Finding;
      const members: RowResult[] = [];
      for (const r of view.rows) {
        const m = byRow.get(r);
        if (m) members.push(m);
      }
      // The channel's figures replace the row's own (a guessed mated-pair count, one cable's length).
      if (view.lengthM !== undefined && view.application && view.grade) {
        const replaced = (f: Finding) => CHANNEL_WIDE_RULES.has(f.rule) && !f.channel;
        for (const m of members) if (m.findings.some(replaced)) m.findings = m.findings.filter((f) => !replaced(f));
      }
      // Across a cassette or module the two cable ends do not mate each other (each mates the
      // cassette's own port), whatever pairing the same port text suggested.
      for (const j of view.junctions) {
        if (!j.adapter?.transition) continue;
        for (const [side, other] of [[j.left, j.right], [j.right, j.left]] as const) {
          const m = byRow.get(side.row);
          // A cassette the schedule states replaces the row's reading of a location's name.
          const statedCassette = (f: Finding) => f.rule === "cassette-side" && !j.adapter?.fromName && f.params.end === side.end.end;
          if (m) m.findings = m.findings.filter((f) => !(PAIR_RULES.has(f.rule) && (f.params as { otherRow?: number; end?: string }).otherRow === other.row && (f.params as { end?: string }).end === side.end.end) && !statedCassette(f));
        }
      }
      for (const f of found) {
        const m = byRow.get(f.row);
        if (m && !m.findings.some((g) => sameFinding(g, f))) addFinding(m, f);
      }
      out.push(summarise(view, members, spec));
    }
    return out.sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status]);
  }
}

const sameFinding = (a: Finding, b: Finding): boolean => a.rule === b.rule && a.row === b.row && (a.params === b.params || paramsText(a.params) === paramsText(b.params));

/** Findings share frozen parameter objects (src/core/rules/index.ts): each is written out once. */
const paramsTexts = new WeakMap<object, string>();
function paramsText(params: object): string {
  let t = paramsTexts.get(params);
  if (t === undefined) paramsTexts.set(params, (t = JSON.stringify(params)));
  return t;
}

const NO_SEVERITY: NonNullable<ProjectSpec["severity"]> = Object.freeze({});

function summarise(view: ChannelView, members: readonly RowResult[], spec: ProjectSpec): ChannelResult {
  // a channel has a few findings: each compared with those kept (rule, severity, then
  // parameters), not a key text built per finding and a Set per channel
  const findings: Finding[] = [];
  const severity = spec.severity ?? NO_SEVERITY;
  for (const m of members) {
    for (const f of m.findings) {
      // A trunk shared by the legs of a fan-out carries each leg's findings: only this one's count here.
      if (f.channel && f.channel.link !== view.link) continue;
      const g = applySeverity(f, severity);
      if (!g || findings.some((k) => k.rule === g.rule && k.severity === g.severity && (k.params === g.params || paramsText(k.params) === paramsText(g.params)))) continue;
      findings.push(g);
    }
  }
  if (findings.length > 1) findings.sort(bySeverity);
  const path = pathOf(view, members, spec);
  const ch = view.figures;
  return {
    link: view.link,
    source: view.source,
    status: statusOf(findings),
    rows: view.rows,
    ...(view.application ? { application: view.application.id } : {}),
    ...(view.lengthM !== undefined ? { lengthM: Math.round(view.lengthM * 100) / 100 } : {}),
    // the margin is that of the loss as shown, so the three figures add up
    ...(ch ? { lossDb: roundDb(ch.lossDb), budgetDb: ch.budget.value, marginDb: lossMarginDb(ch.budget.value, ch.lossDb) } : {}),
    findings,
    path,
    junctions: view.junctions.map(junctionOut),
    elements: view.junctions.map((j, k) => elementOut(j, path, k)),
    ...(view.splitFrom !== undefined ? { leg: { of: view.splitFrom, sharedRows: view.rows.slice(view.sharedFrom ?? 0, view.sharedRows ?? 0), ...(view.pairedBy ? { pairedBy: view.pairedBy } : {}) } } : {}),
  };
}

/** A junction as the adapters see it (literals of one shape each: no spread's property store kept per junction). */
function junctionOut(j: Junction): ChannelJunction {
  const left = { row: j.left.row, end: j.left.end.end };
  const right = { row: j.right.row, end: j.right.end.end };
  return j.adapter ? { left, right, adapter: j.adapter } : { left, right };
}

/**
 * An element along the channel: rows as plain literals (a spread in an array literal leaves it
 * 17 slots long, kept per element); without a cassette row, the same two rows as the path's
 * joint there, one array.
 */
function elementOut(j: Junction, path: readonly PathElement[], k: number): ChannelElement {
  const kind = j.adapter?.transition ?? "mated-pair";
  const rows = j.cassetteRow !== undefined ? [j.left.row, j.cassetteRow, j.right.row] : jointRows(path, k, j);
  return j.adapter ? { id: j.element, kind, rows, adapter: j.adapter.text } : { id: j.element, kind, rows };
}

/** The rows of the path's joint at junction j, the one after cable k (the path runs end, cable, joint, cable, …, end). */
function jointRows(path: readonly PathElement[], k: number, j: { left: { row: number }; right: { row: number } }): number[] {
  const joint = path[2 * k + 2];
  return joint && "rows" in joint && joint.rows[0] === j.left.row && joint.rows[1] === j.right.row ? joint.rows : [j.left.row, j.right.row];
}

/** Parsed connectors are shared by the rows with the same text: each is written out once (a path names two per cable). */
const connectorText = perDistinctValue(formatConnector);

/** A path's end: one literal per shape, so that each is an object of its exact size (a spread in a literal leaves a property store besides). */
function endElement(e: ChannelEnd): PathElement {
  const end = e.end.end === "B" ? "B" : "A";
  const location = e.end.location;
  return location ? { kind: "end", row: e.row, end, role: e.kind, location } : { kind: "end", row: e.row, end, role: e.kind };
}

function cableElement(h: Hop, component: Exclude<Component, "cassette">): PathElement {
  const row = h.row.ctx.row;
  const from = h.entry.connector && connectorText(h.entry.connector);
  const to = h.exit.connector && connectorText(h.exit.connector);
  if (from !== undefined) return to !== undefined ? { kind: "cable", row, component, from, to } : { kind: "cable", row, component, from };
  return to !== undefined ? { kind: "cable", row, component, to } : { kind: "cable", row, component };
}

function jointElement(j: Junction): PathElement {
  const kind = j.adapter?.transition === "cassette" ? "cassette" : j.adapter?.transition === "conversion-module" ? "module" : "adapter";
  const rows: [number, number] = [j.left.row, j.right.row];
  return j.adapter?.text ? { kind, rows, text: j.adapter.text } : { kind, rows };
}

/** Whether every member row has a finding of this rule with these parameters (the finding's own row has it). */
function onEveryRow(f: Finding, members: readonly RowResult[]): boolean {
  let text: string | undefined;
  for (const m of members) {
    let has = false;
    for (const g of m.findings) {
      if (g === f || (g.rule === f.rule && (g.params === f.params || paramsText(g.params) === (text ??= paramsText(f.params))))) {
        has = true;
        break;
      }
    }
    if (!has) return false;
  }
  return true;
}

/** The channel's elements in order (end, cable, joint, cable, …, end), each marked with the findings that concern it alone. */
function pathOf(view: ChannelView, members: readonly RowResult[], spec: ProjectSpec): PathElement[] {
  const hops = view.hops;
  const joints = Math.min(view.junctions.length, hops.length - 1);
  // an array of its exact size (one grown by push holds 17 slots, kept with every channel)
  const path: PathElement[] = new Array(hops.length + joints + 2);
  path[0] = endElement(view.start);
  let at = 1;
  /** Where cable k and the joint after it are in the path. */
  const cableAt = (k: number) => (k <= joints ? 2 * k + 1 : joints + k + 1);
  for (let k = 0; k < hops.length; k++) {
    const h = hops[k];
    const c = h.row.component;
    const component = c && c !== "cassette" ? c : isFanOut(h) ? "harness" : k === 0 || k === hops.length - 1 ? "cord" : "trunk";
    path[at++] = cableElement(h, component);
    if (k < joints) path[at++] = jointElement(view.junctions[k]);
  }
  path[at] = endElement(view.finish);
  const mark = (el: PathElement, f: Finding) => {
    if (!el.severity || SEVERITY_RANK[f.severity] > SEVERITY_RANK[el.severity]) el.severity = f.severity;
    if (!(el.rules ??= []).includes(f.rule)) el.rules.push(f.rule);
  };
  // Most channels of a large schedule have no finding to mark (nothing more to build).
  if (!members.some((m) => m.findings.length)) return path;
  const severity = spec.severity ?? NO_SEVERITY;
  for (const m of members) {
    for (const found of m.findings) {
      // a shared trunk's findings of a sibling leg are not this path's
      if (found.channel && found.channel.link !== view.link) continue;
      const f = applySeverity(found, severity);
      // A finding the same on every row of the channel is about the whole channel, not one element
      // (asked only of the findings marked here: a Map and Set per channel over every finding were
      // most of a fan-out schedule's judging).
      if (!f || (members.length > 1 && onEveryRow(found, members))) continue;
      const p = f.params as { otherRow?: number; end?: string };
      const joint = p.otherRow !== undefined ? view.junctions.findIndex((j) => (j.left.row === f.row && j.right.row === p.otherRow) || (j.right.row === f.row && j.left.row === p.otherRow)) : -1;
      if (joint >= 0) {
        mark(path[cableAt(joint) + 1], f);
        continue;
      }
      const atEnd = [view.start, view.finish].find((e) => END_RULES.has(f.rule) && e.kind !== "open" && e.row === f.row && (p.end === e.end.end || p.end === "A and B"));
      if (atEnd) {
        mark(path[atEnd === view.start ? 0 : path.length - 1], f);
        continue;
      }
      const k = view.hops.findIndex((h) => h.row.ctx.row === f.row);
      if (k >= 0) mark(path[cableAt(k)], f);
    }
  }
  return path;
}

function channelEnd(h: Hop, end: EndContext): ChannelEnd {
  const role = endRole(end);
  const kind = role.role === "equipment" ? "equipment" : role.role === "panel" ? "open" : "inferred-equipment";
  return { row: h.row.ctx.row, end, role, kind };
}

/** The facts every channel rule needs, computed once. */
const LEG_JUDGE: LegJudge = Object.freeze({ channelPolarity: checkChannelPolarity });

/** The view's figures that follow from the channel's shape alone (its rows' questions, not its rows or places). */
interface ShapeFigures {
  readonly application?: Application;
  readonly grade?: FiberGrade;
  readonly grades: FiberGrade[];
  readonly lengthM?: number;
  readonly figures?: ChannelView["figures"];
  readonly assumedPairs: number;
}

/**
 * ShapeFigures per channel shape: the verdict cache's key (channels/verdict-cache.ts channelKey:
 * each row's question, which covers its application, fiber, length to the millimetre, splices,
 * pair loss and loss grade; which way each is walked; its adapters and the trace's fields) and
 * the two ends' kinds (read partly from a location's name, which a question leaves out).
 */
const shapeFigures = new Map<string, ShapeFigures>();

function viewOf(traced: TracedChannel, spec: ProjectSpec, shape: string | undefined): ChannelView {
  const hops = traced.hops;
  const first = hops[0];
  const last = hops[hops.length - 1];
  const start = channelEnd(first, first.entry);
  const finish = channelEnd(last, last.exit);
  const rows: number[] = new Array(hops.length);
  for (let k = 0; k < hops.length; k++) rows[k] = hops[k].row.ctx.row;
  // One literal of one shape, holding the trace by its fields (a spread of the traced channel,
  // whose optional fields differ from channel to channel, was a fifth of the judge's time).
  const view: ChannelView = {
    link: traced.link,
    source: traced.source,
    hops,
    junctions: traced.junctions,
    splitFrom: traced.splitFrom,
    sharedRows: traced.sharedRows,
    legs: traced.legs,
    pairedBy: traced.pairedBy,
    cassettePorts: traced.cassettePorts,
    cassettePort: traced.cassettePort,
    sharedFrom: traced.sharedFrom,
    rows,
    start,
    finish,
    application: undefined,
    grade: undefined,
    grades: NO_GRADES,
    lengthM: undefined,
    figures: undefined,
    assumedPairs: 0,
    legJudge: LEG_JUDGE,
  };
  const key = shape === undefined ? undefined : `${start.kind}|${finish.kind}|${shape}`;
  let f = key === undefined ? undefined : shapeFigures.get(key);
  if (!f) {
    f = figuresOfShape(view, spec);
    if (key !== undefined) {
      if (shapeFigures.size >= CACHE_LIMIT) shapeFigures.clear();
      shapeFigures.set(key, f);
    }
  }
  view.application = f.application;
  view.grade = f.grade;
  view.grades = f.grades;
  view.lengthM = f.lengthM;
  view.figures = f.figures;
  view.assumedPairs = f.assumedPairs;
  return view;
}

const NO_GRADES: FiberGrade[] = Object.freeze([]) as unknown as FiberGrade[];

/** The view's application, grades, summed length and loss figures, from its hops and ends (frozen: channels of a shape share them). */
function figuresOfShape(view: ChannelView, spec: ProjectSpec): ShapeFigures {
  const hops = view.hops;
  const leg = view.splitFrom === undefined ? NO_LEG : legApplications(view);
  let own = leg.own ?? hops[0].row.ctx.application ?? hops[hops.length - 1].row.ctx.application;
  const grades: FiberGrade[] = [];
  let lengthM: number | undefined = 0;
  for (let k = 0; k < hops.length; k++) {
    const ctx = hops[k].row.ctx;
    own ??= ctx.application;
    const metres = ctx.length?.metres;
    lengthM = metres === undefined || lengthM === undefined ? undefined : lengthM + metres;
  }
  for (const h of hops) {
    const g = h.row.ctx.fiber?.grade;
    if (g && !grades.includes(g) && (!own || kindOfGrade(g) === own.fiberKind)) grades.push(g);
  }
  // The worst grade is the lowest in the catalog's order (OM3 before OM4, OS1a before OS2).
  const grade = grades.length ? grades.reduce((w, g) => (FIBER_GRADES.indexOf(g) < FIBER_GRADES.indexOf(w) ? g : w)) : undefined;
  const application = own && leg.parent && grade ? stricter(own, leg.parent, grade) : own;
  view.application = application;
  view.grade = grade;
  view.lengthM = lengthM;
  const figures = figuresOf(view, spec);
  return Object.freeze({
    application,
    grade,
    grades: Object.freeze(grades) as FiberGrade[],
    lengthM,
    figures: figures && Object.freeze(figures.channel),
    assumedPairs: figures ? figures.assumedPairs : 0,
  });
}

const NO_LEG: { own?: Application; parent?: Application } = Object.freeze({});

/**
 * A leg of a fan-out is judged at its own rows' application (the rows after the split, its end
 * first): a 400GBASE-DR4 port broken out to 100GBASE-DR legs is a 100GBASE-DR channel on each
 * leg. `parent` is the parallel PMD the part before the split names where the leg's is its
 * published breakout (applications catalog, `breakout`).
 */
function legApplications(traced: TracedChannel): { own?: Application; parent?: Application } {
  if (traced.splitFrom === undefined) return {};
  const shared = traced.sharedRows ?? 0;
  let own: Application | undefined;
  for (let k = traced.hops.length - 1; k >= shared && !own; k--) own = traced.hops[k].row.ctx.application;
  if (!own) return {};
  const parent = traced.hops.slice(0, shared).find((h) => h.row.ctx.application?.breakout?.to === own.id)?.row.ctx.application;
  return { own, ...(parent ? { parent } : {}) };
}

/**
 * The leg's channel joins two transceivers (the parallel port's lane and the leg's port) and must
 * meet both: reach and loss are judged at the one with the smaller budget at the grade (the
 * leg's own where they tie, or where a budget is not in the catalog).
 */
function stricter(own: Application, parent: Application, grade: FiberGrade): Application {
  const a = channelBudgetFor(own, grade)?.value;
  const b = channelBudgetFor(parent, grade)?.value;
  const ra = reachFor(own, grade)?.value;
  const rb = reachFor(parent, grade)?.value;
  if (a === undefined || b === undefined) return own;
  return b < a || (b === a && ra !== undefined && rb !== undefined && rb < ra) ? parent : own;
}

const lowLoss = (end: EndContext, ctx: RowContext): boolean => !!end.connector?.lowLoss || ctx.lossGrade === "low-loss";

/**
 * Channel insertion loss as IEEE counts it: every length at its grade's attenuation, every
 * mated pair between two cables (a cassette or module: its own loss when the spec gives one,
 * else its two mated pairs) and every splice. The connections into the two transceivers are in
 * the transceiver's own budget, so they are not counted.
 */
function figuresOf(view: ChannelView, spec: ProjectSpec): { channel: NonNullable<ChannelView["figures"]>; assumedPairs: number } | undefined {
  const { application, grade, lengthM } = view;
  if (!application || !grade || lengthM === undefined) return undefined;
  const budget = channelBudgetFor(application, grade);
  if (!budget) return undefined;
  let confirmed = budget.confirmed;
  let fiberDb = 0;
  for (const h of view.hops) {
    const att = ATTENUATION_DB_PER_KM[h.row.ctx.fiber?.grade ?? grade];
    fiberDb += ((h.row.ctx.length?.metres ?? 0) / 1000) * att.value;
    confirmed &&= att.confirmed;
  }
  // the rows' contexts by row number (a channel has a few hops: no map needed)
  const rowOf = { get: (row: number) => view.hops.find((h) => h.row.ctx.row === row)?.row.ctx };
  const standard: Sourced<number> = spec.pairLossDb !== undefined ? { ...MATED_PAIR_LOSS_DB.standard, value: spec.pairLossDb, confirmed: true } : MATED_PAIR_LOSS_DB.standard;
  let pairs = 0;
  let connectionsDb = 0;
  for (const j of view.junctions) {
    const l = rowOf.get(j.left.row) as RowContext;
    const r = rowOf.get(j.right.row) as RowContext;
    const stated = Math.max(l.pairLossDb ?? -1, r.pairLossDb ?? -1);
    const pair = stated >= 0 ? { value: stated, confirmed: true } : spec.pairLossDb !== undefined ? standard : MATED_PAIR_LOSS_DB[lowLoss(j.left.end, l) && lowLoss(j.right.end, r) ? "low-loss" : "standard"];
    // A cassette or module: its MPO mated pair, its LC (or second MPO) mated pair, and its own loss where the spec gives one.
    const n = j.adapter?.transition ? 2 : 1;
    pairs += n;
    connectionsDb += n * pair.value + (j.adapter?.transition ? spec.cassetteLossDb ?? 0 : 0);
    confirmed &&= pair.confirmed;
  }
  const cassettesDb = view.junctions.filter((j) => j.adapter?.transition).length * (spec.cassetteLossDb ?? 0);
  const assumedPairs = [view.start, view.finish].filter((e) => e.kind === "open").length;
  const assumedDb = assumedPairs * standard.value;
  const splices = view.hops.reduce((s, h) => s + (h.row.ctx.splices ?? 0), 0);
  const splicesDb = splices * SPLICE_LOSS_DB.value;
  if (splices) confirmed &&= SPLICE_LOSS_DB.confirmed;
  const knownDb = fiberDb + connectionsDb + splicesDb;
  // A loss over budget only because of an assumed pair is a warning, never an error.
  if (assumedPairs && knownDb <= budget.value + 1e-9) confirmed = false;
  const matedPairs = pairs + assumedPairs;
  return {
    assumedPairs,
    channel: {
      grade,
      budget,
      lossDb: knownDb + assumedDb,
      matedPairs,
      pairLossDb: matedPairs ? roundDb((connectionsDb - cassettesDb + assumedDb) / matedPairs) : 0,
      splices,
      pairsAssumed: assumedPairs > 0,
      fiberDb,
      splicesDb,
      confirmed,
    },
  };
}

const fiberOfGrade = (() => {
  const fibers = new Map<FiberGrade, Fiber>();
  return (grade: FiberGrade): Fiber => {
    let f = fibers.get(grade);
    if (!f) fibers.set(grade, (f = Object.freeze({ kind: kindOfGrade(grade), grade })));
    return f;
  };
})();
const lengthInMetres = perDistinctValue((metres: number): Length => Object.freeze({ metres, unit: "m", assumedUnit: false }));

/** A context standing for the whole channel: its two ends, worst grade, summed length and counted figures. */
function channelContext(view: ChannelView, startActive: boolean, finishActive: boolean): RowContext {
  const base = view.hops[0].row.ctx;
  // one fiber and one length object per distinct value, so that the rule cache knows them again
  return {
    ...base,
    row: view.start.row,
    a: { ...view.start.end, atTransceiver: startActive },
    b: { ...view.finish.end, atTransceiver: finishActive },
    fiber: view.grade ? fiberOfGrade(view.grade) : base.fiber,
    length: view.lengthM !== undefined ? lengthInMetres(view.lengthM) : undefined,
    application: view.application,
    polarity: undefined,
    matedPairs: view.figures?.matedPairs,
    splices: view.figures?.splices,
    pairLossDb: undefined,
    lossGrade: undefined,
    text: "",
    channel: view.figures,
  };
}

/** Gender, polish, key and array size at every adapter between two cables (not across a cassette: each side mates the cassette's own port). */
function pairFindings(view: ChannelView): Finding[] {
  const out: Finding[] = [];
  for (const j of view.junctions) {
    const a = j.left.end.connector;
    const b = j.right.end.connector;
    if (j.adapter?.transition || !a || !b) continue;
    out.push(...runPairRules({ row: j.left.row, end: j.left.end.end, field: j.left.end.field, connector: a }, { row: j.right.row, end: j.right.end.end, field: j.right.end.field, connector: b }));
  }
  return out;
}

/** The end rules at each transceiver end; at an end only inferred to be one, an error is a warning. */
function endFindings(view: ChannelView): Finding[] {
  const out: Finding[] = [];
  for (const e of [view.start, view.finish]) {
    if (e.kind === "open") continue;
    const ctx = channelContext(view, e === view.start, e === view.finish);
    for (const f of runRowRules(ctx)) {
      if (!END_RULES.has(f.rule)) continue;
      out.push({ ...f, row: e.row, ...(e.kind === "inferred-equipment" && f.severity === "error" ? { severity: "warning" } : {}) } as Finding);
    }
  }
  return out;
}

/** Reach and loss of the whole channel, on every row of it. */
function wideFindings(view: ChannelView): Finding[] {
  if (view.lengthM === undefined || !view.application || !view.grade) return [];
  const ctx = channelContext(view, view.start.kind !== "open", view.finish.kind !== "open");
  return runRowRules(ctx)
    .filter((f) => CHANNEL_WIDE_RULES.has(f.rule))
    .flatMap((f) => view.rows.map((row) => ({ ...f, row }) as Finding));
}

