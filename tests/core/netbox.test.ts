import { NETBOX_CABLE_COLUMNS, checkSchedule, netboxCableType, netboxExport, netboxPortType, parseConnector, translateForeignSchedule } from "../../src/core";
import { parseDelimitedForTest } from "./netbox-csv";

const SCHEDULE = [
  ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Polarity", "Application", "Jacket colour"],
  ["C1", "leaf01:Eth1/1", "PP-A01 P1", "MPO-12 female", "MTP-12 Elite male", "OM4", "30 m", "Method B", "100GBASE-SR4", "Aqua"],
  ["C2", "PP-A01 P1", "PP-B01 P1", "MTP-12 Elite male", "MTP-12 Elite female", "OM4", "100 ft", "Type B", "", "violet"],
  ["C3", "spine01 Eth2", "leaf02 Eth3", "LC/APC duplex", "LC/UPC duplex", "OS2", 15, "A-to-B", "100GBASE-LR4", ""],
  ["C4", "spine01", "leaf09 Eth4", "LC/UPC duplex", "LC/UPC duplex", "OS1a", 5, "", "", ""],
  ["C5", "leaf01 Eth1/9", "spine01 Eth1/9", "MPO-12 male", "MPO-12 female", "OM3", 60, "Method A", "100GBASE-SR4", ""],
];

describe("NetBox cable import", () => {
  it("uses the columns of NetBox's bulk cable import (CableImportForm, NetBox 4.6.8)", () => {
    expect(NETBOX_CABLE_COLUMNS).toEqual(["side_a_device", "side_a_type", "side_a_name", "side_b_device", "side_b_type", "side_b_name", "type", "status", "label", "color", "length", "length_unit", "description"]);
  });

  it("maps grades to CableTypeChoices and connectors to PortTypeChoices values", () => {
    expect([
      netboxCableType({ kind: "MMF", grade: "OM4" }),
      netboxCableType({ kind: "MMF", grade: "OM5" }),
      netboxCableType({ kind: "SMF", grade: "OS2" }),
      netboxCableType({ kind: "SMF", grade: "OS1" }),
      netboxCableType({ kind: "SMF", grade: "OS1a" }),
      netboxCableType({ kind: "MMF" }),
    ]).toEqual(["mmf-om4", "mmf-om5", "smf-os2", "smf-os1", "smf", "mmf"]);
    const port = (t: string) => {
      const r = parseConnector(t);
      return r.ok ? netboxPortType(r.value) : "?";
    };
    expect(["MTP-12 Elite male", "MPO-16 APC female", "LC/APC duplex", "LC duplex", "SC/UPC", "CS", "SN", "MDC", "E2000/APC", "ST"].map(port)).toEqual(["mpo", "mpo", "lc-apc", "lc", "sc-upc", "cs", "sn", "mdc", "lsh-apc", "st"]);
  });

  it("writes one import row per cable; devices and ports from device:port, \"device port\"; what NetBox cannot hold in description", () => {
    const result = checkSchedule(SCHEDULE);
    const out = netboxExport(SCHEDULE, result);
    expect(out.rows.slice(0, 3)).toEqual([
      ["leaf01", "dcim.interface", "Eth1/1", "PP-A01", "dcim.frontport", "P1", "mmf-om4", "planned", "C1", "Aqua", "30", "m", "cc: A=MPO-12 female | B=MTP-12 low-loss male | fibers=12 | polarity=Method B | ports=mpo/mpo"],
      ["PP-A01", "dcim.rearport", "P1", "PP-B01", "dcim.rearport", "P1", "mmf-om4", "planned", "C2", "", "100", "ft", "cc: A=MTP-12 low-loss male | B=MTP-12 low-loss female | fibers=12 | polarity=Type B | ports=mpo/mpo | jacket=violet"],
      ["spine01", "dcim.interface", "Eth2", "leaf02", "dcim.interface", "Eth3", "smf-os2", "planned", "C3", "", "15", "m", "cc: A=LC/APC duplex | B=LC/UPC duplex | polarity=A-to-B | ports=lc-apc/lc-upc"],
    ]);
    expect(out.unmapped).toEqual([{ row: 5, reason: 'From "spine01" names no port (write device:port, "device port", or give a port column)' }]);
    expect(out.rows.every((r) => r[12].length <= 200)).toBe(true);
  });

  it("separate device and port columns", () => {
    const grid = [["From device", "From port", "To device", "To port", "Connector A", "Connector B"], ["leaf01", "Eth1", "PP-A01", "P3", "LC duplex", "LC duplex"]];
    expect(netboxExport(grid, checkSchedule(grid)).rows[0].slice(0, 6)).toEqual(["leaf01", "dcim.interface", "Eth1", "PP-A01", "dcim.frontport", "P3"]);
  });

  it("an export read back as a schedule (no column map) gives the same verdicts as the original", () => {
    const original = checkSchedule(SCHEDULE);
    const out = netboxExport(SCHEDULE, original);
    const csv = parseDelimitedForTest([out.header, ...out.rows]);
    const back = checkSchedule(csv);
    expect(back.ok).toBe(true);
    expect(back.foreign?.format).toBe("NetBox cable CSV");
    // the exported rows (all but row 5, unmapped) keep their status and rule ids; the application is not exported
    const verdict = (r: { status: string; findings: { rule: string }[] }) => [r.status, [...new Set(r.findings.map((f) => f.rule))].filter((x) => !/reach|loss|transceiver|fiber-count|application|fiber-kind|recommend/.test(x)).sort()];
    const noApp = checkSchedule(SCHEDULE.map((r) => r.map((v, i) => (i === 8 ? (r === SCHEDULE[0] ? v : "") : v))));
    const kept = noApp.rows.filter((r) => r.row !== 5);
    expect(back.rows.map(verdict)).toEqual(kept.map(verdict));
    expect(back.rows.map((r) => r.status)).toEqual(kept.map((r) => r.status));
  });

  it("reads NetBox's type and length_unit, and this tool's description fields, naming the description cell", () => {
    const grid = [
      ["side_a_device", "side_a_type", "side_a_name", "side_b_device", "side_b_type", "side_b_name", "type", "status", "label", "color", "length", "length_unit", "description"],
      ["PP-A01", "dcim.rearport", "P1", "PP-B01", "dcim.rearport", "P1", "smf-os2", "connected", "T9", "", "300", "ft", "cc: A=MPO-12 UPC male | B=MPO-12 APC male | fibers=12"],
    ];
    const r = checkSchedule(grid);
    expect(r.ok).toBe(true);
    const f = r.rows[0].findings.find((x) => x.rule === "sm-mpo-polish");
    expect(f && f.rule === "sm-mpo-polish" && f.params.fiber).toBe("OS2");
    const t = translateForeignSchedule(grid);
    expect(t?.grid[1].slice(10, 17)).toEqual(["300 ft", "ft", "cc: A=MPO-12 UPC male | B=MPO-12 APC male | fibers=12", "MPO-12 UPC male", "MPO-12 APC male", "12", ""]);
    // a bad connector text in the description is reported at the description cell (M2), not a column the file lacks
    const bad = checkSchedule([grid[0], [...grid[1].slice(0, 12), "cc: A=QQQ-9 | B=MPO-12 male"]]);
    const unreadable = bad.rows[0].findings.find((x) => x.rule === "unreadable-cell");
    expect(unreadable?.rule === "unreadable-cell" && unreadable.params.text).toBe("M2: QQQ-9");
  });
});

describe("patchwork sessions.csv", () => {
  const HEADER = ["project_id", "revision_id", "session_id", "media", "cable_id", "cable_seq", "adapter_type", "label_a", "label_b", "src_rack", "src_face", "src_u", "src_slot", "src_port", "dst_rack", "dst_face", "dst_u", "dst_slot", "dst_port", "fiber_a", "fiber_b", "notes"];
  const session = (media: string, a: string, b: string) => ["p", "r1", `ses_${a}`, media, `cab_${a}`, 1, "mpo12_pass_through_12port", a, b, "R01", "front", 1, 1, 1, "R02", "front", 1, 1, 1, "", "", ""];
  it("is recognised without a column map; copper sessions are counted as not fiber", () => {
    const grid = [HEADER, session("mpo12", "R01U1S1P1", "R02U1S1P1"), session("smf_lc_duplex", "R01U1S2P1", "R02U1S2P1"), session("utp_rj45", "R01U1S3P1", "R02U1S3P1")];
    const r = checkSchedule(grid);
    expect(r.ok).toBe(true);
    expect(r.foreign).toMatchObject({ format: "patchwork sessions.csv", notes: ["1 copper session (utp_rj45) not fiber, not checked: row 4"] });
    expect(r.rows.map((x) => x.row)).toEqual([2, 3]);
  });
});
