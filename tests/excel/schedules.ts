// Cable schedules for the adapter tests, in the shape engineers keep them: trunks between
// panels, cords to transceivers, a mix that gives OK rows, warnings and errors.
import type { CellValue } from "./fake-excel";

export const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length (m)", "Application"];

/** One row per pattern; the cable ID carries the row number so every row is distinct. */
const PATTERNS: ((id: string, n: number) => CellValue[])[] = [
  // MPO trunk between two panels, short SR4 channel on OM4.
  (id, n) => [id, `MDA-R01-PP01 P${(n % 48) + 1}`, `EDA-R11-PP01 P${(n % 48) + 1}`, "MPO-12 male", "MPO-12 male", "OM4", 45, "400GBASE-SR4"],
  // SR4 on OM3 well past its 70 m reach.
  (id, n) => [id, `MDA-R02-PP03 P${(n % 24) + 1}`, `EDA-R14-PP02 P${(n % 24) + 1}`, "MPO-12 male", "MPO-12 male", "OM3", 300, "100GBASE-SR4"],
  // Duplex LC single-mode 100G FR1 to a leaf switch.
  (id, n) => [id, `SW-LEAF-0${(n % 8) + 1} Eth1/${(n % 32) + 1}`, `MDA-R03-PP02 P${(n % 24) + 1}`, "LC duplex", "LC duplex", "OS2", 120, "100GBASE-FR1"],
  // Equipment cord from a QSFP SR4 port to a panel.
  (id, n) => [id, `SW-SPINE-0${(n % 4) + 1} Eth1/${(n % 32) + 1}`, `MDA-R01-PP04 P${(n % 24) + 1}`, "MPO-12 female", "MPO-12 female", "OM4", 12, "400GBASE-SR4"],
];

export function cableRows(count: number, from = 1): CellValue[][] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return PATTERNS[n % PATTERNS.length](`C-${String(n).padStart(6, "0")}`, n);
  });
}

export const schedule = (rows: number): CellValue[][] => [HEADER, ...cableRows(rows)];
