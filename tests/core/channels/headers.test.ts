import { mapColumns, matchHeader } from "../../../src/core";

describe("channel columns in the header (issue 12)", () => {
  it.each([
    ["Link", "linkId"],
    ["Link ID", "linkId"],
    ["Channel", "linkId"],
    ["Circuit", "linkId"],
    ["Path", "linkId"],
    ["Seq", "sequence"],
    ["Hop", "sequence"],
    ["Segment", "sequence"],
    ["Adapter", "adapter"],
    ["Adapter type", "adapter"],
    ["Component", "component"],
    ["Type", "component"],
  ])("%s names %s", (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it("an Adapter column is the adapter type, not the mated-pairs count", () => {
    expect(matchHeader("Adapter")?.field).not.toBe("matedPairs");
    expect(matchHeader("Adapters")?.field).toBe("matedPairs");
  });

  it("a Link column beside Cable ID is the link, and Cable ID stays the cable", () => {
    const { columns } = mapColumns(["Cable ID", "Link", "Seq", "Connector A", "Connector B", "Adapter"]);
    expect(columns).toEqual({ cableId: 0, linkId: 1, sequence: 2, connectorA: 3, connectorB: 4, adapter: 5 });
  });
});
