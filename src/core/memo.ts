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
  return (text: K): R => {
    let r = results.get(text);
    if (r === undefined && !results.has(text)) {
      r = fn(text);
      if (results.size >= limit) results.clear();
      results.set(text, r);
    }
    return r as R;
  };
}
