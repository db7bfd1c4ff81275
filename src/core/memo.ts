/**
 * A function of one text, worked out once per distinct text: schedules repeat the same
 * locations, connector and fiber texts on thousands of rows. Bounded: emptied when full, so
 * a schedule of distinct texts costs one lookup more per call, never unbounded memory.
 */
export function perDistinctText<R>(fn: (text: string) => R, limit = 50000): (text: string) => R {
  const results = new Map<string, R>();
  return (text: string): R => {
    let r = results.get(text);
    if (r === undefined && !results.has(text)) {
      r = fn(text);
      if (results.size >= limit) results.clear();
      results.set(text, r);
    }
    return r as R;
  };
}
