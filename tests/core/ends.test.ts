import { checkSchedule, findingMessage } from "../../src/core";
import { decideEndRole, parseEndRole, roleFromLocation } from "../../src/core/ends";

describe("end roles: what a cable end plugs into, decided once", () => {
  it.each([
    // Cisco NX-OS / IOS / IOS-XR, Arista EOS
    ["leaf01 Ethernet1/1", "interface-name"],
    ["spine01 Eth1/49", "interface-name"],
    ["pe1 HundredGigE0/0/0/1", "interface-name"],
    ["acc1 TenGigabitEthernet1/0/1", "interface-name"],
    ["acc1 Te1/0/1", "interface-name"],
    ["acc1 Gi1/0/1", "interface-name"],
    ["ceos1 Et1", "interface-name"],
    // Juniper
    ["mx1 xe-0/0/1", "interface-name"],
    ["qfx1 et-0/0/0", "interface-name"],
    ["ex1 ge-0/0/0", "interface-name"],
    // Cumulus / SONiC
    ["cl1 swp1", "interface-name"],
    ["sonic1 Ethernet0", "interface-name"],
    ["swp12s0", "interface-name"],
    // servers
    ["srv01 eth0", "interface-name"],
    ["gpu-b02-01 nic1", "interface-name"],
    ["srv01", "device-name"],
    ["node01", "device-name"],
    ["esx01", "device-name"],
    ["host-17", "device-name"],
    ["leaf01", "device-name"],
    ["spine02 QSFP28-7", "interface-name"],
  ])("%s is a transceiver port (%s)", (location, basis) => {
    expect(roleFromLocation(location)).toEqual({ role: "transceiver", basis });
  });

  it.each([
    ["PP-A01 P1", "panel"],
    ["ODF-A05 P11", "panel"],
    ["FDP-3 port 4", "panel"],
    ["HD-12 front port 3", "panel"],
    ["CAS-01 MPO-LC cassette", "transition"],
    ["MOD-3 24-to-2x12 conversion module", "transition"],
    ["rack B01 U42", "unknown"],
  ])("%s is a %s", (location, role) => {
    expect(roleFromLocation(location).role).toBe(role);
  });

  it("a transceiver 'module' is no conversion module", () => {
    expect(roleFromLocation("leaf01 QSFP module 3").role).toBe("transceiver");
  });

  describe("an explicit column beats the guess", () => {
    it.each([
      ["dcim.interface", "transceiver"],
      ["dcim.frontport", "panel"],
      ["dcim.rearport", "panel"],
      ["Patch panel", "panel"],
      ["Switch", "transceiver"],
      ["server", "transceiver"],
      ["MPO-LC cassette", "transition"],
    ])("%s", (text, role) => {
      expect(parseEndRole(text)).toBe(role);
      expect(decideEndRole("leaf01 Eth1/1", text)).toEqual({ role, basis: "column" });
    });
    it("a blank or unknown column falls back to the name", () => {
      expect(decideEndRole("leaf01 Eth1/1", "")).toEqual({ role: "transceiver", basis: "interface-name" });
      expect(decideEndRole("leaf01 Eth1/1", "green")).toEqual({ role: "transceiver", basis: "interface-name" });
    });
  });

  describe("in a schedule", () => {
    const header = ["Cable ID", "From", "To", "Side A type", "Side B type", "Connector A", "Connector B", "Application"];
    it("Juniper and Cisco interface names get the transceiver checks, and the finding says the role was read from the name", () => {
      const r = checkSchedule([header, ["C1", "mx1 xe-0/0/1", "PP-A01 P1", "", "", "MPO-12 male", "MPO-12 male", "100GBASE-SR4"]]);
      const f = r.rows[0].findings.find((x) => x.rule === "transceiver-gender");
      expect(f?.severity).toBe("error");
      expect(findingMessage(f!)).toMatch(/assumed: end A is a transceiver port, read from the interface name "mx1 xe-0\/0\/1"/);
    });
    it("a device name alone is a guess: the error is reported as a warning", () => {
      const r = checkSchedule([header, ["C1", "esx01", "PP-A01 P1", "", "", "MPO-12 male", "MPO-12 male", "100GBASE-SR4"]]);
      const f = r.rows[0].findings.find((x) => x.rule === "transceiver-gender");
      expect([f?.severity, f?.assumptionOnly]).toEqual(["warning", true]);
      expect(findingMessage(f!)).toMatch(/guessed from the device name "esx01".*warning only/);
    });
    it("NetBox side_a_type: dcim.interface is stated, so no assumption; dcim.frontport is a panel", () => {
      const r = checkSchedule([
        ["Cable ID", "side_a_type", "side_b_type", "Connector A", "Connector B", "Application"],
        ["C1", "dcim.interface", "dcim.frontport", "MPO-12 male", "MPO-12 male", "100GBASE-SR4"],
      ]);
      const f = r.rows[0].findings.filter((x) => x.rule === "transceiver-gender");
      expect(f.map((x) => [x.severity, x.params.end, x.assumed])).toEqual([["error", "A", undefined]]);
    });
    it("a stated panel end is no transceiver, whatever its name", () => {
      const r = checkSchedule([header, ["C1", "leaf01 Eth1/1", "PP-A01 P1", "front port", "", "MPO-12 male", "MPO-12 male", "100GBASE-SR4"]]);
      expect(r.rows[0].findings.filter((x) => x.rule === "transceiver-gender")).toEqual([]);
    });
  });
});
