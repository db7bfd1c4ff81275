import { SPEC_TEMPLATE, describeSpec, mergeSpecs, parseProjectSpec, readSpecSheet, specTemplateGrid } from "../../src/core";

const sheet = (...rows: unknown[][]) => readSpecSheet([["Setting", "Value", "Comment"], ...rows]);

describe("the Spec sheet", () => {
  it("reads every kind of setting, each with the cell it came from", () => {
    const r = sheet(
      ["Allowed fiber grades", "OM4, os2"],
      ["Trunk connector family", "MTP"],
      ["Trunk connector grade", "Low-Loss", "Elite"],
      ["Polarity method", "Method B"],
      ["Pinned trunks", "no"],
      ["Minimum loss margin (dB)", "1.5 dB"],
      ["Maximum link length", "300 ft"],
      ["Allowed applications", "100GBASE-SR4; 400G DR4"],
      ["Default mated pairs", 4],
      ["BOM stock length step (m)", 0.5],
      ["Single-mode polish", "apc"],
      ["multimodePolish", "UPC"],
      ["Severity om5-no-benefit", "off"],
      ["", "", "a comment line"],
    );
    expect(r).toEqual({
      ok: true,
      settings: 13,
      spec: {
        allowedFiberGrades: ["OM4", "OS2"],
        trunkConnectorFamily: "MTP",
        trunkConnectorGrade: "low-loss",
        polarityMethod: "B",
        pinnedTrunks: false,
        minMarginDb: 1.5,
        maxLinkLengthM: 91.44,
        allowedApplications: ["100GBASE-SR4", "400G DR4"],
        defaultMatedPairs: 4,
        bomStockStepM: 0.5,
        singleModePolish: "APC",
        multimodePolish: "UPC",
        severity: { "om5-no-benefit": "off" },
        origins: {
          allowedFiberGrades: "cell Spec!B2",
          trunkConnectorFamily: "cell Spec!B3",
          trunkConnectorGrade: "cell Spec!B4",
          polarityMethod: "cell Spec!B5",
          pinnedTrunks: "cell Spec!B6",
          minMarginDb: "cell Spec!B7",
          maxLinkLengthM: "cell Spec!B8",
          allowedApplications: "cell Spec!B9",
          defaultMatedPairs: "cell Spec!B10",
          bomStockStepM: "cell Spec!B11",
          singleModePolish: "cell Spec!B12",
          multimodePolish: "cell Spec!B13",
          "severity.om5-no-benefit": "cell Spec!B14",
        },
      },
    });
  });

  it("a blank value leaves the default; an empty sheet is no spec", () => {
    expect(sheet(["Polarity method", ""])).toEqual({ ok: true, spec: { origins: {} }, settings: 0 });
    expect(readSpecSheet([])).toEqual({ ok: true, spec: {}, settings: 0 });
  });

  it.each([
    ["a value not allowed", ["Trunk connector family", "SC"], 'Spec!B2: "SC" is not allowed for Trunk connector family; allowed: MTP, MPO'],
    ["a grade not in the list", ["Allowed fiber grades", "OM4, OM7"], 'Spec!B2: "OM7" is not allowed in Allowed fiber grades; allowed: one or more of OM1, OM2, OM3, OM4, OM5, OS1, OS1a, OS2, separated by commas'],
    ["not yes or no", ["Pinned trunks", "maybe"], 'Spec!B2: "maybe" is not yes or no for Pinned trunks; allowed: yes, no'],
    ["not a number", ["Minimum loss margin (dB)", "lots"], 'Spec!B2: "lots" is not a number for Minimum loss margin (dB); allowed: a number of dB from 0 to 10, e.g. 1.5'],
    ["out of range (zod)", ["Minimum loss margin (dB)", 50], "Spec!B2: Too big: expected number to be <=10"],
    ["not a whole number", ["Default mated pairs", 2.5], 'Spec!B2: "2.5" is not a whole number for Default mated pairs; allowed: a whole number from 0 to 20'],
    ["an unknown application", ["Allowed applications", "100GBASE-SR4, 100GBASE-XX9"], 'Spec!B2: "100GBASE-XX9" is not an application in the catalog (e.g. 100GBASE-SR4, 400GBASE-DR4), for Allowed applications'],
    ["a formula error", ["Polarity method", "#N/A"], "Spec!B2: the cell holds the error #N/A; expected A, B, C, U1, U2 for Polarity method"],
    ["an unknown rule's severity", ["Severity no-such-rule", "off"], 'Spec!A2: "Severity no-such-rule" is not a setting'],
    ["a value without a setting", ["", "B"], "Spec!A2: a value in Spec!B2 needs a setting name in column A"],
  ])("%s names the cell and what is allowed", (_name, row, message) => {
    const r = sheet(row);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].startsWith(message)).toBe(true);
  });

  it("one bad row makes the whole sheet unusable (no half-read spec), every bad cell listed", () => {
    const r = sheet(["Polarity method", "B"], ["Pinned trunks", "maybe"], ["Polarity method", "A"]);
    expect(r).toEqual({ ok: false, errors: ['Spec!B3: "maybe" is not yes or no for Pinned trunks; allowed: yes, no', 'Spec!A4: "Polarity method" is set twice (also Spec!A2); keep one'] });
  });

  it("a sheet without the header row is refused", () => {
    expect(readSpecSheet([["Polarity method", "B"]])).toEqual({ ok: false, errors: ['Spec!A1: expected the header row "Setting | Value" (a third column may hold comments)'] });
  });

  it("the template lists every setting with its default, allowed values and explanation, and reads back as no spec", () => {
    const grid = specTemplateGrid();
    expect(grid[0]).toEqual(["Setting", "Value", "Default", "Allowed values", "What it does"]);
    const settings = new Set(SPEC_TEMPLATE.map((t) => t.setting));
    for (const s of ["allowedFiberGrades", "trunkConnectorFamily", "trunkConnectorGrade", "maxPairLossDb", "polarityMethod", "singleModePolish", "multimodePolish", "pinnedTrunks", "minMarginDb", "maxLinkLengthM", "allowedApplications", "defaultMatedPairs", "bomStockStepM", "severity"]) {
      expect(settings.has(s as never)).toBe(true);
    }
    expect(grid.slice(1).every((r) => r[0] && r[2] && r[4])).toBe(true);
    expect(readSpecSheet(grid)).toEqual({ ok: true, spec: { origins: {} }, settings: 0 });
  });
});

describe("the JSON spec", () => {
  it("good JSON carries its file as each setting's origin", () => {
    expect(parseProjectSpec({ trunkConnectorGrade: "low-loss", minMarginDb: 1 }, "spec.json")).toEqual({
      ok: true,
      spec: { trunkConnectorGrade: "low-loss", minMarginDb: 1, origins: { trunkConnectorGrade: "spec.json: trunkConnectorGrade", minMarginDb: "spec.json: minMarginDb" } },
    });
  });
  it.each([
    [{ trunkConnectorFamily: "SC" }, "trunkConnectorFamily: Invalid option"],
    [{ pinnedTrunks: "yes" }, "pinnedTrunks: Invalid input: expected boolean"],
    [{ minMarginDb: -1 }, "minMarginDb: Too small"],
    [{ allowedApplications: ["100GBASE-QQ"] }, 'allowedApplications: "100GBASE-QQ" is not an application'],
    [{ severity: { "mpo-gender": "fatal" } }, "severity.mpo-gender: Invalid option"],
    [{ trunkGrade: "low-loss" }, 'Unrecognized key: "trunkGrade"'],
  ])("bad JSON %j names the path", (json, message) => {
    const r = parseProjectSpec(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
  it("the --spec file wins over the Spec sheet setting by setting", () => {
    const fromSheet = { polarityMethod: "B" as const, pinnedTrunks: true, severity: { reach: "warning" as const }, origins: { polarityMethod: "cell Spec!B2", pinnedTrunks: "cell Spec!B3" } };
    const fromFile = { polarityMethod: "A" as const, severity: { "om5-no-benefit": "off" as const }, origins: { polarityMethod: "spec.json: polarityMethod" } };
    expect(mergeSpecs(fromSheet, fromFile)).toEqual({
      polarityMethod: "A",
      pinnedTrunks: true,
      severity: { reach: "warning", "om5-no-benefit": "off" },
      origins: { polarityMethod: "spec.json: polarityMethod", pinnedTrunks: "cell Spec!B3" },
    });
    expect(describeSpec(mergeSpecs(fromSheet, fromFile))).toBe("Project spec: 3 settings from spec.json and the Spec sheet.");
  });
});
