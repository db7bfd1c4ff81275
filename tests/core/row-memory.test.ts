import { checkSchedule } from "../../src/core";
import { NO_FINDINGS } from "../../src/core/findings";
import { ruleCaching } from "../../src/core/rule-cache";

/*
 * What a check keeps per row (docs/ARCHITECTURE.md): rows without findings share one frozen
 * empty array, and the passes that add findings after the row loop (mated pairs, integrity,
 * channels) give such a row an array of its own instead of pushing into the shared one.
 */

const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter"];

const FEMALE = "MTP-8 Elite UPC female";
const MALE = "MTP-8 Elite UPC male";

/** Three rows of one channel: a leaf cord, a trunk between two panel ports, a spine cord. */
function channel(ids: string[], n: number, panelA: string, panelB: string, trunk: string | [string, string], trunkFiber: string): unknown[][] {
  const [ta, tb] = typeof trunk === "string" ? [trunk, trunk] : trunk;
  return [
    [ids[0], `leaf${n} Eth1/${n}`, `PP-${panelA} P1`, FEMALE, FEMALE, "OM4", "3 m", "100GBASE-SR4", "Type B", "Type B"],
    [ids[1], `PP-${panelA} P1`, `PP-${panelB} P1`, ta, tb, trunkFiber, "30 m", "100GBASE-SR4", "Type B", "Type B"],
    [ids[2], `PP-${panelB} P1`, `spine${n} Eth1/${n}`, FEMALE, FEMALE, "OM4", "3 m", "100GBASE-SR4", "Type B", ""],
  ];
}

describe("findings kept per row", () => {
  it("share one frozen empty array for the rows without findings", () => {
    const grid = [HEADER, ...channel(["C1", "C2", "C3"], 1, "A1", "B1", MALE, "OM4")];
    const result = checkSchedule(grid);
    expect(result.rows).toHaveLength(3);
    for (const r of result.rows) {
      expect(r.status).toBe("OK");
      expect(r.findings).toBe(NO_FINDINGS);
    }
    expect(Object.isFrozen(NO_FINDINGS)).toBe(true);
    expect(NO_FINDINGS).toHaveLength(0);
  });

  it("give a row without row findings its own array for the pair, integrity and channel findings", () => {
    const grid = [
      HEADER,
      // rows 2 and 3: one cable ID twice (integrity); a female trunk end meets a female cord at PP-A1 P1 (a mated pair's gender)
      ...channel(["C1", "C1", "C3"], 1, "A1", "B1", [FEMALE, MALE], "OM4"),
      // a row alone, without findings: keeps the shared array
      ["C4", "leaf2 Eth1/2", "spine2 Eth1/2", FEMALE, FEMALE, "OM4", "3 m", "100GBASE-SR4", "Type B", ""],
      // rows 6 to 8: each fine alone, an OM3 trunk between OM4 cords (the channel's finding)
      ...channel(["D1", "D2", "D3"], 3, "C1", "D1", MALE, "OM3"),
    ];
    const result = checkSchedule(grid);
    const rules = (row: number) => result.rows.find((r) => r.row === row)?.findings.map((f) => f.rule) ?? [];
    expect(rules(2)).toEqual(expect.arrayContaining(["duplicate-cable-id", "mpo-gender"]));
    expect(rules(3)).toEqual(expect.arrayContaining(["duplicate-cable-id", "mpo-gender"]));
    for (const r of result.rows) if (r.findings.length) expect(r.findings).not.toBe(NO_FINDINGS);
    expect(result.rows.find((r) => r.row === 5)?.findings).toBe(NO_FINDINGS);
    for (const row of [6, 7, 8]) expect(rules(row)).toEqual(["channel-grade-mix"]);
  });
});

describe("row contexts holding the rarer fields only where a row gives them", () => {
  it("give every row the findings of the rules run on it alone, whichever of those fields a row fills", () => {
    const header = [...HEADER, "Fiber count", "Mated pairs", "Splices", "Loss per mated pair (dB)", "Loss grade", "Priority", "Jacket colour"];
    const rare = [
      ["", "", "", "", "", "", ""],
      ["12", "", "", "", "", "", ""],
      ["", "4", "2", "", "", "", ""],
      ["", "", "", "0.75", "low-loss", "performance", "aqua"],
      ["8", "6", "1", "0.5", "standard", "cost", "yellow"],
      ["", "", "", "", "", "", "violet"],
    ];
    const grid: unknown[][] = [header];
    for (let i = 0; i < 120; i++) {
      const k = i % 3;
      const ch = Math.floor(i / 3);
      const row = [
        `C-${i}`,
        k === 0 ? `leaf${ch} Eth1/1` : `PP-${k === 1 ? "A" : "B"}${ch} P1`,
        k === 2 ? `spine${ch} Eth1/1` : `PP-${k === 0 ? "A" : "B"}${ch} P1`,
        k === 1 ? MALE : FEMALE,
        k === 1 ? MALE : FEMALE,
        ch % 4 === 0 ? "OS2" : "OM4",
        k === 1 ? `${40 + (ch % 5) * 30} m` : "3 m",
        ch % 4 === 0 ? "400GBASE-DR4" : "100GBASE-SR4",
        "Type B",
        k === 2 ? "" : "Type B",
        ...rare[(i * 7 + ch) % rare.length],
      ];
      grid.push(row);
    }
    const cached = checkSchedule(grid);
    ruleCaching.enabled = false;
    let alone;
    try {
      alone = checkSchedule(grid);
    } finally {
      ruleCaching.enabled = true;
    }
    expect(cached.rows.length).toBe(120);
    expect(JSON.stringify(cached.rows)).toBe(JSON.stringify(alone.rows));
    expect(JSON.stringify(cached.channels)).toBe(JSON.stringify(alone.channels));
    // the rarer fields were read: some rows have findings about them
    expect(cached.rows.some((r) => r.findings.length > 0)).toBe(true);
  });
});
