/**
 * Where each fact in the catalog and each rule comes from.
 *
 * `grade` follows the project's fact sheet: "primary" is a standards body, a standards
 * consortium's summary of an IEEE clause, a connector or test-equipment maker, or project
 * source code; "secondary" is a vendor blog, reseller or trade article.
 */
export type SourceGrade = "primary" | "secondary" | "derived" | "practice";

export interface Source {
  id: string;
  /** The standard and its clause or table (IEEE 802.3 Clause 138, ANSI/TIA-568.3-E, an MSA and its version), cited first. */
  clause: string;
  title: string;
  /** The publisher's own public page where the figure was read; none where only a copy on an unrelated site was found. */
  url?: string;
  grade: SourceGrade;
}

/**
 * Hosts that carried copies of other publishers' articles or standards (or nothing related):
 * never a source. A test keeps them out of the list.
 */
export const UNRELATED_HOSTS: readonly string[] = [
  "googmn.com", "busydoniemiecwaldii.pl", "fdocuments.net", "biao-zhun.cn", "activa.net.pl", "miwwk.unas.cz",
  "instacoolbio.com", "ucatruco.com", "loxtarin.com", "pbxbook.com", "siemondev.wpengine.com", "imfaceplate.com",
  "network-switch.com", "thefrenchcottage.co.za", "scribd.com", "vdocuments", "pdf4pro.com", "360docs.net", "docslib.org",
  "goo.ne.jp",
];

const list = [
  // IEEE 802.3 channel tables as TIA FOTC reproduces them, clause by clause (the near-primary source)
  { id: "tiafotc-25gbase-sr", clause: "IEEE 802.3 Clause 112 (25GBASE-SR), channel table", title: "TIA FOTC, IEEE 802.3 update: 25GBASE-SR", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/multimode-standards-update/25gbase-sr/", grade: "primary" },
  { id: "tiafotc-400gbase-sr8", clause: "IEEE 802.3 Clause 138 (400GBASE-SR8), channel table", title: "TIA FOTC, IEEE 802.3 update: 400GBASE-SR8", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/multimode-standards-update/400gbase-sr8/", grade: "primary" },
  { id: "tiafotc-400gbase-sr4.2", clause: "IEEE 802.3 Clause 150 (400GBASE-SR4.2), channel table", title: "TIA FOTC, IEEE 802.3 update: 400GBASE-SR4.2 (page also covering 400GBASE-SR4 and -VR4)", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/multimode-standards-update/400gbase-sr4-2/", grade: "primary" },
  { id: "tiafotc-40gbase-lr4", clause: "IEEE 802.3 Clause 87 (40GBASE-LR4), channel table", title: "TIA FOTC, IEEE 802.3 update: 40GBASE-LR4", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/40gbase-lr4/", grade: "primary" },
  { id: "tiafotc-40gbase-er4", clause: "IEEE 802.3 Clause 87 (40GBASE-ER4), channel table", title: "TIA FOTC, IEEE 802.3 update: 40GBASE-ER4", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/40gbase-er4/", grade: "primary" },
  { id: "tiafotc-100gbase-fr1", clause: "IEEE 802.3 Clause 140 (100GBASE-FR1), channel table", title: "TIA FOTC, IEEE 802.3 update: 100GBASE-FR1", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/100gbase-fr1/", grade: "primary" },
  { id: "tiafotc-400gbase-lr8", clause: "IEEE 802.3 Clause 122 (400GBASE-LR8), channel table", title: "TIA FOTC, IEEE 802.3 update: 400GBASE-LR8 (page also listing 400GBASE-FR4 and -LR4-6)", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/400gbase-lr8/", grade: "primary" },
  { id: "tiafotc-800gbase-dr8", clause: "IEEE 802.3df-2024 (800GBASE-DR8), channel table", title: "TIA FOTC, IEEE 802.3 update: 800GBASE-DR8", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/800gbase-dr8/", grade: "primary" },
  { id: "tiafotc-smf-attenuation", clause: "IEEE 802.3 single-mode channel tables: 0.4 dB/km (OS2) basis, informative 1.0 dB/km (OS1a)", title: "TIA FOTC IEEE tables: single-mode reach at 0.4 dB/km (OS2), informative at 1.0 dB/km (OS1a)", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/800gbase-dr8/", grade: "primary" },
  // IEEE clauses read without a public page of the table: the figure is the clause's, marked unconfirmed in the catalog
  { id: "ieee-802.3-clause", clause: "IEEE 802.3 (clause named on the application)", title: "IEEE 802.3 clause as named on the application; no public copy of its channel table was read", grade: "primary" },
  { id: "ieee-802.3cu-clause151", clause: "IEEE 802.3cu-2021 Clause 151 (400GBASE-FR4, 400GBASE-LR4-6)", title: "IEEE 802.3cu-2021, Clause 151 (400GBASE-FR4: at least 2 km)", grade: "primary" },
  { id: "ethernet-alliance-om4", clause: "IEEE 802.3-2012 Clause 52 (10GBASE-SR) and Clause 86 (40GBASE-SR4, 100GBASE-SR10) on OM4", title: "Ethernet Alliance: 10GbE standardized to 400 m on OM4 (40G/100G SR: 100 m OM3, 150 m OM4)", url: "https://ethernetalliance.org/blog/2012/06/13/10gbe-standardized-to-400-meters-on-om4-fiber/", grade: "primary" },
  { id: "ieee-smf-adhoc-er", clause: "IEEE 802.3 Table 52-24 (10GBASE-ER: 11 dB, 1.5 dB connections); Clause 88 (100GBASE-ER4: 18 dB over 40 km with 2 dB connections)", title: "IEEE P802.3bm SMF ad hoc (P. Anslow): ER channel insertion loss figures", url: "https://ieee802.org/3/100GNGOPTX/email/msg00583.html", grade: "primary" },
  { id: "vendor-datasheets", clause: "No IEEE or MSA specification: vendor module datasheets", title: "Vendor-only optic: figures from module datasheets, not a standard", grade: "secondary" },
  // MSAs, cited by their own documents
  { id: "psm4-msa", clause: "100G PSM4 MSA Specification v2.0 (2014-09-15)", title: "100G PSM4 MSA (the specification is published by the MSA group)", url: "http://www.psm4.org/", grade: "primary" },
  { id: "cwdm4-msa", clause: "100G CWDM4 MSA Technical Specifications rev 1.1 (2 km)", title: "CWDM4 MSA: 100G over duplex single-mode up to 2 km", url: "http://www.cwdm4-msa.org/", grade: "primary" },
  { id: "swdm-msa", clause: "40G SWDM4 and 100G SWDM4 MSA Technical Specifications rev 2 (2017)", title: "SWDM MSA: 40G and 100G over duplex multimode, OM3/OM4/OM5, 75 m to 440 m (announcement)", url: "https://www.compoundsemiconductor.net/article/101234-industry-group-forms-multi-source-agreement-for-shortwave-wdm.html", grade: "secondary" },
  { id: "100g-lambda-msa", clause: "100G Lambda MSA Technical Specifications (100G-LR, 400G-LR4-10)", title: "100G Lambda MSA: 100G per wavelength over duplex single-mode", url: "http://100glambda.com/", grade: "secondary" },
  { id: "osfp-twin-port", clause: "OSFP MSA twin-port module (two IEEE ports in one 800G module)", title: "OSFP twin-port 800G modules carry two 400G ports (NVIDIA MMS4X50-NM 2xFR4 datasheet: 2 x 400G, 2 km)", url: "https://docs.nvidia.com/mms4x50-nm-800gbps-twin-port-osfp-2xfr4-2x400gb-s-single-mode-2km.pdf", grade: "primary" },
  // module makers on the MDI
  { id: "nvidia-optical-connectors", clause: "Module datasheets (IEEE 802.3 specifies the MDI as MPO, not its polish)", title: "NVIDIA LinkX optical connectors: 8x50G-PAM4 400G and all 100G-PAM4 optics use MPO/APC; MPO-16 SR8 modules exist with UPC and APC", url: "https://docs.nvidia.com/networking/display/cableovpub/optical+connectors", grade: "primary" },
  { id: "nvidia-400g-sr4", clause: "Module datasheet (400G SR4, 100G-PAM4 lanes)", title: "NVIDIA MMA4Z00-NS400-T: 400G multimode SR4 on MPO-12/APC, not compatible with UPC", url: "https://docs.nvidia.com/networking/display/MMA4Z00NS400T", grade: "primary" },
  // loss figures
  { id: "fluke-tia-connector-max", clause: "ANSI/TIA-568.3-D, connector loss 0.75 dB maximum per mated pair", title: "Fluke Networks KB: loss budget values, reference-grade connectors, ANSI/TIA-568.3-D (0.75 dB max per mated pair)", url: "https://ko.flukenetworks.com/knowledge-base/certifiber-pro/new-loss-budget-values-reference-grade-connectors-ansitia-5683-d", grade: "primary" },
  { id: "fluke-loss-budget-blog", clause: "IEEE 802.3 Clause 86 (40GBASE-SR4 on OM4: 1.5 dB, 1.0 dB connection allocation)", title: "Fluke Networks blog: 40GBASE-SR4 on 150 m OM4 leaves 1.05 dB for connections (publisher's page not found; figure kept with the clause)", grade: "primary" },
  { id: "foa-loss-budget", clause: "FOA loss-budget method (typical component values; not a standard)", title: "FOA loss budget calculator and typical values", url: "https://www.thefoa.org/tech/ref/Loss_Budget/Loss_Budget.htm", grade: "primary" },
  { id: "tia-568-mmf-attenuation", clause: "ANSI/TIA-568.3 multimode cabled attenuation, 3.5 dB/km at 850 nm; IEEE 802.3 Table 38-12", title: "EIA/TIA-568 multimode cabled attenuation maximum, 3.5 dB/km at 850 nm (FOA text)", url: "https://www.thefoa.org/tech/ref/Loss_Budget/Loss_Budget.htm", grade: "primary" },
  { id: "tia-568.3-cabled-attenuation", clause: "ANSI/TIA-568.3-E, cabled optical fiber attenuation maxima: multimode 3.5 dB/km at 850 nm and 1.5 dB/km at 1300 nm; single-mode 1.0 dB/km inside plant, 0.5 dB/km outside plant, at 1310 and 1550 nm", title: "FOA loss budget page: cabled attenuation maxima per EIA/TIA 568 (multimode 850/1300 nm, single-mode 1310/1550 nm)", url: "https://www.thefoa.org/tech/ref/Loss_Budget/Loss_Budget.htm", grade: "primary" },
  { id: "fs-mtp-guide", clause: "Maker's grade (no standard sets a low-loss MPO maximum)", title: "FS.com: A comprehensive guide to MTP connectors (standard vs Elite loss grades)", url: "https://community.fs.com/blog/a-comprehensive-guide-to-mtp-connector.html", grade: "secondary" },
  { id: "bicsi-ict-today", clause: "IEEE 802.3 Clause 86 (40GBASE-SR4, 100GBASE-SR10) and Clause 95 (100GBASE-SR4)", title: "BICSI ICT Today: 40/100G multimode reach and SR10 on 24-fiber MPO", url: "http://www.epageflip.net/i/1043933/39", grade: "secondary" },
  { id: "fiber-optic-equipment-802.3ba", clause: "IEEE 802.3ba-2010 Clause 86 channel table (40GBASE-SR4, 100GBASE-SR10); Clause 52 (10GBASE-SR)", title: "802.3ba channel table (40GBASE-SR4, 100GBASE-SR10; 10GBASE-SR)", url: "http://www.fiber-optic-equipment.com/tag/cfp", grade: "secondary" },
  { id: "china-tscom-loss-budget", clause: "IEEE 802.3 Clause 52 (10GBASE-SR) and Clause 112 (25GBASE-SR) loss budgets", title: "Introduction of the fiber loss budget standard (10GBASE-SR OM4, 25GBASE-SR)", url: "https://www.china-tscom.com/introduction-of-the-fiber-loss-budget-standard.html", grade: "secondary" },
  { id: "leviton-200g", clause: "IEEE 802.3cd Clause 138 (200GBASE-SR4), IEEE 802.3bs Clause 121 (200GBASE-DR4)", title: "Leviton: IEEE 200G multimode and single-mode (8 fibers; 100 m OM4; 500 m DR4)", url: "http://blog.leviton.com/ieee-votes-down-next-gen-200-gbs-standard-would-have-benefitted-om5", grade: "secondary" },
  { id: "flexoptix-400g", clause: "IEEE 802.3bs/cd (400GBASE-DR4, -FR4; 100GBASE-DR); DR4+ is not an IEEE name", title: "Flexoptix: the 400G overview (DR 500 m, DR4+ 2 km not IEEE, FR4 no breakout)", url: "https://www.flexoptix.net/en/blog/2018/06/the-400g-overview/", grade: "secondary" },
  { id: "nvidia-400g-dr4", clause: "IEEE 802.3 Clause 124 (400GBASE-DR4); module datasheet for the MPO-12/APC interface", title: "NVIDIA MMS4X00-NS400: 400G single-mode DR4 (MPO-12/APC)", url: "https://docs.nvidia.com/networking/display/mms4x00ns400/overview", grade: "primary" },
  { id: "fs-psm4", clause: "100G PSM4 MSA Specification v2.0 (500 m)", title: "FS.com: 100G QSFP28 with MTP/MPO interface (PSM4 500 m)", url: "http://community.fs.com/blog/100g-qsfp28-with-mtpmpo-interface-and-duplex-lc-interface.html", grade: "secondary" },
  { id: "fiber-optic-components-40g", clause: "IEEE 802.3 Clause 86 (40GBASE-SR4 on OM3/OM4 only; 8 of 12 fibers)", title: "40GBASE and 100GBASE short range with MPO connectors (OM1/OM2 unsupported; 8 of 12 fibers)", url: "https://www.fiber-optic-components.com/40gbase-and-100gase-short-range-with-mpo-connectors.html", grade: "secondary" },
  // connectors, polarity, colour
  { id: "alcadon-parallel-optics", clause: "TIA-604-5 (FOCIS 5, MPO): rows; transceiver MPO is pinned (practice)", title: "Alcadon: parallel optics (MPO rows; transceiver MPO is pinned)", url: "https://www.alcadon.se/datacenter/produkter/parallel-optics", grade: "secondary" },
  { id: "fluke-mpo-counts", clause: "IEC 61754-7 (MPO: 8, 12, 16, 24 and 32 to 72 fibers)", title: "Fluke Networks article: MPO counts 8, 12, 16, 24 and 32 to 72 (publisher's page not found; kept with the clause)", grade: "secondary" },
  { id: "tel-conn-mpo", clause: "IEC 61754-7; TIA-604-5 (FOCIS 5): MPO gender, single-mode APC", title: "Tel-Conn: multi-fiber connectors MPO/MTP (gender, SM always APC, MTP vs MPO)", url: "http://www.tel-conn.com/multi-fiber-connectors-mpomtp/", grade: "secondary" },
  { id: "china-cable-suppliers-mtp", clause: "TIA-604-5 (FOCIS 5): one pinned and one unpinned plug per mated pair", title: "MTP connector: one pinned and one unpinned per mated pair", url: "https://www.china-cable-suppliers.com/tag/mtp-connector", grade: "secondary" },
  { id: "shopfiberoptic-colour-codes", clause: "TIA-598-D connector colours (APC green); APC mates only APC", title: "Fiber connector colour codes: APC only mates APC", url: "https://shopfiberoptic.com/blog/fiber-connector-color-codes/", grade: "secondary" },
  { id: "fiber-optical-networking", clause: "Fan-out practice: MPO-12 to 6 LC duplex, MPO-8 to 4, MPO-24 to 12 (no standard clause)", title: "Fiber-optical-networking: single-mode MTP-12 APC only; MPO-12 to 6 LC duplex, MPO-8 to 4, MPO-24 to 12", url: "http://www.fiber-optical-networking.com/category/fiber-optic-transceiver", grade: "secondary" },
  { id: "siemon-polarity", clause: "ANSI/TIA-568.3-E array polarity: Methods A, B, C, U1, U2; Type A/B adapters", title: "Siemon: ANSI/TIA introduces new polarity methods (Type A/B adapters; APC needs key-up/key-down; U1, U2) (the link found was a development copy, so dropped)", grade: "primary" },
  { id: "mpo16-offset-key", clause: "TIA-604-18 (FOCIS 18, MPO-16 offset key)", title: "MPO-16 offset key (FOCIS 18): cannot mate centre-keyed MPO-12/24", url: "https://mefiberoptic.com/mpo-16-connector-guide/", grade: "secondary" },
  { id: "senko-mpo16", clause: "TIA-604-18 (FOCIS 18, MPO-16); conversion modules (practice)", title: "Senko: the rise of MPO-16 (16-fiber apps on MPO-16; MPO-24 leaves fibers dark; conversion modules)", url: "https://www.senko.com/es/the-rise-of-mpo16-in-800g-transceivers-why-its-outpacing-mpo24", grade: "secondary" },
  { id: "tia-568-array-connectivity", clause: "ANSI/TIA-568.3-E, array connectivity: transitions between array and duplex connectors (cassettes, modules, harnesses) and between array sizes; one pinned and one unpinned plug per mated MPO pair", title: "ANSI/TIA-568.3-E, optical fiber cabling and components (no public copy of the text was read)", grade: "primary" },
  { id: "icc-mpo-cassette", clause: "Maker's practice: MPO cassettes carry LC or SC adapters in front and MPO adapters at the rear whose pins are built in, so the MTP/MPO trunk or cord into them is unpinned (female)", title: "ICC white paper: migrating from 10G to 40G (MPO cassette: LC/SC front, MPO rear; the pins are in the cassette, the MTP cable is female)", url: "https://icc.com/white-papers/migrate-fiber-optic-network-from-10g-to-40g/", grade: "secondary" },
  { id: "goo-mpo24-vs-12", clause: "TIA-604-5 (FOCIS 5): MPO-24 is two rows of 12", title: "MPO-24 vs MPO-12: two rows need a conversion module or harness (blog)", grade: "secondary" },
  { id: "lanshack-mtp12", clause: "IEEE 802.3 Clause 86/95 MDI: lanes on positions 1-4 and 9-12 of MPO-12", title: "LANshack MTP-12 cheat sheet for QSFP (positions 5-8 dark)", url: "https://lanshack.com/MTP12-Cheat-Sheet-QSFP", grade: "secondary" },
  { id: "aicplight-mpo12-16", clause: "IEEE 802.3 MDI for 8-fiber parallel optics on MPO-12 (4 centre positions unused)", title: "AICPLight: MPO-12 vs MPO-16 (8 active, 4 unused centre fibers)", url: "https://www.aicplight.com/blog-news/mpo-12-vs-mpo-16-which-connector-is-better-for-400g-and-800g-parallel-optics-197", grade: "secondary" },
  { id: "cablesplususa-polarity", clause: "ANSI/TIA-568.3 array cable Types A, B, C", title: "Cables Plus USA: MTP brand MPO polarity methods vs cable types (Type A, B, C mappings)", url: "https://store.cablesplususa.com/mtp-brand-mpo-polarity-methods-vs-cable-types", grade: "secondary" },
  { id: "fs-parallel-polarity", clause: "ANSI/TIA-568.3 connectivity methods for parallel signals (Methods A, B)", title: "FS.com: MTP/MPO polarity methods for parallel signals (the link found was a copy on an unrelated site, so dropped)", grade: "secondary" },
  { id: "htfwdm-polarity", clause: "ANSI/TIA-568.3 connectivity methods for duplex signals (Methods A, B, C)", title: "HTFWDM: proper polarization connectivity in MTP systems (Methods A, B, C for duplex signals)", url: "https://www.htfwdm.com/info/proper-polarization-connectivity-in-mtp-system-53208646.html", grade: "secondary" },
  { id: "tia-568-duplex-cords", clause: "ANSI/TIA-568.3 duplex patch cords: A-to-B and A-to-A", title: "TIA-568.3 duplex patch cords A-to-A and A-to-B (the link found was a copy on an unrelated site, so dropped)", grade: "secondary" },
  { id: "imfaceplate-40g-lr4", clause: "IEEE 802.3 Clause 87 (40GBASE-LR4: four wavelengths on one pair)", title: "40G cabling Q&A: LR4 cannot be broken out (article directory; link dropped)", grade: "secondary" },
  { id: "netbox-choices", clause: "NetBox dcim/choices.py (project source code)", title: "NetBox dcim/choices.py (cable types mmf/smf, length units km m cm mi ft in)", url: "https://github.com/netbox-community/netbox", grade: "primary" },
  { id: "mpo-myth-check", clause: "IEC 61754-7 (MPO family); TIA-604-5 (FOCIS 5); MTP is US Conec's MPO", title: "MPO vs MTP: MTP is US Conec's MPO; both keyed; 8 to 72 fibers (Neutrik MTP 24 datasheet, as attached to a NetBox issue)", url: "https://github.com/netbox-community/netbox/files/12320921/opticalcon-advanced-mtp24.pdf", grade: "primary" },
  { id: "bonelinks-mtp-vs-mpo", clause: "US Conec MTP design (floating ferrule, elliptical pins); IEC 61754-7", title: "Bonelinks: MPO vs MTP (floating ferrule, elliptical pins, metal pin clamp)", url: "https://www.bonelinks.com/mpo-vs-mtp-connectors-what-is-the-difference/", grade: "secondary" },
  { id: "colour-codes-jacket", clause: "TIA-598-D jacket colours: OM1/OM2 orange, OM3/OM4 aqua, OM5 lime, OS yellow", title: "FOA fiber colour codes (OM1/OM2 orange, OM3/OM4 aqua, OM5 lime, OS yellow)", url: "https://www.thefoa.org/tech/ColCodes.htm", grade: "primary" },
  { id: "breakout-harness-legs", clause: "No standard clause found for a harness's leg-to-fiber map (TIA-568.3-E defines array cable types, not harness legs): maker's practice", title: "YD Fiber Optic: a QSFP-to-4 SFP breakout harness is built crossed, transmit positions 1-4 paired with receive 12-9 on the LC duplex legs (vendor article)", url: "https://ydfiberoptic.com/how-to-achieve-qsfpto-4-x-sfp-cabling-through-mpo-12-to-4x-lc-duplex-breakout-cable/", grade: "secondary" },
  { id: "polarity-permutation-model", clause: "ANSI/TIA-568.3 Methods A and B, modelled as permutations (derived)", title: "Fact sheet section 2.5: polarity as permutations of fiber positions (DERIVED, checked against TIA Methods A and B)", grade: "derived" },
  { id: "engineering-practice", clause: "No standard clause: engineering practice", title: "Engineering practice (threshold not found in a standard)", grade: "practice" },
  { id: "project-spec", clause: "The project's own specification", title: "The project's own specification, as configured for this schedule", grade: "practice" },
  { id: "tia-606", clause: "ANSI/TIA-606-D (administration): unique identifiers for every cable and port; a port carries one cable; an adapter port joins two connectors", title: "ANSI/TIA-606-D, administration standard (no public copy of the text was read)", grade: "primary" },
  { id: "ieee-802.3-same-pmd", clause: "IEEE 802.3: each PMD clause specifies a link between two PMDs of its own type (a breakout joins lanes of the same kind)", title: "IEEE 802.3 PMD clauses: a link joins two PMDs of one type (fact sheet R29; derived)", grade: "derived" },
] as const satisfies readonly Source[];

export type SourceId = (typeof list)[number]["id"];

export const SOURCES: Readonly<Record<SourceId, Source>> = Object.fromEntries(list.map((s) => [s.id, s])) as Record<
  SourceId,
  Source
>;

// Sourced and sourced() are in sourced.ts: the catalog's values carry a source id, and only what
// shows a citation (the pane's sources, the CLI's --json) loads the list above.
export type { Sourced } from "./sourced";

/** How a source is shown (pane, --json): the standard clause first, then the page it was read on. */
export interface Citation {
  clause: string;
  title: string;
  url?: string;
}
export const citationOf = (id: SourceId): Citation => {
  const s: Source = SOURCES[id];
  return { clause: s.clause, title: s.title, ...(s.url ? { url: s.url } : {}) };
};
