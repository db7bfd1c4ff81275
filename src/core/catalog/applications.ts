import { FiberGrade, FiberKind } from "./fiber";
import { Sourced, SourceId, sourced } from "./sources";
import type { Polish } from "../connector";

/**
 * IEEE 802.3 physical-medium-dependent sublayers (and the PSM4 MSA) that run on fiber,
 * with the figures the rules need. Every figure carries its source; figures the fact
 * sheet marks UNCONFIRMED carry confirmed: false.
 */
export interface Application {
  /** IEEE name, e.g. 100GBASE-SR4 (the PSM4 MSA: 100G-PSM4). */
  id: string;
  /** Where it is specified: an IEEE 802.3 clause or an MSA. */
  standard: string;
  fiberKind: FiberKind;
  /** Fibers actually lit. */
  fibersUsed: number;
  /** parallel = one lane per fiber on an array connector; duplex = one fiber pair. */
  signal: "parallel" | "duplex";
  /** Several wavelengths on one pair: cannot be broken out to lower-speed ports. */
  wdm: boolean;
  /** The transceiver's medium-dependent interface: connector family, positions, end-face polish. */
  mdi: { family: "MPO" | "LC"; positions: number; polish: Sourced<Polish> };
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
  source: SourceId;
}

const MM_UPC = sourced<Polish>("UPC", "tel-conn-mpo", true, "Multimode MPO/MTP is normally flat-polished (PC/UPC).");
const SM_MPO_APC = sourced<Polish>("APC", "tel-conn-mpo", true, "Single-mode MPO/MTP is made with an 8° angled polish.");
const LC_UPC = sourced<Polish>(
  "UPC",
  "engineering-practice",
  false,
  "Duplex LC transceiver receptacles are flat-polished in general practice; not in the fact sheet.",
);

const app = (a: Application): Application => a;

const SMF_REACH = (m: number, src: SourceId, confirmed = true): Application["reach"] => ({
  OS1: sourced(m, src, confirmed),
  OS1a: sourced(m, src, confirmed),
  OS2: sourced(m, src, confirmed),
});
const SMF_LOSS = (db: number, src: SourceId, confirmed = true): Application["maxChannelLossDb"] => ({
  OS1: sourced(db, src, confirmed),
  OS1a: sourced(db, src, confirmed),
  OS2: sourced(db, src, confirmed),
});

export const APPLICATIONS: readonly Application[] = [
  app({
    id: "10GBASE-SR", standard: "IEEE 802.3 Clause 52", fiberKind: "MMF", fibersUsed: 2, signal: "duplex", wdm: false,
    mdi: { family: "LC", positions: 2, polish: LC_UPC },
    reach: { OM3: sourced(300, "fiber-optic-equipment-802.3ba"), OM4: sourced(400, "china-tscom-loss-budget"), OM5: sourced(400, "bicsi-ict-today") },
    maxChannelLossDb: { OM3: sourced(2.6, "fiber-optic-equipment-802.3ba"), OM4: sourced(2.9, "china-tscom-loss-budget") },
    connectionAllocationDb: sourced(1.5, "fiber-optic-equipment-802.3ba"),
    source: "fiber-optic-equipment-802.3ba",
  }),
  app({
    id: "25GBASE-SR", standard: "IEEE 802.3 Clause 112", fiberKind: "MMF", fibersUsed: 2, signal: "duplex", wdm: false,
    mdi: { family: "LC", positions: 2, polish: LC_UPC },
    reach: { OM3: sourced(70, "china-tscom-loss-budget", false), OM4: sourced(100, "china-tscom-loss-budget"), OM5: sourced(100, "china-tscom-loss-budget", false) },
    maxChannelLossDb: { OM3: sourced(1.8, "china-tscom-loss-budget", false), OM4: sourced(1.9, "china-tscom-loss-budget") },
    connectionAllocationDb: sourced(1.5, "china-tscom-loss-budget"),
    source: "china-tscom-loss-budget",
  }),
  app({
    id: "40GBASE-SR4", standard: "IEEE 802.3 Clause 86", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_UPC },
    reach: { OM3: sourced(100, "fiber-optic-equipment-802.3ba"), OM4: sourced(150, "fiber-optic-equipment-802.3ba"), OM5: sourced(150, "bicsi-ict-today") },
    maxChannelLossDb: { OM3: sourced(1.9, "fiber-optic-equipment-802.3ba"), OM4: sourced(1.5, "fluke-loss-budget-blog") },
    connectionAllocationDb: sourced(1.5, "fiber-optic-equipment-802.3ba", true, "OM3 1.5 dB; OM4 1.0 dB"),
    breakout: { to: "10GBASE-SR", ports: 4 },
    source: "fiber-optic-equipment-802.3ba",
  }),
  app({
    id: "40GBASE-LR4", standard: "IEEE 802.3 Clause 87", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: true,
    mdi: { family: "LC", positions: 2, polish: LC_UPC },
    reach: SMF_REACH(10000, "tiafotc-40gbase-lr4"),
    reachOS1a: sourced(4000, "tiafotc-40gbase-lr4"),
    maxChannelLossDb: SMF_LOSS(6.7, "tiafotc-40gbase-lr4"),
    connectionAllocationDb: sourced(2.0, "tiafotc-40gbase-lr4"),
    source: "tiafotc-40gbase-lr4",
  }),
  app({
    id: "100GBASE-SR10", standard: "IEEE 802.3 Clause 86", fiberKind: "MMF", fibersUsed: 20, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 24, polish: MM_UPC },
    reach: { OM3: sourced(100, "bicsi-ict-today"), OM4: sourced(150, "bicsi-ict-today") },
    maxChannelLossDb: { OM3: sourced(1.9, "fiber-optic-equipment-802.3ba"), OM4: sourced(1.5, "fiber-optic-equipment-802.3ba") },
    connectionAllocationDb: sourced(1.5, "fiber-optic-equipment-802.3ba", true, "OM3 1.5 dB; OM4 1.0 dB"),
    breakout: { to: "10GBASE-SR", ports: 10 },
    source: "bicsi-ict-today",
  }),
  app({
    id: "100GBASE-SR4", standard: "IEEE 802.3 Clause 95", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_UPC },
    reach: { OM3: sourced(70, "bicsi-ict-today"), OM4: sourced(100, "bicsi-ict-today"), OM5: sourced(100, "bicsi-ict-today") },
    maxChannelLossDb: { OM3: sourced(1.8, "bicsi-ict-today", false), OM4: sourced(1.9, "bicsi-ict-today", false), OM5: sourced(1.9, "bicsi-ict-today", false) },
    connectionAllocationDb: sourced(1.5, "bicsi-ict-today", false, "DERIVED: 0.1 km x 3.5 dB/km + 1.5 dB = 1.85 dB"),
    breakout: { to: "25GBASE-SR", ports: 4 },
    source: "bicsi-ict-today",
  }),
  app({
    id: "100G-PSM4", standard: "PSM4 MSA v2.0", fiberKind: "SMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: SM_MPO_APC },
    reach: SMF_REACH(500, "fs-psm4"),
    maxChannelLossDb: SMF_LOSS(3.3, "psm4-msa", false),
    source: "psm4-msa",
  }),
  app({
    id: "100GBASE-DR", standard: "IEEE 802.3 Clause 140", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: false,
    mdi: { family: "LC", positions: 2, polish: LC_UPC },
    reach: SMF_REACH(500, "flexoptix-400g"),
    maxChannelLossDb: SMF_LOSS(3.0, "flexoptix-400g", false),
    connectionAllocationDb: sourced(2.75, "flexoptix-400g", false),
    source: "flexoptix-400g",
  }),
  app({
    id: "100GBASE-FR1", standard: "IEEE 802.3 Clause 140", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: false,
    mdi: { family: "LC", positions: 2, polish: LC_UPC },
    reach: SMF_REACH(2000, "tiafotc-100gbase-fr1"),
    reachOS1a: sourced(1000, "tiafotc-100gbase-fr1"),
    maxChannelLossDb: SMF_LOSS(4.0, "tiafotc-100gbase-fr1"),
    connectionAllocationDb: sourced(3.0, "tiafotc-100gbase-fr1"),
    source: "tiafotc-100gbase-fr1",
  }),
  app({
    id: "200GBASE-SR4", standard: "IEEE 802.3 Clause 138", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_UPC },
    reach: { OM3: sourced(70, "leviton-200g", false), OM4: sourced(100, "leviton-200g"), OM5: sourced(100, "leviton-200g") },
    maxChannelLossDb: { OM3: sourced(1.8, "leviton-200g", false), OM4: sourced(1.9, "leviton-200g", false), OM5: sourced(1.9, "leviton-200g", false) },
    connectionAllocationDb: sourced(1.5, "leviton-200g", false),
    source: "leviton-200g",
  }),
  app({
    id: "200GBASE-DR4", standard: "IEEE 802.3 Clause 121", fiberKind: "SMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: SM_MPO_APC },
    reach: SMF_REACH(500, "leviton-200g"),
    maxChannelLossDb: SMF_LOSS(3.0, "leviton-200g", false),
    source: "leviton-200g",
  }),
  app({
    id: "400GBASE-SR8", standard: "IEEE 802.3 Clause 138", fiberKind: "MMF", fibersUsed: 16, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 16, polish: MM_UPC },
    reach: { OM3: sourced(70, "tiafotc-400gbase-sr8"), OM4: sourced(100, "tiafotc-400gbase-sr8"), OM5: sourced(100, "tiafotc-400gbase-sr8") },
    maxChannelLossDb: { OM3: sourced(1.8, "tiafotc-400gbase-sr8"), OM4: sourced(1.9, "tiafotc-400gbase-sr8"), OM5: sourced(1.9, "tiafotc-400gbase-sr8") },
    connectionAllocationDb: sourced(1.5, "tiafotc-400gbase-sr8", false, "DERIVED"),
    source: "tiafotc-400gbase-sr8",
  }),
  app({
    id: "400GBASE-SR4.2", standard: "IEEE 802.3 Clause 150", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_UPC },
    reach: { OM3: sourced(70, "tiafotc-400gbase-sr4.2"), OM4: sourced(100, "tiafotc-400gbase-sr4.2"), OM5: sourced(150, "tiafotc-400gbase-sr4.2") },
    maxChannelLossDb: { OM3: sourced(1.7, "tiafotc-400gbase-sr4.2"), OM4: sourced(1.8, "tiafotc-400gbase-sr4.2"), OM5: sourced(2.0, "tiafotc-400gbase-sr4.2") },
    connectionAllocationDb: sourced(1.5, "tiafotc-400gbase-sr4.2", false, "DERIVED at 3.0 dB/km"),
    source: "tiafotc-400gbase-sr4.2",
  }),
  app({
    id: "400GBASE-SR4", standard: "IEEE 802.3db Clause 167", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_UPC },
    reach: { OM3: sourced(60, "instacoolbio-400g", false), OM4: sourced(100, "instacoolbio-400g"), OM5: sourced(100, "instacoolbio-400g", false) },
    maxChannelLossDb: {},
    breakout: { to: "100GBASE-SR1", ports: 4 },
    source: "instacoolbio-400g",
  }),
  app({
    id: "400GBASE-VR4", standard: "IEEE 802.3db Clause 167", fiberKind: "MMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: MM_UPC },
    reach: { OM3: sourced(30, "instacoolbio-400g", false), OM4: sourced(50, "instacoolbio-400g") },
    maxChannelLossDb: {},
    source: "instacoolbio-400g",
  }),
  app({
    id: "400GBASE-DR4", standard: "IEEE 802.3 Clause 124", fiberKind: "SMF", fibersUsed: 8, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 12, polish: SM_MPO_APC },
    reach: SMF_REACH(500, "network-switch-400g-dr4"),
    maxChannelLossDb: SMF_LOSS(3.0, "network-switch-400g-dr4", false),
    connectionAllocationDb: sourced(2.75, "network-switch-400g-dr4", false),
    breakout: { to: "100GBASE-DR", ports: 4 },
    source: "network-switch-400g-dr4",
  }),
  app({
    id: "400GBASE-FR4", standard: "IEEE 802.3cu Clause 151", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: true,
    mdi: { family: "LC", positions: 2, polish: LC_UPC },
    reach: SMF_REACH(2000, "ieee-802.3cu-clause151"),
    maxChannelLossDb: SMF_LOSS(4.0, "flexoptix-400g", false),
    connectionAllocationDb: sourced(3.0, "flexoptix-400g", false),
    source: "ieee-802.3cu-clause151",
  }),
  app({
    id: "400GBASE-LR8", standard: "IEEE 802.3 Clause 122", fiberKind: "SMF", fibersUsed: 2, signal: "duplex", wdm: true,
    mdi: { family: "LC", positions: 2, polish: LC_UPC },
    reach: SMF_REACH(10000, "tiafotc-400gbase-lr8"),
    maxChannelLossDb: SMF_LOSS(6.3, "tiafotc-400gbase-lr8"),
    connectionAllocationDb: sourced(2.0, "tiafotc-400gbase-lr8"),
    source: "tiafotc-400gbase-lr8",
  }),
  app({
    id: "800GBASE-SR8", standard: "IEEE 802.3df", fiberKind: "MMF", fibersUsed: 16, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 16, polish: sourced<Polish>("APC", "ucatruco-800g-sr8", false, "800G SR8 modules often ship with an MPO-16/APC interface (one secondary source): check the module.") },
    reach: { OM3: sourced(60, "ucatruco-800g-sr8", false), OM4: sourced(100, "ucatruco-800g-sr8", false) },
    maxChannelLossDb: {},
    source: "ucatruco-800g-sr8",
  }),
  app({
    id: "800GBASE-DR8", standard: "IEEE 802.3df", fiberKind: "SMF", fibersUsed: 16, signal: "parallel", wdm: false,
    mdi: { family: "MPO", positions: 16, polish: SM_MPO_APC },
    reach: SMF_REACH(500, "tiafotc-800gbase-dr8"),
    reachOS1a: sourced(250, "tiafotc-800gbase-dr8"),
    maxChannelLossDb: SMF_LOSS(3.0, "tiafotc-800gbase-dr8"),
    connectionAllocationDb: sourced(2.75, "tiafotc-800gbase-dr8"),
    breakout: { to: "100GBASE-DR", ports: 8 },
    source: "tiafotc-800gbase-dr8",
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
