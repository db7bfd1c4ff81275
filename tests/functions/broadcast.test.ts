import { errorOf, one } from "./custom-functions-stub";
import { CellValue, broadcast, invalid, notAvailable } from "../../src/functions/broadcast";

const join = (vs: CellValue[]) => vs.map(String).join("+");

describe("broadcast", () => {
  it("treats a plain value like a 1x1 range", () => {
    expect(broadcast([{ name: "x", value: "a" }], join)).toEqual([["a"]]);
    expect(broadcast([{ name: "x", value: [["a"]] }], join)).toEqual([["a"]]);
  });

  it("broadcasts single values and 1x1 ranges across a range", () => {
    const out = broadcast(
      [
        { name: "x", value: [["a", "b"], ["c", "d"]] },
        { name: "y", value: [[1]] },
        { name: "z", value: 2 },
      ],
      join,
    );
    expect(out).toEqual([
      ["a+1+2", "b+1+2"],
      ["c+1+2", "d+1+2"],
    ]);
  });

  it("pairs same-shaped ranges element by element", () => {
    const out = broadcast(
      [
        { name: "x", value: [["a"], ["b"], ["c"]] },
        { name: "y", value: [[1], [2], [3]] },
      ],
      join,
    );
    expect(out).toEqual([["a+1"], ["b+2"], ["c+3"]]);
  });

  it("passes an omitted argument through as undefined", () => {
    expect(broadcast([{ name: "x", value: [["a"]] }, { name: "y", value: undefined }], join)).toEqual([["a+undefined"]]);
  });

  it("gives one #VALUE! listing every range's shape when shapes differ", () => {
    const out = broadcast(
      [
        { name: "x", value: [["a"], ["b"]] },
        { name: "y", value: "single" },
        { name: "z", value: [["a", "b", "c"]] },
      ],
      join,
    );
    expect(errorOf(one(out), "#VALUE!")).toBe("ranges of different shapes: x is 2x1, z is 1x3; give same-shaped ranges or single values");
  });

  it("rejects a ragged or empty array naming the argument", () => {
    expect(errorOf(one(broadcast([{ name: "x", value: [["a", "b"], ["c"]] }], join)), "#VALUE!")).toMatch(/^x: not a rectangular range/);
    expect(errorOf(one(broadcast([{ name: "y", value: [] }], join)), "#VALUE!")).toMatch(/^y: not a rectangular range/);
  });

  it("turns invalid and notAvailable into per-cell #VALUE! and #N/A", () => {
    const out = broadcast([{ name: "x", value: [["ok"], ["bad"], ["none"]] }], ([v]) =>
      v === "bad" ? invalid("x: bad") : v === "none" ? notAvailable("no answer") : String(v),
    );
    expect(out[0]).toEqual(["ok"]);
    expect(errorOf(out[1][0], "#VALUE!")).toBe("x: bad");
    expect(errorOf(out[2][0], "#N/A")).toBe("no answer");
  });

  it("never lets an exception escape: an unexpected failure becomes #VALUE!", () => {
    const out = broadcast([{ name: "x", value: [["a"]] }], () => {
      throw new TypeError("boom");
    });
    expect(errorOf(one(out), "#VALUE!")).toBe("internal error: boom");
  });
});
