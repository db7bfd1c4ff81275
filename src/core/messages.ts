import type { End, Finding, FindingParams, RuleId, Severity } from "./findings";
import { SEVERITY_RANK } from "./findings";

/**
 * The wording of every finding, kept apart from the checks (as zod keeps its locales apart):
 * one finding renders the same sentence in a cell, the task pane and a formula.
 */
const MESSAGES: { [K in RuleId]: (p: FindingParams[K]) => string } = {
  "unreadable-cell": (p) => `cannot read ${p.text}: ${p.reason}; expected ${p.expected}`,
  "unknown-application": (p) => `application ${p.text} is not in the catalog, so reach and loss are not checked`,
  "mpo-fiber-count": (p) =>
    p.exists
      ? `${p.connector} (${endText(p.end)}): ${p.count}-fiber MPO/MTP exists but is unusual; confirm the part`
      : `${p.connector} (${endText(p.end)}): ${p.count} fibers is not an MPO/MTP count made as standard (8, 12, 16, 24, 32, 48, 72)`,
  "mpo-gender": (p) =>
    `${p.connector} (${endText(p.end)}) meets ${p.otherConnector} (row ${p.otherRow}, end ${p.otherEnd}) in an adapter: both ${p.gender}; a mated MPO/MTP pair needs one pinned (male) and one unpinned (female)`,
  "transceiver-gender": (p) =>
    `${p.connector} (${endText(p.end)}) plugs into a ${p.application} transceiver, whose MPO interface is pinned: the cord end must be female (unpinned)`,
  "polish-mating": (p) =>
    `${capitalise(endText(p.end))} is ${p.polish} but meets ${p.otherPolish} (${p.against}${p.otherRow ? `, row ${p.otherRow}` : ""}): APC only mates APC`,
  "connector-family": (p) => `${p.connector} (${endText(p.end)}) cannot mate ${p.against}${p.otherRow ? ` (row ${p.otherRow})` : ""}`,
  "sm-mpo-polish": (p) => `${p.connector} (${endText(p.end)}) on ${p.fiber}: single-mode MPO/MTP is made with an 8° angled polish (APC); UPC is rare and not standard`,
  "apc-adapter-key": (p) =>
    `${p.polarity} uses key-up to key-up (Type B) adapters, which cannot mate angled end faces: ${p.connector} needs Type A (key-up to key-down) adapters, e.g. Method A or U1`,
  "mpo-key": (p) =>
    `${p.connector} (${endText(p.end)}) cannot mate ${p.otherConnector}${p.otherRow ? ` (row ${p.otherRow})` : ""}: MPO-16/32 have an offset key, MPO-8/12/24 a centred one`,
  "mpo-rows": (p) =>
    `${p.connector} (${endText(p.end)}) cannot mate ${p.otherConnector}${p.otherRow ? ` (row ${p.otherRow})` : ""} directly: different row counts need a conversion module or harness`,
  "connector-fiber-count": (p) => `${p.connector} (${endText(p.end)}) carries ${p.fibers} fibers; ${p.application} lights ${p.needed}`,
  "fiber-waste": (p) => `${p.application} lights ${p.used} fibers on ${p.connector} (${endText(p.end)}), leaving the rest dark: use ${p.suggested}`,
  "dark-positions": (p) =>
    `${p.application} on ${p.connector} (${endText(p.end)}) uses 8 of 12 positions (1-4 and 9-12; 5-8 dark); a Base-8 (MPO-8) assembly carries only the lit fibers`,
  "fiber-kind": (p) => `${p.application} runs on ${p.needs} fiber, but the cable is ${p.fiber}`,
  "legacy-multimode": (p) => `${p.application} is not supported on ${p.fiber}: 40G and faster multimode optics need OM3 or better`,
  reach: (p) => `${fmtM(p.lengthM)} exceeds the ${fmtM(p.reachM)} reach of ${p.application} on ${p.fiber}`,
  "reach-margin": (p) => `${fmtM(p.lengthM)} is within ${p.marginPct}% of the ${fmtM(p.reachM)} reach of ${p.application} on ${p.fiber}: little margin`,
  "reach-unknown": (p) => `the catalog has no reach for ${p.application} on ${p.fiber}`,
  "loss-budget": (p) =>
    `channel loss ${p.lossDb.toFixed(2)} dB (${p.matedPairs} mated pairs at ${p.pairLossDb} dB${p.splices ? `, ${p.splices} splices` : ""}) exceeds the ${p.budgetDb} dB budget of ${p.application} on ${p.fiber}`,
  "loss-margin": (p) =>
    `channel loss ${p.lossDb.toFixed(2)} dB leaves ${p.marginDb.toFixed(2)} dB of the ${p.budgetDb} dB budget of ${p.application} on ${p.fiber}`,
  "pair-loss-above-tia": (p) => `${p.pairLossDb} dB per mated pair is above the TIA maximum of ${p.tiaMaxDb} dB`,
  "om5-no-benefit": (p) => `${p.application} reaches ${fmtM(p.reachM)} on OM4 and OM5 alike: OM4 suffices`,
  "os1a-reach": (p) =>
    `${fmtM(p.lengthM)} on ${p.fiber} is beyond the ${fmtM(p.informativeM)} informative range of ${p.application} for 1.0 dB/km fiber`,
  "parallel-polarity": (p) =>
    `polarity ${p.polarity}${p.application ? ` for ${p.application}` : ""} does not deliver transmit to receive: positions land ${p.landing}; a transceiver-to-transceiver path must reverse (1→N)`,
  "duplex-polarity": (p) => `polarity ${p.polarity}: ${p.reason}`,
  "wdm-breakout": (p) => `${p.application} is a WDM duplex optic and cannot be broken out; ${p.connector} (${endText(p.end)}) is an MPO breakout`,
  "breakout-fanout": (p) => `${p.connector} (${endText(p.end)}) fans out to ${p.legs} legs; expected ${p.expected}`,
  "jacket-colour": (p) => `a ${p.colour} jacket does not match ${p.fiber} (expected ${p.expected}); the printed legend wins over colour`,
  "mpo-myth": (p) => `"${p.claim}": ${p.correction}`,
  "generic-fiber-grade": (p) => `fiber type "${p.fiber}" has no grade, so reach and loss are checked against the weakest grade; give OM3/OM4/OM5 or OS1a/OS2`,
  "length-unit": (p) => `cannot read the length ${p.text}: ${p.reason}; use km, m, cm, mi, ft or in`,
  "mtp-vs-mpo": (p) =>
    p.suggestion === "MTP low-loss"
      ? `${p.connector} (${endText(p.end)}): ${p.reason === "tight-budget" ? `standard-grade connections leave ${fmtDb(p.marginStandardDb)} of budget` : "the row asks for performance"}; MTP low-loss (floating ferrule, 0.35 dB per pair) suits it better`
      : `${p.connector} (${endText(p.end)}): the budget has room (${fmtDb(p.marginStandardDb)} margin with standard-grade connections); a generic MPO would do where cost matters`,
  "project-spec": (p) => `${p.value} does not meet the project spec: ${p.requirement}${p.origin ? `, ${p.origin}` : ""}`,
};

const endText = (end: End): string => (end === "A and B" ? "ends A and B" : `end ${end}`);
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const fmtM = (m: number): string => `${Math.round(m * 10) / 10} m`;
const fmtDb = (db: number | undefined): string => (db === undefined ? "?" : `${db.toFixed(2)} dB`);

/** Separates findings in a cell or formula result, so no message may contain it. */
export const FINDING_SEPARATOR = "; ";

/** The sentence for a finding, without severity or rule id. */
export function findingMessage(f: Finding): string {
  const render = MESSAGES[f.rule] as (p: unknown) => string;
  const text = render(f.params) + (f.unconfirmed ? " (figure unconfirmed: warning only)" : "");
  // Clauses are joined with a dash instead, so a cell of findings splits cleanly on "; ".
  return text.replace(/;\s+/g, " – ");
}

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: "ERROR", warning: "WARNING", info: "INFO" };

export type RenderStyle = "cell" | "formula" | "pane";

/**
 * cell and formula: "SEVERITY rule-id: message" (the CONNECTOR.CHECK format);
 * pane: the message alone (the pane shows severity, rule title and source around it).
 */
export function renderFinding(f: Finding, style: RenderStyle): string {
  return style === "pane" ? findingMessage(f) : `${SEVERITY_LABEL[f.severity]} ${f.rule}: ${findingMessage(f)}`;
}

/** Findings most severe first, joined by "; " (cell, formula) or new lines (pane). Empty string when none. */
export function renderFindings(findings: readonly Finding[], style: RenderStyle): string {
  return [...findings]
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
    .map((f) => renderFinding(f, style))
    .join(style === "pane" ? "\n" : FINDING_SEPARATOR);
}
