import { APPLICATIONS, CheckOptions, RULES, RuleId, SOURCES, UNRELATED_HOSTS, findingMessage, renderFinding, ruleById } from "../../../src/core";
import { RowSpec, allFindings, direct, panels, viaPanel } from "./harness";

/** Every rule id the Finding union knows: TypeScript rejects a missing or an extra key (npx tsc). */
const RULE_IDS: Record<RuleId, true> = {
  "unreadable-cell": true, "unknown-application": true, "length-unit": true, "mpo-fiber-count": true, "mpo-gender": true,
  "transceiver-gender": true, "polish-mating": true, "connector-family": true, "sm-mpo-polish": true, "apc-adapter-key": true, "module-polish": true,
  "mpo-key": true, "mpo-rows": true, "connector-fiber-count": true, "fiber-waste": true, "dark-positions": true, "fiber-kind": true,
  "legacy-multimode": true, reach: true, "reach-margin": true, "reach-unknown": true, "loss-budget": true, "loss-margin": true,
  "pair-loss-above-tia": true, "om5-no-benefit": true, "os1a-reach": true, "parallel-polarity": true, "duplex-polarity": true,
  "wdm-breakout": true, "breakout-fanout": true, "jacket-colour": true, "mpo-myth": true, "generic-fiber-grade": true,
  "mtp-vs-mpo": true, "project-spec": true, "nothing-checked": true, "not-fiber": true, "cable-fiber-count": true,
  "duplicate-cable-id": true, "port-reuse": true, "adapter-overfull": true,
  "channel-polarity": true, "channel-polarity-mix": true, "channel-application": true, "channel-grade-mix": true,
  "adapter-key-apc": true, "channel-end": true, "cassette-side": true,
};
const READER_RAISED: RuleId[] = ["unreadable-cell", "unknown-application", "length-unit", "nothing-checked", "not-fiber"];
const ACROSS_ROWS: RuleId[] = ["duplicate-cable-id", "port-reuse", "adapter-overfull"];

/** One schedule per rule that makes it speak, so every message is rendered at least once. */
const SAMPLES: Record<RuleId, { rows: RowSpec[]; options?: CheckOptions }> = {
  "unreadable-cell": { rows: [{ ...panels, a: "#N/A", fiber: "OM7", length: "long" }] },
  "unknown-application": { rows: [{ ...panels, app: "100GBASE-ZR9" }] },
  "length-unit": { rows: [{ ...panels, length: "30 yd" }] },
  "mpo-fiber-count": { rows: [{ ...panels, a: "MPO-13", b: "MPO-60" }] },
  "mpo-gender": { rows: viaPanel({ a: "MPO-12 female", b: "MPO-12 female" }, { a: "MPO-12 female", b: "MPO-12 male" }) },
  "transceiver-gender": { rows: [{ ...direct, a: "MPO-12 male", b: "MPO-12 male" }] },
  "polish-mating": { rows: [...viaPanel({ a: "MPO-12 APC female", b: "MPO-12 APC female" }, { a: "MPO-12 UPC male", b: "MPO-12 UPC male" }), { ...direct, a: "MPO-12 UPC female", b: "LC/APC duplex", app: "400GBASE-DR4" }] },
  "connector-family": { rows: [...viaPanel({ a: "LC/UPC duplex", b: "LC/UPC duplex" }, { a: "SC/UPC", b: "SC/UPC" }), { ...direct, a: "LC duplex", app: "100GBASE-SR4" }] },
  "sm-mpo-polish": { rows: [{ ...panels, a: "MPO-12 UPC male", fiber: "OS2" }, { ...panels, a: "MPO-12 UPC male", app: "400GBASE-DR4" }] },
  "apc-adapter-key": { rows: [{ ...panels, a: "MPO-12 APC male", polarity: "Method B" }, { ...panels, a: "MPO-12 male", app: "400GBASE-DR4", polarity: "U2" }] },
  "module-polish": { rows: [{ ...direct, a: "MPO-16 APC female", b: "MPO-16 APC female", app: "400GBASE-SR8" }] },
  "mpo-key": { rows: [...viaPanel({ a: "MPO-16 female", b: "MPO-16 female" }, { a: "MPO-12 male", b: "MPO-12 male" }), { ...direct, a: "MPO-24 female", app: "400GBASE-SR8" }] },
  "mpo-rows": { rows: [...viaPanel({ a: "MPO-12 female", b: "MPO-12 female" }, { a: "MPO-24 male", b: "MPO-24 male" }), { ...direct, a: "MPO-24 female", app: "100GBASE-SR4" }] },
  "connector-fiber-count": { rows: [{ ...panels, a: "MPO-12 male", app: "400GBASE-SR8" }, { ...panels, count: 8, app: "400GBASE-SR8" }] },
  "fiber-waste": { rows: [{ ...panels, a: "MPO-24 male", app: "100GBASE-SR4" }, { ...panels, a: "MPO-24 male", app: "400GBASE-SR8" }] },
  "dark-positions": { rows: [{ ...panels, a: "MPO-12 male", app: "100GBASE-SR4" }] },
  "fiber-kind": { rows: [{ ...panels, fiber: "OS2", app: "100GBASE-SR4" }, { ...panels, fiber: "MMF 50/125", app: "40GBASE-LR4" }] },
  "legacy-multimode": { rows: [{ ...panels, fiber: "OM2", app: "40GBASE-SR4" }] },
  reach: { rows: [{ ...panels, fiber: "OM3", app: "100GBASE-SR4", length: "300 ft" }, { ...panels, fiber: "OM4", app: "400GBASE-SR4", length: "110 m" }] },
  "reach-margin": { rows: [{ ...panels, fiber: "OM4", app: "100GBASE-SR4", length: "95.5 m" }] },
  "reach-unknown": { rows: [{ ...panels, fiber: "OM2", app: "10GBASE-SR" }] },
  "loss-budget": { rows: [{ ...panels, fiber: "OM4", app: "400GBASE-SR8", length: "100 m", pairs: 2, splices: 2 }, { ...panels, fiber: "OM4", app: "400GBASE-SR8", length: "100 m", pairs: 3 }] },
  "loss-margin": { rows: [{ ...panels, fiber: "OM4", app: "400GBASE-SR8", length: "100 m", pairs: 2 }] },
  "pair-loss-above-tia": { rows: [{ ...panels, pairLoss: 0.9 }] },
  "om5-no-benefit": { rows: [{ ...panels, fiber: "OM5", app: "400GBASE-SR8" }] },
  "os1a-reach": { rows: [{ ...panels, fiber: "OS1a", app: "800GBASE-DR8", length: "300 m" }] },
  "parallel-polarity": { rows: [{ ...direct, a: "MPO-12 female", b: "MPO-12 female", app: "100GBASE-SR4", polarity: "Type A" }, { ...direct, a: "MPO-12 female", b: "MPO-12 female", polarity: "Type C" }] },
  "duplex-polarity": { rows: [{ ...direct, a: "LC/UPC duplex", b: "LC/UPC duplex", polarity: "A-to-A" }, { ...panels, app: "100GBASE-SR4", polarity: "U1" }, { ...panels, app: "100GBASE-SR4", polarity: "A-to-B" }] },
  "wdm-breakout": { rows: [{ from: "leaf01 Eth1/1", to: "PP-1 P1", a: "MPO-12 APC female", b: "4x LC/UPC duplex", app: "40GBASE-LR4" }] },
  "breakout-fanout": { rows: [{ ...panels, a: "MPO-12 female", b: "4x LC/UPC duplex" }] },
  "jacket-colour": { rows: [{ ...panels, fiber: "OM4", colour: "yellow" }] },
  "mpo-myth": { rows: [{ ...panels, notes: "MTP max 12 fibers; unkeyed MPO" }, { ...panels, notes: "MPO up to 24 fibers" }] },
  "generic-fiber-grade": { rows: [{ ...panels, fiber: "MMF", app: "100GBASE-SR4" }] },
  "mtp-vs-mpo": {
    rows: [
      { ...panels, a: "MPO-12 male", fiber: "OM4", app: "100GBASE-SR4", length: "100 m" },
      { ...direct, a: "MPO-12 female", fiber: "OM4", app: "100GBASE-SR4", length: "10 m", priority: "performance" },
      { ...panels, a: "MTP-16 Elite male", fiber: "OM4", app: "400GBASE-SR8", length: "30 m", pairs: 1, priority: "cost" },
    ],
  },
  "project-spec": {
    rows: [{ ...panels, a: "MPO-12 male", b: "SC/UPC", fiber: "OM3", polarity: "Method A" }],
    options: { spec: { allowedConnectors: ["MTP", "LC"], allowedFiberGrades: ["OM4"], requireLowLossMpo: true, polarityMethod: "B" } },
  },
  "nothing-checked": { rows: [{ from: "leaf01 Eth1/1", to: "PP-A01 P1" }] },
  "not-fiber": { rows: [{ from: "leaf01 Eth1/1", to: "srv01 eth0", a: "RJ45", b: "RJ45", fiber: "Cat6A" }] },
  "cable-fiber-count": { rows: [{ ...panels, a: "MPO-12 male", b: "MPO-12 male", count: 24 }] },
  "duplicate-cable-id": { rows: [{ id: "C-1", ...panels, a: "LC duplex" }, { id: "C-1", from: "PP-A02 P1", to: "PP-B02 P1", a: "LC duplex" }] },
  "port-reuse": { rows: [{ ...direct, a: "LC duplex" }, { from: "leaf01 Eth1/1", to: "PP-C01 P1", a: "LC duplex" }] },
  "adapter-overfull": { rows: [{ ...panels, a: "LC duplex" }, { ...panels, a: "LC duplex" }, { ...panels, a: "LC duplex" }] },
  // Channels traced by panel ports: leaf01 -> PP-A01 P1 (-> ...) -> spine01.
  "channel-polarity": {
    rows: [
      { from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "MPO-12 APC female", b: "MPO-12 APC male", polarity: "Type B" },
      { from: "PP-A01 P1", to: "spine01 Eth1/1", a: "MPO-12 APC female", b: "MPO-12 APC female", polarity: "Type B" },
      { from: "leaf02 Eth1/1", to: "PP-A02 P1", a: "MPO-12 female", b: "MPO-12 male", polarity: "Type B" },
      { from: "PP-A02 P1", to: "spine02 Eth1/1", a: "MPO-12 female", b: "MPO-12 female" },
    ],
  },
  "channel-polarity-mix": {
    rows: [
      { from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "MPO-12 female", b: "MPO-12 female", polarity: "Type B" },
      { from: "PP-A01 P1", to: "PP-B01 P1", a: "MPO-12 male", b: "MPO-12 male", polarity: "Type A" },
      { from: "PP-B01 P1", to: "PP-C01 P1", a: "MPO-12 female", b: "MPO-12 female", polarity: "Type B" },
      { from: "PP-C01 P1", to: "spine01 Eth1/1", a: "MPO-12 male", b: "MPO-12 female", polarity: "Type B" },
    ],
  },
  "channel-application": {
    rows: [
      { from: "leaf01 Eth1/1", to: "PP-A01 P1", app: "100GBASE-SR4" },
      { from: "PP-A01 P1", to: "spine01 Eth1/1", app: "40GBASE-LR4" },
    ],
  },
  "channel-grade-mix": {
    rows: [
      { from: "leaf01 Eth1/1", to: "PP-A01 P1", app: "100GBASE-SR4", fiber: "OM3" },
      { from: "PP-A01 P1", to: "spine01 Eth1/1", app: "100GBASE-SR4", fiber: "OM4" },
    ],
  },
  "adapter-key-apc": {
    rows: [
      { from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "MPO-12 APC female", b: "MPO-12 APC male", notes: "Type B adapter" },
      { from: "PP-A01 P1", to: "spine01 Eth1/1", a: "MPO-12 APC female", b: "MPO-12 APC female" },
    ],
    options: { columns: { adapter: "Notes" } },
  },
  "channel-end": {
    rows: [
      { from: "node7 port 1", to: "PP-A01 P1", a: "MPO-12 female", b: "MPO-12 male" },
      { from: "PP-A01 P1", to: "PP-B01 P1", a: "MPO-12 female", b: "MPO-12 male" },
    ],
  },
  "cassette-side": {
    rows: [
      { from: "leaf01 Eth1/1", to: "CAS-01 MPO-LC cassette", a: "LC/UPC duplex", b: "SC/UPC duplex" },
      { from: "CAS-01 MPO-LC cassette", to: "CAS-02 MPO-LC cassette", a: "MPO-12 male", b: "MPO-12 female" },
    ],
  },
};

describe("rule registry", () => {
  const ids = Object.keys(RULE_IDS) as RuleId[];

  it("every rule id of the Finding union has exactly one rule, and there are no others", () => {
    for (const id of ids) expect([id, RULES.filter((r) => r.id === id).length]).toEqual([id, 1]);
    expect(RULES.map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it("ids are kebab-case and unique", () => {
    for (const r of RULES) expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s has a title, a default severity and sources that exist", (_id, r) => {
    expect(r.title.trim()).not.toBe("");
    expect(["error", "warning", "info"]).toContain(r.severity);
    expect(r.sources.length).toBeGreaterThan(0);
    for (const s of r.sources) expect(SOURCES[s]).toEqual(expect.objectContaining({ id: s, title: expect.any(String) }));
    expect(ruleById(r.id)).toBe(r);
  });

  it("every rule source cites a standard clause, apart from the page it was read on", () => {
    for (const r of RULES) for (const id of r.sources) expect([r.id, id, SOURCES[id].clause.trim().length > 5]).toEqual([r.id, id, true]);
  });

  it("no source links to a copy on an unrelated site (blog mirrors, document dumps, an aviation page)", () => {
    const hosts = [...UNRELATED_HOSTS, "googmn.com", "busydoniemiecwaldii.pl", "fdocuments", "biao-zhun", "activa.net.pl", "miwwk.unas.cz", "instacoolbio", "ucatruco", "wpengine.com"];
    const used = new Set([...RULES.flatMap((r) => r.sources), ...APPLICATIONS.map((a) => a.source)]);
    for (const s of Object.values(SOURCES)) {
      if (!s.url) continue;
      const host = new URL(s.url).hostname;
      expect([s.id, hosts.filter((h) => host.includes(h))]).toEqual([s.id, []]);
    }
    expect(used.size).toBeGreaterThan(10);
  });

  it("reader-raised and across-rows findings have no row check; every other rule has a row, a pair or a channel check", () => {
    for (const r of RULES) {
      const checks = typeof r.checkRow === "function" || typeof r.checkPair === "function" || typeof r.checkChannel === "function";
      const elsewhere = READER_RAISED.includes(r.id) || ACROSS_ROWS.includes(r.id);
      expect([r.id, !!r.raisedByReader, !!r.acrossRows, checks]).toEqual([r.id, READER_RAISED.includes(r.id), ACROSS_ROWS.includes(r.id), !elsewhere]);
    }
  });

  it("fact-sheet references name section 7 rules, and cover all but connector colour (R27)", () => {
    const numbers = new Set<number>();
    for (const r of RULES.filter((x) => x.factSheet)) {
      expect(r.factSheet).toMatch(/^R\d+(, R\d+)*$/);
      for (const m of (r.factSheet as string).matchAll(/R(\d+)/g)) numbers.add(Number(m[1]));
    }
    const expected = Array.from({ length: 32 }, (_, i) => i + 1).filter((n) => n !== 27);
    expect([...numbers].filter((n) => n < 1 || n > 32)).toEqual([]);
    expect(expected.filter((n) => !numbers.has(n))).toEqual([]);
  });

  describe("every finding renders a message", () => {
    it.each(ids.map((id) => [id] as const))("%s", (id) => {
      const { rows, options } = SAMPLES[id];
      const findings = allFindings(rows, options);
      expect(findings.map((f) => f.rule)).toContain(id);
      for (const f of findings) {
        const message = findingMessage(f);
        expect(message.trim()).not.toBe("");
        expect(message).not.toMatch(/undefined|NaN|\[object|null/);
        expect(renderFinding(f, "cell")).toBe(`${f.severity.toUpperCase()} ${f.rule}: ${message}`);
      }
    });

    it("an unconfirmed finding says it is a warning only", () => {
      const f = allFindings(SAMPLES.reach.rows).find((x) => x.rule === "reach" && x.unconfirmed);
      expect(f && findingMessage(f)).toMatch(/unconfirmed/);
    });
  });
});
