import { errorOf, one } from "./custom-functions-stub";
import { CHANNEL_COLUMNS, channel, chunks } from "../../src/functions/functions";
import { HEADER, channelRows } from "../core/channels/build";

describe("CHANNEL", () => {
  const methodA = [
    { a: "MTP-12 UPC female", b: "MTP-12 UPC female", polarity: "Type A", adapter: "Type A" },
    { a: "MTP-12 UPC male", b: "MTP-12 UPC male", polarity: "Type A", adapter: "Type A", length: "40 m" },
    { a: "MTP-12 UPC female", b: "MTP-12 UPC female", polarity: "Type B" },
  ];
  const allTypeA = methodA.map((c) => ({ ...c, polarity: "Type A" }));

  it("one line per channel, worst first: link id, status, loss, budget, margin, first finding", async () => {
    // L2 on other switch ports: two cables on one equipment port would be a port-reuse error on both.
    const otherPorts = (row: unknown[]) => row.map((v) => (typeof v === "string" ? v.replace("leaf01", "leaf02").replace("spine01", "spine02") : v));
    const out = await channel([HEADER, ...channelRows("explicit", methodA, "L1"), ...channelRows("explicit", allTypeA, "L2").map(otherPorts)]);
    expect(out[0]).toEqual([...CHANNEL_COLUMNS]);
    expect(out).toHaveLength(3);
    // 100GBASE-SR4 on OM4 (1.9 dB): 46 m at 3.5 dB/km = 0.16 dB, two mated pairs at 0.75 dB = 1.5 dB
    expect(out[1].slice(0, 5)).toEqual(["L2", "ERROR", 1.66, 1.9, 0.24]);
    expect(out[1][5]).toMatch(/^ERROR channel-polarity: /);
    expect(out[2].slice(0, 2)).toEqual(["L1", "WARNING"]);
    expect(out[2][5]).toMatch(/^WARNING loss-margin: /);
  });

  it("#N/A naming what is missing when no channel can be traced", async () => {
    const out = await channel([HEADER, ["C1", "", "", "leaf01 Eth1/1", "spine01 Eth1/1", "MTP-12 UPC female", "MTP-12 UPC female", "OM4", "3 m", "100GBASE-SR4", "Type B", "", ""]]);
    expect(errorOf(one(out), "#N/A")).toMatch(/^rows: no channel traced; give a Link column/);
  });

  it("#VALUE! naming the argument when the block has no schedule header", async () => {
    expect(errorOf(one(await channel([["a", "b"], [1, 2]])), "#VALUE!")).toMatch(/^rows: No header row found/);
  });

  it("#N/A saying so when the schedule engine's chunk cannot be fetched, not a bare error", async () => {
    const fetch = chunks.engine;
    chunks.engine = () => Promise.reject(new Error("Loading chunk check-engine failed"));
    try {
      expect(errorOf(one(await channel([HEADER, ...channelRows("explicit", methodA, "L1")])), "#N/A")).toMatch(/^the schedule engine could not be loaded \(Loading chunk check-engine failed\); recalculate/);
    } finally {
      chunks.engine = fetch;
    }
  });
});
