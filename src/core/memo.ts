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

/**
 * A function of one text, worked out once per distinct text: schedules repeat the same
 * locations, connector and fiber texts on thousands of rows. Bounded: emptied when full, so
 * a schedule of distinct texts costs one lookup more per call, never unbounded memory.
 */
export function perDistinctText<R>(fn: (text: string) => R, limit = 50000): (text: string) => R {
  return perDistinctValue(fn, limit);
}

/** The same for any value a Map can key (a number, a shared object). */
export function perDistinctValue<K, R>(fn: (value: K) => R, limit = 50000): (value: K) => R {
  const results = new Map<K, R>();
  const rate = new HitRate();
  return (value: K): R => {
    if (!rate.worthTrying()) return fn(value);
    let r = results.get(value);
    const hit = r !== undefined || results.has(value);
    rate.record(hit);
    if (!hit) {
      r = fn(value);
      if (results.size >= limit) results.clear();
      results.set(value, r);
    }
    return r as R;
  };
}
