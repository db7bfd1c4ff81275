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
  title: string;
  url?: string;
  grade: SourceGrade;
}

const list = [
  { id: "tiafotc-400gbase-sr8", title: "TIA FOTC, IEEE 802.3 update: 400GBASE-SR8", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/multimode-standards-update/400gbase-sr8/", grade: "primary" },
  { id: "tiafotc-400gbase-sr4.2", title: "TIA FOTC, IEEE 802.3 update: 400GBASE-SR4.2", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/multimode-standards-update/400gbase-sr4-2/", grade: "primary" },
  { id: "tiafotc-40gbase-lr4", title: "TIA FOTC, IEEE 802.3 update: 40GBASE-LR4", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/40gbase-lr4/", grade: "primary" },
  { id: "tiafotc-100gbase-fr1", title: "TIA FOTC, IEEE 802.3 update: 100GBASE-FR1", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/100gbase-fr1/", grade: "primary" },
  { id: "tiafotc-400gbase-lr8", title: "TIA FOTC, IEEE 802.3 update: 400GBASE-LR8", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/400gbase-lr8/", grade: "primary" },
  { id: "tiafotc-800gbase-dr8", title: "TIA FOTC, IEEE 802.3 update: 800GBASE-DR8", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/800gbase-dr8/", grade: "primary" },
  { id: "ieee-802.3cu-clause151", title: "IEEE 802.3cu-2021, Clause 151 (400GBASE-FR4: at least 2 km)", url: "https://standards.biao-zhun.cn/ieee-802-3cu-2021-pdf-download.html", grade: "primary" },
  { id: "psm4-msa", title: "100G PSM4 MSA specification v2.0", url: "https://fdocuments.net/document/100g-psm4-specification.html", grade: "primary" },
  { id: "fluke-tia-connector-max", title: "Fluke Networks KB: loss budget values, reference-grade connectors, ANSI/TIA-568.3-D (0.75 dB max per mated pair)", url: "https://ko.flukenetworks.com/knowledge-base/certifiber-pro/new-loss-budget-values-reference-grade-connectors-ansitia-5683-d", grade: "primary" },
  { id: "fluke-loss-budget-blog", title: "Fluke Networks blog (copy): 40GBASE-SR4 on 150 m OM4 leaves 1.05 dB for connections", url: "https://googmn.com/?p=11501", grade: "primary" },
  { id: "foa-loss-budget", title: "FOA loss budget calculator and typical values", url: "https://www.thefoa.org/tech/ref/Loss_Budget/Loss_Budget.htm", grade: "primary" },
  { id: "tia-568-mmf-attenuation", title: "EIA/TIA-568 multimode cabled attenuation maximum, 3.5 dB/km at 850 nm (FOA text; IEEE table 38-12)", url: "https://www.thefoa.org/tech/ref/Loss_Budget/Loss_Budget.htm", grade: "primary" },
  { id: "tiafotc-smf-attenuation", title: "TIA FOTC IEEE tables: single-mode reach at 0.4 dB/km (OS2), informative at 1.0 dB/km (OS1a)", url: "https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/800gbase-dr8/", grade: "primary" },
  { id: "fs-mtp-guide", title: "FS.com: A comprehensive guide to MTP connectors (standard vs Elite loss grades)", url: "https://community.fs.com/blog/a-comprehensive-guide-to-mtp-connector.html", grade: "secondary" },
  { id: "bicsi-ict-today", title: "BICSI ICT Today: 40/100G multimode reach and SR10 on 24-fiber MPO", url: "http://www.epageflip.net/i/1043933/39", grade: "secondary" },
  { id: "fiber-optic-equipment-802.3ba", title: "802.3ba channel table (40GBASE-SR4, 100GBASE-SR10; 10GBASE-SR)", url: "http://www.fiber-optic-equipment.com/tag/cfp", grade: "secondary" },
  { id: "china-tscom-loss-budget", title: "Introduction of the fiber loss budget standard (10GBASE-SR OM4, 25GBASE-SR)", url: "https://www.china-tscom.com/introduction-of-the-fiber-loss-budget-standard.html", grade: "secondary" },
  { id: "leviton-200g", title: "Leviton: IEEE 200G multimode and single-mode (8 fibers; 100 m OM4; 500 m DR4)", url: "http://blog.leviton.com/ieee-votes-down-next-gen-200-gbs-standard-would-have-benefitted-om5", grade: "secondary" },
  { id: "flexoptix-400g", title: "Flexoptix: the 400G overview (DR 500 m, FR4 no breakout)", url: "https://www.flexoptix.net/en/blog/2018/06/the-400g-overview/", grade: "secondary" },
  { id: "network-switch-400g-dr4", title: "400G DR4 OSFP modules: MPO-12/APC, 8 active fibers, 500 m", url: "https://network-switch.com/ru/blogs/%d1%81%d0%b5%d1%82%d0%b5%d0%b2%d1%8b%d0%b5-%d1%82%d0%b5%d1%85%d0%bd%d0%be%d0%bb%d0%be%d0%b3%d0%b8%d0%b8/osfp-400g-dr4-optical-modules", grade: "secondary" },
  { id: "instacoolbio-400g", title: "Guide to 400G optical transceivers (SR4 and VR4 reach on OM4)", url: "https://instacoolbio.com/a-guide-to-400g-optical-transceivers-vr4-vs-sr4-vs-sr8-vs-dr4-vs-fr4-lr4-vs-lr8-vs-er4-vs-zr4", grade: "secondary" },
  { id: "ucatruco-800g-sr8", title: "800G QSFP-DD SR8: MPO-16/APC interface", url: "https://ucatruco.com/blog/why-800g-qsfp-dd-sr8-is-ideal-for-short-reach-ai-data-center-networks/", grade: "secondary" },
  { id: "fs-psm4", title: "FS.com: 100G QSFP28 with MTP/MPO interface (PSM4 500 m)", url: "http://community.fs.com/blog/100g-qsfp28-with-mtpmpo-interface-and-duplex-lc-interface.html", grade: "secondary" },
  { id: "fiber-optic-components-40g", title: "40GBASE and 100GBASE short range with MPO connectors (OM1/OM2 unsupported; 8 of 12 fibers)", url: "https://www.fiber-optic-components.com/40gbase-and-100gase-short-range-with-mpo-connectors.html", grade: "secondary" },
  { id: "alcadon-parallel-optics", title: "Alcadon: parallel optics (MPO rows; transceiver MPO is pinned)", url: "https://www.alcadon.se/datacenter/produkter/parallel-optics", grade: "secondary" },
  { id: "fluke-mpo-counts", title: "Fluke Networks article (copy): MPO counts 8, 12, 16, 24 and 32 to 72", url: "https://www.busydoniemiecwaldii.pl/how-far-can-power-over-fiber-pof-transmit", grade: "secondary" },
  { id: "tel-conn-mpo", title: "Tel-Conn: multi-fiber connectors MPO/MTP (gender, SM always APC, MTP vs MPO)", url: "http://www.tel-conn.com/multi-fiber-connectors-mpomtp/", grade: "secondary" },
  { id: "china-cable-suppliers-mtp", title: "MTP connector: one pinned and one unpinned per mated pair", url: "https://www.china-cable-suppliers.com/tag/mtp-connector", grade: "secondary" },
  { id: "shopfiberoptic-colour-codes", title: "Fiber connector colour codes: APC only mates APC", url: "https://shopfiberoptic.com/blog/fiber-connector-color-codes/", grade: "secondary" },
  { id: "fiber-optical-networking", title: "Fiber-optical-networking: single-mode MTP-12 APC only; MPO-12 to 6 LC duplex, MPO-8 to 4, MPO-24 to 12", url: "http://www.fiber-optical-networking.com/category/fiber-optic-transceiver", grade: "secondary" },
  { id: "siemon-polarity", title: "Siemon: ANSI/TIA introduces new polarity methods (Type A/B adapters; APC needs key-up/key-down; U1, U2)", url: "https://siemondev.wpengine.com/en/ansi-tia-introduces-new-polarity-methods/", grade: "primary" },
  { id: "mpo16-offset-key", title: "MPO-16 offset key (FOCIS 18): cannot mate centre-keyed MPO-12/24", url: "https://mefiberoptic.com/mpo-16-connector-guide/", grade: "secondary" },
  { id: "senko-mpo16", title: "Senko: the rise of MPO-16 (16-fiber apps on MPO-16; MPO-24 leaves fibers dark; conversion modules)", url: "https://www.senko.com/es/the-rise-of-mpo16-in-800g-transceivers-why-its-outpacing-mpo24", grade: "secondary" },
  { id: "goo-mpo24-vs-12", title: "MPO-24 vs MPO-12: two rows need a conversion module or harness", url: "https://blog.goo.ne.jp/fibers_1/e/25d09379b7d8e60127966f0cd3102921", grade: "secondary" },
  { id: "lanshack-mtp12", title: "LANshack MTP-12 cheat sheet for QSFP (positions 5-8 dark)", url: "https://lanshack.com/MTP12-Cheat-Sheet-QSFP", grade: "secondary" },
  { id: "aicplight-mpo12-16", title: "AICPLight: MPO-12 vs MPO-16 (8 active, 4 unused centre fibers)", url: "https://www.aicplight.com/blog-news/mpo-12-vs-mpo-16-which-connector-is-better-for-400g-and-800g-parallel-optics-197", grade: "secondary" },
  { id: "cablesplususa-polarity", title: "Cables Plus USA: MTP brand MPO polarity methods vs cable types (Type A, B, C mappings)", url: "https://store.cablesplususa.com/mtp-brand-mpo-polarity-methods-vs-cable-types", grade: "secondary" },
  { id: "fs-parallel-polarity", title: "FS.com (copy): MTP/MPO polarity methods for parallel signals", url: "http://weixun110.loxtarin.com/post/23/MTP/MPO%20Polarity%20Methods%20for%20Parallel%20Signals", grade: "secondary" },
  { id: "htfwdm-polarity", title: "HTFWDM: proper polarization connectivity in MTP systems (Methods A, B, C for duplex signals)", url: "https://www.htfwdm.com/info/proper-polarization-connectivity-in-mtp-system-53208646.html", grade: "secondary" },
  { id: "tia-568-duplex-cords", title: "TIA-568-C.0 text (copy): A-to-A and A-to-B duplex patch cords", url: "https://www.activa.net.pl/what-is-deu-in-aviation", grade: "secondary" },
  { id: "imfaceplate-40g-lr4", title: "40G cabling Q&A: LR4 cannot be broken out", url: "http://www.imfaceplate.com/articles/marketing/40g-cabling-and-transceivers-qa", grade: "secondary" },
  { id: "netbox-choices", title: "NetBox dcim/choices.py (cable types mmf/smf, length units km m cm mi ft in)", url: "https://github.com/netbox-community/netbox", grade: "primary" },
  { id: "mpo-myth-check", title: "MPO vs MTP: MTP is US Conec's MPO; both keyed; 8 to 72 fibers (Neutrik MTP 24 datasheet; IEC 61754-7; FOCIS 5)", url: "https://github.com/netbox-community/netbox/files/12320921/opticalcon-advanced-mtp24.pdf", grade: "primary" },
  { id: "bonelinks-mtp-vs-mpo", title: "Bonelinks: MPO vs MTP (floating ferrule, elliptical pins, metal pin clamp)", url: "https://www.bonelinks.com/mpo-vs-mtp-connectors-what-is-the-difference/", grade: "secondary" },
  { id: "colour-codes-jacket", title: "Fiber colour codes (FOA-derived): OM1/OM2 orange, OM3/OM4 aqua, OM5 lime, OS yellow", url: "https://mail.pbxbook.com/other/fibercols.html", grade: "secondary" },
  { id: "polarity-permutation-model", title: "Fact sheet section 2.5: polarity as permutations of fiber positions (DERIVED, checked against TIA Methods A and B)", grade: "derived" },
  { id: "engineering-practice", title: "Engineering practice (threshold not found in a standard)", grade: "practice" },
  { id: "project-spec", title: "The project's own specification, as configured for this schedule", grade: "practice" },
  { id: "ieee-802.3-same-pmd", title: "IEEE 802.3: each PMD clause specifies a link between two PMDs of its own type (a breakout joins lanes of the same kind); fact sheet R29", grade: "derived" },
] as const satisfies readonly Source[];

export type SourceId = (typeof list)[number]["id"];

export const SOURCES: Readonly<Record<SourceId, Source>> = Object.fromEntries(list.map((s) => [s.id, s])) as Record<
  SourceId,
  Source
>;

/** A catalog value together with where it comes from and whether the fact sheet confirmed it. */
export interface Sourced<T> {
  value: T;
  source: SourceId;
  /** false where the fact sheet marks the value UNCONFIRMED: rules resting on it warn, never error. */
  confirmed: boolean;
  note?: string;
}

export const sourced = <T>(value: T, source: SourceId, confirmed = true, note?: string): Sourced<T> => ({
  value,
  source,
  confirmed,
  ...(note ? { note } : {}),
});
