import { findingsOf, panels } from "./harness";

describe("jacket-colour (R26): jacket colour matches the fiber grade (a hint)", () => {
  describe("accept", () => {
    it.each([
      ["aqua OM3", "OM3", "aqua"],
      ["aqua OM4 (OM3 and OM4 share aqua)", "OM4", "Aqua"],
      ["Erika violet OM4", "OM4", "Erika violet"],
      ["lime OM5", "OM5", "lime"],
      ["yellow OS2", "OS2", "yellow"],
      ["orange OM2", "OM2", "orange"],
      ["a colour the engine does not know is not judged", "OM4", "black"],
      ["no grade, nothing to compare", "MMF", "yellow"],
    ])("%s", (_name, fiber, colour) => {
      expect(findingsOf("jacket-colour", [{ ...panels, fiber, colour }])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("yellow jacket on OM4 (the fact sheet's example)", () => {
      expect(findingsOf("jacket-colour", [{ ...panels, fiber: "OM4", colour: "Yellow" }])).toEqual([
        expect.objectContaining({ rule: "jacket-colour", severity: "warning", row: 2, columns: ["colour", "fiberType"], params: expect.objectContaining({ colour: "yellow", fiber: "OM4" }) }),
      ]);
    });
    it.each([
      ["aqua on OS2", "OS2", "aqua", "yellow"],
      ["orange on OM4", "OM4", "orange", "aqua"],
      ["aqua on OM5", "OM5", "aqua", "lime"],
    ])("%s", (_name, fiber, colour, expected) => {
      const f = findingsOf("jacket-colour", [{ ...panels, fiber, colour }]);
      expect(f.map((x) => x.severity)).toEqual(["warning"]);
      expect(f[0].params.expected).toContain(expected);
    });
  });
});
