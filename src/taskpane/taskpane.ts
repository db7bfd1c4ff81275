/**
 * The task pane: first-run help and a sample, Check, Clear, progress with Cancel, the summary,
 * the findings (by rule or by row, filtered by severity and a search, a page at a time, moved
 * through with the keyboard), and the column map with corrections. It only adapts: the engine
 * (src/core) decides, the adapter (src/excel) reads and writes, view-model.ts shapes the result.
 *
 * Everything taken from cells reaches the page as text (textContent / text nodes), never as HTML.
 */
import {
  Badge,
  BadgeDefinition,
  Button,
  ButtonDefinition,
  MessageBar,
  MessageBarDefinition,
  ProgressBar,
  ProgressBarDefinition,
  setTheme,
} from "@fluentui/web-components";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { FIELD_LABELS, columnNoteMessage, type Field, type ScheduleResult, type Severity } from "../core";
import { loadColumnCorrections, saveColumnCorrections, type RunOutcome, type ScheduleTarget } from "../excel";
import { activeSheetState, forgetLastRuns, readColumnText, saveLastRun } from "../excel/sheet-state";
import { cancelCheck, isRunning, loadAdapter, onSessionEvent, runCheck, setErrorStepper, type SessionEvent } from "./session";
import {
  buildChannels,
  buildResults,
  channelHaystacks,
  elementMark,
  elementText,
  figuresText,
  filterChannels,
  pathText,
  rowsText,
  type Cite,
  type ResultChannel,
  choiceFor,
  columnChoices,
  correctionFor,
  countOf,
  filterFindings,
  filterRows,
  nextErrorIndex,
  orderedFields,
  pageAround,
  pageText,
  progressPercent,
  recommendationLine,
  rowName,
  setCableIds,
  themeOf,
  type CellRef,
  type ResultFinding,
  type ResultRow,
  type ResultsModel,
} from "./view-model";
import type { SheetOutcome } from "../excel";

type Intent = "info" | "warning" | "error" | "success";

/** Entries a page of the list holds: the DOM stays this small whatever the schedule's size. */
export const PAGE_SIZE = 100;

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

/** Disabled, also for assistive tech and checkers that cannot see a custom element's internals. */
function setDisabled(id: string, on: boolean): void {
  const node = $(id);
  node.toggleAttribute("disabled", on);
  if (on) node.setAttribute("aria-disabled", "true");
  else node.removeAttribute("aria-disabled");
}

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function showMessage(intent: Intent, text: string, ...more: [Intent, string][]): void {
  const bars = [[intent, text] as [Intent, string], ...more].map(([i, t]) => el("fluent-message-bar", { intent: i, layout: "multiline" }, el("span", {}, t)));
  $("messages").replaceChildren(...bars);
}

const clearMessages = (): void => $("messages").replaceChildren();

// ---------------------------------------------------------------------------------------------
// State: whether results are on the sheet (Clear), and the list shown

/** True when Connector Check has written results on the active sheet: only then is Clear offered. */
let written = false;
let busy = false;

function setBusy(on: boolean): void {
  busy = on;
  setDisabled("check", on);
  setDisabled("sample", on);
  setDisabled("clear", on || !written);
  $("progress").hidden = !on;
  if (on) {
    $("progress-text").textContent = "Starting";
    $("progress-bar").setAttribute("value", "0");
  }
}

function setWritten(on: boolean): void {
  written = on;
  setDisabled("clear", busy || !on);
  $("start").hidden = on || !!list;
}

interface ListState {
  model: ResultsModel;
  view: "rule" | "row";
  severities: Set<Severity>;
  query: string;
  /** Index in the filtered list of the entry that has (or last had) focus. */
  cursor: number;
  entries: ResultFinding[] | ResultRow[];
}

let list: ListState | null = null;

interface ChannelState {
  channels: ResultChannel[];
  /** Search text per channel, made on the first search. */
  texts?: string[];
  query: string;
  cursor: number;
  entries: ResultChannel[];
  target: ScheduleTarget;
  /** Columns of the schedule, for selecting a channel's rows across them. */
  columns: number;
}

let channelList: ChannelState | null = null;

// ---------------------------------------------------------------------------------------------
// Summary

function renderSummary(target: { sheetName: string; tableName?: string; address: string }, summary: { rows: number; error: number; warning: number; info: number; ok: number }, when?: string): void {
  const where = `${target.tableName ? `Table ${target.tableName} on ` : ""}${target.sheetName}!${target.address}`;
  $("target-details").textContent = `${countOf(summary.rows, "row")} checked in ${where}${when ? `, ${when}` : ""}.`;
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

// ---------------------------------------------------------------------------------------------
// The results list

const SEVERITY_TEXT = { error: "Error", warning: "Warning", info: "Info" } as const;
const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
const STATUS_SEVERITY = { ERROR: "error", WARNING: "warning", INFO: "info", OK: "info" } as const;

function showResults(result: ScheduleResult, target: ScheduleTarget, cite: Cite): void {
  const start = performance.now();
  const model = buildResults(result, target, cite);
  const keep = list;
  list = { model, view: keep?.view ?? "rule", severities: keep?.severities ?? new Set(["error", "warning", "info"]), query: keep?.query ?? "", cursor: 0, entries: [] };
  for (const severity of ["error", "warning", "info"] as const) {
    const n = model.counts[severity];
    const count = document.querySelector(`[data-count="${severity}"]`);
    if (count) count.textContent = `(${n.toLocaleString("en-US")})`;
  }
  $("tab-findings-count").textContent = `(${model.findings.length.toLocaleString("en-US")})`;
  const keepChannels = channelList;
  channelList = { channels: buildChannels(result.channels ?? []), query: keepChannels?.query ?? "", cursor: 0, entries: [], target, columns: result.headers.length };
  $("tab-channels-count").textContent = `(${channelList.channels.length.toLocaleString("en-US")})`;
  $("start").hidden = true;
  $("results").hidden = false;
  refilter();
  refilterChannels();
  // the pane's own cost of showing a result (bench/pane-render.bench.ts reads it)
  performance.measure("pane-render", { start });
  void loadCableIds(result, target, model);
}

/** Cable IDs come from the sheet after the check (one read of that column), then the page shows them. */
async function loadCableIds(result: ScheduleResult, target: ScheduleTarget, model: ResultsModel): Promise<void> {
  const col = result.columns.cableId;
  if (col === undefined || !model.rows.length) return;
  try {
    const ids = await readColumnText(target.sheetName, target.firstColumn + col, model.rows.map((r) => r.row));
    if (list?.model !== model) return;
    setCableIds(model, ids);
    if (list.query) refilter(list.cursor);
    else renderPage(false);
  } catch {
    // the rows are still named by their row numbers
  }
}

function refilter(cursor = 0): void {
  if (!list) return;
  const start = performance.now();
  const filter = { severities: list.severities, query: list.query };
  list.entries = list.view === "rule" ? filterFindings(list.model, filter) : filterRows(list.model, filter);
  list.cursor = Math.min(cursor, Math.max(0, list.entries.length - 1));
  renderPage(false);
  performance.measure("pane-filter", { start });
}

function recommendationSpan(text: string | undefined, message?: string): Node[] {
  const line = recommendationLine(text, message);
  return line ? [el("span", { class: "fix" }, line)] : [];
}

function findingButton(item: ResultFinding, groupSeverity: Severity, model: ResultsModel): HTMLElement {
  return el(
    "button",
    { type: "button", class: `entry finding severity-${item.severity}`, "data-row": String(item.cell.row), "data-column": String(item.cell.column), "data-rule": item.rule },
    el("span", { class: "finding-cell" }, item.cell.address),
    el(
      "span",
      { class: "finding-body" },
      el("span", { class: "finding-id" }, rowName(model, item.cell.row), ...(item.severity !== groupSeverity ? [` · ${SEVERITY_TEXT[item.severity]}`] : [])),
      el("span", { class: "finding-message" }, item.message),
      ...recommendationSpan(item.recommendation, item.message),
    ),
  );
}

/** Findings listed in a row's entry; the rest are counted ("and 3 more") and in the sheet's Check findings cell. */
const ROW_FINDINGS_SHOWN = 4;

function rowButton(row: ResultRow, model: ResultsModel): HTMLElement {
  const shown = row.findings.slice(0, ROW_FINDINGS_SHOWN);
  const status = row.status;
  return el(
    "button",
    { type: "button", class: `entry row-entry status-${status.toLowerCase()}`, "data-row": String(row.row), "data-column": String(row.cell.column) },
    el("span", { class: "row-head" }, el("span", { class: "row-id" }, rowName(model, row.row)), el("span", { class: `row-status severity-${STATUS_SEVERITY[status]}` }, status), el("span", { class: "row-where" }, `row ${row.row}`)),
    ...shown.map((f) => el("span", { class: `row-finding severity-${f.severity}` }, `${SEVERITY_TEXT[f.severity]}: ${f.message}`)),
    ...(row.findings.length > shown.length ? [el("span", { class: "row-more" }, `and ${countOf(row.findings.length - shown.length, "more finding")}`)] : []),
    ...recommendationSpan(row.recommendation),
  );
}

function groupHead(item: ResultFinding, model: ResultsModel, continued: boolean): HTMLElement {
  const rule = model.rules.get(item.rule);
  const severity = rule?.severity ?? item.severity;
  return el(
    "li",
    { class: `group-head severity-${severity}`, "data-rule": item.rule },
    el(
      "h3",
      { class: "rule-title" },
      el("fluent-badge", { appearance: "filled", color: SEVERITY_COLOR[severity], size: "small" }, SEVERITY_TEXT[severity]),
      " ",
      el("span", {}, rule?.title ?? item.rule),
      " ",
      el("span", { class: "rule-count" }, `(${(rule?.count ?? 0).toLocaleString("en-US")}${continued ? ", continued" : ""})`),
    ),
  );
}

/** Draws the page holding the cursor; `focus` moves focus to the cursor's entry. */
function renderPage(focus: boolean): void {
  if (!list) return;
  const { model, entries, view } = list;
  const page = pageAround(entries as readonly unknown[], list.cursor, PAGE_SIZE);
  const items: HTMLElement[] = [];
  let lastRule: string | undefined;
  page.items.forEach((entry, k) => {
    const index = page.first + k;
    let button: HTMLElement;
    if (view === "rule") {
      const f = entry as ResultFinding;
      if (f.rule !== lastRule) {
        const prev = index > 0 ? (entries[index - 1] as ResultFinding) : undefined;
        items.push(groupHead(f, model, k === 0 && prev?.rule === f.rule));
        lastRule = f.rule;
      }
      button = findingButton(f, model.rules.get(f.rule)?.severity ?? f.severity, model);
    } else {
      button = rowButton(entry as ResultRow, model);
    }
    button.dataset.index = String(index);
    button.tabIndex = index === list!.cursor ? 0 : -1;
    items.push(el("li", { class: "entry-item" }, button));
  });
  const what = view === "rule" ? "finding" : "row";
  const total = view === "rule" ? model.findings.length : model.rows.length;
  $("result-list").replaceChildren(...(items.length ? items : [el("li", { class: "empty" }, total ? `No ${what}s match: change the filter or the search.` : "No findings: every row passed.")]));
  $("list-status").textContent = entries.length === total ? pageText(page, entries.length, what) : `${pageText(page, entries.length, what)} (filtered from ${total.toLocaleString("en-US")})`;
  $("page-text").textContent = `Page ${page.page + 1} of ${page.pages}`;
  setDisabled("page-prev", page.page === 0);
  setDisabled("page-next", page.page >= page.pages - 1);
  $("pager").hidden = page.pages <= 1;
  const hasError = model.counts.error > 0 && list.severities.has("error");
  setDisabled("prev-error", !hasError);
  setDisabled("next-error", !hasError);
  renderRuleInfo();
  if (focus) currentButton()?.focus();
}

const currentButton = (): HTMLElement | null => (list ? document.querySelector<HTMLElement>(`#result-list [data-index="${list.cursor}"]`) : null);

/** The rule (or, by row, the rules) of the entry at the cursor, with its sources: links once, not per finding. */
function renderRuleInfo(): void {
  const entry = list?.entries[list.cursor];
  if (!list || !entry) {
    $("rule-info").hidden = true;
    return;
  }
  const rules = "rule" in entry ? [entry.rule] : [...new Set(entry.findings.map((f) => f.rule))];
  const infos = rules.map((r) => list!.model.rules.get(r)).filter((r) => r !== undefined);
  $("rule-info-title").textContent = rules.length === 1 ? `About this rule` : `About these rules`;
  $("rule-info-body").replaceChildren(
    ...infos.map((info) =>
      el(
        "div",
        { class: "rule-about", "data-rule": info.rule },
        el("p", {}, el("strong", {}, info.title), " ", el("span", { class: "rule-id" }, info.rule)),
        ...(info.sources.length
          ? [
              el(
                "p",
                { class: "rule-sources" },
                "Source: ",
                ...info.sources.flatMap((s, i) => [
                  ...(i > 0 ? ["; "] : []),
                  `${s.clause} (`,
                  s.url ? el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer" }, s.title) : el("span", {}, s.title),
                  ")",
                ]),
              ),
            ]
          : []),
      ),
    ),
  );
  $("rule-info").hidden = infos.length === 0;
}

function cellOfEntry(entry: ResultFinding | ResultRow): CellRef {
  return entry.cell;
}

/** Moves the cursor (re-drawing the page when it leaves this one) and focuses the entry. */
function moveTo(index: number, focus = true): void {
  if (!list || !list.entries.length) return;
  const clamped = Math.max(0, Math.min(list.entries.length - 1, index));
  const samePage = Math.floor(clamped / PAGE_SIZE) === Math.floor(list.cursor / PAGE_SIZE);
  const previous = currentButton();
  list.cursor = clamped;
  if (samePage && previous) {
    previous.tabIndex = -1;
    const next = currentButton();
    if (next) {
      next.tabIndex = 0;
      if (focus) next.focus();
    }
    renderRuleInfo();
  } else {
    renderPage(focus);
  }
}

async function goTo(cell: CellRef): Promise<void> {
  try {
    await (await loadAdapter()).selectCell(cell.sheetName, cell.row, cell.column);
  } catch (error) {
    showMessage("warning", `Could not select the cell: ${describeError(error)}`);
  }
}

/** Next / previous error in the list shown (wrapping round), its cell selected. */
async function stepToError(dir: 1 | -1, focus: boolean): Promise<boolean> {
  if (!list || !list.entries.length) return false;
  if (activeTab() !== "findings") showTab("findings", false);
  const entries = list.entries as readonly (ResultFinding | ResultRow)[];
  const start = document.activeElement?.closest("#result-list") || list.cursor > 0 ? list.cursor : dir === 1 ? -1 : 0;
  const index = nextErrorIndex(
    entries.map((e) => ("rule" in e ? { severity: e.severity } : { status: e.status })),
    start,
    dir,
  );
  if (index < 0) return false;
  moveTo(index, focus);
  await goTo(cellOfEntry(entries[index]));
  return true;
}

function onListKey(event: KeyboardEvent): void {
  if (!list) return;
  const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_SIZE, PageUp: -PAGE_SIZE };
  if (event.key in keys) moveTo(list.cursor + keys[event.key]);
  else if (event.key === "Home") moveTo(0);
  else if (event.key === "End") moveTo(list.entries.length - 1);
  else return;
  event.preventDefault();
}

function onListClick(event: MouseEvent): void {
  const button = (event.target as HTMLElement).closest<HTMLElement>("button[data-index]");
  if (!button || !list) return;
  const index = Number(button.dataset.index);
  moveTo(index, false);
  const entry = list.entries[index];
  if (entry) void goTo(cellOfEntry(entry));
}

function wireList(): void {
  $("result-list").addEventListener("keydown", onListKey);
  $("result-list").addEventListener("click", onListClick);
  $("severity-filter").addEventListener("change", (event) => {
    const box = event.target as HTMLInputElement;
    if (!list) return;
    if (box.checked) list.severities.add(box.value as Severity);
    else list.severities.delete(box.value as Severity);
    refilter();
  });
  $("search").addEventListener("input", () => {
    if (!list) return;
    list.query = $<HTMLInputElement>("search").value;
    refilter();
  });
  for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="view"]'))) {
    radio.addEventListener("change", () => {
      if (!list || !radio.checked) return;
      list.view = radio.value === "row" ? "row" : "rule";
      refilter();
    });
  }
  $("next-error").addEventListener("click", () => void stepToError(1, false));
  $("prev-error").addEventListener("click", () => void stepToError(-1, false));
  $("page-next").addEventListener("click", () => list && moveTo((Math.floor(list.cursor / PAGE_SIZE) + 1) * PAGE_SIZE, false));
  $("page-prev").addEventListener("click", () => list && moveTo((Math.floor(list.cursor / PAGE_SIZE) - 1) * PAGE_SIZE, false));
  // F8 / Shift+F8 anywhere in the pane: next / previous error
  document.addEventListener("keydown", (event) => {
    if (event.key !== "F8") return;
    event.preventDefault();
    void stepToError(event.shiftKey ? -1 : 1, true);
  });
  setErrorStepper((dir) => stepToError(dir, false));
}

// ---------------------------------------------------------------------------------------------
// Tabs (ARIA tabs: arrow keys move between them, the panel follows) and the Channels view

type Tab = "findings" | "channels";
const TABS: readonly Tab[] = ["findings", "channels"];
const activeTab = (): Tab => ($("tab-channels").getAttribute("aria-selected") === "true" ? "channels" : "findings");

function showTab(tab: Tab, focus: boolean): void {
  for (const t of TABS) {
    const on = t === tab;
    const button = $(`tab-${t}`);
    button.setAttribute("aria-selected", String(on));
    button.tabIndex = on ? 0 : -1;
    $(`panel-${t}`).hidden = !on;
  }
  if (focus) $(`tab-${tab}`).focus();
}

function onTabKey(event: KeyboardEvent): void {
  const i = TABS.indexOf(activeTab());
  const to: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 };
  if (!(event.key in to)) return;
  event.preventDefault();
  showTab(TABS[(to[event.key] + TABS.length) % TABS.length], true);
}

function refilterChannels(cursor = 0): void {
  if (!channelList) return;
  if (channelList.query.trim() && !channelList.texts) channelList.texts = channelHaystacks(channelList.channels);
  channelList.entries = filterChannels(channelList.channels, channelList.query, channelList.texts);
  channelList.cursor = Math.min(cursor, Math.max(0, channelList.entries.length - 1));
  renderChannelPage(false);
}

/** The path as a row of small boxes, the marked ones flagged; its text alternative says the same in words. */
function pathPicture(c: ResultChannel): HTMLElement {
  const marks = { error: "✕", warning: "!", info: "" } as const;
  return el(
    "span",
    { class: "path", role: "img", "aria-label": pathText(c.path) },
    ...c.path.map((e) => {
      const marked = e.severity && e.severity !== "info" ? e.severity : undefined;
      return el(
        "span",
        { class: `el el-${e.kind}${e.kind === "cable" ? ` el-${e.component}` : ""}${marked ? ` mark-${marked}` : ""}`, title: elementText(e) },
        ...(marked ? [el("span", { class: "el-flag" }, marks[marked])] : []),
        elementMark(e),
      );
    }),
  );
}

function channelButton(c: ResultChannel): HTMLElement {
  const lower = c.status.toLowerCase();
  return el(
    "button",
    { type: "button", class: `entry channel-entry status-${lower}`, "data-link": c.link },
    el(
      "span",
      { class: "row-head" },
      el("span", { class: "row-id" }, c.link),
      el("span", { class: `row-status severity-${STATUS_SEVERITY[c.status]}${c.status === "OK" ? " status-ok" : ""}` }, c.status),
      el("span", { class: "row-where" }, `${rowsText(c.rows)}${c.source === "ports" ? ", by ports" : ""}`),
    ),
    el("span", { class: "channel-figures" }, `${c.application ? `${c.application} · ` : ""}${figuresText(c)}`),
    pathPicture(c),
    ...(c.first ? [el("span", { class: `row-finding severity-${STATUS_SEVERITY[c.status]}` }, c.first)] : []),
    ...(c.findings > 1 ? [el("span", { class: "row-more" }, `and ${countOf(c.findings - 1, "more finding")}`)] : []),
  );
}

function renderChannelPage(focus: boolean): void {
  if (!channelList) return;
  const { entries, channels } = channelList;
  const page = pageAround(entries, channelList.cursor, PAGE_SIZE);
  const items = page.items.map((c, k) => {
    const button = channelButton(c);
    const index = page.first + k;
    button.dataset.index = String(index);
    button.tabIndex = index === channelList!.cursor ? 0 : -1;
    return el("li", { class: "entry-item" }, button);
  });
  const none = channels.length
    ? "No channels match: change the search."
    : "No channels traced: rows that share a link id (a Link column), or cable ends that name the same panel port, make channels.";
  $("channel-list").replaceChildren(...(items.length ? items : [el("li", { class: "empty" }, none)]));
  const status = pageText(page, entries.length, "channel");
  $("channel-status").textContent = entries.length === channels.length ? status : `${status} (filtered from ${channels.length.toLocaleString("en-US")})`;
  $("channel-page-text").textContent = `Page ${page.page + 1} of ${page.pages}`;
  setDisabled("channel-page-prev", page.page === 0);
  setDisabled("channel-page-next", page.page >= page.pages - 1);
  $("channel-pager").hidden = page.pages <= 1;
  if (focus) currentChannelButton()?.focus();
}

const currentChannelButton = (): HTMLElement | null => (channelList ? document.querySelector<HTMLElement>(`#channel-list [data-index="${channelList.cursor}"]`) : null);

function moveChannel(index: number, focus = true): void {
  if (!channelList || !channelList.entries.length) return;
  const clamped = Math.max(0, Math.min(channelList.entries.length - 1, index));
  const samePage = Math.floor(clamped / PAGE_SIZE) === Math.floor(channelList.cursor / PAGE_SIZE);
  const previous = currentChannelButton();
  channelList.cursor = clamped;
  if (samePage && previous) {
    previous.tabIndex = -1;
    const next = currentChannelButton();
    if (next) {
      next.tabIndex = 0;
      if (focus) next.focus();
    }
  } else renderChannelPage(focus);
}

/** Selects the channel's rows in the sheet (the adapter: one sync), and says so when it could select only some. */
async function selectChannel(c: ResultChannel): Promise<void> {
  if (!channelList) return;
  const { target, columns } = channelList;
  try {
    const selected = await (await loadAdapter()).selectRows(target.sheetName, c.rows, target.firstColumn, columns);
    if (!selected.all) showMessage("info", `${c.link}: ${rowsText(c.rows)} are not next to each other, and this Excel selects one block at a time: ${rowsText(selected.rows)} selected.`);
  } catch (error) {
    showMessage("warning", `Could not select the channel's rows: ${describeError(error)}`);
  }
}

function wireChannels(): void {
  for (const t of TABS) {
    $(`tab-${t}`).addEventListener("click", () => showTab(t, false));
    $(`tab-${t}`).addEventListener("keydown", onTabKey);
  }
  $("channel-list").addEventListener("keydown", (event) => {
    if (!channelList) return;
    const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_SIZE, PageUp: -PAGE_SIZE };
    if (event.key in keys) moveChannel(channelList.cursor + keys[event.key]);
    else if (event.key === "Home") moveChannel(0);
    else if (event.key === "End") moveChannel(channelList.entries.length - 1);
    else return;
    event.preventDefault();
  });
  $("channel-list").addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>("button[data-index]");
    if (!button || !channelList) return;
    const index = Number(button.dataset.index);
    moveChannel(index, false);
    const entry = channelList.entries[index];
    if (entry) void selectChannel(entry);
  });
  $("channel-search").addEventListener("input", () => {
    if (!channelList) return;
    channelList.query = $<HTMLInputElement>("channel-search").value;
    refilterChannels();
  });
  $("channel-page-next").addEventListener("click", () => channelList && moveChannel((Math.floor(channelList.cursor / PAGE_SIZE) + 1) * PAGE_SIZE, false));
  $("channel-page-prev").addEventListener("click", () => channelList && moveChannel((Math.floor(channelList.cursor / PAGE_SIZE) - 1) * PAGE_SIZE, false));
}

// ---------------------------------------------------------------------------------------------
// Column map: a native select per field, named by its label

function renderColumnMap(result: ScheduleResult, target: ScheduleTarget): void {
  const choices = columnChoices(result, target);
  const rows = orderedFields(result).map(({ field, label, mapped }) => {
    const id = `field-${field}`;
    const current = choiceFor(field, result);
    const select = el("select", { id, "data-field": field }, ...choices.map((c) => el("option", { value: c.value, ...(c.value === current ? { selected: "" } : {}) }, c.label)));
    select.addEventListener("change", () => void correctColumn(field, select.value, result.headers));
    return el("div", { class: `column-row${mapped ? "" : " unmapped"}` }, el("label", { for: id, class: "field-label" }, label), select);
  });
  $("column-map").replaceChildren(...rows);
  // where a column's cells outweighed its header (connectors under "End A"), say so beside the map
  const notes = result.columnNotes ?? [];
  $("column-notes").replaceChildren(...notes.map((n) => el("li", {}, columnNoteMessage(n))));
  $("column-notes").hidden = notes.length === 0;
  const missing = result.columns.connectorA === undefined && result.columns.connector === undefined;
  ($("columns-details") as HTMLDetailsElement).open = missing || notes.length > 0;
  $("columns").hidden = false;
}

async function correctColumn(field: Field, choice: string, headers: readonly string[]): Promise<void> {
  try {
    const corrections = { ...(await loadColumnCorrections()), [field]: correctionFor(choice, headers) };
    await saveColumnCorrections(corrections);
    showMessage("info", `${FIELD_LABELS[field]}: saved. Choose Check to check again with this column map.`);
  } catch (error) {
    showMessage("error", `Could not save the column map: ${describeError(error)}`);
  }
}

async function forgetColumns(): Promise<void> {
  try {
    await saveColumnCorrections({});
    showMessage("info", "Column corrections removed: the next Check detects the columns from the header row.");
  } catch (error) {
    showMessage("error", `Could not save the column map: ${describeError(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Runs

/** Set when Check was pressed in the pane: focus then goes to the results (not for a ribbon run). */
let focusResults = false;

function renderOutcome(outcome: RunOutcome, cite: Cite): void {
  const moveFocus = focusResults;
  focusResults = false;
  if (!outcome.ok) {
    showMessage(outcome.reason === "cancelled" ? "info" : outcome.reason === "error" ? "error" : "warning", outcome.message);
    // a header row was found but a column is missing or wrong: offer the column map to fix it
    if (outcome.result && outcome.target && outcome.result.headers.length) renderColumnMap(outcome.result, outcome.target);
    // a protected sheet: the findings are listed here though nothing was written
    if (outcome.reason === "protected" && outcome.result && outcome.target) {
      renderSummary(outcome.target, outcome.result.summary);
      showResults(outcome.result, outcome.target, cite);
    }
    void refreshSheetState();
    return;
  }
  const { result, target, notice } = outcome;
  const done = `Checked ${countOf(result.summary.rows, "row")}: results are in the Check status, Check findings and Check recommendation columns.`;
  // e.g. a header the add-in would use is taken by the user's data, so it used other columns
  if (notice) showMessage("success", done, ["info", notice]);
  else showMessage("success", done);
  setWritten(true);
  renderSummary(target, result.summary);
  showResults(result, target, cite);
  renderColumnMap(result, target);
  if (moveFocus) $("results-title").focus();
  void saveLastRun({ sheetName: target.sheetName, address: target.address, summary: result.summary, at: new Date().toISOString() }).catch(() => undefined);
}

function onEvent(event: SessionEvent): void {
  switch (event.type) {
    case "start":
      runsStarted++;
      clearMessages();
      setBusy(true);
      break;
    case "progress":
      $("progress-text").textContent = event.progress.text;
      $("progress-bar").setAttribute("value", String(progressPercent(event.progress)));
      break;
    case "outcome":
      setBusy(false);
      // the run loaded the adapter's chunk, so this settles at once, with the results' citations
      void loadAdapter()
        .then(({ citeSources }) => {
          renderOutcome(event.outcome, citeSources);
          $("spec-used").textContent = event.outcome.ok ? (event.outcome.specUsed ?? "") : ""; // issue 15
        })
        .catch((error: unknown) => showMessage("error", `The check finished, but its results could not be shown here: ${describeError(error)}`));
      break;
    case "failed":
      setBusy(false);
      showMessage("error", event.message);
      break;
  }
}

function check(): void {
  focusResults = true;
  void runCheck();
}

async function clear(): Promise<void> {
  if (isRunning()) {
    // One clear message, not a question about the sheet: the running check owns it until it ends.
    showMessage("warning", "A check is running: Cancel it first, then Clear.");
    return;
  }
  setBusy(true);
  $("progress-text").textContent = "Clearing";
  try {
    const cleared = await (await loadAdapter()).clearResults((progress) => onEvent({ type: "progress", progress }));
    if (cleared.ok) {
      for (const id of ["summary", "results"]) $(id).hidden = true;
      list = null;
      channelList = null;
      await forgetLastRuns();
    }
    showMessage(cleared.ok ? "info" : "warning", cleared.message);
  } catch (error) {
    showMessage("error", `Could not clear: ${describeError(error)}`);
  } finally {
    setBusy(false);
    await refreshSheetState();
    $("check").focus();
  }
}

async function trySample(): Promise<void> {
  if (isRunning()) return;
  try {
    const { insertSampleSheet } = await import(/* webpackChunkName: "sample" */ "../excel/sample");
    const sheet = await insertSampleSheet();
    showMessage("info", `Added the sheet "${sheet}" with a small sample schedule. Checking it now.`);
  } catch (error) {
    showMessage("error", `Could not add the sample sheet: ${describeError(error)}`);
    return;
  }
  check();
}

/** Bumped when a check starts, so a re-read still under way does not replace its results. */
let runsStarted = 0;

/**
 * Clear follows the active sheet. A reopened pane, where an earlier check left results on this
 * sheet, reads the sheet again and checks it read-only (reviewActiveSheet writes nothing: no
 * cell, no format, no setting), so it lists the findings and channels of the sheet as it is now,
 * and says that is what they are.
 */
async function refreshSheetState(showLastRun = false): Promise<void> {
  let reading: string | undefined;
  try {
    const state = await activeSheetState();
    setWritten(!!state.written);
    if (!showLastRun || !state.lastRun || list) return;
    const last = state.lastRun;
    const when = new Date(last.at);
    const at = Number.isNaN(when.getTime()) ? undefined : when.toLocaleString("en-US");
    renderSummary({ sheetName: state.sheetName, address: last.address }, last.summary, at ? `on ${at}` : undefined);
    showMessage("info", `This sheet has the results of an earlier check in columns ${state.written}. Reading the sheet again to list them here…`);
    reading = `This sheet has the results of an earlier check in columns ${state.written}${at ? `, made ${at}` : ""}. They could not be listed here (`;
    const started = runsStarted;
    const { reviewActiveSheet, citeSources } = await loadAdapter();
    const review = await reviewActiveSheet(last.address);
    if (started !== runsStarted || list) return; // a Check started meanwhile: its results win
    if (!review.ok) {
      showMessage("info", `${reading}${review.message}); choose Check to check again, or Clear to remove them.`);
      return;
    }
    const s = review.result.summary;
    const same = s.rows === last.summary.rows && s.error === last.summary.error && s.warning === last.summary.warning && s.info === last.summary.info && s.ok === last.summary.ok;
    renderSummary(review.target, s, `re-read from the sheet${at ? ` (checked on ${at})` : ""}`);
    showResults(review.result, review.target, citeSources);
    renderColumnMap(review.result, review.target);
    const shown = `Results of the check${at ? ` at ${at}` : ""}, re-read from the sheet: the sheet as it is now, checked again here; nothing was written.`;
    if (same) showMessage("info", `${shown} Columns ${state.written} hold the written results; Clear removes them.`);
    else showMessage("info", shown, ["warning", `The sheet changed since that check: columns ${state.written} still show the results written then (${countOf(last.summary.error, "error row")} then, ${countOf(s.error, "error row")} now). Choose Check to write them again.`]);
  } catch (error) {
    // Clear stays as it was; a re-read that failed (Excel, or the adapter's chunk not fetched) says so
    if (reading) showMessage("info", `${reading}${describeError(error)}); choose Check to check again, or Clear to remove them.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Theme and start

function applyTheme(): void {
  const theme = themeOf(typeof Office !== "undefined" ? Office.context?.officeTheme : undefined);
  document.documentElement.dataset.theme = theme.name;
  setTheme(theme.dark ? webDarkTheme : webLightTheme);
  // Office's own pane background, so the pane sits in Office's colours (Fluent tokens for the rest)
  if (theme.background) document.documentElement.style.setProperty("--office-body-background", theme.background);
}

/**
 * BOM, Insert Spec sheet, Export for NetBox (issue 15): each writes a new sheet of its own. Each
 * is a chunk of its own (webpack.config.js), fetched on the first click, so the pane's first
 * load carries none of them.
 */
async function newSheet(write: () => Promise<() => Promise<SheetOutcome>>, what: string): Promise<void> {
  if (isRunning()) return;
  setBusy(true);
  try {
    const outcome = await (await write())();
    showMessage(outcome.ok ? "info" : "warning", outcome.message);
  } catch (error) {
    showMessage("error", `Could not write the ${what}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    setBusy(false);
  }
}

function start(): void {
  onSessionEvent(onEvent);
  wireList();
  wireChannels();
  $("check").addEventListener("click", check);
  $("clear").addEventListener("click", () => void clear());
  $("sample").addEventListener("click", () => void trySample());
  $("cancel").addEventListener("click", () => cancelCheck());
  $("forget-columns").addEventListener("click", () => void forgetColumns());
  setDisabled("check", false);
  setDisabled("sample", false);
  void refreshSheetState(true);
  $("bom").addEventListener("click", () => void newSheet(async () => (await import(/* webpackChunkName: "bom" */ "../excel/bom-sheet")).insertBomSheet, "BOM"));
  $("insert-spec").addEventListener("click", () => void newSheet(async () => (await import(/* webpackChunkName: "spec-template" */ "../excel/spec-sheet")).insertSpecSheet, "Spec sheet"));
  $("export-netbox").addEventListener("click", () => void newSheet(async () => (await import(/* webpackChunkName: "netbox" */ "../excel/netbox-sheet")).insertNetboxSheet, "NetBox sheet"));
  for (const id of ["bom", "insert-spec", "export-netbox"]) setDisabled(id, false);
}

// only the components the pane uses, so the bundle carries no others
Badge.define(BadgeDefinition);
Button.define(ButtonDefinition);
MessageBar.define(MessageBarDefinition);
ProgressBar.define(ProgressBarDefinition);
setTheme(webLightTheme);

// Without Office.js (opened outside Office, or the CDN unreachable) the pane says so and stays inert.
if (typeof Office === "undefined") {
  setDisabled("sample", true);
  showMessage("warning", "Office.js is not loaded: open Connector Check from the Home tab in Excel.");
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      applyTheme();
      start();
    } else showMessage("warning", "Connector Check runs in Excel.");
  });
}
