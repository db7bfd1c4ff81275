/**
 * Results by sheet row. The one pass over a schedule makes them in increasing row order, so
 * they are found by their offset in an array (8 bytes a row) rather than through a Map of a
 * million entries built from a million [row, result] pairs. Rows in any other order (none the
 * engine makes) fall back to a Map.
 */
export class RowIndex<T extends { row: number }> {
  private readonly base: number;
  private readonly at?: Array<T | undefined>;
  private readonly map?: Map<number, T>;

  constructor(rows: readonly T[]) {
    this.base = rows.length ? rows[0].row : 0;
    const increasing = rows.every((r, i) => Number.isInteger(r.row) && (i === 0 || r.row > rows[i - 1].row));
    if (increasing) {
      this.at = new Array<T | undefined>(rows.length ? rows[rows.length - 1].row - this.base + 1 : 0).fill(undefined);
      for (const r of rows) this.at[r.row - this.base] = r;
    } else {
      this.map = new Map();
      for (const r of rows) this.map.set(r.row, r);
    }
  }

  get(row: number): T | undefined {
    if (this.map) return this.map.get(row);
    const k = row - this.base;
    return Number.isInteger(k) && k >= 0 ? (this.at as Array<T | undefined>)[k] : undefined;
  }
}
