/**
 * What reaches the parsers from a cell that holds a data type or an error. The objects are the
 * Excel JavaScript API's cell-value JSON, which custom functions receive for `any` parameters
 * when the metadata allows custom data (CustomFunctionsRuntime 1.4):
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts
 */
import { readCell } from "../../src/functions/cell-values";

describe("readCell", () => {
  it("passes plain values and empty cells through", () => {
    expect(readCell("MPO-12")).toEqual({ kind: "value", value: "MPO-12" });
    expect(readCell(300)).toEqual({ kind: "value", value: 300 });
    expect(readCell(false)).toEqual({ kind: "value", value: false });
    expect(readCell(null)).toEqual({ kind: "value", value: null });
    expect(readCell(undefined)).toEqual({ kind: "value", value: undefined });
  });

  it("reads an entity by the text its cell shows, not its basic value #VALUE!", () => {
    const entity = { type: "Entity", text: "MTP-12 APC pinned", basicType: "Error", basicValue: "#VALUE!", properties: { Vendor: { type: "String", basicValue: "US Conec" } } };
    expect(readCell(entity)).toEqual({ kind: "value", value: "MTP-12 APC pinned" });
  });

  it("reads a linked entity (a Stocks or Geography style cell) by its text", () => {
    const linked = { type: "LinkedEntity", text: "OM4", basicType: "Error", basicValue: "#VALUE!", id: { entityId: "om4", domainId: "fibers", serviceId: 268 } };
    expect(readCell(linked)).toEqual({ kind: "value", value: "OM4" });
  });

  it("reads a formatted number as its number", () => {
    expect(readCell({ type: "FormattedNumber", basicValue: 0.3, numberFormat: "0.0 \"km\"" })).toEqual({ kind: "value", value: 0.3 });
  });

  it("reads Double, String and Boolean values by their basic value", () => {
    expect(readCell({ type: "Double", basicType: "Double", basicValue: 100 })).toEqual({ kind: "value", value: 100 });
    expect(readCell({ type: "String", basicType: "String", basicValue: "OS2" })).toEqual({ kind: "value", value: "OS2" });
    expect(readCell({ type: "Boolean", basicType: "Boolean", basicValue: true })).toEqual({ kind: "value", value: true });
  });

  it("reads an Empty value as an empty cell", () => {
    expect(readCell({ type: "Empty", basicType: "Empty", basicValue: "" })).toEqual({ kind: "value", value: null });
  });

  it("finds nothing to read in a web image, whose basic value is #VALUE!", () => {
    expect(readCell({ type: "WebImage", address: "https://example.com/mpo.png", altText: "MPO-12", basicType: "Error", basicValue: "#VALUE!" })).toEqual({
      kind: "unreadable",
      type: "WebImage",
    });
  });

  it("finds nothing to read in an entity without text, or an unknown object", () => {
    expect(readCell({ type: "Entity", basicType: "Error", basicValue: "#VALUE!", properties: {} })).toEqual({ kind: "unreadable", type: "Entity" });
    expect(readCell({ foo: 1 })).toEqual({ kind: "unreadable", type: "unknown" });
  });

  it("reads an error value as the error its cell shows", () => {
    expect(readCell({ type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" })).toEqual({ kind: "error", code: "#N/A" });
    expect(readCell({ type: "Error", basicValue: "#REF!", errorType: "Ref" })).toEqual({ kind: "error", code: "#REF!" });
  });

  it("reads an error in the shape of CustomFunctions.Error as that error", () => {
    expect(readCell({ code: "#N/A", message: "no data" })).toEqual({ kind: "error", code: "#N/A" });
    expect(readCell({ code: 7 })).toEqual({ kind: "unreadable", type: "unknown" });
  });

  it("names an error that carries only its errorType", () => {
    expect(readCell({ type: "Error", errorType: "Div0" })).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(readCell({ type: "Error", errorType: "Spill" })).toEqual({ kind: "error", code: "#SPILL!" });
    expect(readCell({ type: "Error" })).toEqual({ kind: "error", code: "#VALUE!" });
  });
});
