import type { SourceId } from "./sources";

/**
 * A catalog value together with where it comes from and whether the fact sheet confirmed it.
 * Apart from sources.ts so a bundle that holds catalog values (the custom functions) need not
 * hold every source's clause and title as well: those load with what cites them (citationOf).
 */
export interface Sourced<T> {
  value: T;
  source: SourceId;
  /** false where the fact sheet marks the value UNCONFIRMED: rules resting on it warn, never error. */
  confirmed: boolean;
  note?: string;
}

export const sourced = <T>(value: T, source: SourceId, confirmed = true, note?: string): Sourced<T> => ({
  value,
  source,
  confirmed,
  ...(note ? { note } : {}),
});
