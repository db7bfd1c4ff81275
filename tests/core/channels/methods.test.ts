import { Cable, Style, channelRows, check, onlyChannel, rulesOf } from "./build";

const CORD = "MTP-12 UPC female";
const TRUNK = "MTP-12 UPC male";
const LC = "LC/UPC duplex";
// Two cassettes are four mated pairs: at the TIA maximum (0.75 dB) they overrun 10GBASE-SR's 2.9 dB, so these are low-loss.
const LC_LL = "LC/UPC low-loss duplex";
const TRUNK_LL = "MTP-12 Elite UPC male";

/** Parallel and duplex connectivity methods from the published tables (fact sheet §2.3, §2.4). */
const cases: Array<{ name: string; cables: Cable[]; errors: string[] }> = [
  {
    name: "parallel Method A (Type A cord, Type A adapter, Type A trunk, Type A adapter, Type B cord) passes",
    cables: [
      { a: CORD, b: CORD, polarity: "Type A", adapter: "Type A" },
      { a: TRUNK, b: TRUNK, polarity: "Type A", adapter: "Type A (key-up to key-down)", length: "40 m" },
      { a: CORD, b: CORD, polarity: "Type B" },
    ],
    errors: [],
  },
  {
    name: "parallel Method B, all Type B, passes",
    cables: [
      { a: CORD, b: CORD, polarity: "Type B", adapter: "Type B" },
      { a: TRUNK, b: TRUNK, polarity: "Type B", adapter: "key-up/key-up", length: "40 m" },
      { a: CORD, b: CORD, polarity: "Type B" },
    ],
    errors: [],
  },
  {
    name: "Type B cord, Type A adapter, Type B cord fails",
    cables: [
      { a: CORD, b: TRUNK, polarity: "Type B", adapter: "Type A" },
      { a: CORD, b: CORD, polarity: "Type B" },
    ],
    errors: ["channel-polarity"],
  },
  {
    name: "parallel Type A cords through a Type A trunk (no Type B anywhere) fails",
    cables: [
      { a: CORD, b: CORD, polarity: "Type A", adapter: "Type A" },
      { a: TRUNK, b: TRUNK, polarity: "Type A", adapter: "Type A", length: "40 m" },
      { a: CORD, b: CORD, polarity: "Type A" },
    ],
    errors: ["channel-polarity"],
  },
  {
    name: "duplex Method A (A-to-B cord, cassette, Type A trunk, cassette, A-to-A cord) passes",
    cables: [
      { a: LC_LL, b: LC_LL, polarity: "A-to-B", adapter: "MPO-LC cassette", app: "10GBASE-SR" },
      { a: TRUNK_LL, b: TRUNK_LL, polarity: "Type A", adapter: "MPO-LC cassette", app: "10GBASE-SR", length: "40 m" },
      { a: LC_LL, b: LC_LL, polarity: "A-to-A", app: "10GBASE-SR" },
    ],
    errors: [],
  },
  {
    name: "duplex Method A with A-to-B cords at both ends fails",
    cables: [
      { a: LC_LL, b: LC_LL, polarity: "A-to-B", adapter: "MPO-LC cassette", app: "10GBASE-SR" },
      { a: TRUNK_LL, b: TRUNK_LL, polarity: "Type A", adapter: "MPO-LC cassette", app: "10GBASE-SR", length: "40 m" },
      { a: LC_LL, b: LC_LL, polarity: "A-to-B", app: "10GBASE-SR" },
    ],
    errors: ["channel-polarity"],
  },
  {
    name: "Method U1 (Type B trunk, Type A adapters) on APC passes",
    cables: [
      { a: LC, b: LC, polarity: "A-to-B", adapter: "U1 cassette, Type A adapter", app: "100GBASE-FR1", fiber: "OS2" },
      { a: "MTP-12 APC male", b: "MTP-12 APC male", polarity: "Type B", adapter: "U1 cassette, Type A adapter", app: "100GBASE-FR1", fiber: "OS2", length: "200 m" },
      { a: LC, b: LC, polarity: "A-to-B", app: "100GBASE-FR1", fiber: "OS2" },
    ],
    errors: [],
  },
  {
    name: "Method U2's Type B adapters on APC fail",
    cables: [
      { a: LC, b: LC, polarity: "A-to-B", adapter: "U2 cassette, Type B adapter", app: "100GBASE-FR1", fiber: "OS2" },
      { a: "MTP-12 APC male", b: "MTP-12 APC male", polarity: "Type B", adapter: "U2 cassette, Type B adapter", app: "100GBASE-FR1", fiber: "OS2", length: "200 m" },
      { a: LC, b: LC, polarity: "A-to-B", app: "100GBASE-FR1", fiber: "OS2" },
    ],
    errors: ["adapter-key-apc"],
  },
];

describe.each<Style>(["explicit", "ports"])("connectivity methods as a traced channel (%s)", (style) => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const r = check(channelRows(style, c.cables));
    const ch = onlyChannel(r);
    expect(ch.source).toBe(style);
    expect(ch.rows).toEqual(c.cables.map((_, k) => (style === "explicit" ? c.cables.length + 1 - k : k + 2)));
    expect(rulesOf(ch.findings, "error")).toEqual(c.errors);
    expect(ch.status === "ERROR").toBe(c.errors.length > 0);
    // Findings land on the rows, naming the channel.
    for (const f of ch.findings.filter((x) => x.severity === "error")) {
      expect(r.rows.find((x) => x.row === f.row)?.status).toBe("ERROR");
      expect(f.channel?.link).toBe(ch.link);
    }
  });
});

describe.each<Style>(["explicit", "ports"])("channel loss (%s)", (style) => {
  // 40GBASE-SR4 on 150 m of OM4 at 3.5 dB/km: 0.525 dB of fiber in a 1.5 dB budget; the two
  // mated pairs between the three cables are counted, the two transceiver connections are not.
  const channel = (cord: string, trunk: string): Cable[] => [
    { a: cord, b: cord, polarity: "Type B", adapter: "Type B", app: "40GBASE-SR4", length: "2 m" },
    { a: trunk, b: trunk, polarity: "Type B", adapter: "Type B", app: "40GBASE-SR4", length: "146 m" },
    { a: cord, b: cord, polarity: "Type B", app: "40GBASE-SR4", length: "2 m" },
  ];

  it("passes with two low-loss mated pairs (1.23 dB of 1.5 dB)", () => {
    const ch = onlyChannel(check(channelRows(style, channel("MTP-12 Elite UPC female", "MTP-12 Elite UPC male"))));
    expect(ch).toMatchObject({ lengthM: 150, lossDb: 1.23, budgetDb: 1.5, marginDb: 0.27 });
    expect(rulesOf(ch.findings, "error")).toEqual([]);
    // under the 0.5 dB project minimum: a warning
    expect(rulesOf(ch.findings, "warning")).toContain("loss-margin");
  });

  it("fails with two standard mated pairs (2.03 dB of 1.5 dB)", () => {
    const r = check(channelRows(style, channel(CORD, TRUNK)));
    const ch = onlyChannel(r);
    expect(ch).toMatchObject({ lengthM: 150, lossDb: 2.03, budgetDb: 1.5, marginDb: -0.53 });
    expect(rulesOf(ch.findings, "error")).toEqual(["loss-budget"]);
    // every row of the channel carries the channel's loss, not its own guess
    for (const row of ch.rows) {
      const loss = r.rows.find((x) => x.row === row)?.findings.filter((f) => f.rule === "loss-budget") ?? [];
      expect(loss).toHaveLength(1);
      expect(loss[0].params).toMatchObject({ lossDb: 2.03, matedPairs: 2, pairLossDb: 0.75 });
    }
  });

  it("the project's minimum margin is the spec's when it gives one", () => {
    const ch = onlyChannel(check(channelRows(style, channel("MTP-12 Elite UPC female", "MTP-12 Elite UPC male")), { spec: { minMarginDb: 0.2 } }));
    expect(rulesOf(ch.findings)).not.toContain("loss-margin");
  });
});
