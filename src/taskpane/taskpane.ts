/**
 * The task pane: Check, Clear, progress with Cancel, what was checked, the column map with
 * corrections, and the findings grouped by rule. It only adapts: the engine (src/core) decides,
 * the adapter (src/excel) reads and writes, view-model.ts shapes the result for display.
 *
 * Everything taken from cells reaches the page as text (textContent / text nodes), never as HTML.
 */
import {
  Badge,
  BadgeDefinition,
  Button,
  ButtonDefinition,
  Dropdown,
  DropdownDefinition,
  DropdownOption,
  DropdownOptionDefinition,
  Listbox,
  ListboxDefinition,
  MessageBar,
  MessageBarDefinition,
  ProgressBar,
  ProgressBarDefinition,
  setTheme,
} from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";
import { FIELD_LABELS, type Field, type ScheduleResult } from "../core";
import { clearResults, loadColumnCorrections, saveColumnCorrections, selectCell, type RunOutcome, type ScheduleTarget } from "../excel";
import { insertBomSheet, insertNetboxSheet, insertSpecSheet, type SheetOutcome } from "../excel";
import { cancelCheck, isRunning, onSessionEvent, runCheck, type SessionEvent } from "./session";
import { choiceFor, columnChoices, correctionFor, countOf, groupFindings, orderedFields, progressPercent, type RuleGroup } from "./view-model";

type Intent = "info" | "warning" | "error" | "success";

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`taskpane.html lacks #${id}`);
  return found as T;
};

/** Creates an element with attributes and children; strings become text nodes, never markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Record<string, string | undefined>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K];
function el(tag: string, attrs?: Record<string, string | undefined>, ...children: (Node | string)[]): HTMLElement;
function el(tag: string, attrs: Record<string, string | undefined> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  return node;
}

function showMessage(intent: Intent, text: string, ...more: [Intent, string][]): void {
  const bars = [[intent, text] as [Intent, string], ...more].map(([i, t]) => el("fluent-message-bar", { intent: i, layout: "multiline" }, el("span", {}, t)));
  $("messages").replaceChildren(...bars);
}

const clearMessages = (): void => $("messages").replaceChildren();

function setBusy(busy: boolean): void {
  $("check").toggleAttribute("disabled", busy);
  $("clear").toggleAttribute("disabled", busy);
  $("progress").hidden = !busy;
  if (busy) {
    $("progress-text").textContent = "Starting";
    $("progress-bar").setAttribute("value", "0");
  }
}

function renderTarget(target: ScheduleTarget, rows: number): void {
  const items: [string, string][] = [
    ["Sheet", target.sheetName],
    ...(target.tableName ? ([["Table", target.tableName]] as [string, string][]) : []),
    ["Range", target.address],
    ["Rows checked", rows.toLocaleString("en-US")],
  ];
  $("target-details").replaceChildren(...items.flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, value)]));
  $("target").hidden = false;
}

function renderSummary(summary: { rows: number; error: number; warning: number; info: number; ok: number }): void {
  const counts: [string, number, string][] = [
    ["error", summary.error, "Errors"],
    ["warning", summary.warning, "Warnings"],
    ["info", summary.info, "Info"],
    ["ok", summary.ok, "OK"],
  ];
  $("summary-counts").replaceChildren(
    ...counts.map(([kind, n, label]) =>
      el("li", { class: `count count-${kind}`, "data-status": kind }, el("span", { class: "count-value" }, n.toLocaleString("en-US")), el("span", { class: "count-label" }, label)),
    ),
  );
  $("summary").hidden = false;
}

const SEVERITY_TEXT = { error: "Error", warning: "Warning", info: "Info" } as const;
const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

function renderGroup(group: RuleGroup, index: number): HTMLElement {
  const headingId = `rule-${index}`;
  const sources = group.sources.length
    ? el(
        "p",
        { class: "rule-sources" },
        "Source: ",
        ...group.sources.flatMap((s, i) => [
          ...(i > 0 ? ["; "] : []),
          s.url ? el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer" }, s.title) : el("span", {}, s.title),
        ]),
      )
    : el("span");
  const list = el(
    "ul",
    { class: "finding-list", "aria-labelledby": headingId },
    ...group.items.map((item) => {
      const button = el(
        "button",
        { type: "button", class: "finding", "data-sheet": item.cell.sheetName, "data-row": String(item.cell.row), "data-column": String(item.cell.column) },
        el("span", { class: "finding-cell" }, item.cell.address),
        el("span", { class: "finding-message" }, item.message),
      );
      button.setAttribute("aria-label", `${item.cell.address}: ${item.message}`);
      button.addEventListener("click", () => void goTo(item.cell.sheetName, item.cell.row, item.cell.column));
      return el("li", {}, button);
    }),
  );
  const more = group.count > group.items.length ? el("p", { class: "hint" }, `and ${countOf(group.count - group.items.length, "more finding")} in the sheet's Check findings column`) : el("span");
  return el(
    "section",
    { class: `rule-group severity-${group.severity}`, "data-rule": group.rule },
    el(
      "h3",
      { id: headingId, class: "rule-title" },
      el("fluent-badge", { appearance: "filled", color: SEVERITY_COLOR[group.severity], size: "small" }, SEVERITY_TEXT[group.severity]),
      " ",
      el("span", {}, group.title),
      " ",
      el("span", { class: "rule-count" }, `(${group.count.toLocaleString("en-US")})`),
    ),
    el("p", { class: "rule-id" }, group.rule),
    sources,
    list,
    more,
  );
}

async function goTo(sheetName: string, row: number, column: number): Promise<void> {
  try {
    await selectCell(sheetName, row, column);
  } catch (error) {
    showMessage("warning", `Could not select the cell: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function renderColumnMap(result: ScheduleResult, target: ScheduleTarget): void {
  const choices = columnChoices(result, target);
  const rows = orderedFields(result).map(({ field, label, mapped }) => {
    const labelId = `field-${field}`;
    const dropdown = el("fluent-dropdown", { "aria-labelledby": labelId, "data-field": field, size: "small" });
    const listbox = el("fluent-listbox");
    const current = choiceFor(field, result);
    for (const choice of choices) {
      listbox.appendChild(el("fluent-option", { value: choice.value, ...(choice.value === current ? { selected: "" } : {}) }, choice.label));
    }
    dropdown.appendChild(listbox);
    dropdown.addEventListener("change", () => void correctColumn(field, (dropdown as unknown as { value: string | null }).value, result.headers));
    return el("div", { class: `column-row${mapped ? "" : " unmapped"}` }, el("label", { id: labelId, class: "field-label" }, label), dropdown);
  });
  $("column-map").replaceChildren(...rows);
  const missing = result.columns.connectorA === undefined && result.columns.connector === undefined;
  ($("columns-details") as HTMLDetailsElement).open = missing;
  $("columns").hidden = false;
}

async function correctColumn(field: Field, choice: string | null, headers: readonly string[]): Promise<void> {
  if (choice === null) return;
  try {
    const corrections = { ...(await loadColumnCorrections()), [field]: correctionFor(choice, headers) };
    await saveColumnCorrections(corrections);
    showMessage("info", `${FIELD_LABELS[field]}: saved. Choose Check to check again with this column map.`);
  } catch (error) {
    showMessage("error", `Could not save the column map: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function forgetColumns(): Promise<void> {
  try {
    await saveColumnCorrections({});
    showMessage("info", "Column corrections removed: the next Check detects the columns from the header row.");
  } catch (error) {
    showMessage("error", `Could not save the column map: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function renderOutcome(outcome: RunOutcome): void {
  if (!outcome.ok) {
    showMessage(outcome.reason === "cancelled" ? "info" : outcome.reason === "error" ? "error" : "warning", outcome.message);
    // a header row was found but a column is missing or wrong: offer the column map to fix it
    if (outcome.result && outcome.target && outcome.result.headers.length) renderColumnMap(outcome.result, outcome.target);
    return;
  }
  const { result, target, notice } = outcome;
  const done = `Checked ${countOf(result.summary.rows, "row")}: results are in the Check status, Check findings and Check recommendation columns.`;
  // e.g. a header the add-in would use is taken by the user's data, so it used other columns
  if (notice) showMessage("success", done, ["info", notice]);
  else showMessage("success", done);
  renderTarget(target, result.summary.rows);
  renderSummary(result.summary);
  const groups = groupFindings(result, target);
  $("rule-groups").replaceChildren(...(groups.length ? groups.map(renderGroup) : [el("p", {}, "No findings: every row passed.")]));
  $("findings").hidden = false;
  renderColumnMap(result, target);
}

function onEvent(event: SessionEvent): void {
  switch (event.type) {
    case "start":
      clearMessages();
      setBusy(true);
      break;
    case "progress":
      $("progress-text").textContent = event.progress.text;
      $("progress-bar").setAttribute("value", String(progressPercent(event.progress)));
      break;
    case "outcome":
      setBusy(false);
      renderOutcome(event.outcome);
      $("spec-used").textContent = event.outcome.ok ? (event.outcome.specUsed ?? "") : ""; // issue 15
      break;
    case "failed":
      setBusy(false);
      showMessage("error", event.message);
      break;
  }
}

async function clear(): Promise<void> {
  if (isRunning()) return;
  setBusy(true);
  $("progress-text").textContent = "Clearing";
  try {
    const cleared = await clearResults((progress) => onEvent({ type: "progress", progress }));
    if (cleared.ok) for (const id of ["target", "summary", "findings"]) $(id).hidden = true;
    showMessage(cleared.ok ? "info" : "warning", cleared.message);
  } catch (error) {
    showMessage("error", `Could not clear: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    setBusy(false);
  }
}

/** BOM, Insert Spec sheet, Export for NetBox (issue 15): each writes a new sheet of its own. */
async function newSheet(write: () => Promise<SheetOutcome>, what: string): Promise<void> {
  if (isRunning()) return;
  setBusy(true);
  try {
    const outcome = await write();
    showMessage(outcome.ok ? "info" : "warning", outcome.message);
  } catch (error) {
    showMessage("error", `Could not write the ${what}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    setBusy(false);
  }
}

function start(): void {
  onSessionEvent(onEvent);
  $("check").addEventListener("click", () => void runCheck());
  $("clear").addEventListener("click", () => void clear());
  $("cancel").addEventListener("click", () => cancelCheck());
  $("forget-columns").addEventListener("click", () => void forgetColumns());
  $("bom").addEventListener("click", () => void newSheet(insertBomSheet, "BOM"));
  $("insert-spec").addEventListener("click", () => void newSheet(insertSpecSheet, "Spec sheet"));
  $("export-netbox").addEventListener("click", () => void newSheet(insertNetboxSheet, "NetBox sheet"));
  $("check").removeAttribute("disabled");
  $("clear").removeAttribute("disabled");
  for (const id of ["bom", "insert-spec", "export-netbox"]) $(id).removeAttribute("disabled");
}

// only the components the pane uses, so the bundle carries no others
Badge.define(BadgeDefinition);
Button.define(ButtonDefinition);
Dropdown.define(DropdownDefinition);
DropdownOption.define(DropdownOptionDefinition);
Listbox.define(ListboxDefinition);
MessageBar.define(MessageBarDefinition);
ProgressBar.define(ProgressBarDefinition);
setTheme(webLightTheme);

// Without Office.js (opened outside Office, or the CDN unreachable) the pane says so and stays inert.
if (typeof Office === "undefined") {
  showMessage("warning", "Office.js is not loaded: open Connector Check from the Home tab in Excel.");
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) start();
    else showMessage("warning", "Connector Check runs in Excel.");
  });
}
