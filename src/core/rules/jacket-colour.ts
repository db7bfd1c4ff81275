import { FIBER_GRADES, JACKET_COLOURS } from "../catalog/fiber";
import { defineRule } from "./rule";

const KNOWN = new Set(FIBER_GRADES.flatMap((g) => JACKET_COLOURS[g]));

/** R26: jacket colour is a hint (TIA practice): yellow is single-mode, aqua laser-optimised OM3/OM4, lime OM5, orange OM1/OM2. */
export default defineRule({
  id: "jacket-colour",
  severity: "warning",
  title: "Jacket colour matches the fiber grade",
  sources: ["colour-codes-jacket"],
  factSheet: "R26",
  checkRow: (row) => {
    const grade = row.fiber?.grade;
    const colour = row.colour?.trim().toLowerCase();
    if (!grade || !colour || !KNOWN.has(colour) || JACKET_COLOURS[grade].includes(colour)) return [];
    return [{ params: { colour, fiber: grade, expected: JACKET_COLOURS[grade].join(" or ") }, columns: ["colour", "fiberType"] }];
  },
});
