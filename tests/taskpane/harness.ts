/**
 * Stands in for office.js in the headless-browser test: pane.browser.test.ts bundles this file
 * and serves it at office.js's CDN address. It installs the fake Office/Excel over the seeded
 * workbook, adds the few shared-runtime globals the fake leaves out (Office.actions,
 * Office.addin, CustomFunctions), and exposes all of it to the test as window.harness.
 * `?seed=protected` opens the same schedule on a protected sheet; `?seed=taken` with a user column
 * already headed "Check status".
 */
import { installFakeOffice, type FakeOffice } from "../excel/fake-excel";
import { seed } from "./seed";

interface Harness {
  fake: FakeOffice;
  /** Ribbon actions associated by the page: name → handler. */
  actions: Record<string, (event: { completed(): void }) => Promise<void> | void>;
  /** Custom functions associated by the page: id → function. */
  functions: Record<string, unknown>;
  /** Times the page asked Office to show the task pane. */
  paneShown: number;
}

const page = window as unknown as Record<string, unknown> & { harness: Harness };
const variant = new URLSearchParams(location.search).get("seed");
const fake = installFakeOffice(page, seed({ protected: variant === "protected", takenHeader: variant === "taken" }));
const harness: Harness = { fake, actions: {}, functions: {}, paneShown: 0 };
page.harness = harness;

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
