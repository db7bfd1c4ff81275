/**
 * The Excel adapter: the only code that touches `Excel.*`. It reads the schedule from the
 * active sheet, runs the engine, and writes the findings into Connector Check's own three
 * columns, in a few large batches (never one round trip per cell).
 */
export type { Stage, Progress, RunOptions, ScheduleTarget, RunFailure, RunOutcome } from "./types";
export { checkActiveSheet, clearResults, selectCell, selectRows, reviewActiveSheet, missingRequirements, REQUIRED_SETS } from "./adapter";
export type { ReviewOutcome } from "./adapter";
export { loadColumnCorrections, saveColumnCorrections } from "./settings";
export { insertBomSheet } from "./bom-sheet";
export type { SheetOutcome } from "./bom-sheet";
export { insertSpecSheet, readSpecSheet } from "./spec-sheet";
export { insertNetboxSheet } from "./netbox-sheet";
