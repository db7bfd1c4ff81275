import { cell, col, errorOf, isErrorCell, one } from "./custom-functions-stub";
import { applications, budget, check, loss, margin, mdi, reach } from "../../src/functions/functions";
import { APPLICATIONS, ParseResult, checkCable, parseApplication, parseConnector, parseFiber } from "../../src/core";

const value = <T>(r: ParseResult<T>): T => {
  if (!r.ok) throw new Error(r.error.reason);
  return r.value;
};

// Expected figures are worked by hand from the catalog's sources (IEEE budgets and reaches,
// TIA-568.3 attenuation maxima, 0.75 dB per mated pair), not copied from the functions' output.

const codes = (out: unknown[][]) => out.map((r) => r.map((v) => (isErrorCell(v) ? v.code : v)));

describe("MARGIN", () => {
  it("100GBASE-SR4 on OM4 at 100 m: 1.9 dB budget - (0.35 fiber + 2 x 0.75) = 0.05 dB", () => {
    expect(one(budget(cell("100GBASE-SR4"), cell("OM4")))).toBe(1.9);
    expect(margin(cell("100GBASE-SR4"), cell("OM4"), cell(100))).toEqual([[0.05]]);
  });

  it("40GBASE-SR4 on OM4 at 150 m is over: 1.5 dB budget - (0.525 + 1.5 = 2.03 dB) = -0.53 dB", () => {
    expect(one(margin(cell("40GBASE-SR4"), cell("OM4"), cell(150)))).toBe(-0.53);
    // the Fluke example: one mated pair fits, 1.5 - (0.525 + 0.75 = 1.28) = 0.22
    expect(one(margin(cell("40GBASE-SR4"), cell("OM4"), cell("150 m"), cell(1)))).toBe(0.22);
    // low-loss pairs: 1.5 - (0.525 + 2 x 0.35 = 1.23) = 0.27
    expect(one(margin(cell("40GBASE-SR4"), cell("OM4"), cell(150), cell(2), cell(0), cell(0.35)))).toBe(0.27);
  });

  it("is the budget minus the loss LOSS gives, splices included", () => {
    // 400GBASE-DR4 on OS2 at 500 m, 2 pairs, 1 splice: 3.0 - (0.2 + 1.5 + 0.3 = 2.0) = 1.0
    expect(one(loss(cell("OS2"), cell(500), cell(2), cell(1)))).toBe(2);
    expect(one(margin(cell("400GBASE-DR4"), cell("OS2"), cell(500), cell(2), cell(1)))).toBe(1);
  });

  it("agrees with the row check: negative exactly where loss-budget speaks, 0.5 dB where loss-margin stops", () => {
    const findings = (lengthM: number, matedPairs: number) =>
      checkCable({
        connectorA: value(parseConnector("MPO-12 UPC female")),
        connectorB: value(parseConnector("MPO-12 UPC female")),
        fiber: value(parseFiber("OM4")),
        application: value(parseApplication("40GBASE-SR4")),
        lengthM,
        matedPairs,
      }).map((f) => f.rule);
    // 150 m, 2 pairs: -0.53, the row check has a loss-budget finding
    expect(findings(150, 2)).toContain("loss-budget");
    // 150 m, 1 pair: +0.22, under 0.5 dB: loss-margin, not loss-budget
    expect(findings(150, 1)).toContain("loss-margin");
    expect(findings(150, 1)).not.toContain("loss-budget");
  });

  it("spills over a column of lengths, one margin per length", () => {
    // OM4 100GBASE-SR4, 2 pairs: 1.9 - (1.5 + 0.0035 x L): 30 m 0.3 (0.105 -> loss 1.61 -> 0.29), 100 m 0.05, 150 m -0.13
    expect(margin(cell("100GBASE-SR4"), cell("OM4"), col(30, 100, 150))).toEqual([[0.29], [0.05], [-0.13]]);
  });

  it("pairs same-shaped ranges, with a per-cell #N/A where the optic does not run on the fiber", () => {
    const out = margin(col("100GBASE-SR4", "100GBASE-SR4", "400GBASE-DR4"), col("OM4", "OS2", "OS2"), col(100, 100, 500));
    expect(codes(out)).toEqual([[0.05], ["#N/A"], [1.3]]);
    expect(errorOf(out[1][0], "#N/A")).toBe("100GBASE-SR4 runs on multimode fiber, not OS2");
  });

  it("#N/A with the reason when the catalog has no budget for the optic on that grade", () => {
    expect(errorOf(one(margin(cell("100GBASE-SR4"), cell("OM1"), cell(10))), "#N/A")).toBe("the catalog has no loss budget for 100GBASE-SR4 on OM1");
    expect(errorOf(one(margin(cell("400GBASE-SR4"), cell("OM4"), cell(10))), "#N/A")).toBe("the catalog has no loss budget for 400GBASE-SR4 on OM4");
  });

  it("#VALUE! naming the argument and what was expected", () => {
    expect(errorOf(one(margin(cell("warp drive"), cell("OM4"), cell(100))), "#VALUE!")).toMatch(/^application: application "warp drive": .+; expected /);
    expect(errorOf(one(margin(cell("100GBASE-SR4"), cell("MMF"), cell(100))), "#VALUE!")).toMatch(
      /^fiberType: fiber type "MMF": names no grade; expected a fiber grade/,
    );
    expect(errorOf(one(margin(cell("100GBASE-SR4"), cell("OM4"), cell("far"))), "#VALUE!")).toMatch(/^lengthM: length "far": .+; expected /);
    expect(errorOf(one(margin(cell("100GBASE-SR4"), cell("OM4"), cell(null))), "#VALUE!")).toMatch(/^lengthM: /);
    expect(errorOf(one(margin(cell("100GBASE-SR4"), cell("OM4"), cell(100), cell(1.5))), "#VALUE!")).toMatch(
      /^matedPairs: mated pairs "1.5": not a whole number/,
    );
    expect(errorOf(one(margin(cell("100GBASE-SR4"), cell("OM4"), cell(100), cell(2), cell("x"))), "#VALUE!")).toMatch(/^splices: /);
    expect(errorOf(one(margin(cell("100GBASE-SR4"), cell("OM4"), cell(100), cell(2), cell(0), cell("lots"))), "#VALUE!")).toMatch(/^pairLossDb: /);
  });

  it("an error cell in a range spoils only its own margin", () => {
    const na = { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
    const out = margin(cell("100GBASE-SR4"), cell("OM4"), col(100, na));
    expect(out[0]).toEqual([0.05]);
    expect(errorOf(out[1][0], "#N/A")).toBe("lengthM: the cell holds #N/A");
  });
});

describe("MDI", () => {
  it("gives the optic's own connector: pinned MPO with its polish, or LC duplex", () => {
    // single-mode MPO is APC; the MPO on a transceiver is pinned (male)
    expect(mdi(cell("400GBASE-DR4"))).toEqual([["MPO-12 APC male"]]);
    expect(one(mdi(cell("10GBASE-SR")))).toBe("LC/UPC duplex");
    expect(one(mdi(cell("100GBASE-LR4")))).toBe("LC/UPC duplex");
    // SR10: 20 fibers on a 24-position MPO; 40GBASE-SR4: 8 fibers on MPO-12, flat polish
    expect(one(mdi(cell("100GBASE-SR10")))).toBe("MPO-24 UPC male");
    expect(one(mdi(cell("40GBASE-SR4")))).toBe("MPO-12 UPC male");
  });

  it("names both polishes where modules are sold with either (NVIDIA: MPO-16 SR8 in UPC and APC)", () => {
    expect(one(mdi(cell("400GBASE-SR8")))).toBe("MPO-16 UPC or APC male");
    expect(one(mdi(cell("800GBASE-SR8")))).toBe("MPO-16 UPC or APC male");
  });

  it("says what the row check holds against a cord: a male cord into the MDI is an error there", () => {
    const into = (text: string) =>
      checkCable({ connectorA: value(parseConnector(text)), application: value(parseApplication("400GBASE-DR4")) }).map((f) => f.rule);
    expect(one(mdi(cell("400GBASE-DR4")))).toMatch(/ male$/);
    expect(into("MPO-12 APC male")).toContain("transceiver-gender");
  });

  it("spills a column, with #VALUE! naming the argument for the unknown optic", () => {
    const out = mdi(col("400GBASE-DR4", "nothing", "10GBASE-SR"));
    expect(out[0]).toEqual(["MPO-12 APC male"]);
    expect(errorOf(out[1][0], "#VALUE!")).toMatch(/^application: application "nothing": .+; expected /);
    expect(out[2]).toEqual(["LC/UPC duplex"]);
    expect(errorOf(one(mdi(cell(""))), "#VALUE!")).toMatch(/^application: /);
  });
});

describe("APPLICATIONS", () => {
  const HEADER = ["Application", "Fiber", "Grade", "Fibers lit", "Reach (m)", "Budget (dB)", "Standard", "Unconfirmed"];

  it("lists what runs on one grade under a header row, with the same figures REACH and BUDGET give", () => {
    const out = applications(cell("OM4"));
    expect(out[0]).toEqual(HEADER);
    const sr4 = out.find((r) => r[0] === "100GBASE-SR4")!;
    expect(sr4).toEqual(["100GBASE-SR4", "multimode", "OM4", 8, 100, 1.9, "IEEE 802.3 Clause 95", "budget"]);
    const forty = out.find((r) => r[0] === "40GBASE-SR4")!;
    expect(forty.slice(0, 6)).toEqual(["40GBASE-SR4", "multimode", "OM4", 8, 150, 1.5]);
    for (const r of out.slice(1)) {
      expect(r[2]).toBe("OM4");
      const m = one(reach(cell(r[0]), cell("OM4")));
      expect(r[4]).toBe(isErrorCell(m) ? "" : m);
      const b = one(budget(cell(r[0]), cell("OM4")));
      expect(r[5]).toBe(isErrorCell(b) ? "" : b);
    }
    // nothing single-mode
    expect(out.find((r) => r[0] === "400GBASE-DR4")).toBeUndefined();
  });

  it("a grade lists only what has a figure on it: 100GBASE-SR4 is not on OM1", () => {
    const ids = applications(cell("OM1"))
      .slice(1)
      .map((r) => r[0]);
    expect(ids).toContain("1000BASE-SX");
    expect(ids).not.toContain("100GBASE-SR4");
  });

  it("a fiber kind lists every grade of it; no argument lists the whole catalog", () => {
    const smf = applications(cell("SMF"));
    expect(smf.slice(1).every((r) => r[1] === "single-mode")).toBe(true);
    expect(smf.filter((r) => r[0] === "400GBASE-DR4").map((r) => r[2])).toEqual(["OS1", "OS1a", "OS2"]);
    const all = applications();
    expect(all[0]).toEqual(HEADER);
    expect(new Set(all.slice(1).map((r) => r[0]))).toEqual(new Set(APPLICATIONS.filter((a) => Object.keys(a.reach).length).map((a) => a.id)));
    expect(applications(cell(null))).toEqual(all);
    // every line is a full row of the table
    for (const r of all) expect(r).toHaveLength(HEADER.length);
  });

  it("#VALUE! naming the argument for an unreadable fiber or a range", () => {
    expect(errorOf(one(applications(cell("OM9"))), "#VALUE!")).toMatch(/^fiberType: fiber type "OM9": .+; expected /);
    expect(errorOf(one(applications(col("OM3", "OM4"))), "#VALUE!")).toMatch(/^fiberType: a range; expected one fiber type/);
    const na = { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
    expect(errorOf(one(applications(cell(na))), "#N/A")).toBe("fiberType: the cell holds #N/A");
  });
});

describe("LOSS at a wavelength", () => {
  it("multimode at 1300 nm uses 1.5 dB/km (TIA-568.3): 0.3 km x 1.5 + 2 x 0.75 = 1.95 dB", () => {
    expect(one(loss(cell("OM3"), cell(300), cell(2), undefined, undefined, undefined, cell(1300)))).toBe(1.95);
    expect(one(loss(cell("OM4"), cell(300), cell(2), cell(""), cell(""), cell(""), cell("1300 nm")))).toBe(1.95);
    // 850 nm is the default: 1.05 + 1.5
    expect(one(loss(cell("OM3"), cell(300), cell(2), undefined, undefined, undefined, cell(850)))).toBe(2.55);
  });

  it("single-mode has one figure at 1310 and 1550 nm: OS1a 1.0 dB/km, OS2 0.4 dB/km", () => {
    // 2 km OS1a: 2.0 + 0.75; 10 km OS2: 4.0 + 1.5
    expect(one(loss(cell("OS1a"), cell(2000), cell(1), undefined, undefined, undefined, cell(1550)))).toBe(2.75);
    expect(loss(cell("OS2"), cell(10000), cell(2), undefined, undefined, undefined, col(1310, "1550nm"))).toEqual([[5.5], [5.5]]);
  });

  it("an attenuation given in dB/km wins over the wavelength", () => {
    expect(one(loss(cell("OM3"), cell(300), cell(2), cell(0), cell(0.75), cell(3.0), cell(1300)))).toBe(2.4);
  });

  it("#N/A for the other fiber kind's window, #VALUE! for a wavelength with no figure", () => {
    expect(errorOf(one(loss(cell("OM4"), cell(100), cell(2), undefined, undefined, undefined, cell(1550))), "#N/A")).toBe(
      "wavelengthNm: OM4 is multimode fiber, with attenuation figures at 850 and 1300 nm, not 1550 nm",
    );
    expect(errorOf(one(loss(cell("OS2"), cell(100), cell(2), undefined, undefined, undefined, cell(850))), "#N/A")).toMatch(
      /^wavelengthNm: OS2 is single-mode fiber, .* 1310 and 1550 nm, not 850 nm$/,
    );
    expect(errorOf(one(loss(cell("OM4"), cell(100), cell(2), undefined, undefined, undefined, cell(1000))), "#VALUE!")).toMatch(
      /^wavelengthNm: wavelength "1000": not a wavelength with a cabled attenuation figure; expected 850 or 1300/,
    );
  });
});

describe("CHECK's published example", () => {
  it("an A-to-B LC duplex cord, 30 m of OM4, for 10GBASE-SR is OK", () => {
    expect(one(check(cell("LC/UPC duplex"), cell("LC/UPC duplex"), cell("OM4"), cell("10GBASE-SR"), cell(30), cell("A-to-B")))).toBe("OK");
  });
});
