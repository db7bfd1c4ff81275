/**
 * Catalog figures checked against the project's fact sheet (domain facts §3 and §4). Each row
 * below is copied from the fact sheet, not from the catalog, so a changed figure fails here.
 */
import {
  APPLICATIONS,
  ATTENUATION_DB_PER_KM,
  Application,
  FIBER_GRADES,
  FiberGrade,
  MATED_PAIR_LOSS_DB,
  SOURCES,
  SPLICE_LOSS_DB,
  Sourced,
  applicationById,
  WAVELENGTHS,
  attenuationAt,
  attenuationFor,
  channelBudgetFor,
  mdiPolishFor,
  parseApplication,
  reachFor,
} from "../../src/core";

const app = (id: string): Application => {
  const a = applicationById(id);
  if (!a) throw new Error(`${id} missing from the catalog`);
  return a;
};

describe("applications: kind, fibers lit, interface (fact sheet §3)", () => {
  const rows: Array<[string, "MMF" | "SMF", number, "MPO" | "LC", number]> = [
    // [PMD, fiber kind, fibers used, MDI family, MDI positions]
    ["10GBASE-SR", "MMF", 2, "LC", 2],
    ["25GBASE-SR", "MMF", 2, "LC", 2],
    ["40GBASE-SR4", "MMF", 8, "MPO", 12],
    ["40GBASE-LR4", "SMF", 2, "LC", 2],
    ["100GBASE-SR10", "MMF", 20, "MPO", 24],
    ["100GBASE-SR4", "MMF", 8, "MPO", 12],
    ["100G-PSM4", "SMF", 8, "MPO", 12],
    ["100GBASE-DR", "SMF", 2, "LC", 2],
    ["100GBASE-FR1", "SMF", 2, "LC", 2],
    ["200GBASE-SR4", "MMF", 8, "MPO", 12],
    ["200GBASE-DR4", "SMF", 8, "MPO", 12],
    ["400GBASE-SR8", "MMF", 16, "MPO", 16],
    ["400GBASE-SR4.2", "MMF", 8, "MPO", 12],
    ["400GBASE-SR4", "MMF", 8, "MPO", 12],
    ["400GBASE-VR4", "MMF", 8, "MPO", 12],
    ["400GBASE-DR4", "SMF", 8, "MPO", 12],
    ["400GBASE-FR4", "SMF", 2, "LC", 2],
    ["400GBASE-LR8", "SMF", 2, "LC", 2],
    ["800GBASE-SR8", "MMF", 16, "MPO", 16],
    ["800GBASE-DR8", "SMF", 16, "MPO", 16],
    // Optics real schedules carry (issue 11, section 4)
    ["1000BASE-SX", "MMF", 2, "LC", 2],
    ["1000BASE-LX", "SMF", 2, "LC", 2],
    ["10GBASE-LR", "SMF", 2, "LC", 2],
    ["10GBASE-ER", "SMF", 2, "LC", 2],
    ["25GBASE-LR", "SMF", 2, "LC", 2],
    ["40G-SWDM4", "MMF", 2, "LC", 2],
    ["40GBASE-ER4", "SMF", 2, "LC", 2],
    ["100GBASE-SR2", "MMF", 4, "MPO", 12],
    ["100G-SR1.2", "MMF", 2, "LC", 2],
    ["100G-SWDM4", "MMF", 2, "LC", 2],
    ["100GBASE-LR4", "SMF", 2, "LC", 2],
    ["100GBASE-ER4", "SMF", 2, "LC", 2],
    ["100G-CWDM4", "SMF", 2, "LC", 2],
    ["100GBASE-LR1", "SMF", 2, "LC", 2],
    ["200GBASE-FR4", "SMF", 2, "LC", 2],
    ["200GBASE-LR4", "SMF", 2, "LC", 2],
    ["400GBASE-DR4-2", "SMF", 8, "MPO", 12],
    ["400G-PLR4", "SMF", 8, "MPO", 12],
    ["400GBASE-LR4-6", "SMF", 2, "LC", 2],
    ["400G-LR4-10", "SMF", 2, "LC", 2],
    ["800GBASE-VR8", "MMF", 16, "MPO", 16],
    ["800G-2xDR4", "SMF", 8, "MPO", 12],
    ["800G-2xFR4", "SMF", 2, "LC", 2],
  ];
  test.each(rows)("%s: %s, %i fibers, %s-%i", (id, kind, fibers, family, positions) => {
    const a = app(id);
    expect(a.fiberKind).toBe(kind);
    expect(a.fibersUsed).toBe(fibers);
    expect(a.mdi.family).toBe(family);
    expect(a.mdi.positions).toBe(positions);
    expect(a.signal).toBe(family === "MPO" ? "parallel" : "duplex");
  });

  test("the catalog holds exactly the fact sheet's PMDs", () => {
    expect(APPLICATIONS.map((a) => a.id).sort()).toEqual(rows.map(([id]) => id).sort());
  });

  test("single-mode MPO interfaces are APC (single-mode MPO is always angle-polished)", () => {
    for (const id of ["100G-PSM4", "200GBASE-DR4", "400GBASE-DR4", "800GBASE-DR8"]) expect(app(id).mdi.polish.value).toBe("APC");
  });
  test("10G/25G-lane multimode MPO interfaces are flat-polished (UPC)", () => {
    for (const id of ["40GBASE-SR4", "100GBASE-SR4", "100GBASE-SR10"]) expect(app(id).mdi.polish).toMatchObject({ value: "UPC", confirmed: true });
  });
  test("PAM4-lane multimode parallel optics are sold with UPC and with APC receptacles (NVIDIA LinkX)", () => {
    for (const id of ["200GBASE-SR4", "400GBASE-SR8", "400GBASE-SR4", "400GBASE-VR4", "800GBASE-SR8", "800GBASE-VR8"]) {
      expect([id, app(id).mdi.polish.value, app(id).mdi.polish.source]).toEqual([id, "either", "nvidia-optical-connectors"]);
    }
    // 50G-lane SR4.2 and SR2: UPC is usual but not confirmed, so a polish mismatch there only warns
    for (const id of ["400GBASE-SR4.2", "100GBASE-SR2"]) expect(app(id).mdi.polish).toMatchObject({ value: "UPC", confirmed: false });
  });
  test("the project spec pins the polish of modules sold both ways; elsewhere the catalog's polish stands", () => {
    expect(mdiPolishFor(app("400GBASE-SR8"))).toBeUndefined();
    expect(mdiPolishFor(app("400GBASE-SR8"), { multimodePolish: "APC" })).toMatchObject({ value: "APC", source: "project-spec", confirmed: true });
    expect(mdiPolishFor(app("400GBASE-DR4"), { multimodePolish: "UPC" })?.value).toBe("APC");
    expect(mdiPolishFor(app("100GBASE-SR4"), { multimodePolish: "APC" })?.value).toBe("UPC");
  });
  test("MSA and vendor-only optics are marked as such; vendor names map to the IEEE PMD they are", () => {
    const kinds = Object.fromEntries(APPLICATIONS.map((a) => [a.id, a.kind]));
    for (const id of ["100G-PSM4", "100G-CWDM4", "100G-SWDM4", "40G-SWDM4", "400G-LR4-10", "800G-2xDR4", "800G-2xFR4"]) expect([id, kinds[id]]).toEqual([id, "msa"]);
    for (const id of ["100G-SR1.2", "400G-PLR4"]) expect([id, kinds[id]]).toEqual([id, "vendor"]);
    for (const a of APPLICATIONS.filter((x) => x.kind === "ieee")) expect([a.id, a.standard]).toEqual([a.id, expect.stringMatching(/^IEEE 802\.3/)]);
    expect(app("400GBASE-DR4-2").aliases).toEqual(expect.arrayContaining(["400G-XDR4", "400G-DR4+"]));
  });

  test("WDM duplex PMDs cannot be broken out (LR4, FR4, LR8); parallel SR/DR can", () => {
    for (const id of ["40GBASE-LR4", "400GBASE-FR4", "400GBASE-LR8"]) expect(app(id).wdm).toBe(true);
    for (const id of ["40GBASE-SR4", "100GBASE-SR4", "400GBASE-DR4", "800GBASE-DR8"]) expect(app(id).wdm).toBe(false);
    expect(app("40GBASE-SR4").breakout).toEqual({ to: "10GBASE-SR", ports: 4 });
    expect(app("400GBASE-DR4").breakout).toEqual({ to: "100GBASE-DR", ports: 4 });
    expect(app("800GBASE-DR8").breakout).toEqual({ to: "100GBASE-DR", ports: 8 });
  });
});

/** [PMD, grade, value, confirmed] */
type Figure = [string, FiberGrade, number, boolean];

describe("reach in metres per grade (fact sheet §3)", () => {
  const rows: Figure[] = [
    ["10GBASE-SR", "OM3", 300, true],
    ["10GBASE-SR", "OM4", 400, true],
    ["10GBASE-SR", "OM5", 400, true],
    ["25GBASE-SR", "OM3", 70, true], // TIA FOTC, IEEE 802.3 Clause 112
    ["25GBASE-SR", "OM4", 100, true],
    ["25GBASE-SR", "OM5", 100, true],
    ["40GBASE-SR4", "OM3", 100, true],
    ["40GBASE-SR4", "OM4", 150, true],
    ["40GBASE-SR4", "OM5", 150, true],
    ["40GBASE-LR4", "OS2", 10000, true],
    ["100GBASE-SR10", "OM3", 100, true],
    ["100GBASE-SR10", "OM4", 150, true],
    ["100GBASE-SR4", "OM3", 70, true],
    ["100GBASE-SR4", "OM4", 100, true],
    ["100GBASE-SR4", "OM5", 100, true],
    ["100G-PSM4", "OS2", 500, true],
    ["100GBASE-DR", "OS2", 500, true],
    ["100GBASE-FR1", "OS2", 2000, true],
    ["200GBASE-SR4", "OM3", 70, false], // UNCONFIRMED
    ["200GBASE-SR4", "OM4", 100, true],
    ["200GBASE-SR4", "OM5", 100, true],
    ["200GBASE-DR4", "OS2", 500, true],
    ["400GBASE-SR8", "OM3", 70, true],
    ["400GBASE-SR8", "OM4", 100, true],
    ["400GBASE-SR8", "OM5", 100, true],
    ["400GBASE-SR4.2", "OM3", 70, true],
    ["400GBASE-SR4.2", "OM4", 100, true],
    ["400GBASE-SR4.2", "OM5", 150, true],
    ["400GBASE-SR4", "OM3", 60, false], // UNCONFIRMED (60 m commonly quoted)
    ["400GBASE-SR4", "OM4", 100, false], // no public copy of the Clause 167 table was read
    ["400GBASE-SR4", "OM5", 100, false], // UNCONFIRMED
    ["400GBASE-VR4", "OM3", 30, false], // UNCONFIRMED
    ["400GBASE-VR4", "OM4", 50, false],
    ["400GBASE-DR4", "OS2", 500, true],
    ["400GBASE-FR4", "OS2", 2000, true],
    ["400GBASE-LR8", "OS2", 10000, true],
    ["800GBASE-SR8", "OM3", 60, false], // UNCONFIRMED
    ["800GBASE-SR8", "OM4", 100, false], // UNCONFIRMED primary
    ["800GBASE-DR8", "OS2", 500, true],
    ["40GBASE-ER4", "OS2", 40000, true], // TIA FOTC 40GBASE-ER4
    ["40GBASE-ER4", "OS1a", 15000, true], // informative
    ["100GBASE-ER4", "OS2", 40000, true], // IEEE SMF ad hoc: (18 - 2) dB / 40 km = 0.4 dB/km
    ["100G-CWDM4", "OS2", 2000, true], // CWDM4 MSA: up to 2 km
    ["800G-2xFR4", "OS2", 2000, true],
    ["1000BASE-SX", "OM1", 275, false],
    ["1000BASE-SX", "OM2", 550, false],
    ["10GBASE-LR", "OS2", 10000, false],
    ["100GBASE-LR4", "OS2", 10000, false],
    ["100G-SWDM4", "OM5", 150, false],
    ["400GBASE-DR4-2", "OS2", 2000, false],
    ["800GBASE-VR8", "OM4", 50, false],
  ];
  test.each(rows)("%s on %s: %i m (confirmed %s)", (id, grade, metres, confirmed) => {
    const r = reachFor(app(id), grade);
    expect(r?.value).toBe(metres);
    expect(r?.confirmed).toBe(confirmed);
  });

  test("no multimode reach for OM1/OM2 on 40G and faster (OM1/OM2 do not support 40G/100G)", () => {
    for (const a of APPLICATIONS.filter((x) => x.fiberKind === "MMF" && !["1000BASE-SX", "10GBASE-SR", "25GBASE-SR"].includes(x.id))) {
      expect(reachFor(a, "OM1")).toBeUndefined();
      expect(reachFor(a, "OM2")).toBeUndefined();
    }
  });
  test("no multimode reach for single-mode PMDs and the other way round", () => {
    for (const a of APPLICATIONS) {
      const wrong = a.fiberKind === "MMF" ? (["OS1", "OS1a", "OS2"] as const) : (["OM1", "OM2", "OM3", "OM4", "OM5"] as const);
      for (const g of wrong) expect(reachFor(a, g)).toBeUndefined();
    }
  });
  test("OM5 is not assumed to reach as far as OM4 where IEEE gives no OM5 figure", () => {
    expect(reachFor(app("100GBASE-SR10"), "OM5")).toBeUndefined();
    expect(reachFor(app("400GBASE-VR4"), "OM5")).toBeUndefined();
  });

  test("informative OS1a ranges (1.0 dB/km cable)", () => {
    expect(app("40GBASE-LR4").reachOS1a?.value).toBe(4000);
    expect(app("100GBASE-FR1").reachOS1a?.value).toBe(1000);
    expect(app("800GBASE-DR8").reachOS1a?.value).toBe(250);
    expect(app("800GBASE-DR8").reachOS1a?.confirmed).toBe(true);
  });
});

describe("maximum channel insertion loss in dB (fact sheet §3)", () => {
  const rows: Figure[] = [
    ["10GBASE-SR", "OM3", 2.6, true],
    ["10GBASE-SR", "OM4", 2.9, true],
    ["25GBASE-SR", "OM3", 1.8, true], // TIA FOTC, IEEE 802.3 Clause 112
    ["25GBASE-SR", "OM5", 1.9, true],
    ["25GBASE-SR", "OM4", 1.9, true],
    ["40GBASE-SR4", "OM3", 1.9, true],
    ["40GBASE-SR4", "OM4", 1.5, true],
    ["40GBASE-LR4", "OS2", 6.7, true],
    ["100GBASE-SR10", "OM3", 1.9, true],
    ["100GBASE-SR10", "OM4", 1.5, true],
    ["100GBASE-SR4", "OM3", 1.8, false], // UNCONFIRMED in a retrieved primary
    ["100GBASE-SR4", "OM4", 1.9, false],
    ["100G-PSM4", "OS2", 3.3, false], // UNCONFIRMED
    ["100GBASE-DR", "OS2", 3.0, false], // UNCONFIRMED primary
    ["100GBASE-FR1", "OS2", 4.0, true],
    ["200GBASE-SR4", "OM4", 1.9, false],
    ["200GBASE-DR4", "OS2", 3.0, false],
    ["400GBASE-SR8", "OM3", 1.8, true],
    ["400GBASE-SR8", "OM4", 1.9, true],
    ["400GBASE-SR8", "OM5", 1.9, true],
    ["400GBASE-SR4.2", "OM3", 1.7, true],
    ["400GBASE-SR4.2", "OM4", 1.8, true],
    ["400GBASE-SR4.2", "OM5", 2.0, true],
    ["400GBASE-DR4", "OS2", 3.0, false],
    ["400GBASE-FR4", "OS2", 4.0, false],
    ["400GBASE-LR8", "OS2", 6.3, true],
    ["800GBASE-DR8", "OS2", 3.0, true],
    ["40GBASE-ER4", "OS2", 18.5, true],
    ["10GBASE-ER", "OS2", 11, true], // IEEE 802.3 Table 52-24
    ["100GBASE-ER4", "OS2", 18, true],
    ["100G-CWDM4", "OS2", 5.0, false],
    ["10GBASE-LR", "OS2", 6.2, false],
  ];
  test.each(rows)("%s on %s: %p dB (confirmed %s)", (id, grade, db, confirmed) => {
    const b = channelBudgetFor(app(id), grade);
    expect(b?.value).toBe(db);
    expect(b?.confirmed).toBe(confirmed);
  });

  test("no budget where the fact sheet has none (802.3db/df multimode)", () => {
    expect(channelBudgetFor(app("400GBASE-SR4"), "OM4")).toBeUndefined();
    expect(channelBudgetFor(app("400GBASE-VR4"), "OM4")).toBeUndefined();
    expect(channelBudgetFor(app("800GBASE-SR8"), "OM4")).toBeUndefined();
  });

  test("OM5 without its own figure borrows OM4's, marked unconfirmed; never where OM5 has no reach", () => {
    const b = channelBudgetFor(app("10GBASE-SR"), "OM5");
    expect(b?.value).toBe(2.9);
    expect(b?.confirmed).toBe(false);
    expect(channelBudgetFor(app("100GBASE-SR10"), "OM5")).toBeUndefined();
  });

  test("no budget on the wrong kind of fiber", () => {
    expect(channelBudgetFor(app("100GBASE-SR4"), "OS2")).toBeUndefined();
    expect(channelBudgetFor(app("400GBASE-DR4"), "OM4")).toBeUndefined();
  });

  test("connection allocations", () => {
    const alloc = (id: string): Sourced<number> | undefined => app(id).connectionAllocationDb;
    expect(alloc("10GBASE-SR")?.value).toBe(1.5);
    expect(alloc("40GBASE-LR4")?.value).toBe(2.0);
    expect(alloc("100GBASE-FR1")?.value).toBe(3.0);
    expect(alloc("400GBASE-LR8")?.value).toBe(2.0);
    expect(alloc("800GBASE-DR8")).toMatchObject({ value: 2.75, confirmed: true });
    // DERIVED or UNCONFIRMED in the fact sheet:
    expect(alloc("100GBASE-SR4")).toMatchObject({ value: 1.5, confirmed: false });
    expect(alloc("400GBASE-SR8")).toMatchObject({ value: 1.5, confirmed: false });
    expect(alloc("100GBASE-DR")).toMatchObject({ value: 2.75, confirmed: false });
    expect(alloc("400GBASE-DR4")).toMatchObject({ value: 2.75, confirmed: false });
    expect(alloc("100G-PSM4")).toBeUndefined();
  });

  test("the Fluke example: 40GBASE-SR4 on 150 m OM4 at 3.0 dB/km leaves 1.05 dB for connections", () => {
    const budget = channelBudgetFor(app("40GBASE-SR4"), "OM4")!.value;
    const left = budget - 0.15 * 3.0;
    expect(left).toBeCloseTo(1.05, 10);
    // So at the TIA 0.75 dB per mated pair only one pair fits.
    expect(Math.floor(left / MATED_PAIR_LOSS_DB.standard.value)).toBe(1);
  });
});

describe("loss defaults (fact sheet §4, issue 3)", () => {
  test("cabled attenuation: OM1–OM5 3.5 dB/km at 850 nm, OS1/OS1a 1.0, OS2 0.4", () => {
    const expected: Record<FiberGrade, number> = { OM1: 3.5, OM2: 3.5, OM3: 3.5, OM4: 3.5, OM5: 3.5, OS1: 1.0, OS1a: 1.0, OS2: 0.4 };
    for (const g of FIBER_GRADES) expect(ATTENUATION_DB_PER_KM[g].value).toBe(expected[g]);
  });
  test("a fiber without a grade gets the worst case of its kind", () => {
    expect(attenuationFor({ kind: "MMF" }).value).toBe(3.5);
    expect(attenuationFor({ kind: "SMF" }).value).toBe(1.0);
    expect(attenuationFor({ kind: "SMF", grade: "OS2" }).value).toBe(0.4);
  });
  test("cabled attenuation by wavelength (TIA-568.3): multimode 1.5 dB/km at 1300 nm; single-mode one figure at 1310 and 1550 nm", () => {
    // [grade, 850, 1300, 1310, 1550]; undefined: the other kind's window
    const rows: Array<[FiberGrade, number | undefined, number | undefined, number | undefined, number | undefined]> = [
      ["OM1", 3.5, 1.5, 1.5, undefined],
      ["OM3", 3.5, 1.5, 1.5, undefined],
      ["OM5", 3.5, 1.5, 1.5, undefined],
      ["OS1a", undefined, 1.0, 1.0, 1.0],
      ["OS2", undefined, 0.4, 0.4, 0.4],
    ];
    for (const [g, ...figures] of rows) {
      expect(WAVELENGTHS.map((nm) => attenuationAt(g, nm)?.value)).toEqual(figures);
    }
    // the default windows are the figures the row check uses
    expect(attenuationAt("OM4", 850)).toBe(ATTENUATION_DB_PER_KM.OM4);
    expect(attenuationAt("OS2", 1310)).toBe(ATTENUATION_DB_PER_KM.OS2);
    expect(attenuationAt("OM4", 1300)?.source).toBe("tia-568.3-cabled-attenuation");
    // OS2 at 1550 nm rests on IEEE's 0.4 dB/km basis, not a TIA figure: unconfirmed
    expect(attenuationAt("OS2", 1550)?.confirmed).toBe(false);
  });
  test("TIA maximum 0.75 dB per mated pair (confirmed), low-loss/Elite 0.35 dB and splice 0.3 dB (unconfirmed)", () => {
    expect(MATED_PAIR_LOSS_DB.standard).toMatchObject({ value: 0.75, confirmed: true });
    expect(MATED_PAIR_LOSS_DB["low-loss"]).toMatchObject({ value: 0.35, confirmed: false });
    expect(SPLICE_LOSS_DB).toMatchObject({ value: 0.3, confirmed: false });
  });
});

describe("every catalog value names a source", () => {
  const values: Array<[string, Sourced<unknown>]> = [];
  for (const a of APPLICATIONS) {
    values.push([`${a.id} MDI polish`, a.mdi.polish]);
    for (const [g, v] of Object.entries(a.reach)) values.push([`${a.id} reach ${g}`, v]);
    for (const [g, v] of Object.entries(a.maxChannelLossDb)) values.push([`${a.id} budget ${g}`, v]);
    if (a.reachOS1a) values.push([`${a.id} OS1a reach`, a.reachOS1a]);
    if (a.connectionAllocationDb) values.push([`${a.id} allocation`, a.connectionAllocationDb]);
  }
  for (const g of FIBER_GRADES) values.push([`attenuation ${g}`, ATTENUATION_DB_PER_KM[g]]);
  values.push(["standard pair", MATED_PAIR_LOSS_DB.standard], ["low-loss pair", MATED_PAIR_LOSS_DB["low-loss"]], ["splice", SPLICE_LOSS_DB]);

  test.each(values)("%s", (_, v) => {
    expect(SOURCES[v.source]).toBeDefined();
    expect(typeof v.confirmed).toBe("boolean");
  });

  test.each(APPLICATIONS.map((a) => [a.id, a] as const))("%s has a source of its own", (_, a) => {
    expect(SOURCES[a.source]).toBeDefined();
  });

  test("sources have an id equal to their key, a clause cited first, a title, and a grade", () => {
    for (const [id, s] of Object.entries(SOURCES)) {
      expect(s.id).toBe(id);
      expect([id, s.clause.length > 5]).toEqual([id, true]);
      expect(s.title.length).toBeGreaterThan(5);
      expect(["primary", "secondary", "derived", "practice"]).toContain(s.grade);
      if (s.url) expect(s.url).toMatch(/^https?:\/\//);
    }
  });
});

describe("application ids", () => {
  test.each(APPLICATIONS.map((a) => [a.id]))("%s parses back to itself", (id) => {
    const r = parseApplication(id);
    expect(r.ok && r.value.id).toBe(id);
  });
  test("ids are unique", () => {
    expect(new Set(APPLICATIONS.map((a) => a.id)).size).toBe(APPLICATIONS.length);
  });
});
