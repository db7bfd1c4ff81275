import { cell, col, errorOf, isErrorCell, one } from "./custom-functions-stub";
import { budget, fibers, loss, mates, normalize, polarity, reach, recommend } from "../../src/functions/functions";

// Expected values come from issue 3 and the domain (IEEE 802.3 lane counts, TIA/ISO loss
// figures), worked by hand in the comments, not copied from the engine's output.

describe("NORMALIZE", () => {
  it("gives the canonical text of the issue's example", () => {
    expect(normalize(cell("mtp12 apc pinned"))).toEqual([["MTP-12 APC male"]]);
  });

  it("writes MPO and duplex connectors in the canonical grammar", () => {
    expect(one(normalize(cell("MPO-16 UPC (F)")))).toBe("MPO-16 UPC female");
    expect(one(normalize(cell("lc upc duplex")))).toBe("LC/UPC duplex");
    expect(one(normalize(cell("MTP 24 elite unpinned")))).toBe("MTP-24 low-loss female");
  });

  it("answers a column in one call, with a per-cell #VALUE! for the unreadable cell", () => {
    const out = normalize(col("mtp12 apc pinned", "foo", "LC/UPC duplex"));
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual(["MTP-12 APC male"]);
    expect(out[2]).toEqual(["LC/UPC duplex"]);
    const message = errorOf(out[1][0], "#VALUE!");
    expect(message).toMatch(/^text: connector "foo": no connector family found; expected /);
  });

  it("names the argument for empty and non-text input", () => {
    expect(errorOf(one(normalize(cell(""))), "#VALUE!")).toMatch(/^text: connector "": empty; expected a connector such as/);
    expect(errorOf(one(normalize(cell(null))), "#VALUE!")).toMatch(/^text: connector/);
    expect(errorOf(one(normalize(cell(true))), "#VALUE!")).toMatch(/^text: connector "true": not text/);
  });
});

describe("FIBERS", () => {
  it("counts the fibers each application lights", () => {
    expect(fibers(cell("400GBASE-SR8"))).toEqual([[16]]);
    // 4 lanes each way on parallel fibers: 8; SR10: 10 each way: 20; duplex optics: 2.
    expect(fibers(col("100GBASE-SR4", "100GBASE-SR10", "10GBASE-SR", "400GBASE-DR4"))).toEqual([[8], [20], [2], [8]]);
  });

  it("reads common aliases", () => {
    expect(one(fibers(cell("QSFP28 SR4")))).toBe(8);
  });

  it("gives #VALUE! naming the argument for an unknown application", () => {
    expect(errorOf(one(fibers(cell("warp drive"))), "#VALUE!")).toMatch(/^application: application "warp drive": .+; expected /);
  });
});

describe("REACH", () => {
  it("gives the reach in metres", () => {
    expect(reach(cell("100GBASE-SR4"), cell("OM3"))).toEqual([[70]]);
    expect(one(reach(cell("100GBASE-SR4"), cell("OM4")))).toBe(100);
    expect(one(reach(cell("400GBASE-DR4"), cell("OS2")))).toBe(500);
  });

  it("gives #N/A with the reason when the application does not run on that fiber", () => {
    expect(errorOf(one(reach(cell("100GBASE-SR4"), cell("OS2"))), "#N/A")).toBe("100GBASE-SR4 runs on multimode fiber, not OS2");
    expect(errorOf(one(reach(cell("400GBASE-DR4"), cell("OM4"))), "#N/A")).toBe("400GBASE-DR4 runs on single-mode fiber, not OM4");
    // 100GBASE-SR4 is specified on OM3 and better only.
    expect(errorOf(one(reach(cell("100GBASE-SR4"), cell("OM1"))), "#N/A")).toBe("the catalog has no reach for 100GBASE-SR4 on OM1");
  });

  it("needs a grade, not a fiber kind alone", () => {
    expect(errorOf(one(reach(cell("100GBASE-SR4"), cell("MMF"))), "#VALUE!")).toMatch(/^fiberType: fiber type "MMF": names no grade; expected a fiber grade/);
    expect(errorOf(one(reach(cell("100GBASE-SR4"), cell("OM9"))), "#VALUE!")).toMatch(/^fiberType: fiber type "OM9"/);
  });

  it("broadcasts a single application against a column of grades", () => {
    expect(reach(cell("100GBASE-SR4"), col("OM3", "OM4", "OS2")).map((r) => r.map((v) => (isErrorCell(v) ? v.code : v)))).toEqual([
      [70],
      [100],
      ["#N/A"],
    ]);
  });
});

describe("BUDGET", () => {
  it("gives the channel insertion loss budget in dB", () => {
    expect(budget(cell("40GBASE-SR4"), cell("OM4"))).toEqual([[1.5]]);
    expect(one(budget(cell("400GBASE-SR8"), cell("OM4")))).toBe(1.9);
    expect(one(budget(cell("40GBASE-SR4"), cell("OM3")))).toBe(1.9);
  });

  it("gives #N/A for the wrong fiber kind or a grade without a budget", () => {
    expect(errorOf(one(budget(cell("40GBASE-SR4"), cell("OS2"))), "#N/A")).toBe("40GBASE-SR4 runs on multimode fiber, not OS2");
    expect(errorOf(one(budget(cell("100GBASE-SR4"), cell("OM1"))), "#N/A")).toBe("the catalog has no loss budget for 100GBASE-SR4 on OM1");
  });

  it("gives #VALUE! for a missing application", () => {
    expect(errorOf(one(budget(cell(null), cell("OM4"))), "#VALUE!")).toMatch(/^application: /);
  });
});

describe("LOSS", () => {
  it("computes the issue's example: 0.3 km x 3.5 + 2 x 0.75 = 2.55 dB", () => {
    expect(loss(cell("OM3"), cell(300), cell(2), cell(0), cell(0.75), cell(3.5))).toEqual([[2.55]]);
  });

  it("uses the defaults when the optional arguments are omitted or empty", () => {
    expect(one(loss(cell("OM3"), cell(300), cell(2)))).toBe(2.55);
    expect(one(loss(cell("OM3"), cell(300), cell(2), cell(null), cell(""), undefined))).toBe(2.55);
    // OS2 0.4 dB/km: 1 km -> 0.4 + 2 x 0.75 = 1.9
    expect(one(loss(cell("OS2"), cell(1000), cell(2)))).toBe(1.9);
    // OS1a 1.0 dB/km: 2 km -> 2.0 + 0.75 = 2.75
    expect(one(loss(cell("OS1a"), cell(2000), cell(1)))).toBe(2.75);
  });

  it("adds splices at 0.3 dB and honours overrides", () => {
    expect(one(loss(cell("OM3"), cell(300), cell(2), cell(2)))).toBe(3.15); // 2.55 + 0.6
    expect(one(loss(cell("OM4"), cell(100), cell(4), cell(0), cell(0.35)))).toBe(1.75); // 0.35 + 1.4
    expect(one(loss(cell("OM4"), cell(100), cell(2), cell(0), cell(0.75), cell(3.0)))).toBe(1.8); // 0.3 + 1.5
  });

  it("rounds to 0.01 dB", () => {
    // 0.033 km x 3.5 = 0.1155, + 0.75 = 0.8655 -> 0.87
    expect(one(loss(cell("OM4"), cell(33), cell(1)))).toBe(0.87);
  });

  it("reads lengths with units", () => {
    expect(one(loss(cell("OM3"), cell("0.3 km"), cell(2)))).toBe(2.55);
    expect(one(loss(cell("OM3"), cell("300 m"), cell("2")))).toBe(2.55);
  });

  it("gives 0 for a zero-length channel with no connections", () => {
    expect(one(loss(cell("OM3"), cell(0), cell(0)))).toBe(0);
  });

  it("names the argument that cannot be read", () => {
    expect(errorOf(one(loss(cell("OM3"), cell(-5), cell(2))), "#VALUE!")).toMatch(/^lengthM: length "-5": /);
    expect(errorOf(one(loss(cell("OM3"), cell(300), cell(1.5))), "#VALUE!")).toMatch(/^matedPairs: mated pairs "1.5": not a whole number/);
    expect(errorOf(one(loss(cell("OM3"), cell(300), cell(2), cell("many"))), "#VALUE!")).toMatch(/^splices: splices "many"/);
    expect(errorOf(one(loss(cell("OM3"), cell(300), cell(2), cell(0), cell("lots"))), "#VALUE!")).toMatch(/^pairLossDb: /);
    expect(errorOf(one(loss(cell("OM3"), cell(300), cell(2), cell(0), cell(0.75), cell(-1))), "#VALUE!")).toMatch(/^dbPerKm: /);
    expect(errorOf(one(loss(cell("SMF"), cell(300), cell(2))), "#VALUE!")).toMatch(/^fiberType: fiber type "SMF": names no grade/);
    expect(errorOf(one(loss(cell(null), cell(300), cell(2))), "#VALUE!")).toMatch(/^fiberType: /);
  });

  it("spills a column of lengths: 100, 200, 300 m on OM3 with 2 pairs", () => {
    expect(loss(cell("OM3"), col(100, 200, 300), cell(2))).toEqual([[1.85], [2.2], [2.55]]);
  });

  it("pairs same-shaped ranges element by element", () => {
    expect(loss(col("OM3", "OS2"), col(300, 1000), col(2, 2))).toEqual([[2.55], [1.9]]);
  });

  it("gives one #VALUE! naming the arguments when range shapes differ", () => {
    const message = errorOf(one(loss(col("OM3", "OS2"), col(300, 1000, 50), cell(2))), "#VALUE!");
    expect(message).toBe("ranges of different shapes: fiberType is 2x1, lengthM is 3x1; give same-shaped ranges or single values");
  });
});

describe("MATES", () => {
  it("mates one pinned and one unpinned MPO of the same count and polish", () => {
    expect(mates(cell("MPO-12 UPC male"), cell("MPO-12 UPC female"))).toEqual([[true]]);
    expect(one(mates(cell("MTP-12 APC male"), cell("MPO-12 APC female")))).toBe(true); // MTP and MPO intermate
    expect(one(mates(cell("LC/UPC duplex"), cell("LC/UPC duplex")))).toBe(true);
  });

  it("refuses pairs that cannot mate", () => {
    expect(one(mates(cell("MPO-12 UPC male"), cell("MPO-12 UPC male")))).toBe(false); // two pinned
    expect(one(mates(cell("MPO-12 UPC female"), cell("MPO-12 UPC female")))).toBe(false); // no guide pins
    expect(one(mates(cell("MPO-12 APC male"), cell("MPO-12 UPC female")))).toBe(false); // APC only with APC
    expect(one(mates(cell("MPO-16 APC male"), cell("MPO-12 APC female")))).toBe(false); // offset key vs centre key
    expect(one(mates(cell("LC/APC duplex"), cell("LC/UPC duplex")))).toBe(false);
    expect(one(mates(cell("LC/UPC"), cell("SC/UPC")))).toBe(false);
  });

  it("names the unreadable connector", () => {
    expect(errorOf(one(mates(cell("MPO-12 male"), cell("banana"))), "#VALUE!")).toMatch(/^connector2: connector "banana"/);
    expect(errorOf(one(mates(cell(""), cell("MPO-12 female"))), "#VALUE!")).toMatch(/^connector1: /);
  });

  it("broadcasts one connector against a row range", () => {
    expect(mates(cell("MPO-12 male"), [["MPO-12 female", "MPO-12 male", "MTP-12 female"]])).toEqual([[true, false, true]]);
  });

  it("names both arguments when the range shapes differ", () => {
    expect(errorOf(one(mates(col("a", "b"), [["a", "b"]])), "#VALUE!")).toBe(
      "ranges of different shapes: connector1 is 2x1, connector2 is 1x2; give same-shaped ranges or single values",
    );
  });
});

describe("POLARITY", () => {
  const identityLanding = Array.from({ length: 12 }, (_, i) => `${i + 1}→${i + 1}`).join(", ");

  it("accepts TIA Method A and Method B parallel paths", () => {
    // Method A: Type A cord, Type A adapter, Type A trunk, Type A adapter, Type B cord.
    expect(polarity(cell("A,A,A,A,B"))).toEqual([["OK"]]);
    // Method B: Type B throughout (key-up to key-up adapters).
    expect(one(polarity(cell("B,B,B,B,B")))).toBe("OK");
    // A single Type B cord between two transceivers.
    expect(one(polarity(cell("B")))).toBe("OK");
    expect(one(polarity(cell("Type B")))).toBe("OK");
  });

  it("says where each position lands when transmit does not reach receive", () => {
    expect(one(polarity(cell("A,A,A,A,A")))).toBe(
      `ERROR polarity: path A,A,A,A,A lands ${identityLanding}; transmit reaches receive only when 1→12, …, 12→1`,
    );
    // A straight Type A cord: 1 stays on 1.
    expect(one(polarity(cell("A")))).toBe(`ERROR polarity: path A lands ${identityLanding}; transmit reaches receive only when 1→12, …, 12→1`);
  });

  it("describes a pair-flipped path position by position", () => {
    // Type C cord alone: 1→2, 2→1, 3→4, ...
    const flipped = Array.from({ length: 12 }, (_, i) => `${i + 1}→${i % 2 === 0 ? i + 2 : i}`).join(", ");
    expect(one(polarity(cell("C")))).toBe(`ERROR polarity: path C lands ${flipped}; transmit reaches receive only when 1→12, …, 12→1`);
  });

  it("takes a range of types as the path itself, not as several paths", () => {
    expect(polarity([["A", "A", "A", "A", "B"]])).toEqual([["OK"]]);
    expect(polarity(col("A", "A", "A", "A", "B"))).toEqual([["OK"]]);
    expect(one(polarity([["A", "A", "A", "A", "A"]]))).toMatch(/^ERROR polarity: path A,A,A,A,A lands 1→1, /);
  });

  it("gives #VALUE! naming the path for anything that is not a path", () => {
    expect(errorOf(one(polarity(cell("X,Y"))), "#VALUE!")).toMatch(/^path: polarity "X,Y": /);
    expect(errorOf(one(polarity(cell(""))), "#VALUE!")).toMatch(/^path: polarity "": empty/);
    expect(errorOf(one(polarity([["A", "Q"]])), "#VALUE!")).toMatch(/^path: polarity path .*not a list of A, B or C/);
    expect(errorOf(one(polarity(cell("Method A"))), "#VALUE!")).toMatch(/^path: polarity path "Method A": a connectivity method/);
  });
});

describe("RECOMMEND", () => {
  it("switches to MTP low-loss when standard pairs overrun the budget (issue 3's example)", () => {
    // standard: 0.1 km x 3.5 + 4 x 0.75 = 3.35 dB > 1.9 dB (OM4 SR8); low-loss: 0.35 + 4 x 0.35 = 1.75 dB fits.
    // SR8 lights 16 fibers -> 16; multimode -> UPC; cord into the transceiver -> female.
    expect(recommend(cell("400GBASE-SR8"), cell("OM4"), cell(100), cell(4), cell("cost"))).toEqual([["MTP-16 low-loss UPC or APC female"]]);
  });

  it("gives generic MPO for cost when the budget has room", () => {
    // 0.03 km x 3.5 + 2 x 0.75 = 1.605 dB <= 1.9 dB
    expect(one(recommend(cell("100GBASE-SR4"), cell("OM4"), cell(30), cell(2), cell("cost")))).toBe("MPO-12 UPC female");
    expect(one(recommend(cell("100GBASE-SR4"), cell("OM4"), cell(30), cell(2), cell("density")))).toBe("MPO-12 UPC female");
    // DR4 on OS2, 500 m: 0.2 + 1.5 = 1.7 dB <= 3.0 dB; single-mode MPO -> APC.
    expect(one(recommend(cell("400GBASE-DR4"), cell("OS2"), cell(500), cell(2), cell("cost")))).toBe("MPO-12 APC female");
  });

  it("defaults to performance: MTP low-loss, 12 fibers for 8-fiber optics, 24 for SR10", () => {
    expect(one(recommend(cell("400GBASE-DR4")))).toBe("MTP-12 low-loss APC female");
    expect(one(recommend(cell("100GBASE-SR10")))).toBe("MTP-24 low-loss UPC female");
    expect(one(recommend(cell("400GBASE-SR8"), cell(null), cell(""), undefined, undefined))).toBe("MTP-16 low-loss UPC or APC female");
  });

  it("OS1a beyond the informative range: an answer with a warning, as the row check warns (REACH quotes the informative range)", () => {
    // 40GBASE-LR4: 10 km operating range on OS2, 4 km informative on 1.0 dB/km fiber (TIA FOTC)
    // 100GBASE-FR1: 2 km operating range, 1 km informative on 1.0 dB/km fiber (TIA FOTC); 1.5 dB + 2 x 0.75 dB fits 4.0 dB
    expect(one(recommend(cell("100GBASE-FR1"), cell("OS1a"), cell(1500), cell(2)))).toBe(
      "LC/UPC duplex, warning: 1500 m on OS1a is beyond the 1000 m informative range of 100GBASE-FR1 for 1.0 dB/km fiber",
    );
    expect(one(reach(cell("100GBASE-FR1"), cell("OS1a")))).toBe(1000);
    expect(errorOf(one(recommend(cell("100GBASE-FR1"), cell("OS1a"), cell(2100), cell(2))), "#N/A")).toMatch(/exceeds the 2000 m reach/);
  });

  it("gives LC duplex for duplex applications", () => {
    expect(one(recommend(cell("10GBASE-SR")))).toBe("LC/UPC duplex");
  });

  it("gives #N/A with the reason when the length exceeds the reach or nothing fits the budget", () => {
    expect(errorOf(one(recommend(cell("100GBASE-SR4"), cell("OM3"), cell(150))), "#N/A")).toMatch(/150 m exceeds the 70 m reach/);
    // 6 low-loss pairs: 0.35 + 6 x 0.35 = 2.45 dB > 1.9 dB
    expect(errorOf(one(recommend(cell("400GBASE-SR8"), cell("OM4"), cell(100), cell(6))), "#N/A")).toMatch(/low-loss/);
    expect(errorOf(one(recommend(cell("400GBASE-SR8"), cell("OS2"))), "#N/A")).toMatch(/multimode/);
  });

  it("names the unreadable argument", () => {
    expect(errorOf(one(recommend(cell("400GBASE-SR8"), cell("OM4"), cell(100), cell(2), cell("cheapest"))), "#VALUE!")).toMatch(
      /^priority: priority "cheapest": not a priority; expected performance, cost or density$/,
    );
    expect(errorOf(one(recommend(cell("nothing"))), "#VALUE!")).toMatch(/^application: /);
    expect(errorOf(one(recommend(cell("400GBASE-SR8"), cell("MMF"))), "#VALUE!")).toMatch(/^fiberType: .*names no grade/);
    expect(errorOf(one(recommend(cell("400GBASE-SR8"), cell("OM4"), cell("far"))), "#VALUE!")).toMatch(/^lengthM: /);
    expect(errorOf(one(recommend(cell("400GBASE-SR8"), cell("OM4"), cell(10), cell(-1))), "#VALUE!")).toMatch(/^matedPairs: /);
  });

  it("spills a column of applications", () => {
    expect(recommend(col("400GBASE-SR8", "400GBASE-DR4", "10GBASE-SR"))).toEqual([
      ["MTP-16 low-loss UPC or APC female"],
      ["MTP-12 low-loss APC female"],
      ["LC/UPC duplex"],
    ]);
  });
});

// Cells holding errors or data types, as Excel passes them with the metadata's
// allowCustomDataForDataTypeAny / allowErrorForDataTypeAny (see src/functions/cell-values.ts).
describe("error and data-type cells in a range", () => {
  const na = { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
  const entity = (text: string) => ({ type: "Entity", text, basicType: "Error", basicValue: "#VALUE!", properties: {} });

  it("NORMALIZE of a column with one #N/A answers every other cell (issue 10's A2:A5000 case)", () => {
    const out = normalize(col("mtp12 apc pinned", na, "lc upc duplex", entity("MPO-16 UPC (F)")));
    expect(out[0]).toEqual(["MTP-12 APC male"]);
    expect(errorOf(out[1][0], "#N/A")).toBe("text: the cell holds #N/A");
    expect(out[2]).toEqual(["LC/UPC duplex"]);
    expect(out[3]).toEqual(["MPO-16 UPC female"]);
  });

  it("REACH reads an entity grade and a linked-entity application by their text", () => {
    // 100GBASE-SR4 on OM4: 100 m (IEEE 802.3 Table 95-6)
    const app = { type: "LinkedEntity", text: "100GBASE-SR4", basicType: "Error", basicValue: "#VALUE!", id: { entityId: "x", domainId: "y", serviceId: 1 } };
    expect(reach(cell(app), cell(entity("OM4")))).toEqual([[100]]);
  });

  it("LOSS reads formatted-number and Double cells by their value", () => {
    // 0.3 km x 3.5 + 2 x 0.75 = 2.55 dB
    const metres = { type: "FormattedNumber", basicValue: 300, numberFormat: "0 \"m\"" };
    const pairs = { type: "Double", basicType: "Double", basicValue: 2 };
    expect(loss(cell({ type: "String", basicType: "String", basicValue: "OM3" }), cell(metres), cell(pairs))).toEqual([[2.55]]);
  });

  it("POLARITY gives the path's own error for an error cell in the path, and reads typed cells", () => {
    expect(errorOf(one(polarity([["A", "A", na, "A", "B"]])), "#N/A")).toBe("path: the cell holds #N/A");
    expect(polarity([["A", "A", entity("A"), "A", { type: "String", basicType: "String", basicValue: "B" }]])).toEqual([["OK"]]);
  });
});
