import { errorOf, isErrorCell, one } from "./custom-functions-stub";
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

// Error cells arrive as Excel's error values (cell-values.ts); one in a range spoils only its own result.
const errorValue = (shown: string, errorType: string) => ({ type: "Error", basicType: "Error", basicValue: shown, errorType });

describe("broadcast: error and data-type cells", () => {
  it("repeats #N/A from an input cell in that cell's result only, naming the argument", () => {
    const out = broadcast({ text: [["a"], [errorValue("#N/A", "NotAvailable")], ["c"]] }, join);
    expect(out[0]).toEqual(["a"]);
    expect(errorOf(out[1][0], "#N/A")).toBe("text: the cell holds #N/A");
    expect(out[2]).toEqual(["c"]);
  });

  it("repeats #DIV/0!, #NUM! and #NULL! as they are (they take no message)", () => {
    const out = broadcast({ x: [[errorValue("#DIV/0!", "Div0"), errorValue("#NUM!", "Num"), errorValue("#NULL!", "Null")]] }, join);
    expect(out[0].map((e) => (isErrorCell(e) ? [e.code, e.message] : e))).toEqual([
      ["#DIV/0!", undefined],
      ["#NUM!", undefined],
      ["#NULL!", undefined],
    ]);
  });

  it("gives #VALUE! naming the error for one a result cannot carry (#REF!, #NAME?, #SPILL!)", () => {
    const out = broadcast({ fiberType: [[errorValue("#REF!", "Ref")], [errorValue("#NAME?", "Name")], [errorValue("#SPILL!", "Spill")]] }, join);
    expect(out.map(([e]) => errorOf(e, "#VALUE!"))).toEqual([
      "fiberType: the cell holds #REF!",
      "fiberType: the cell holds #NAME?",
      "fiberType: the cell holds #SPILL!",
    ]);
  });

  it("takes an error in a broadcast single value or an optional argument as that argument's", () => {
    const out = broadcast({ x: [["a"], ["b"]], y: [[errorValue("#N/A", "NotAvailable")]] }, join);
    expect(out.map(([e]) => errorOf(e, "#N/A"))).toEqual(["y: the cell holds #N/A", "y: the cell holds #N/A"]);
  });

  it("hands the computation an entity's display text and a formatted number's value", () => {
    const entity = { type: "Entity", text: "MPO-12", basicType: "Error", basicValue: "#VALUE!", properties: {} };
    const km = { type: "FormattedNumber", basicValue: 0.3, numberFormat: "0.0" };
    expect(broadcast({ x: [[entity], ["plain"]], y: [[km]] }, join)).toEqual([["MPO-12+0.3"], ["plain+0.3"]]);
  });

  it("gives #VALUE! naming the argument for a cell with nothing to read", () => {
    const image = { type: "WebImage", address: "https://example.com/a.png", basicType: "Error", basicValue: "#VALUE!" };
    expect(errorOf(one(broadcast({ connectorA: [[image]] }, join)), "#VALUE!")).toBe("connectorA: the cell holds a WebImage value, not text or a number");
    expect(errorOf(one(broadcast({ connectorB: [[{ foo: 1 }]] }, join)), "#VALUE!")).toBe("connectorB: the cell holds a value, not text or a number");
  });
});
