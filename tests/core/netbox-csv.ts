import Papa from "papaparse";

/** Round-trips rows through CSV text (quotes, commas) the way a file would carry them. */
export function parseDelimitedForTest(rows: string[][]): string[][] {
  const text = rows.map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(",")).join("\n");
  return Papa.parse<string[]>(text, { delimiter: ",", newline: "\n" }).data;
}
