import type { End, Finding, FindingParams, RuleId, Severity } from "./findings";
import { SEVERITY_RANK } from "./findings";
import { type ColumnNote, FIELD_LABELS, VALUE_SAMPLE_ROWS } from "./headers";

/**
 * The wording of every finding, kept apart from the checks (as zod keeps its locales apart):
 * one finding renders the same sentence in a cell, the task pane and a formula.
 */
const MESSAGES: { [K in RuleId]: (p: FindingParams[K]) => string } = {
  "unreadable-cell": (p) => `cannot read ${p.text}: ${p.reason}; expected ${p.expected}`,
  "unknown-application": (p) =>
    p.reason ? `application ${p.text}: ${p.reason}; reach and loss not checked` : `application ${p.text} is not in the catalog: reach and loss not checked`,
  "mpo-fiber-count": (p) =>
    p.exists
      ? `${p.connector} (${endText(p.end)}): ${p.count}-fiber MPO/MTP exists but is unusual; confirm the part`
      : `${p.connector} (${endText(p.end)}): ${p.count} fibers is not an MPO/MTP count made as standard (8, 12, 16, 24, 32, 48, 72)`,
  "mpo-gender": (p) =>
    `${p.connector} (${endText(p.end)}) meets ${p.otherConnector} (row ${p.otherRow}, end ${p.otherEnd}) in an adapter: both ${p.gender}; a mated MPO/MTP pair needs one pinned (male) and one unpinned (female)`,
  "transceiver-gender": (p) =>
    `${p.connector} (${endText(p.end)}) plugs into a ${p.application} transceiver, whose MPO interface is pinned: the cord end must be female (unpinned)`,
  "polish-mating": (p) =>
    `${capitalise(endText(p.end))} ${p.end === "A and B" ? "are" : "is"} ${p.polish} but meet${p.end === "A and B" ? "" : "s"} ${p.otherPolish} (${p.against}${p.otherRow ? `, row ${p.otherRow}` : ""}): APC only mates APC`,
  "connector-family": (p) => `${p.connector} (${endText(p.end)}) cannot mate ${p.against}${p.otherRow ? ` (row ${p.otherRow})` : ""}`,
  "sm-mpo-polish": (p) => `${p.connector} (${endText(p.end)}) on ${p.fiber}: single-mode MPO/MTP is made with an 8° angled polish (APC); UPC is rare and not standard`,
  "apc-adapter-key": (p) =>
    `${p.polarity} uses key-up to key-up (Type B) adapters, which cannot mate angled end faces: ${p.connector} needs Type A (key-up to key-down) adapters, e.g. Method A or U1`,
  "module-polish": (p) =>
    `${p.polish} into the ${p.application} module (${endText(p.end)}): these modules are sold with UPC and with APC MPO receptacles; check the module's datasheet, or set multimodePolish in the project spec`,
  "mpo-key": (p) =>
    `${p.connector} (${endText(p.end)}) cannot mate ${p.otherConnector}${p.otherRow ? ` (row ${p.otherRow})` : ""}: MPO-16/32 have an offset key, MPO-8/12/24 a centred one`,
  "mpo-rows": (p) =>
    `${p.connector} (${endText(p.end)}) cannot mate ${p.otherConnector}${p.otherRow ? ` (row ${p.otherRow})` : ""} directly: different row counts need a conversion module or harness`,
  "connector-fiber-count": (p) => `${p.end ? `${p.connector} (${endText(p.end)})` : p.connector} carries ${p.fibers} fibers; ${p.application} lights ${p.needed}`,
  "fiber-waste": (p) => `${p.application} lights ${p.used} fibers on ${p.connector} (${endText(p.end)}), leaving the rest dark: use ${p.suggested}`,
  "dark-positions": (p) =>
    `${p.application} on ${p.connector} (${endText(p.end)}) uses 8 of 12 positions (1-4 and 9-12; 5-8 dark); a Base-8 (MPO-8) assembly carries only the lit fibers`,
  "fiber-kind": (p) => `${p.application} runs on ${p.needs} fiber, but the cable is ${p.fiber}`,
  "legacy-multimode": (p) => `${p.application} is not supported on ${p.fiber}: 40G and faster multimode optics need OM3 or better`,
  reach: (p) => `${fmtM(p.lengthM)} exceeds the ${fmtM(p.reachM)} reach of ${p.application} on ${p.fiber}`,
  "reach-margin": (p) => `${fmtM(p.lengthM)} is within ${p.marginPct}% of the ${fmtM(p.reachM)} reach of ${p.application} on ${p.fiber}: little margin`,
  "reach-unknown": (p) => `the catalog has no reach for ${p.application} on ${p.fiber}`,
  "loss-budget": (p) =>
    `channel loss ${p.lossDb.toFixed(2)} dB (${p.matedPairs} mated pairs at ${p.pairLossDb} dB${p.splices ? `, ${p.splices} splices` : ""}) exceeds the ${p.budgetDb} dB budget of ${p.application} on ${p.fiber}${p.pairsThatFit !== undefined ? `, where ${p.pairsThatFit} mated pair${p.pairsThatFit === 1 ? "" : "s"} at ${p.pairLossDb} dB fit${p.pairsThatFit === 1 ? "s" : ""}` : ""}`,
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
  "jacket-colour": (p) => `${article(p.colour)} ${p.colour} jacket does not match ${p.fiber} (expected ${p.expected}); the printed legend wins over colour`,
  "mpo-myth": (p) => `"${p.claim}": ${p.correction}`,
  "generic-fiber-grade": (p) => `fiber type "${p.fiber}" has no grade, so reach and loss are checked against the weakest grade; give OM3/OM4/OM5 or OS1a/OS2`,
  "length-unit": (p) => `cannot read the length ${p.text}: ${p.reason}; use km, m, cm, mi, ft or in`,
  "mtp-vs-mpo": (p) =>
    p.suggestion === "MTP low-loss"
      ? p.reason === "tight-budget"
        ? `${p.connector} (${endText(p.end)}): standard-grade connections ${budgetText(p.marginStandardDb)}; a low-loss grade (0.35 dB per pair: MTP Elite or a low-loss MPO) fits`
        : `${p.connector} (${endText(p.end)}): the row asks for performance; MTP's floating ferrule and elliptical guide pins keep the mating stable, and a low-loss grade lowers the loss`
      : `${p.connector} (${endText(p.end)}): the budget has room (${fmtDb(p.marginStandardDb)} margin with standard-grade connections); a generic MPO would do where cost matters`,
  "project-spec": (p) => `${p.value} does not meet the project spec: ${p.requirement}${p.origin ? `, ${p.origin}` : ""}`,
  "nothing-checked": (p) => `nothing could be checked: the row has no ${listWords(p.missing, "or")}`,
  "not-fiber": (p) => `${p.text} is ${p.what}, not a fiber link: not checked`,
  "cable-fiber-count": (p) => `${p.connector} (${endText(p.end)}) carries ${p.fibers} fibers, but the fiber count says ${p.count}`,
  "duplicate-cable-id": (p) => `cable ID ${p.cableId} is used on ${rowsText(p.rows)}: each cable needs its own identifier`,
  "port-reuse": (p) => `${p.port} is the end of more than one cable (${rowsText(p.rows)}): an equipment port carries one cable`,
  "adapter-overfull": (p) =>
    `${p.ends} cable ends land at ${p.port} (${rowsText(p.rows)}): an adapter port joins two connectors, so name the port (or front and rear) of each`,
  "channel-polarity": (p) => `${p.path}: ${p.reason}`,
  "channel-polarity-mix": (p) => `trunk polarity types are mixed along the channel (${p.types}): types are not interchangeable, so one method must run end to end`,
  "channel-application": (p) => `the channel joins ${p.applications}: both ends must be the same PMD (or its breakout)`,
  "channel-grade-mix": (p) => `the channel mixes ${p.grades}: reach and loss are judged at ${p.judgedAt}, the worst of them`,
  "adapter-key-apc": (p) =>
    `the ${p.adapter} adapter between ${p.rows} is key-up to key-up (Type B), which cannot mate angled end faces: ${p.connector} needs a Type A (key-up to key-down) adapter`,
  "cassette-side": (p) => `${p.connector} (${endText(p.end)}) lands on ${p.cassette}, ${p.type}: ${p.reason}; expected ${p.expected}`,
  "channel-end": (p) =>
    p.kind === "open"
      ? `the channel ends at ${p.location}, and no cord beyond it is in the schedule: ${p.assumed}`
      : `${p.location} meets no other cable, so it is taken as a transceiver port: ${p.assumed}`,
};

const endText = (end: End): string => (end === "A and B" ? "ends A and B" : `end ${end}`);
/** "rows 2, 5 and 9"; long lists are cut: "rows 2, 3, 4, … and 40 more". */
const rowsText = (rows: readonly number[]): string => {
  const shown = rows.length > 8 ? rows.slice(0, 6) : rows;
  const rest = rows.length - shown.length;
  return `row${rows.length === 1 ? "" : "s"} ${rest ? `${shown.join(", ")}, … and ${rest} more` : listWords(shown.map(String), "and")}`;
};
const listWords = (words: readonly string[], conj: "and" | "or"): string =>
  words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} ${conj} ${words[words.length - 1]}`;
const article = (word: string): string => (/^[aeiou]/i.test(word) ? "an" : "a");
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const fmtM = (m: number): string => `${Math.round(m * 10) / 10} m`;
/** "leave 0.40 dB of budget", or "exceed the budget by 0.10 dB" (never "leave -0.10 dB"). */
const budgetText = (marginDb: number | undefined): string =>
  marginDb !== undefined && marginDb < 0 ? `exceed the budget by ${fmtDb(-marginDb)}` : `leave ${fmtDb(marginDb)} of budget`;
const fmtDb = (db: number | undefined): string => (db === undefined ? "?" : `${db.toFixed(2)} dB`);

/** Separates findings in a cell or formula result, so no message may contain it. */
export const FINDING_SEPARATOR = "; ";

/** The sentence for a finding, without severity or rule id. */
export function findingMessage(f: Finding): string {
  const render = MESSAGES[f.rule] as (p: unknown) => string;
  const text =
    render(f.params) +
    (f.assumed ? ` (assumed: ${f.assumed}${f.assumptionOnly ? ": warning only" : ""})` : "") +
    (f.unconfirmed ? " (figure unconfirmed: warning only)" : "") +
    (f.channel ? ` [channel ${f.channel.link}: ${f.channel.rows.length === 1 ? "row" : "rows"} ${f.channel.rows.join(", ")}]` : "");
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

/** A column read otherwise than its header says: `"End A" holds connectors (12 of 12 cells): read as Connector A, not End A (from).` */
export function columnNoteMessage(n: ColumnNote): string {
  const cells = `${n.matched} of ${n.sampled} ${n.sampled === 1 ? "cell" : "cells"}${n.sampled >= VALUE_SAMPLE_ROWS ? " looked at" : ""}`;
  const what = `"${n.header}" holds ${n.cells} (${cells})`;
  return n.read
    ? `${what}: read as ${FIELD_LABELS[n.field]}, not ${FIELD_LABELS[n.headerField]}.`
    : `${what}, and another column is headed ${FIELD_LABELS[n.field]}: not read, neither as that nor as ${FIELD_LABELS[n.headerField]}.`;
}
