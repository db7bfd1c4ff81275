import { type Finding, NO_FINDINGS } from "./findings";
import { roleAssumption } from "./ends";
import { HitRate } from "./memo";
import type { EndContext, PairSide, RowContext } from "./rules/rule";

/**
 * Rule results per distinct question. A large schedule asks the same thing on thousands of
 * rows (every 400GBASE-DR4 spine cord on MTP-8 APC): the rules run once per distinct row
 * content, and each row gets those findings relabelled with its own row number. A row is
 * keyed by everything the row rules read (its typed fields, its ends' roles, the spec), not
 * by its row number, cable ID or location text: the rules read a location only for whether
 * there is one and, through transceiverAssumption, to quote it in a finding's assumption,
 * which the relabelling puts back. A result that quotes the row or location anywhere else is
 * not kept (it is worked out again for each row), so a new rule can only make the cache miss,
 * never lend one row's finding to another.
 *
 * Module-level and bounded like the shared parameters in rules/index.ts: emptied when full.
 */

/**
 * Switch for tests that compare the cached engine against the rules run on every row, and how
 * many channels took a verdict worked out on another channel of their shape (for those tests).
 */
export const ruleCaching = { enabled: true, sharedChannelVerdicts: 0 };

export const CACHE_LIMIT = 100000;
/** Beyond Excel's 1,048,576 rows: a row number no schedule has. */
const SENTINEL_ROW = 2000000001;
const SENTINEL_OTHER_ROW = 2000000002;
/** Stands for an end's location text while the rules run for a whole class of rows. */
const LOCATION_MARK = { a: "\u0000location of end a\u0000", b: "\u0000location of end b\u0000" } as const;

/* ---------- content ids for the parsed values a row holds ---------- */

const idOfObject = new WeakMap<object, number>();
const idOfContent = new Map<string, number>();
let nextId = 1;

export const numberSafe = (_k: string, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? `#${v}` : v);

/**
 * One small number per distinct content: parsed connectors, fibers, applications, the spec.
 * Each object is serialised once (the parse memo hands the same object to every row with the
 * same text); ids are never reused, so emptying the table can only cause misses.
 */
export function contentId(o: object): number {
  let id = idOfObject.get(o);
  if (id !== undefined) return id;
  // A replacer slows JSON.stringify several times over; it is needed only where a non-finite
  // number would print as null, so the plain text is tried first.
  let json = JSON.stringify(o);
  if (json.includes("null")) json = JSON.stringify(o, numberSafe);
  id = idOfContent.get(json);
  if (id === undefined) {
    if (idOfContent.size >= CACHE_LIMIT) idOfContent.clear();
    id = nextId++;
    idOfContent.set(json, id);
  }
  idOfObject.set(o, id);
  return id;
}

export function part(v: unknown): string {
  switch (typeof v) {
    case "undefined":
      return "u";
    case "string":
      // length-prefixed, so that no text can imitate a separator
      return `s${v.length}:${v}`;
    case "number":
      return `n${v}`;
    case "boolean":
      return v ? "T" : "F";
    case "object":
      return v === null ? "N" : `o${contentId(v)}`;
    default:
      return `?${String(v)}`;
  }
}

/** A short code per field name, so that keys stay short (every row's key is hashed). */
const nameCodes = new Map<string, string>();
export function nameCode(name: string): string {
  let c = nameCodes.get(name);
  if (c === undefined) nameCodes.set(name, (c = `${nameCodes.size.toString(36)}=`));
  return c;
}

/** Ends whose location text a rule reads beyond the role: a transition (cassette-side reads the cassette's type from its name). */
const readsLocation = (e: EndContext): boolean => e.role?.role === "transition";

/*
 * The first tier's key, as a number: the node a row's fields lead to in a trie. A row is the
 * sequence of its fields in their own order, each a (name, value) step: a primitive value by
 * itself (strings by their text), an object by its contentId (same content, same step), an end
 * (a, b) by the node its own fields lead to in the same trie from another root, an end's
 * location by whether there is one, or by its text where a rule reads it (a transition). Two
 * rows reach one node exactly when their sequences are equal, which is what the text key this
 * replaces compared (field name codes and length-prefixed parts, concatenated), without
 * building and hashing a text of twenty parts for every row: each node remembers the step last
 * taken from it, so rows like the one before walk it by comparing names and values (the same
 * parsed objects and texts) alone. Emptied with the answers (ids restart: nothing outside the
 * trie holds them).
 */
/** The step an end's location takes when no rule reads its text (a unique object: no text or number equals it). */
const LOCATION_GIVEN = Object.freeze({ location: "given" });
/** Per field name, a step id per value: primitives (SameValueZero, like the texts the key was) and objects by contentId apart. */
interface Steps {
  readonly prim: Map<unknown, number>;
  readonly obj: Map<number, number>;
}
let stepsByName = new Map<string, Steps>();
let nextStep = 1;
/** Per node: its first child's step and node, the others by step, and the last SLOTS steps taken (by name and raw value). */
let firstStep: number[] = [0, 0];
let firstChild: number[] = [0, 0];
let moreChildren = new Map<number, Map<number, number>>();
/** Recent steps a node remembers: rows of a schedule come in a few alternating kinds (a channel's cords and trunk). */
const SLOTS = 4;
let lastName: Array<string | undefined> = new Array(2 * SLOTS).fill(undefined);
let lastValue: unknown[] = new Array(2 * SLOTS).fill(undefined);
let lastChild: number[] = new Array(2 * SLOTS).fill(0);
let nextSlot: number[] = [0, 0];
const ROW_ROOT = 0;
const END_ROOT = 1;
/** A bound on the trie's nodes between emptyings by the answers (a row adds at most one per field). */
const NODE_LIMIT = 20 * CACHE_LIMIT;

function emptyTrie(): void {
  stepsByName = new Map();
  nextStep = 1;
  firstStep = [0, 0];
  firstChild = [0, 0];
  moreChildren = new Map();
  lastName = new Array(2 * SLOTS).fill(undefined);
  lastValue = new Array(2 * SLOTS).fill(undefined);
  lastChild = new Array(2 * SLOTS).fill(0);
  nextSlot = [0, 0];
}

function stepId(name: string, v: unknown): number {
  let steps = stepsByName.get(name);
  if (steps === undefined) stepsByName.set(name, (steps = { prim: new Map(), obj: new Map() }));
  const isObject = typeof v === "object" && v !== null && v !== LOCATION_GIVEN;
  const table: Map<unknown, number> = isObject ? steps.obj : steps.prim;
  const k = isObject ? contentId(v) : v;
  let id = table.get(k);
  if (id === undefined) table.set(k, (id = nextStep++));
  return id;
}

/** The node reached from `node` by the field (name, value). */
function child(node: number, name: string, v: unknown): number {
  const base = node * SLOTS;
  for (let i = base; i < base + SLOTS; i++) if (lastName[i] === name && lastValue[i] === v) return lastChild[i];
  const step = stepId(name, v);
  let next: number | undefined;
  if (firstStep[node] === step) next = firstChild[node];
  else if (firstStep[node] === 0) {
    next = firstStep.length;
    firstStep[node] = step;
    firstChild[node] = next;
  } else {
    let more = moreChildren.get(node);
    if (more === undefined) moreChildren.set(node, (more = new Map()));
    next = more.get(step);
    if (next === undefined) more.set(step, (next = firstStep.length));
  }
  if (next === firstStep.length) {
    firstStep.push(0);
    firstChild.push(0);
    for (let i = 0; i < SLOTS; i++) {
      lastName.push(undefined);
      lastValue.push(undefined);
      lastChild.push(0);
    }
    nextSlot.push(0);
  }
  const slot = base + nextSlot[node];
  nextSlot[node] = (nextSlot[node] + 1) % SLOTS;
  lastName[slot] = name;
  lastValue[slot] = v;
  lastChild[slot] = next;
  return next;
}

/** An end's node: every field, its location by whether there is one (by its text for a transition). */
function endNode(e: EndContext): number {
  let node = END_ROOT;
  for (const name in e) {
    let v = (e as unknown as Record<string, unknown>)[name];
    // A transition's location is read by cassette-side for the cassette's type: keyed by its text.
    if (name === "location" && v !== undefined && !readsLocation(e)) v = LOCATION_GIVEN;
    node = child(node, name, v);
  }
  return node;
}

/**
 * What the rules of the first tier read, as one number (see above): every field of the context
 * except the row number, the location texts, the length and the myth text (the two fields that
 * differ on nearly every row: the tiers below key them apart, see cachedRowRules).
 */
function restNode(ctx: RowContext): number {
  let node = ROW_ROOT;
  for (const name in ctx) {
    if (name === "row" || name === "length" || name === "text") continue;
    const v = (ctx as unknown as Record<string, unknown>)[name];
    node = child(node, name, name === "a" || name === "b" ? endNode(v as EndContext) : v);
  }
  return node;
}

/* ---------- row rules ---------- */

/**
 * The row rules in three tiers, by what they read. Nearly every field of a row repeats across
 * a large schedule once parsed (the connector, the fiber grade, the application), but two are
 * often the row's own: the length (to the millimetre) and the myth text (the notes). The
 * first tier's rules read neither, the second's read the length, the third's the text; each
 * tier's results are keyed on what its rules read, so a rule that reads only connectors and
 * the application answers once for all rows however their lengths and notes differ.
 * tests/core/rule-cache.test.ts watches every rule read a context and fails when a rule of a
 * tier reads a field its key leaves out.
 */
export interface RowRuleTiers {
  /** The rules of one tier over a row: their findings in RULES order, before the steps across rules. */
  run(tier: 0 | 1 | 2, ctx: RowContext): Finding[];
  /** The steps across rules (advice yielding to errors, one finding for both ends) over the tiers' findings. */
  finish(found: readonly [readonly Finding[], readonly Finding[], readonly Finding[]], ctx: RowContext): Finding[];
  /** Every row rule over the row alone, as without the cache. */
  all(ctx: RowContext): Finding[];
}

/**
 * A tier's findings for one question (null when they are worked out again for every row), and
 * a small number naming it. The third tier's number names everything the row rules read of a
 * row, so that the channel verdicts (channels/verdict-cache.ts) can key a channel by its rows'
 * questions without building their keys again. Ids are never reused, so emptying the table can
 * only cause misses.
 */
interface Answer {
  readonly id: number;
  readonly found: readonly Finding[] | null;
}
/** First tier: by everything but the length and the text. */
interface RestAnswer extends Answer {
  readonly byLength: Map<number | undefined, LengthAnswer[]>;
}
/** Second tier: by the length (metres, unit and whether the unit was assumed: the whole Length). */
interface LengthAnswer extends Answer {
  readonly unit: string | undefined;
  readonly assumedUnit: boolean | undefined;
  readonly byText: Map<string, Answer>;
}
/** By the node of restNode. */
const rowResults = new Map<number, RestAnswer>();
/** Answers held across the three tiers, bounded together. */
let answers = 0;
/** A tier whose questions are all distinct (every note its own text) is passed by: see HitRate. */
let tierHits = [new HitRate(), new HitRate(), new HitRate()];
/** The question of the row last run through cachedRowRules (undefined when its key was not built). */
let lastQuestion: number | undefined;
/** The row last run with its marks (made once per row, for whichever tiers miss). */
let markedRow: RowContext | undefined;

/** Each check starts by trying the cache, whatever the schedule before it was like. */
export function startCheck(): void {
  tierHits = [new HitRate(), new HitRate(), new HitRate()];
  for (const reset of checkStarts) reset();
}

const checkStarts: Array<() => void> = [];
/** Another cache (channels/verdict-cache.ts) starts afresh with each check too. */
export function onCheckStart(reset: () => void): void {
  checkStarts.push(reset);
}

/**
 * The question id of the row last given to cachedRowRules, once (then undefined): rows with
 * the same id asked the rules the same thing. undefined when the cache was passed by.
 */
export function takeRowQuestion(): number | undefined {
  const q = lastQuestion;
  lastQuestion = undefined;
  return q;
}
const withMarks = (ctx: RowContext): RowContext => ({
  ...ctx,
  row: SENTINEL_ROW,
  a: ctx.a.location === undefined || readsLocation(ctx.a) ? ctx.a : { ...ctx.a, location: LOCATION_MARK.a },
  b: ctx.b.location === undefined || readsLocation(ctx.b) ? ctx.b : { ...ctx.b, location: LOCATION_MARK.b },
});

/** Whether a value quotes the placeholder row or a location mark (then the result is the row's own). */
function quotesPlaceholder(v: unknown, depth = 0): boolean {
  if (typeof v === "string") return v.includes("\u0000") || v.includes(String(SENTINEL_ROW)) || v.includes(String(SENTINEL_OTHER_ROW));
  if (typeof v === "number") return v === SENTINEL_ROW || v === SENTINEL_OTHER_ROW;
  if (v && typeof v === "object" && depth < 4) return Object.values(v).some((x) => quotesPlaceholder(x, depth + 1));
  return false;
}

/** A cached finding may carry the marks only in its assumption, and only the placeholder row. */
const keepable = (f: Finding): boolean => f.row === SENTINEL_ROW && !f.channel && !quotesPlaceholder(f.params) && !quotesPlaceholder(f.columns);

/** The assumption text an end's mark stands for, and the row's own. */
function assumptionSwap(ctx: RowContext, side: "a" | "b"): [string, string] | undefined {
  const e = ctx[side];
  if (e.location === undefined || !e.role) return undefined;
  const letter = e.end === "B" ? "B" : "A";
  const marked = roleAssumption(letter, LOCATION_MARK[side], e.role);
  const real = roleAssumption(letter, e.location, e.role);
  return marked !== undefined && real !== undefined ? [marked, real] : undefined;
}

/** Whether relabelling can put back every location mark in a finding's assumption. */
function restorable(f: Finding, ctx: RowContext): boolean {
  if (f.assumed === undefined || !f.assumed.includes("\u0000")) return true;
  let rest = f.assumed;
  for (const side of ["a", "b"] as const) {
    const swap = assumptionSwap(ctx, side);
    if (swap) rest = rest.split(swap[0]).join("");
  }
  return !rest.includes("\u0000");
}

function relabel(cached: readonly Finding[], ctx: RowContext): Finding[] {
  const out: Finding[] = new Array(cached.length);
  let swaps: Array<[string, string]> | undefined;
  for (let i = 0; i < cached.length; i++) {
    const f = cached[i];
    if (f.assumed === undefined || !f.assumed.includes("\u0000")) {
      out[i] = { ...f, row: ctx.row };
      continue;
    }
    swaps ??= [assumptionSwap(ctx, "a"), assumptionSwap(ctx, "b")].filter((s): s is [string, string] => !!s);
    let assumed = f.assumed;
    for (const [marked, real] of swaps) assumed = assumed.split(marked).join(real);
    out[i] = { ...f, row: ctx.row, assumed };
  }
  return out;
}

/** One tier's rules run once for a question, over the row with its marks; kept when relabelling restores every row's own. */
function answer(ctx: RowContext, tier: 0 | 1 | 2, tiers: RowRuleTiers): Answer {
  markedRow ??= withMarks(ctx);
  const found = tiers.run(tier, markedRow);
  answers++;
  const id = nextId++;
  return found.every((f) => keepable(f) && restorable(f, ctx)) ? { id, found: found.length ? Object.freeze(found) : NO_FINDINGS } : { id, found: null };
}

/** A tier's findings for this row from its answer. */
const findingsOf = (a: Answer, ctx: RowContext, tier: 0 | 1 | 2, tiers: RowRuleTiers): readonly Finding[] =>
  a.found === null ? tiers.run(tier, ctx) : a.found.length ? relabel(a.found, ctx) : NO_FINDINGS;

/**
 * The row rules' findings for a row, each tier worked out once per distinct question of its
 * own (see RowRuleTiers). A result that quotes anything of the row beyond what relabelling
 * restores is recomputed for every row.
 */
export function cachedRowRules(ctx: RowContext, tiers: RowRuleTiers): Finding[] {
  lastQuestion = undefined;
  if (!ruleCaching.enabled || !tierHits[0].worthTrying()) return tiers.all(ctx);
  markedRow = undefined;
  let key = restNode(ctx);
  let rest = rowResults.get(key);
  tierHits[0].record(rest !== undefined);
  if (rest === undefined) {
    if (answers >= CACHE_LIMIT || firstStep.length >= NODE_LIMIT) {
      rowResults.clear();
      answers = 0;
      emptyTrie();
      key = restNode(ctx);
    }
    rest = { ...answer(ctx, 0, tiers), byLength: new Map() };
    rowResults.set(key, rest);
  }
  const first = findingsOf(rest, ctx, 0, tiers);
  if (!tierHits[1].worthTrying()) return tiers.finish([first, tiers.run(1, ctx), tiers.run(2, ctx)], ctx);
  const length = ctx.length;
  const unit = length?.unit;
  const assumedUnit = length?.assumedUnit;
  const sameLength = rest.byLength.get(length?.metres);
  let byLength: LengthAnswer | undefined;
  if (sameLength) for (const l of sameLength) if (l.unit === unit && l.assumedUnit === assumedUnit) byLength = l;
  tierHits[1].record(byLength !== undefined);
  if (byLength === undefined) {
    byLength = { ...answer(ctx, 1, tiers), unit, assumedUnit, byText: new Map() };
    if (sameLength) sameLength.push(byLength);
    else rest.byLength.set(length?.metres, [byLength]);
  }
  const second = findingsOf(byLength, ctx, 1, tiers);
  if (!tierHits[2].worthTrying()) return tiers.finish([first, second, tiers.run(2, ctx)], ctx);
  let byText = byLength.byText.get(ctx.text);
  tierHits[2].record(byText !== undefined);
  if (byText === undefined) {
    byText = answer(ctx, 2, tiers);
    byLength.byText.set(ctx.text, byText);
  }
  lastQuestion = byText.id;
  return tiers.finish([first, second, findingsOf(byText, ctx, 2, tiers)], ctx);
}

/* ---------- pair rules (two cable ends in one adapter) ---------- */

const pairResults = new Map<string, readonly Finding[] | null>();

const sideKey = (s: PairSide): string => `${s.end}|${s.field}|${contentId(s.connector)}`;

/** A finding of a pair with the placeholder rows read as the two real ones. */
function relabelPair(f: Finding, a: PairSide, b: PairSide): Finding {
  const real = (v: unknown) => (v === SENTINEL_ROW ? a.row : v === SENTINEL_OTHER_ROW ? b.row : v);
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f.params)) params[k] = real(v);
  return { ...f, row: real(f.row) as number, params: Object.freeze(params) } as Finding;
}

/** A pair finding can be kept when rows appear only as whole numbers (its row, otherRow) and never in text. */
function pairKeepable(f: Finding): boolean {
  if (f.channel || quotesPlaceholder(f.columns)) return false;
  return Object.values(f.params).every((v) => typeof v === "number" || !quotesPlaceholder(v));
}

/** The pair rules' findings for two mating ends, once per distinct pair of connectors and ends. */
export function cachedPairRules(a: PairSide, b: PairSide, run: (a: PairSide, b: PairSide) => Finding[]): Finding[] {
  if (!ruleCaching.enabled || a.row === b.row) return run(a, b);
  const key = `${sideKey(a)}#${sideKey(b)}`;
  let hit = pairResults.get(key);
  if (hit === null) return run(a, b);
  if (hit === undefined) {
    const marked = run({ ...a, row: SENTINEL_ROW }, { ...b, row: SENTINEL_OTHER_ROW });
    if (pairResults.size >= CACHE_LIMIT) pairResults.clear();
    hit = marked.every(pairKeepable) ? Object.freeze(marked) : null;
    pairResults.set(key, hit);
    if (hit === null) return run(a, b);
  }
  return hit.map((f) => relabelPair(f, a, b));
}
