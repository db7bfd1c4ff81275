import { checkSchedule } from "../../../src/core";
import { HEADER, Style } from "./build";

/**
 * Each leg of a fan-out is judged at its own application (issue 12): a parallel single-mode
 * port (400GBASE-DR4 on MPO-12 APC) broken out by a harness to four LC legs, whose cords name
 * the legs' own PMD.
 */
function dr4(style: Style, app: string, legApps: readonly string[]): unknown[][] {
  const ex = style === "explicit";
  const row = (id: string, seq: number, from: string, to: string, a: string, b: string, length: string, application: string, polarity: string, adapter: string, component: string) =>
    [id, ex ? "D1" : "", ex ? seq : "", from, to, a, b, "OS2", length, application, polarity, adapter, component];
  return [
    row("T1", 1, "leaf01 Eth1/9", "PP-A01:9", "MTP-12 APC female", "MTP-12 APC male", "200 m", app, "Type B", "Type A", "trunk"),
    row("H1", 2, "PP-A01:9", "PP-B01:1-4", "MTP-12 APC female", "4x LC/UPC duplex", "1 m", app, "Type A", "", "harness"),
    ...legApps.map((a, k) => row(`L${k + 1}`, 3, ex ? `PP-B01:${k + 1}` : `pp-b01 port 0${k + 1}`, `srv0${k + 1} eth0`, "LC/UPC duplex", "LC/UPC duplex", "2 m", a, "", "", "cord")),
  ];
}

const check = (rows: unknown[][]) => {
  const r = checkSchedule([HEADER, ...rows]);
  if (!r.ok) throw new Error(r.problem?.message);
  return r;
};
const byLeg = <T extends { rows: number[] }>(cs: readonly T[]): T[] => [...cs].sort((x, y) => x.rows[x.rows.length - 1] - y.rows[y.rows.length - 1]);

describe.each(["explicit", "ports"] as const)("a leg is judged at its own application (issue 12), %s", (style) => {
  it("400GBASE-DR4 broken out to 100GBASE-DR legs: each leg a 100GBASE-DR channel; a leg naming another PMD fails R29 on that leg alone", () => {
    const r = check(dr4(style, "400GBASE-DR4", ["100GBASE-DR", "100GBASE-DR", "100GBASE-LR1", "100GBASE-DR"]));
    const legs = byLeg(r.channels);
    expect(legs.map((c) => c.application)).toEqual(["100GBASE-DR", "100GBASE-DR", "100GBASE-LR1", "100GBASE-DR"]);
    expect(legs.map((c) => c.findings.some((f) => f.rule === "channel-application" && f.severity === "error"))).toEqual([false, false, true, false]);
  });

  it("400GBASE-DR4-2 broken out to 100GBASE-FR1 legs: the leg's own budget (4 dB) is the one the catalog has, so the loss is judged", () => {
    const r = check(dr4(style, "400GBASE-DR4-2", Array(4).fill("100GBASE-FR1")));
    for (const c of r.channels) expect(c).toMatchObject({ application: "100GBASE-FR1", budgetDb: 4 });
  });
});
