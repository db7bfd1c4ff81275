import { FIBER_GRADES, Fiber, FiberGrade, FiberKind, kindOfGrade } from "./fiber";
import type { SourceId } from "./sources";
import { Sourced, sourced } from "./sourced";
import type { Polish } from "../connector";
import type { ProjectSpec } from "../spec";

/**
 * The optics people schedule: IEEE 802.3 physical-medium-dependent sublayers, MSA optics
 * (PSM4, CWDM4, SWDM4, 100G Lambda, OSFP twin-port) and a few vendor-only ones, with the
 * figures the rules need. Every figure carries its source (the standard clause first, then the
 * public page); figures no primary source confirmed carry confirmed: false, so rules resting on
 * them warn, never error.
 */
export interface Application {
  /** IEEE name, e.g. 100GBASE-SR4; an MSA or vendor optic by its own name, e.g. 100G-PSM4. */
  id: string;
  /** Where it is specified: an IEEE 802.3 clause, an MSA and its version, or "vendor". */
  standard: string;
  /** Who specifies it: IEEE 802.3, a multi-source agreement, or one or more vendors only. */
  kind: ApplicationKind;
  fiberKind: FiberKind;
  /** Fibers actually lit. */
  fibersUsed: number;
  /** parallel = one lane per fiber on an array connector; duplex = one fiber pair. */
  signal: "parallel" | "duplex";
  /** Several wavelengths on one pair: cannot be broken out to lower-speed ports. */
  wdm: boolean;
  /**
   * The transceiver's medium-dependent interface: connector family, positions, end-face polish.
   * Polish "either": modules are sold with UPC and with APC receptacles, so only the module's
   * datasheet (or the project spec) says which.
   */
  mdi: { family: "MPO" | "LC"; positions: number; polish: Sourced<MdiPolish> };
  /** Operating range in metres per fiber grade. Single-mode apps list OS2 (IEEE's 0.4 dB/km basis). */
  reach: Partial<Record<FiberGrade, Sourced<number>>>;
  /** Informative range on OS1a (1.0 dB/km), where IEEE gives one. */
  reachOS1a?: Sourced<number>;
  /** Maximum channel insertion loss in dB per fiber grade (single-mode: one figure under OS2). */
  maxChannelLossDb: Partial<Record<FiberGrade, Sourced<number>>>;
  /** Connection and splice loss the standard allocates within that budget. */
  connectionAllocationDb?: Sourced<number>;
  /** Lower-speed duplex application each lane pair can break out to, e.g. 4 x 10GBASE-SR. */
  breakout?: { to: string; ports: number };
  /** Vendor names for the same PMD (e.g. 400G-XDR4 for 400GBASE-DR4-2), read by parseApplication. */
  aliases?: readonly string[];
  /** What a reader should know about the entry (a vendor name mapped to an IEEE PMD, a twin-port module). */
  note?: string;
  source: SourceId;
}

export type ApplicationKind = "ieee" | "msa" | "vendor";
/** The polish into a module: UPC, APC, or "either" where both variants are sold. */
export type MdiPolish = Polish | "either";

const MM_UPC = sourced<MdiPolish>("UPC", "tel-conn-mpo", true, "Multimode MPO/MTP on 10G/25G-lane optics is flat-polished (PC/UPC).");
const MM_UPC_UNSURE = sourced<MdiPolish>(
  "UPC",
  "nvidia-optical-connectors",
  false,
  "Flat polish is usual on 50G-lane multimode optics, but APC versions exist: check the module.",
);
/** Multimode parallel optics on 50G/100G PAM4 lanes: sold with UPC and with APC MPO receptacles. */
const MM_EITHER = sourced<MdiPolish>(
  "either",
  "nvidia-optical-connectors",
  true,
  "Sold with UPC and with APC MPO receptacles (8x50G-PAM4 400G and all 100G-PAM4 optics use MPO/APC at NVIDIA; MPO-16 SR8 modules exist in both): check the module's datasheet.",
);
const SM_MPO_APC = sourced<MdiPolish>("APC", "tel-conn-mpo", true, "Single-mode MPO/MTP is made with an 8° angled polish.");
const LC_UPC = sourced<MdiPolish>(
  "UPC",
  "engineering-practice",
  false,
  "Duplex LC transceiver receptacles are flat-polished in general practice; not in the fact sheet.",
);
const LC: Application["mdi"] = { family: "LC", positions: 2, polish: LC_UPC };

const app = (a: Application): Application => a;

const SMF_REACH = (m: number, src: SourceId, confirmed = true, note?: string): Application["reach"] => ({
  OS1: sourced(m, src, confirmed, note),
  OS1a: sourced(m, src, confirmed, note),
  OS2: sourced(m, src, confirmed, note),
});
const SMF_LOSS = (db: number, src: SourceId, confirmed = true): Application["maxChannelLossDb"] => ({
  OS1: sourced(db, src, confirmed),
  OS1a: sourced(db, src, confirmed),
  OS2: sourced(db, src, confirmed),
});
/** A duplex single-mode optic whose figures come from its IEEE clause, not read from a public table. */
const smfDuplex = (
  id: string,
  standard: string,
  reachM: number,
  lossDb: number,
  extra: Partial<Application> = {},
): Application => ({
  id, standard, kind: "ieee", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: false, mdi: LC,
  reach: SMF_REACH(reachM, "ieee-802.3-clause", false),
  maxChannelLossDb: SMF_LOSS(lossDb, "ieee-802.3-clause", false),
  source: "ieee-802.3-clause",
  ...extra,
});

export const APPLICATIONS: readonly Application[] = [
  app({
    id: "1000BASE-SX", standard: "IEEE 802.3 Clause 38 (Table 38-6)", kind: "ieee", fiberKind: "MMF", fibersUsed: 2, signal: "duplex", wdm: false, mdi: LC,
    reach: {
      OM1: sourced(275, "ieee-802.3-clause", false, "62.5 µm, 200 MHz·km"),
      OM2: sourced(550, "ieee-802.3-clause", false, "50 µm, 500 MHz·km"),
      OM3: sourced(550, "ieee-802.3-clause", false, "IEEE lists 50 µm up to 500 MHz·km; OM3/OM4 exceed it"),
      OM4: sourced(550, "ieee-802.3-clause", false, "IEEE lists 50 µm up to 500 MHz·km; OM3/OM4 exceed it"),
    },
    maxChannelLossDb: { OM1: sourced(2.53, "ieee-802.3-clause", false), OM2: sourced(3.43, "ieee-802.3-clause", false) },
    source: "ieee-802.3-clause",
  }),
  smfDuplex("1000BASE-LX", "IEEE 802.3 Clause 38 (Table 38-12)", 5000, 4.57),
  app({
    id: "10GBASE-SR", standard: "IEEE 802.3 Clause 52", kind: "ieee", fiberKind: "MMF", fibersUsed: 2, signal: "duplex", wdm: false, mdi: LC,
    reach: { OM3: sourced(300, "ethernet-alliance-om4"), OM4: sourced(400, "ethernet-alliance-om4"), OM5: sourced(400, "bicsi-ict-today") },
    maxChannelLossDb: { OM3: sourced(2.6, "fiber-optic-equipment-802.3ba"), OM4: sourced(2.9, "china-tscom-loss-budget") },
    connectionAllocationDb: sourced(1.5, "fiber-optic-equipment-802.3ba"),
    source: "ethernet-alliance-om4",
  }),
  smfDuplex("10GBASE-LR", "IEEE 802.3 Clause 52", 10000, 6.2, { connectionAllocationDb: sourced(2.0, "ieee-802.3-clause", false) }),
  app({
    id: "10GBASE-ER", standard: "IEEE 802.3 Clause 52 (Table 52-24)", kind: "ieee", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: false, mdi: LC,
    reach: SMF_REACH(40000, "ieee-smf-adhoc-er", false, "30 km; 40 km as an engineered link"),
    maxChannelLossDb: SMF_LOSS(11, "ieee-smf-adhoc-er"),
    connectionAllocationDb: sourced(1.5, "ieee-smf-adhoc-er"),
    source: "ieee-smf-adhoc-er",
  }),
  app({
    id: "25GBASE-SR", standard: "IEEE 802.3 Clause 112", kind: "ieee", fiberKind: "MMF", fibersUsed: 2, signal: "duplex", wdm: false, mdi: LC,
    reach: { OM3: sourced(70, "tiafotc-25gbase-sr"), OM4: sourced(100, "tiafotc-25gbase-sr"), OM5: sourced(100, "tiafotc-25gbase-sr") },
    maxChannelLossDb: { OM3: sourced(1.8, "tiafotc-25gbase-sr"), OM4: sourced(1.9, "tiafotc-25gbase-sr"), OM5: sourced(1.9, "tiafotc-25gbase-sr") },
    connectionAllocationDb: sourced(1.5, "china-tscom-loss-budget"),
    source: "tiafotc-25gbase-sr",
  }),
  smfDuplex("25GBASE-LR", "IEEE 802.3 Clause 114", 10000, 6.3),
  app({
    id: "40GBASE-SR4", standard: "IEEE 802.3 Clause 86", kind: "ieee", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_UPC },
    reach: { OM3: sourced(100, "ethernet-alliance-om4"), OM4: sourced(150, "ethernet-alliance-om4"), OM5: sourced(150, "bicsi-ict-today") },
    maxChannelLossDb: { OM3: sourced(1.9, "fiber-optic-equipment-802.3ba"), OM4: sourced(1.5, "fluke-loss-budget-blog") },
    connectionAllocationDb: sourced(1.5, "fiber-optic-equipment-802.3ba", true, "OM3 1.5 dB; OM4 1.0 dB"),
    breakout: { to: "10GBASE-SR", ports: 4 },
    source: "fiber-optic-equipment-802.3ba",
  }),
  app({
    id: "40G-SWDM4", standard: "40G SWDM4 MSA rev 2", kind: "msa", fiberKind: "MMF", fibersUsed: 2, signal: "duplex", wdm: true, mdi: LC,
    reach: { OM3: sourced(240, "swdm-msa", false), OM4: sourced(350, "swdm-msa", false), OM5: sourced(440, "swdm-msa", false) },
    maxChannelLossDb: {},
    source: "swdm-msa",
  }),
  app({
    id: "40GBASE-LR4", standard: "IEEE 802.3 Clause 87", kind: "ieee", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: true, mdi: LC,
    reach: SMF_REACH(10000, "tiafotc-40gbase-lr4"),
    reachOS1a: sourced(4000, "tiafotc-40gbase-lr4"),
    maxChannelLossDb: SMF_LOSS(6.7, "tiafotc-40gbase-lr4"),
    connectionAllocationDb: sourced(2.0, "tiafotc-40gbase-lr4"),
    source: "tiafotc-40gbase-lr4",
  }),
  app({
    id: "40GBASE-ER4", standard: "IEEE 802.3 Clause 87", kind: "ieee", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: true, mdi: LC,
    reach: SMF_REACH(40000, "tiafotc-40gbase-er4", true, "links over 30 km are engineered links"),
    reachOS1a: sourced(15000, "tiafotc-40gbase-er4"),
    maxChannelLossDb: SMF_LOSS(18.5, "tiafotc-40gbase-er4"),
    connectionAllocationDb: sourced(2.0, "tiafotc-40gbase-er4", true, "minimum channel loss 9.0 dB: short links need an attenuator"),
    source: "tiafotc-40gbase-er4",
  }),
  app({
    id: "100GBASE-SR10", standard: "IEEE 802.3 Clause 86", kind: "ieee", fiberKind: "MMF", fibersUsed: 20, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 24, polish: MM_UPC },
    reach: { OM3: sourced(100, "ethernet-alliance-om4"), OM4: sourced(150, "ethernet-alliance-om4") },
    maxChannelLossDb: { OM3: sourced(1.9, "fiber-optic-equipment-802.3ba"), OM4: sourced(1.5, "fiber-optic-equipment-802.3ba") },
    connectionAllocationDb: sourced(1.5, "fiber-optic-equipment-802.3ba", true, "OM3 1.5 dB; OM4 1.0 dB"),
    breakout: { to: "10GBASE-SR", ports: 10 },
    source: "bicsi-ict-today",
  }),
  app({
    id: "100GBASE-SR4", standard: "IEEE 802.3 Clause 95", kind: "ieee", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_UPC },
    reach: { OM3: sourced(70, "bicsi-ict-today"), OM4: sourced(100, "bicsi-ict-today"), OM5: sourced(100, "bicsi-ict-today") },
    maxChannelLossDb: { OM3: sourced(1.8, "bicsi-ict-today", false), OM4: sourced(1.9, "bicsi-ict-today", false), OM5: sourced(1.9, "bicsi-ict-today", false) },
    connectionAllocationDb: sourced(1.5, "bicsi-ict-today", false, "DERIVED: 0.1 km x 3.5 dB/km + 1.5 dB = 1.85 dB"),
    breakout: { to: "25GBASE-SR", ports: 4 },
    source: "bicsi-ict-today",
  }),
  app({
    id: "100GBASE-SR2", standard: "IEEE 802.3cd Clause 138", kind: "ieee", fiberKind: "MMF", fibersUsed: 4, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_UPC_UNSURE },
    reach: { OM3: sourced(70, "ieee-802.3-clause", false), OM4: sourced(100, "ieee-802.3-clause", false), OM5: sourced(100, "ieee-802.3-clause", false) },
    maxChannelLossDb: { OM3: sourced(1.8, "ieee-802.3-clause", false), OM4: sourced(1.9, "ieee-802.3-clause", false), OM5: sourced(1.9, "ieee-802.3-clause", false) },
    source: "ieee-802.3-clause",
  }),
  app({
    id: "100G-SR1.2", standard: "vendor (100G BiDi: one lane of IEEE 802.3 Clause 150, 400GBASE-SR4.2)", kind: "vendor", fiberKind: "MMF", fibersUsed: 2, signal: "duplex", wdm: true, mdi: LC,
    reach: { OM3: sourced(70, "tiafotc-400gbase-sr4.2", false), OM4: sourced(100, "tiafotc-400gbase-sr4.2", false), OM5: sourced(150, "tiafotc-400gbase-sr4.2", false) },
    maxChannelLossDb: { OM3: sourced(1.7, "tiafotc-400gbase-sr4.2", false), OM4: sourced(1.8, "tiafotc-400gbase-sr4.2", false), OM5: sourced(2.0, "tiafotc-400gbase-sr4.2", false) },
    aliases: ["100G-SRBD"],
    note: "Vendor 100G BiDi (e.g. QSFP-100G-SR1.2): figures are one lane of 400GBASE-SR4.2, as vendors state; check the module.",
    source: "vendor-datasheets",
  }),
  app({
    id: "100G-SWDM4", standard: "100G SWDM4 MSA rev 2", kind: "msa", fiberKind: "MMF", fibersUsed: 2, signal: "duplex", wdm: true, mdi: LC,
    reach: { OM3: sourced(75, "swdm-msa", false), OM4: sourced(100, "swdm-msa", false), OM5: sourced(150, "swdm-msa", false) },
    maxChannelLossDb: {},
    source: "swdm-msa",
  }),
  smfDuplex("100GBASE-LR4", "IEEE 802.3 Clause 88", 10000, 6.3, { wdm: true, connectionAllocationDb: sourced(2.0, "ieee-802.3-clause", false) }),
  app({
    id: "100GBASE-ER4", standard: "IEEE 802.3 Clause 88", kind: "ieee", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: true, mdi: LC,
    reach: SMF_REACH(40000, "ieee-smf-adhoc-er", true, "links over 30 km are engineered links"),
    maxChannelLossDb: SMF_LOSS(18, "ieee-smf-adhoc-er"),
    connectionAllocationDb: sourced(2.0, "ieee-smf-adhoc-er"),
    source: "ieee-smf-adhoc-er",
  }),
  app({
    id: "100G-PSM4", standard: "PSM4 MSA v2.0", kind: "msa", fiberKind: "SMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: SM_MPO_APC },
    reach: SMF_REACH(500, "fs-psm4"),
    maxChannelLossDb: SMF_LOSS(3.3, "psm4-msa", false),
    source: "psm4-msa",
  }),
  app({
    id: "100G-CWDM4", standard: "100G CWDM4 MSA rev 1.1", kind: "msa", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: true, mdi: LC,
    reach: SMF_REACH(2000, "cwdm4-msa"),
    maxChannelLossDb: SMF_LOSS(5.0, "cwdm4-msa", false),
    source: "cwdm4-msa",
  }),
  app({
    id: "100GBASE-DR", standard: "IEEE 802.3 Clause 140", kind: "ieee", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: false, mdi: LC,
    reach: SMF_REACH(500, "flexoptix-400g"),
    maxChannelLossDb: SMF_LOSS(3.0, "flexoptix-400g", false),
    connectionAllocationDb: sourced(2.75, "flexoptix-400g", false),
    source: "flexoptix-400g",
  }),
  app({
    id: "100GBASE-FR1", standard: "IEEE 802.3 Clause 140", kind: "ieee", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: false, mdi: LC,
    reach: SMF_REACH(2000, "tiafotc-100gbase-fr1"),
    reachOS1a: sourced(1000, "tiafotc-100gbase-fr1"),
    maxChannelLossDb: SMF_LOSS(4.0, "tiafotc-100gbase-fr1"),
    connectionAllocationDb: sourced(3.0, "tiafotc-100gbase-fr1"),
    source: "tiafotc-100gbase-fr1",
  }),
  smfDuplex("100GBASE-LR1", "IEEE 802.3cu Clause 140 (first the 100G Lambda MSA's 100G-LR)", 10000, 6.3, { aliases: ["100G-LR"] }),
  app({
    id: "200GBASE-SR4", standard: "IEEE 802.3cd Clause 138", kind: "ieee", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_EITHER },
    reach: { OM3: sourced(70, "leviton-200g", false), OM4: sourced(100, "leviton-200g"), OM5: sourced(100, "leviton-200g") },
    maxChannelLossDb: { OM3: sourced(1.8, "leviton-200g", false), OM4: sourced(1.9, "leviton-200g", false), OM5: sourced(1.9, "leviton-200g", false) },
    connectionAllocationDb: sourced(1.5, "leviton-200g", false),
    source: "leviton-200g",
  }),
  app({
    id: "200GBASE-DR4", standard: "IEEE 802.3 Clause 121", kind: "ieee", fiberKind: "SMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: SM_MPO_APC },
    reach: SMF_REACH(500, "leviton-200g"),
    maxChannelLossDb: SMF_LOSS(3.0, "leviton-200g", false),
    source: "leviton-200g",
  }),
  smfDuplex("200GBASE-FR4", "IEEE 802.3bs Clause 122", 2000, 4.0, { wdm: true }),
  smfDuplex("200GBASE-LR4", "IEEE 802.3bs Clause 122", 10000, 6.3, { wdm: true }),
  app({
    id: "400GBASE-SR8", standard: "IEEE 802.3 Clause 138", kind: "ieee", fiberKind: "MMF", fibersUsed: 16, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 16, polish: MM_EITHER },
    reach: { OM3: sourced(70, "tiafotc-400gbase-sr8"), OM4: sourced(100, "tiafotc-400gbase-sr8"), OM5: sourced(100, "tiafotc-400gbase-sr8") },
    maxChannelLossDb: { OM3: sourced(1.8, "tiafotc-400gbase-sr8"), OM4: sourced(1.9, "tiafotc-400gbase-sr8"), OM5: sourced(1.9, "tiafotc-400gbase-sr8") },
    connectionAllocationDb: sourced(1.5, "tiafotc-400gbase-sr8", false, "DERIVED"),
    source: "tiafotc-400gbase-sr8",
  }),
  app({
    id: "400GBASE-SR4.2", standard: "IEEE 802.3 Clause 150", kind: "ieee", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_UPC_UNSURE },
    reach: { OM3: sourced(70, "tiafotc-400gbase-sr4.2"), OM4: sourced(100, "tiafotc-400gbase-sr4.2"), OM5: sourced(150, "tiafotc-400gbase-sr4.2") },
    maxChannelLossDb: { OM3: sourced(1.7, "tiafotc-400gbase-sr4.2"), OM4: sourced(1.8, "tiafotc-400gbase-sr4.2"), OM5: sourced(2.0, "tiafotc-400gbase-sr4.2") },
    connectionAllocationDb: sourced(1.5, "tiafotc-400gbase-sr4.2", false, "DERIVED at 3.0 dB/km"),
    source: "tiafotc-400gbase-sr4.2",
  }),
  app({
    id: "400GBASE-SR4", standard: "IEEE 802.3db Clause 167", kind: "ieee", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_EITHER },
    reach: { OM3: sourced(60, "ieee-802.3-clause", false), OM4: sourced(100, "ieee-802.3-clause", false), OM5: sourced(100, "ieee-802.3-clause", false) },
    maxChannelLossDb: {},
    breakout: { to: "100GBASE-SR1", ports: 4 },
    source: "ieee-802.3-clause",
  }),
  app({
    id: "400GBASE-VR4", standard: "IEEE 802.3db Clause 167", kind: "ieee", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_EITHER },
    reach: { OM3: sourced(30, "ieee-802.3-clause", false), OM4: sourced(50, "nvidia-400g-sr4", false, "NVIDIA's 400G SR4 module: 50 m on OM4") },
    maxChannelLossDb: {},
    source: "ieee-802.3-clause",
  }),
  app({
    id: "400GBASE-DR4", standard: "IEEE 802.3 Clause 124", kind: "ieee", fiberKind: "SMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: SM_MPO_APC },
    reach: SMF_REACH(500, "flexoptix-400g"),
    maxChannelLossDb: SMF_LOSS(3.0, "flexoptix-400g", false),
    connectionAllocationDb: sourced(2.75, "flexoptix-400g", false),
    breakout: { to: "100GBASE-DR", ports: 4 },
    source: "nvidia-400g-dr4",
  }),
  app({
    id: "400GBASE-DR4-2", standard: "IEEE 802.3df Clause 124", kind: "ieee", fiberKind: "SMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: SM_MPO_APC },
    reach: SMF_REACH(2000, "flexoptix-400g", false, "DR4+ (2 km) as vendors sold it before IEEE named DR4-2"),
    maxChannelLossDb: {},
    breakout: { to: "100GBASE-FR1", ports: 4 },
    aliases: ["400G-XDR4", "400G-DR4+", "400G-DR4PLUS"],
    note: "Vendor 2 km DR4 modules (XDR4, DR4+) are the same 4 x 100G parallel single-mode PMD: check interoperability with IEEE DR4-2.",
    source: "flexoptix-400g",
  }),
  app({
    id: "400G-PLR4", standard: "vendor (4 x 100GBASE-LR1 on parallel single-mode)", kind: "vendor", fiberKind: "SMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: SM_MPO_APC },
    reach: SMF_REACH(10000, "vendor-datasheets", false),
    maxChannelLossDb: {},
    breakout: { to: "100GBASE-LR1", ports: 4 },
    source: "vendor-datasheets",
  }),
  app({
    id: "400GBASE-FR4", standard: "IEEE 802.3cu Clause 151", kind: "ieee", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: true, mdi: LC,
    reach: SMF_REACH(2000, "ieee-802.3cu-clause151"),
    maxChannelLossDb: SMF_LOSS(4.0, "flexoptix-400g", false),
    connectionAllocationDb: sourced(3.0, "flexoptix-400g", false),
    source: "ieee-802.3cu-clause151",
  }),
  smfDuplex("400GBASE-LR4-6", "IEEE 802.3cu Clause 151", 6000, 6.3, { wdm: true, source: "ieee-802.3cu-clause151", reach: SMF_REACH(6000, "ieee-802.3cu-clause151", false), maxChannelLossDb: SMF_LOSS(6.3, "ieee-802.3cu-clause151", false) }),
  app({
    id: "400G-LR4-10", standard: "100G Lambda MSA (400G-LR4-10)", kind: "msa", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: true, mdi: LC,
    reach: SMF_REACH(10000, "100g-lambda-msa", false),
    maxChannelLossDb: SMF_LOSS(6.3, "100g-lambda-msa", false),
    aliases: ["400GBASE-LR4", "400G-LR4"],
    note: "Vendors' \"400G LR4\" is the 100G Lambda MSA's 10 km 400G-LR4-10 (IEEE has only LR4-6).",
    source: "100g-lambda-msa",
  }),
  app({
    id: "400GBASE-LR8", standard: "IEEE 802.3 Clause 122", kind: "ieee", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: true, mdi: LC,
    reach: SMF_REACH(10000, "tiafotc-400gbase-lr8"),
    maxChannelLossDb: SMF_LOSS(6.3, "tiafotc-400gbase-lr8"),
    connectionAllocationDb: sourced(2.0, "tiafotc-400gbase-lr8"),
    source: "tiafotc-400gbase-lr8",
  }),
  app({
    id: "800GBASE-SR8", standard: "IEEE 802.3df Clause 167", kind: "ieee", fiberKind: "MMF", fibersUsed: 16, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 16, polish: MM_EITHER },
    reach: { OM3: sourced(60, "ieee-802.3-clause", false), OM4: sourced(100, "ieee-802.3-clause", false) },
    maxChannelLossDb: {},
    source: "ieee-802.3-clause",
  }),
  app({
    id: "800GBASE-VR8", standard: "IEEE 802.3df Clause 167", kind: "ieee", fiberKind: "MMF", fibersUsed: 16, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 16, polish: MM_EITHER },
    reach: { OM3: sourced(30, "ieee-802.3-clause", false), OM4: sourced(50, "ieee-802.3-clause", false) },
    maxChannelLossDb: {},
    source: "ieee-802.3-clause",
  }),
  app({
    id: "800GBASE-DR8", standard: "IEEE 802.3df", kind: "ieee", fiberKind: "SMF", fibersUsed: 16, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 16, polish: SM_MPO_APC },
    reach: SMF_REACH(500, "tiafotc-800gbase-dr8"),
    reachOS1a: sourced(250, "tiafotc-800gbase-dr8"),
    maxChannelLossDb: SMF_LOSS(3.0, "tiafotc-800gbase-dr8"),
    connectionAllocationDb: sourced(2.75, "tiafotc-800gbase-dr8"),
    breakout: { to: "100GBASE-DR", ports: 8 },
    source: "tiafotc-800gbase-dr8",
  }),
  app({
    id: "800G-2xDR4", standard: "OSFP MSA twin-port module: 2 x 400GBASE-DR4 (IEEE 802.3 Clause 124 per port)", kind: "msa", fiberKind: "SMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: SM_MPO_APC },
    reach: SMF_REACH(500, "flexoptix-400g", true, "per port, as 400GBASE-DR4"),
    maxChannelLossDb: SMF_LOSS(3.0, "flexoptix-400g", false),
    breakout: { to: "100GBASE-DR", ports: 4 },
    note: "Two MPO-12/APC ports; each cable runs one 400GBASE-DR4 port.",
    source: "osfp-twin-port",
  }),
  app({
    id: "800G-2xFR4", standard: "OSFP MSA twin-port module: 2 x 400GBASE-FR4 (IEEE 802.3cu Clause 151 per port)", kind: "msa", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: true, mdi: LC,
    reach: SMF_REACH(2000, "osfp-twin-port"),
    maxChannelLossDb: SMF_LOSS(4.0, "flexoptix-400g", false),
    note: "Two duplex LC ports; each cable runs one 400GBASE-FR4 port.",
    source: "osfp-twin-port",
  }),
];

const byId = new Map(APPLICATIONS.map((a) => [a.id, a]));

export const applicationById = (id: string): Application | undefined => byId.get(id);

/**
 * The reach to quote for a grade (CONNECTOR.REACH): on 1.0 dB/km fiber (OS1, OS1a) the IEEE
 * informative range where one is given (40GBASE-LR4 4 km, 800GBASE-DR8 250 m), else the
 * operating range. OM5 without a figure of its own is not assumed to equal OM4.
 */
export const reachFor = (a: Application, grade: FiberGrade): Sourced<number> | undefined =>
  (grade === "OS1" || grade === "OS1a") && a.reachOS1a ? a.reachOS1a : a.reach[grade];

/**
 * The operating range a length must not exceed: the reach rule errors beyond it. On OS1/OS1a
 * it is the OS2 range; beyond the informative range the os1a-reach rule warns (fact sheet R20).
 */
export const operatingRange = (a: Application, grade: FiberGrade): Sourced<number> | undefined => a.reach[grade];

/**
 * Channel loss budget for a grade. Where IEEE lists OM4 but not OM5, OM5 is given the OM4
 * figure marked unconfirmed (OM5 is specified to at least OM4's 850 nm performance).
 */
export const channelBudgetFor = (a: Application, grade: FiberGrade): Sourced<number> | undefined => {
  const own = a.maxChannelLossDb[grade];
  if (own) return own;
  const om4 = a.maxChannelLossDb.OM4;
  if (grade === "OM5" && om4 && a.reach.OM5) return { ...om4, confirmed: false, note: "OM5 assumed to have the OM4 budget" };
  return undefined;
};

/**
 * The polish of the module's receptacle as far as the catalog and the project spec know it:
 * the spec's multimodePolish pins it where both variants are sold; undefined when only the
 * module's datasheet can tell.
 */
export function mdiPolishFor(a: Application, spec?: Pick<ProjectSpec, "multimodePolish">): Sourced<Polish> | undefined {
  const p = a.mdi.polish;
  if (p.value !== "either") return p as Sourced<Polish>;
  return spec?.multimodePolish ? sourced<Polish>(spec.multimodePolish, "project-spec") : undefined;
}

/**
 * One reach policy for the row check, RECOMMEND and REACH: beyond the operating range is out of
 * reach; on OS1/OS1a beyond the IEEE informative range (1.0 dB/km fiber) but within the operating
 * range is a warning, never a refusal.
 */
export type ReachVerdict =
  | { status: "within"; reach: Sourced<number> }
  | { status: "beyond-informative"; reach: Sourced<number>; informative: Sourced<number> }
  | { status: "beyond"; reach: Sourced<number> };

export function reachVerdict(a: Application, grade: FiberGrade, lengthM: number): ReachVerdict | undefined {
  const reach = operatingRange(a, grade);
  if (!reach) return undefined;
  if (lengthM > reach.value) return { status: "beyond", reach };
  const informative = grade === "OS1" || grade === "OS1a" ? a.reachOS1a : undefined;
  if (informative && lengthM > informative.value) return { status: "beyond-informative", reach, informative };
  return { status: "within", reach };
}

/** One line of the catalog as CONNECTOR.APPLICATIONS lists it: an application on one grade. */
export interface CatalogLine {
  application: Application;
  grade: FiberGrade;
  /** The reach REACH quotes on this grade (reachFor). */
  reach?: Sourced<number>;
  /** The budget BUDGET quotes on this grade (channelBudgetFor). */
  budget?: Sourced<number>;
}

/**
 * The catalog, one line per application and grade it has a reach or a budget on, in catalog
 * order; only that kind or that grade when a fiber is given.
 */
export function catalogLines(fiber?: Fiber): CatalogLine[] {
  const grades = FIBER_GRADES.filter((g) => (fiber?.grade ? g === fiber.grade : !fiber || kindOfGrade(g) === fiber.kind));
  const lines: CatalogLine[] = [];
  for (const application of APPLICATIONS) {
    for (const grade of grades) {
      if (kindOfGrade(grade) !== application.fiberKind) continue;
      const reach = reachFor(application, grade);
      const budget = channelBudgetFor(application, grade);
      if (reach || budget) lines.push({ application, grade, ...(reach ? { reach } : {}), ...(budget ? { budget } : {}) });
    }
  }
  return lines;
}
