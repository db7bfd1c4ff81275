import type { Finding, RuleId } from "./findings";
import type { Field } from "./headers";
import type { EndContext, PairSide, RowContext } from "./rules/rule";

/**
 * Schedule integrity across rows (TIA-606 administration): a cable ID names one cable, an
 * equipment port carries one cable, an adapter port joins two cable ends. Collected row by
 * row during the one pass over the schedule (keys and row numbers only), judged at the end.
 * The two ends that meet at a panel port are also the mated pairs the pair rules check.
 */
export class ScheduleIntegrity {
  private readonly ids = new RowsByKey();
  private readonly equipmentPorts = new RowsByKey();
  private readonly adapterPorts = new Map<string, AdapterPort>();
  private idsSeen = 0;

  /** One row: its cable ID, its ends, and whether a Port column names each end's port (two flags, not an object per row). */
  add(ctx: RowContext, cableId: string | undefined, portA: boolean, portB: boolean): void {
    const id = cableId?.trim();
    if (id) {
      this.idsSeen++;
      this.ids.add(id, ctx.row);
    }
    // the two ends one after the other: no array per row
    this.addEnd(ctx.row, ctx.a, ctx.a.end === "B" ? portB : portA);
    this.addEnd(ctx.row, ctx.b, ctx.b.end === "B" ? portB : portA);
  }

  private addEnd(row: number, end: EndContext, portStated: boolean): void {
    if (!end.location || !end.role) return;
    if (end.role.role === "transceiver") {
      // Only a named port can be double-booked: "leaf01 Eth1/1", or a Port column; a device name alone is not a port.
      if (end.role.basis === "interface-name" || portStated) this.equipmentPorts.add(end.location, row);
    } else if (end.role.role === "panel") {
      const key = keyOf(end.location);
      const port = this.adapterPorts.get(key);
      if (!port) this.adapterPorts.set(key, new AdapterPort(row, end));
      else port.add(row, end);
    }
    // A transition (cassette, conversion module) joins its two sides inside itself: its
    // ports are not pass-through adapters, so they are neither paired nor counted here.
  }

  /** Lets go of every key and row list once pairs and findings are taken (a million-row schedule holds one per port and ID). */
  clear(): void {
    this.ids.clear();
    this.equipmentPorts.clear();
    this.adapterPorts.clear();
  }

  /** Two cable ends, on different rows, at one panel port: a mated pair in that port's adapter. */
  pairs(): Array<[PairSide, PairSide]> {
    const out: Array<[PairSide, PairSide]> = [];
    for (const p of this.adapterPorts.values()) {
      const pair = p.pair();
      if (pair) out.push(pair);
    }
    return out;
  }

  /** The integrity findings, one per row involved, each naming every row. */
  findings(): Finding[] {
    const out: Finding[] = [];
    const emit = (rule: IntegrityRule, rows: readonly number[], columns: Field[], params: object) => {
      const shared = Object.freeze(params);
      const cols = Object.freeze(columns) as Field[];
      for (const row of new Set(rows)) out.push({ rule, severity: "error", row, columns: cols, params: shared } as Finding);
    };
    // A column where most values repeat holds cable types or part numbers, not identifiers.
    if (this.ids.size * 2 >= this.idsSeen) {
      for (const [id, rows] of this.ids.repeated()) emit("duplicate-cable-id", rows, ["cableId"], { cableId: id, rows: [...rows] });
    }
    for (const [port, rows] of this.equipmentPorts.repeated()) {
      const distinct = [...new Set(rows)];
      if (distinct.length > 1) emit("port-reuse", distinct, ENDS, { port, rows: distinct });
    }
    for (const p of this.adapterPorts.values()) {
      if (p.ends > 2) emit("adapter-overfull", p.rows, ENDS, { port: p.name, rows: [...new Set(p.rows)], ends: p.ends });
    }
    return out;
  }
}

/**
 * The cable ends met at one panel port. A port holds one or two ends (three or more is the
 * overfull case), and a million-row schedule meets most ports once or twice: the first two
 * ends are kept as their rows and the ends' contexts (which the row contexts hold anyway
 * while the rows are read), a PairSide is made only for a pair taken, and a list of rows only
 * from the third end on. Rows are counted and kept up to 50.
 */
class AdapterPort {
  private secondRow = 0;
  private secondEnd?: EndContext;
  /** Every row met, from the third end on (up to 50). */
  private moreRows?: number[];
  constructor(
    private readonly firstRow: number,
    /** An end with a location (addEnd passes no other). */
    private readonly firstEnd: EndContext,
  ) {}
  add(row: number, end: EndContext): void {
    if (!this.secondEnd) {
      this.secondRow = row;
      this.secondEnd = end;
    } else if (!this.moreRows) this.moreRows = [this.firstRow, this.secondRow, row];
    else if (this.moreRows.length < 50) this.moreRows.push(row);
  }
  /** Ends met, counted up to 50. */
  get ends(): number {
    return this.moreRows ? this.moreRows.length : this.secondEnd ? 2 : 1;
  }
  get rows(): readonly number[] {
    return this.moreRows ?? (this.secondEnd ? [this.firstRow, this.secondRow] : [this.firstRow]);
  }
  /** The two ends as a mated pair, when two ends on different rows, each with a connector, met here. */
  pair(): [PairSide, PairSide] | undefined {
    const a = this.firstEnd;
    const b = this.secondEnd;
    if (this.moreRows || !b || !a.connector || !b.connector || this.firstRow === this.secondRow) return undefined;
    return [
      { row: this.firstRow, end: a.end, field: a.field, connector: a.connector },
      { row: this.secondRow, end: b.end, field: b.field, connector: b.connector },
    ];
  }
  get name(): string {
    return (this.firstEnd.location as string).trim();
  }
}

const ENDS: Field[] = ["endA", "portA", "endB", "portB"];

/** Case and runs of white space ignored; text with nothing to fold (most IDs and ports) is not copied again. */
const keyOf = (text: string): string => {
  const lower = text.toLowerCase();
  return FOLDS.test(lower) ? lower.replace(/\s+/g, " ").trim() : lower;
};
/** White space other than single inner spaces: what the replace and trim above would change. */
const FOLDS = /\s\s|[^\S ]|^\s|\s$/;

/**
 * Rows per key, lean for a million rows: a key seen once holds its row number only; a
 * repeated key keeps its text as first written and up to 50 rows.
 */
class RowsByKey {
  private readonly first = new Map<string, number>();
  private readonly repeats = new Map<string, { text: string; rows: number[] }>();
  get size(): number {
    return this.first.size;
  }
  add(text: string, row: number): void {
    const key = keyOf(text);
    const seen = this.first.get(key);
    if (seen === undefined) {
      this.first.set(key, row);
      return;
    }
    const r = this.repeats.get(key) ?? { text: text.trim(), rows: [seen] };
    if (r.rows.length < 50) r.rows.push(row);
    this.repeats.set(key, r);
  }
  clear(): void {
    this.first.clear();
    this.repeats.clear();
  }
  *repeated(): Generator<[string, readonly number[]]> {
    for (const r of this.repeats.values()) yield [r.text, r.rows];
  }
}

export type IntegrityRule = Extract<RuleId, "duplicate-cable-id" | "port-reuse" | "adapter-overfull">;
