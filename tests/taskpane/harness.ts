/**
 * Stands in for office.js in the headless-browser test: pane.browser.test.ts bundles this file
 * and serves it at office.js's CDN address. It installs the fake Office/Excel over the seeded
 * workbook, adds the few shared-runtime globals the fake leaves out (Office.actions,
 * Office.addin, CustomFunctions), and exposes all of it to the test as window.harness.
 * `?seed=endcols` a schedule whose connectors sit under End A / End B headers; `?seed=protected` opens the same schedule on a protected sheet; `?seed=taken` with a user column
 * already headed "Check status"; `?seed=large2000` a 2,000-row schedule; `?seed=channels` a
 * schedule of linked channels, `?seed=channels2100` 2,100 of them; `?theme=dark` (or
 * colorful, light) sets Office.context.officeTheme.
 */
import { installFakeOffice, type FakeOffice } from "../excel/fake-excel";
import { SHEET, channelGrid, endColumnsGrid, largeChannelGrid, largeGrid, seed } from "./seed";

interface Harness {
  fake: FakeOffice;
  /** The workbook (every sheet's cells, formats, names) and its settings as seeded, before the pane's script ran. */
  initial: { sheets: unknown; settings: unknown };
  /** Ribbon actions associated by the page: name → handler. */
  actions: Record<string, (event: { completed(): void }) => Promise<void> | void>;
  /** Custom functions associated by the page: id → function. */
  functions: Record<string, unknown>;
  /** Times the page asked Office to show the task pane. */
  paneShown: number;
  /** Pages opened with Office.context.ui.displayDialogAsync. */
  dialogs: string[];
  /** Holds every Excel.run until release(), so the pane's progress state stays on screen. */
  hold(): void;
  release(): void;
}

const page = window as unknown as Record<string, unknown> & { harness: Harness };
const variant = new URLSearchParams(location.search).get("seed");
const large = /^large(\d+)$/.exec(variant ?? "");
const channels = /^channels(\d*)$/.exec(variant ?? "");
const fake = installFakeOffice(
  page,
  large
    ? { sheets: { [SHEET]: { values: largeGrid(Number(large[1])) } }, activeSheet: SHEET, selection: "A1" }
    : channels
      ? { sheets: { [SHEET]: { values: channels[1] ? largeChannelGrid(Number(channels[1])) : channelGrid() } }, activeSheet: SHEET, selection: "A1" }
      : variant === "endcols"
        ? { sheets: { [SHEET]: { values: endColumnsGrid() } }, activeSheet: SHEET, selection: "A1" }
        : seed({ protected: variant === "protected", takenHeader: variant === "taken", previous: variant === "previous" }),
);
let gate: { promise: Promise<void>; open: () => void } | null = null;
const harness: Harness = {
  fake,
  initial: JSON.parse(JSON.stringify({ sheets: fake.snapshotAll(), settings: fake.settings() })),
  actions: {},
  functions: {},
  paneShown: 0,
  dialogs: [],
  hold: () => {
    let open = () => undefined as void;
    const promise = new Promise<void>((resolve) => (open = resolve));
    gate = { promise, open };
  },
  release: () => {
    gate?.open();
    gate = null;
  },
};
const run = fake.Excel.run.bind(fake.Excel);
// Excel.run(batch) and Excel.run(options, batch), as the fake (and Excel) take them
fake.Excel.run = (async (...args: Parameters<typeof run>) => {
  await gate?.promise;
  return run(...args);
}) as typeof fake.Excel.run;
page.harness = harness;

// ?theme=dark|colorful|light: Office.context.officeTheme as those Office themes report it
const THEMES: Record<string, object> = {
  dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#363636", controlForegroundColor: "#ffffff", isDarkTheme: true, themeId: "DarkGray" },
  colorful: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000", controlBackgroundColor: "#ffffff", controlForegroundColor: "#000000", isDarkTheme: false, themeId: "Colorful" },
  light: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000", controlBackgroundColor: "#ffffff", controlForegroundColor: "#000000", isDarkTheme: false, themeId: "White" },
};
const theme = THEMES[new URLSearchParams(location.search).get("theme") ?? ""];
if (theme) Object.assign(fake.Office.context, { officeTheme: theme });
Object.assign(fake.Office.context, { ui: { displayDialogAsync: (url: string, _o: unknown, done?: () => void) => (harness.dialogs.push(url), done?.()) } });

Object.assign(fake.Office, {
  actions: { associate: (name: string, handler: Harness["actions"][string]) => void (harness.actions[name] = handler) },
  addin: { showAsTaskpane: async () => void harness.paneShown++ },
});

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
page.CustomFunctions = {
  associate: (id: string, fn: unknown) => void (harness.functions[id] = fn),
  Error: CustomFunctionError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
};
