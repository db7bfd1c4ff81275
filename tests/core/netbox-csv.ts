/** Round-trips rows through CSV text (quotes, commas) the way a file would carry them. */
export function parseDelimitedForTest(rows: string[][]): string[][] {
  const text = rows.map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(",")).join("\n");
  const out: string[][] = [];
  for (const line of text.split("\n")) {
    const cells: string[] = [];
    let cur = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted && ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = !quoted;
      else if (ch === "," && !quoted) cells.push(cur), (cur = "");
      else cur += ch;
    }
    cells.push(cur);
    out.push(cells);
  }
  return out;
}
