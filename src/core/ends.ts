/**
 * What a cable end plugs into: a transceiver in equipment, a panel adapter, or a transition
 * (an MPO-to-LC cassette, a conversion module). Decided here, once, for the row rules, the
 * mated pairs, the schedule-integrity pass and the recommendation.
 *
 * An explicit column wins ("End A type", NetBox's side_a_type: dcim.interface is an equipment
 * interface, dcim.frontport/dcim.rearport a panel port). Else the From/To text is read the way
 * network engineers write it: a panel or cassette word makes a panel or a transition; an
 * interface name (Cisco Ethernet1/1, HundredGigE0/0/0/1, Te1/0/1; Arista Et1; Juniper xe-0/0/1;
 * Cumulus swp1; SONiC Ethernet0; Linux eth0, ens1f0) makes an equipment port; a device name
 * alone (leaf01, srv01, esx01) is the weakest guess. Findings that rest on a guess say so.
 */

import { perDistinctText } from "./memo";

export type EndRole = "transceiver" | "panel" | "transition" | "unknown";

/** Where the role came from: a column the schedule filled in, or a reading of the From/To text. */
export type EndRoleBasis = "column" | "interface-name" | "device-name" | "panel-name" | "none";

export interface EndRoleDecision {
  role: EndRole;
  basis: EndRoleBasis;
}

/** A cassette or conversion module: a transition between array and duplex (or array sizes), not a pass-through adapter. */
const TRANSITION = /\b(cassettes?|cas(?:-[a-z]?)?\d+\S*|conversion|converter|fan-?out module|mpo-lc|mtp-lc|mod-?\d+\S*)\b|\bmodule\b/i;
/** Words that make "module" a transceiver ("QSFP module", "optical module"). */
const TRANSCEIVER_WORD = /\b(qsfp\S*|osfp\S*|sfp\S*|cfp\S*|transceivers?|xcvr|optic(al)?|optics)\b/i;
/** A panel port, patch panel, ODF or adapter: where two cable ends mate. */
const PANEL = /\b(pp|panel|patch|odf|fdp|lgx|enclosure|mdu|tray|hd\d*|fpp|frame|adapter|coupler|breakout box|front ?port|rear ?port)\b/i;

/**
 * Interface names as network operating systems print them. Each requires the digits of a port
 * number, so that words such as "ether" or "hundred" alone do not count.
 */
const INTERFACE = new RegExp(
  [
    // Cisco IOS/NX-OS/IOS-XR and Arista EOS, long and short forms: Ethernet1/1, Eth1/1, Et1, HundredGigE0/0/0/1, Te1/0/1, Gi1/0/1
    String.raw`\b(ethernet|eth|et|(four)?hundredgig(abit)?(e|ethernet)?|hu|fh|fortygig(abit)?(e|ethernet)?|fo|twentyfivegig(abit)?(e|ethernet)?|twe|tengig(abit)?(e|ethernet)?|te|gigabitethernet|gige?|gi|fastethernet|fa|mgmt)\d+(/\d+)*(:\d+|\.\d+)?\b`,
    // Juniper: xe-0/0/1, et-0/0/0, ge-0/0/0, also channelised et-0/0/0:1
    String.raw`\b(xe|et|ge|fe|xle|fte|mge)-\d+/\d+/\d+(:\d+)?\b`,
    // Cumulus swp1, swp1s0; SONiC Ethernet0 is covered above
    String.raw`\bswp\d+(s\d+)?\b`,
    // Linux and server NICs: eth0, ens1f0, enp3s0f1, eno1, p1p1, mlx5_0, ib0
    String.raw`\b(eth\d+|ens\d+\S*|enp\d+\S*|eno\d+\S*|p\d+p\d+|mlx\d+_\d+|ib\d+|nic\d*|hca\d*)\b`,
    // a transceiver cage named as such
    String.raw`\b(qsfp\S*|osfp\S*|sfp\S*|transceivers?|xcvr|optic)\b`,
  ].join("|"),
  "i",
);

/** Device names that suggest equipment with transceivers: switches, routers, servers, hosts. */
const DEVICE = /\b(leaf\S*|spine\S*|switch\S*|sw\d+\S*|\S*-sw\d*\S*|tor\S*|router\S*|rtr\S*|core\S*|agg\S*|border\S*|br\d+\S*|server\S*|srv\S*|node\d*\S*|esx\S*|esxi\S*|host\S*|hv\d+\S*|gpu\S*|dpu\S*|storage\S*|stor\S*|nas\S*|san\S*|fw\d*\S*|firewall\S*)\b/i;

/** The few decisions there are, one frozen object each: a million rows share them. */
const decision = (role: EndRole, basis: EndRoleBasis): EndRoleDecision => Object.freeze({ role, basis });
const UNKNOWN = decision("unknown", "none");
const TRANSITION_NAME = decision("transition", "panel-name");
const PANEL_NAME = decision("panel", "panel-name");
const INTERFACE_NAME = decision("transceiver", "interface-name");
const DEVICE_NAME = decision("transceiver", "device-name");
const FROM_COLUMN: Readonly<Record<EndRole, EndRoleDecision>> = {
  transceiver: decision("transceiver", "column"),
  panel: decision("panel", "column"),
  transition: decision("transition", "column"),
  unknown: decision("unknown", "column"),
};

/** Reads an end's role from its From/To text (location and port). */
export function roleFromLocation(location: string | undefined): EndRoleDecision {
  return location ? roleFromText(location) : UNKNOWN;
}

const roleFromText = perDistinctText((location: string): EndRoleDecision => {
  if (TRANSITION.test(location) && !TRANSCEIVER_WORD.test(location)) return TRANSITION_NAME;
  if (PANEL.test(location)) return PANEL_NAME;
  if (INTERFACE.test(location)) return INTERFACE_NAME;
  if (DEVICE.test(location)) return DEVICE_NAME;
  return UNKNOWN;
});

/**
 * Reads an explicit end-type column: NetBox's termination types (dcim.interface,
 * dcim.frontport, dcim.rearport, circuits.circuittermination) and the words people use
 * ("interface", "switch", "server", "patch panel", "front port", "cassette").
 * undefined when the text says nothing the engine can use.
 */
export function parseEndRole(text: string | undefined): EndRole | undefined {
  if (!text) return undefined;
  const t = text.trim().toLowerCase().replace(/[\s_]+/g, " ");
  if (!t) return undefined;
  if (/^dcim\.interface$/.test(t)) return "transceiver";
  if (/^dcim\.(front|rear)port$/.test(t)) return "panel";
  if (/\b(cassette|conversion|module|transition)\b/.test(t) && !TRANSCEIVER_WORD.test(t)) return "transition";
  if (/\b(panel|patch|front ?port|rear ?port|odf|fdp|adapter|coupler|passive)\b/.test(t)) return "panel";
  if (/\b(interface|transceiver|optic|switch|router|server|host|equipment|device|active|nic|leaf|spine|gpu|storage|firewall)\b/.test(t)) return "transceiver";
  return undefined;
}

/** The role of one end: the explicit column when it says something, else the From/To text. */
export function decideEndRole(location: string | undefined, stated: string | undefined): EndRoleDecision {
  const fromColumn = parseEndRole(stated);
  if (fromColumn) return FROM_COLUMN[fromColumn];
  return roleFromLocation(location);
}

/** A location where two cable ends mate in one adapter (a panel or a transition). */
export const isPanelLike = (d: EndRoleDecision): boolean => d.role === "panel" || d.role === "transition";

/**
 * What a finding about this end assumed, when the end's role was read from its name rather
 * than stated: `end A is a transceiver port, read from the interface name "leaf01 Eth1/1"` (an "End A
 * type" column settles it).
 */
export function roleAssumption(end: "A" | "B", location: string | undefined, d: EndRoleDecision): string | undefined {
  if (d.basis === "column" || d.basis === "none" || d.role !== "transceiver") return undefined;
  const how = d.basis === "interface-name" ? "read from the interface name" : "guessed from the device name";
  return `end ${end} is a transceiver port, ${how} "${clipName(location ?? "")}"`;
}

const clipName = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
