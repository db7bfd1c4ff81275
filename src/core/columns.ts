/**
 * The schedule's fields (what a column can hold), what a person calls each, and column letters:
 * apart from headers.ts (the header search, synonyms and the weighing of cells), so what shows
 * a column map or a finding's cell (the pane, the findings' wording) does not load the search.
 */

/** The schedule fields the engine reads. A schedule needs a connector or an application column. */
export const FIELDS = [
  "cableId",
  "endA",
  "portA",
  "endB",
  "portB",
  "roleA",
  "roleB",
  "connectorA",
  "connectorB",
  "connector",
  "fiberType",
  "fiberCount",
  "length",
  "application",
  "polarity",
  "matedPairs",
  "splices",
  "pairLoss",
  "lossGrade",
  "priority",
  "colour",
  "quantity",
  "partNumber",
  "notes",
  "linkId",
  "sequence",
  "adapter",
  "component",
  "legMap",
] as const;
export type Field = (typeof FIELDS)[number];

/** What a person would call each field, for the column map shown in the pane and the CLI. */
export const FIELD_LABELS: Readonly<Record<Field, string>> = {
  cableId: "Cable ID",
  endA: "End A (from)",
  portA: "Port A",
  endB: "End B (to)",
  portB: "Port B",
  roleA: "End A type",
  roleB: "End B type",
  connectorA: "Connector A",
  connectorB: "Connector B",
  connector: "Connector (both ends)",
  fiberType: "Fiber type",
  fiberCount: "Fiber count",
  length: "Length",
  application: "Application",
  polarity: "Polarity",
  matedPairs: "Mated pairs",
  splices: "Splices",
  pairLoss: "Loss per mated pair (dB)",
  lossGrade: "Loss grade",
  priority: "Priority",
  colour: "Jacket colour",
  quantity: "Quantity",
  partNumber: "Part number",
  notes: "Notes",
  linkId: "Link (channel) ID",
  sequence: "Sequence in link",
  adapter: "Adapter at end B",
  component: "Component",
  legMap: "Harness leg map",
};

/** Field → column index (0-based, within the grid given to checkSchedule). */
export type ColumnMap = Partial<Record<Field, number>>;

/**
 * A column the engine reads differently from its header, because its cells say otherwise:
 * "End A" holding "MTP-12 UPC female" is a connector column, "Adapters" holding "Type B" the
 * adapter type. Shown with the column map, so the reader sees why.
 */
export interface ColumnNote {
  /** Column index within the grid. */
  column: number;
  header: string;
  /** What the header alone would have been read as. */
  headerField: Field;
  /** What the cells say the column is. */
  field: Field;
  /** false when another column is headed for that field, so this one is not read at all. */
  read: boolean;
  /** What the cells were read as. */
  cells: "connectors" | "adapter types";
  /** Non-blank cells looked at, and how many read that way. */
  sampled: number;
  matched: number;
}

/** Data rows looked at under the header to weigh a column's cells. */
export const VALUE_SAMPLE_ROWS = 200;

/** Column index (0-based) to spreadsheet letters: 0 → A, 27 → AB. */
export const columnLetter = (index: number): string => {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
