import { Field, HEADER_SEARCH_ROWS, columnLetter, detectHeader, lengthUnitFromHeader, mapColumns, matchHeader, normaliseHeader, isCheckable } from "../../src/core";

describe("matchHeader: synonyms and misspellings (issue 2 item 8)", () => {
  const accept: Array<[string, Field]> = [
    ["Cable ID", "cableId"],
    ["Tag", "cableId"],
    ["Label", "cableId"],
    ["CABLE_NO", "cableId"],
    ["From", "endA"],
    ["Source", "endA"],
    ["A-End", "endA"],
    ["To", "endB"],
    ["Destination", "endB"],
    ["B-End", "endB"],
    ["From Port", "portA"],
    ["Port B", "portB"],
    ["Connector A", "connectorA"],
    ["Conn. End A", "connectorA"],
    ["Connector B", "connectorB"],
    ["Conn. End B", "connectorB"],
    ["A-End Connector", "connectorA"],
    ["Connector", "connector"],
    ["Connector Type", "connector"],
    ["Fibre count", "fiberCount"],
    ["Strands", "fiberCount"],
    ["No. of Fibres", "fiberCount"],
    ["Fiber Type", "fiberType"],
    ["Media", "fiberType"],
    ["Polarity", "polarity"],
    ["Polarity Method", "polarity"],
    ["Length", "length"],
    ["Length (ft)", "length"],
    ["Length (m)", "length"],
    ["LENGTH [FT]", "length"],
    ["Application", "application"],
    ["Optic", "application"],
    ["Transceiver", "application"],
    ["Mated pairs", "matedPairs"],
    ["Splices", "splices"],
    ["Qty", "quantity"],
    ["Part number", "partNumber"],
    ["Part No.", "partNumber"],
    ["Jacket Color", "colour"],
    ["Notes", "notes"],
    // Misspellings within one edit (two for long words), and swapped neighbouring letters.
    ["Conector A", "connectorA"],
    ["Polarty", "polarity"],
    ["Aplication", "application"],
    ["Transciever", "application"],
    ["Fibre cuont", "fiberCount"],
    ["Lenght", "length"],
    ["Lenght (ft)", "length"],
    ["Polaritiy", "polarity"],
    // Extra words around a synonym: the longest synonym wins, and a connector header naming an end is that end's.
    ["Connector A (MPO)", "connectorA"],
    ["A-End Connector Type", "connectorA"],
    ["B-End Connector Type", "connectorB"],
    ["Connector Type A", "connectorA"],
    ["Connector Type (End B)", "connectorB"],
    ["Connector at A end", "connectorA"],
    ["Near-end connector", "connectorA"],
    // "far end connector" is two edits from "a end connector": a near-miss must not cross ends.
    ["Far end connector", "connectorB"],
    ["Far-end port", "portB"],
  ];
  test.each(accept)("%p → %s", (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  test("exact synonyms score 1; near-misses less", () => {
    expect(matchHeader("Connector A")?.score).toBe(1);
    expect(matchHeader("Conector A")!.score).toBeLessThan(1);
    expect(matchHeader("Conector A")!.score).toBeGreaterThan(0.5);
  });

  test.each([[""], ["   "], ["Hostname"], ["Rack"], ["Foo bar"], ["—"], ["x".repeat(300)]])("%p names no field", (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe("normaliseHeader", () => {
  test.each([
    ["  Conn. End A ", "conn end a"],
    ["Fibre Colour", "fiber colour"],
    ["Fiber color", "fiber colour"],
    ["No. of Fibres", "no of fibers"],
    ["Length (ft)", "length ft"],
    ["A–End", "a end"],
  ])("%p → %p", (text, normal) => {
    expect(normaliseHeader(text)).toBe(normal);
  });
});

describe("mapColumns", () => {
  test("maps each field to the column that names it", () => {
    const headers = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber Type", "Length (ft)", "Application", "Polarity", "Qty", "Part number"];
    expect(mapColumns(headers).columns).toEqual({
      cableId: 0,
      endA: 1,
      endB: 2,
      connectorA: 3,
      connectorB: 4,
      fiberType: 5,
      length: 6,
      application: 7,
      polarity: 8,
      quantity: 9,
      partNumber: 10,
    });
  });

  test("a field goes to one column only: the first of two equal headers, the exact one before a near-miss", () => {
    expect(mapColumns(["Connector", "Connector"]).columns).toEqual({ connector: 0 });
    expect(mapColumns(["Conector A", "Connector A"]).columns).toEqual({ connectorA: 1 });
  });

  test("empty and unknown headers are skipped", () => {
    expect(mapColumns(["", "Hostname", "Polarity"]).columns).toEqual({ polarity: 2 });
    expect(mapColumns([]).columns).toEqual({});
  });
});

describe("detectHeader", () => {
  const header = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber Type", "Length (m)", "Application"];
  const data = [
    ["C-001", "leaf1", "spine1", "MPO-12 UPC female", "MPO-12 UPC female", "OM4", 30, "100GBASE-SR4"],
    ["C-002", "leaf2", "spine1", "LC/UPC duplex", "LC/UPC duplex", "OM3", 12.5, "10GBASE-SR"],
  ];

  test("a header in row 1", () => {
    const d = detectHeader([header, ...data]);
    expect(d).not.toBeNull();
    expect(d!.rowIndex).toBe(0);
    expect(d!.rowSpan).toBe(1);
    expect(d!.headers).toEqual(header);
    expect(d!.columns).toMatchObject({ cableId: 0, endA: 1, endB: 2, connectorA: 3, connectorB: 4, fiberType: 5, length: 6, application: 7 });
  });

  test("a header under a title block", () => {
    const grid = [
      ["Data hall 3: cable schedule", "", "", ""],
      ["Revision B, issued for construction", "", "", ""],
      [],
      ["", "", "", "", "", "", "", ""],
      header,
      ...data,
    ];
    const d = detectHeader(grid);
    expect(d?.rowIndex).toBe(4);
    expect(d?.rowSpan).toBe(1);
    expect(d?.columns.connectorA).toBe(3);
  });

  test("a two-row header: a Source/Destination group row over duplicate Hostname and Port names", () => {
    const grid = [
      ["", "Source", "", "", "Destination", "", "", ""],
      ["Cable ID", "Hostname", "Port", "Connector", "Hostname", "Port", "Connector", "Fiber Type"],
      ["C-001", "leaf1", "Eth1/1", "MPO-12 female", "spine1", "Eth1/1", "MPO-12 female", "OM4"],
    ];
    const d = detectHeader(grid);
    expect(d).not.toBeNull();
    expect(d!.rowIndex).toBe(1);
    expect(d!.rowSpan).toBe(2);
    expect(d!.headers.slice(0, 5)).toEqual(["Cable ID", "Source Hostname", "Source Port", "Source Connector", "Destination Hostname"]);
    expect(d!.columns).toEqual({ cableId: 0, endA: 1, portA: 2, connectorA: 3, endB: 4, portB: 5, connectorB: 6, fiberType: 7 });
  });

  test("a header whose misspellings still name enough fields", () => {
    const d = detectHeader([["Tag", "Conector A", "Conector B", "Lenght"], ["T1", "LC", "LC", 3]]);
    expect(d?.columns).toEqual({ cableId: 0, connectorA: 1, connectorB: 2, length: 3 });
  });

  test("numbers, booleans and error values in the header row are not header text", () => {
    const d = detectHeader([[1, "Connector A", true, "Connector B", "#N/A", "Fiber Type"], ["", "LC", "", "LC", "", "OM4"]]);
    expect(d?.columns).toEqual({ connectorA: 1, connectorB: 3, fiberType: 5 });
  });

  test.each<[string, unknown[][]]>([
    ["an empty grid", []],
    ["blank rows", [[], ["", ""], [null, undefined]]],
    ["data only", data],
    ["a single connector word", [["Connector"], ["LC"]]],
    ["two header words without a connector or application", [["Cable ID", "Length"], ["C1", 3]]],
  ])("no header in %s → null", (_, grid) => {
    expect(detectHeader(grid)).toBeNull();
  });

  test("a clear header with neither connector nor application is still found, so the caller can say what it lacks", () => {
    const d = detectHeader([["Cable ID", "From", "To", "Length"], ["C1", "a", "b", 3]]);
    expect(d?.rowIndex).toBe(0);
    expect(d && isCheckable(d.columns)).toBe(false);
  });

  test(`the header is looked for in the first ${HEADER_SEARCH_ROWS} rows`, () => {
    const blank = (n: number) => Array.from({ length: n }, () => ["", ""]);
    expect(detectHeader([...blank(HEADER_SEARCH_ROWS - 1), header, ...data])?.rowIndex).toBe(HEADER_SEARCH_ROWS - 1);
    expect(detectHeader([...blank(HEADER_SEARCH_ROWS), header, ...data])).toBeNull();
  });
});

describe("lengthUnitFromHeader", () => {
  test.each<[string, string | undefined]>([
    ["Length (ft)", "ft"],
    ["Length [feet]", "ft"],
    ["Length, foot", "ft"],
    ["Length (m)", "m"],
    ["Length (metres)", "m"],
    ["Length meters", "m"],
    ["Length (km)", "km"],
    // Any unit parseLength reads: a bare 150 under "Length (cm)" is 1.5 m, not 150 m.
    ["Length (cm)", "cm"],
    ["Length (in)", "in"],
    ["Length, inches", "in"],
    ["Length (mi)", "mi"],
    ["Length in m", "m"],
    ["Length in feet", "ft"],
    ["Length", undefined],
    ["Distance", undefined],
  ])("%p → %p", (h, unit) => {
    expect(lengthUnitFromHeader(h)).toBe(unit);
  });
});

describe("columnLetter", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"], // Excel's last column
  ])("%i → %s", (i, letters) => {
    expect(columnLetter(i)).toBe(letters);
  });
});
