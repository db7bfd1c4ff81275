/**
 * Whether a cache is worth its lookups: a schedule of distinct texts (every location its own)
 * pays for a lookup and an insert on every call and never gets a hit back. After a window of
 * calls with almost no hits the cache is passed by for a longer stretch, then tried again.
 * Passing it by changes no result, only what is worked out again.
 */
export class HitRate {
  private calls = 0;
  private hits = 0;
  private skip = 0;
  constructor(
    private readonly window = 4096,
    private readonly pause = 32768,
  ) {}
  /** false while the cache is being passed by. */
  worthTrying(): boolean {
    if (this.skip === 0) return true;
    this.skip--;
    return false;
  }
  record(hit: boolean): void {
    if (hit) this.hits++;
    if (++this.calls < this.window) return;
    if (this.hits * 16 < this.calls) this.skip = this.pause;
    this.calls = this.hits = 0;
  }
}

/** Stands for an undefined answer in a Memo's table. */
const NONE: unique symbol = Symbol("none");

/**
 * Answers per distinct key, with the HitRate's passing-by and a size bound: emptied when full,
 * so a schedule of distinct keys costs one lookup more per call, never unbounded memory. The
 * one cache the engine's per-row memos (parse results, joined texts, recommendations, the
 * functions below) are made of.
 */
export class Memo<K, R> {
  private readonly results = new Map<K, R | typeof NONE>();
  private readonly rate = new HitRate();
  constructor(private readonly limit = 50000) {}

  /** false while the memo is being passed by: a caller building a key per call may then skip it (see answer). */
  worthTrying(): boolean {
    return this.rate.worthTrying();
  }

  /** The answer for a key, worked out by work(key) when not remembered. */
  get(key: K, work: (key: K) => R): R {
    if (!this.rate.worthTrying()) return work(key);
    return this.lookUp(key, work);
  }

  /** The same with a key that costs something to build: built only while the memo is tried. */
  answer(key: () => K, work: () => R): R {
    if (!this.rate.worthTrying()) return work();
    return this.lookUp(key(), work);
  }

  private lookUp(key: K, work: (key: K) => R): R {
    // an undefined answer (most texts name no copper cable) is kept as NONE: one lookup per call, not two
    const kept = this.results.get(key);
    this.rate.record(kept !== undefined);
    if (kept !== undefined) return (kept === NONE ? undefined : kept) as R;
    const r = work(key);
    if (this.results.size >= this.limit) this.results.clear();
    this.results.set(key, r === undefined ? NONE : r);
    return r;
  }
}

/**
 * A function of one text, worked out once per distinct text: schedules repeat the same
 * locations, connector and fiber texts on thousands of rows.
 */
export function perDistinctText<R>(fn: (text: string) => R, limit = 50000): (text: string) => R {
  return perDistinctValue(fn, limit);
}

/** The same for any value a Map can key (a number, a shared object). */
export function perDistinctValue<K, R>(fn: (value: K) => R, limit = 50000): (value: K) => R {
  const memo = new Memo<K, R>(limit);
  return (value: K): R => memo.get(value, fn);
}
