import { bagOf } from "../../src/excel/owned";
/**
 * The workbook the headless-browser test opens the task pane on: a cable schedule as an
 * engineer keeps it (trunks between panels, cords to switch ports), with a few rows that are
 * wrong in ways an expert would catch, and one connector cell holding HTML, which must reach
 * the pane as literal text.
 */
import type { CellValue, FakeSeed } from "../excel/fake-excel";

export const SHEET = "Cables";
export const HOSTILE = "<img src=x onerror=alert(1)>";

export const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length (m)", "Application", "Notes"];

/** Sheet rows 2.. (row 1 is the header). Comments give the sheet row. */
export const ROWS: CellValue[][] = [
  /* 2 */ ["T-001", "MDA-R01-PP01 P1", "EDA-R11-PP01 P1", "MPO-12 male", "MPO-12 male", "OM4", 45, "400GBASE-SR4", "trunk"],
  /* 3 */ ["T-002", "MDA-R01-PP01 P2", "EDA-R11-PP01 P2", "MPO-12 male", "MPO-12 male", "OM4", 45, "400GBASE-SR4", "trunk"],
  // SR4 on OM3 is good for 70 m: 300 m is far beyond its reach
  /* 4 */ ["T-003", "MDA-R02-PP03 P1", "EDA-R14-PP02 P1", "MPO-12 male", "MPO-12 male", "OM3", 300, "100GBASE-SR4", "trunk"],
  /* 5 */ ["C-101", "SW-LEAF-01 Eth1/1", "MDA-R03-PP02 P1", "LC/UPC duplex", "LC/UPC duplex", "OS2", 120, "100GBASE-FR1", "cord"],
  // a pasted HTML fragment where Connector B should be: unreadable, and shown as text
  /* 6 */ ["C-102", "SW-LEAF-01 Eth1/2", "MDA-R03-PP02 P2", "LC/UPC duplex", HOSTILE, "OS2", 120, "100GBASE-FR1", "cord"],
  /* 7 */ ["C-103", "SW-SPINE-01 Eth1/1", "MDA-R01-PP04 P1", "MPO-12 female", "MPO-12 female", "OM4", 12, "400GBASE-SR4", "cord"],
  /* 8 */ ["C-104", "SW-SPINE-01 Eth1/2", "MDA-R01-PP04 P2", "MPO-12 female", "MPO-12 female", "OM4", 12, "400GBASE-SR4", "cord"],
];

export const grid = (): CellValue[][] => [HEADER, ...ROWS];

/** The schedule with a column of the user's own headed "Check status" (J), which the add-in must not take. */
/** The schedule with its connector columns headed "End A" / "End B", as some schedules write them. */
export const endColumnsGrid = (): CellValue[][] => grid().map((row, i) => (i === 0 ? row.map((h) => (h === "Connector A" ? "End A" : h === "Connector B" ? "End B" : h)) : row));

export const gridWithTakenHeader = (): CellValue[][] => grid().map((row, i) => [...row, i === 0 ? "Check status" : `signed off ${i}`]);

/**
 * The workbook as a check left it, saved and reopened: the Check columns J:L on the sheet and,
 * in the settings, what was written and the last check's summary.
 */
const PREVIOUS_SUMMARY = { rows: 7, error: 1, warning: 1, info: 4, ok: 1 };
const previousRun = (): { values: CellValue[][]; settings: Record<string, unknown> } => ({
  values: grid().map((row, i) => [...row, ...(i === 0 ? ["Check status", "Check findings", "Check recommendation"] : ["OK", "", ""])]),
  settings: {
    "connectorCheck.written": [
      // the record as the adapter writes it (settings.ts, version 2); its workbook name is not in
      // this seed, so the pane finds the columns by the header text at the recorded position
      {
        version: 2,
        mark: "ConnectorCheck_seed",
        sheetName: SHEET,
        tableColumnsAdded: false,
        columns: [9, 10, 11],
        headers: ["Check status", "Check findings", "Check recommendation"],
        headerRow: 0,
        rows: ROWS.length,
        widths: [48, 48, 48],
        fills: { kind: "none" },
        written: [bagOf(ROWS.map(() => "OK")), bagOf([]), bagOf([])],
      },
    ],
    "connectorCheck.lastRun": [{ sheetId: "{sheet-1}", sheetName: SHEET, address: "A1:I8", summary: PREVIOUS_SUMMARY, at: "2025-03-04T10:00:00.000Z" }],
  },
});

export const seed = (options: { protected?: boolean; takenHeader?: boolean; previous?: boolean } = {}): FakeSeed => {
  const previous = options.previous ? previousRun() : undefined;
  return {
    sheets: {
      [SHEET]: { values: previous?.values ?? (options.takenHeader ? gridWithTakenHeader() : grid()), protected: options.protected ?? false, columnWidths: { A: 60, B: 110, C: 110 } },
    },
    activeSheet: SHEET,
    selection: "A1",
    ...(previous ? { settings: previous.settings } : {}),
  };
};

/**
 * A long schedule made of the rows above, each cable with its own ID and panel ports (so rows
 * pair only as the seed's own rows do): for the pane's size, filter and search at 2,000 rows.
 */
export function largeGrid(rows: number): CellValue[][] {
  const out: CellValue[][] = [HEADER];
  for (let i = 0; i < rows; i++) {
    const base = ROWS[i % ROWS.length];
    const block = Math.floor(i / ROWS.length);
    const port = (v: CellValue) => (typeof v === "string" ? v.replace(/-R(\d+)-/, (_, r) => `-R${r}B${block}-`).replace(/Eth1\/(\d+)/, (_, p) => `Eth${block + 2}/${p}`) : v);
    const row = [`${String(base[0]).split("-")[0]}-${String(i + 1).padStart(5, "0")}`, port(base[1]), port(base[2]), ...base.slice(3)];
    // every other block, two cords run too long for their application (reach errors, roughly 3 findings in 2 rows)
    if (block % 2 === 1 && (i % ROWS.length === 3 || i % ROWS.length === 6)) row[6] = i % ROWS.length === 3 ? 2500 : 150;
    out.push(row);
  }
  return out;
}

/**
 * A schedule whose rows form channels (a Link column, hop order by Seq, the adapter at each
 * row's end B): GPU-07 is three valid cables whose polarity fails only as a whole (Type A
 * cords through a Type A trunk), GPU-08 has two unpinned connectors meeting in its first
 * adapter, GPU-09 is Method B and passes.
 */
export const CHANNEL_HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length (m)", "Application", "Polarity", "Link", "Seq", "Adapter"];
const channelRows = (link: string, n: number, cords: string, trunk: string, types: [string, string, string], adapter: string, cordA = "MTP-8 Elite UPC female"): CellValue[][] => [
  [`${link}-1`, `leaf0${n} Eth1/12`, `PP-C0${n} P1`, "MTP-8 Elite UPC female", cordA, "OM4", 3, "100GBASE-SR4", types[0], link, 1, adapter],
  [`${link}-2`, `PP-C0${n} P1`, `PP-D0${n} P1`, trunk, trunk, "OM4", 30, "100GBASE-SR4", types[1], link, 2, adapter],
  [`${link}-3`, `PP-D0${n} P1`, `gpu-d0${n}-07 nic1`, cords, cords, "OM4", 3, "100GBASE-SR4", types[2], link, 3, ""],
];
export const CHANNEL_ROWS: CellValue[][] = [
  /* 2–4 */ ...channelRows("GPU-07", 1, "MTP-8 Elite UPC female", "MTP-8 Elite UPC male", ["Type A", "Type A", "Type A"], "Type A"),
  /* 5–7 */ ...channelRows("GPU-08", 2, "MTP-8 Elite UPC female", "MTP-8 Elite UPC female", ["Type B", "Type B", "Type B"], "Type B"),
  /* 8–10 */ ...channelRows("GPU-09", 3, "MTP-8 Elite UPC female", "MTP-8 Elite UPC male", ["Type B", "Type B", "Type B"], "Type B"),
];
export const channelGrid = (): CellValue[][] => [CHANNEL_HEADER, ...CHANNEL_ROWS];

/** `count` channels of three rows each (every tenth one with its trunk unpinned): for the Channels view's size. */
export function largeChannelGrid(count: number): CellValue[][] {
  const out: CellValue[][] = [CHANNEL_HEADER];
  for (let i = 0; i < count; i++) {
    const link = `L-${String(i + 1).padStart(5, "0")}`;
    const trunk = i % 10 === 9 ? "MTP-8 Elite UPC female" : "MTP-8 Elite UPC male";
    for (const row of channelRows(link, 1, "MTP-8 Elite UPC female", trunk, ["Type B", "Type B", "Type B"], "Type B")) {
      out.push(row.map((v) => (typeof v === "string" ? v.replace(/0?1(?= Eth| P1|-07)/, `${i + 1}`).replace("PP-C0", "PP-C").replace("PP-D0", "PP-D").replace("gpu-d0", "gpu-d") : v)));
    }
  }
  return out;
}
