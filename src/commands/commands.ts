/**
 * Ribbon commands (Home tab, Connector Check group). "Check Sheet" checks the active sheet
 * without opening the pane: the results land in the sheet's Check columns. When nothing could be
 * written (protected sheet, no header row, a missing requirement set, the sheet changed while
 * checking, an Excel error) it opens the pane, which shows the reason: Excel add-ins have no
 * other notification surface. Next Error / Previous Error move through the pane's list of errors
 * and select each one's cell; Help opens the help page. Bundled into the task pane's script so
 * both share one session.
 */
import { onSessionEvent, runCheck, stepError } from "../taskpane/session";

export async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  let failed = false;
  const stop = onSessionEvent((e) => {
    if (e.type === "failed" || (e.type === "outcome" && !e.outcome.ok && e.outcome.reason !== "cancelled")) failed = true;
  });
  try {
    const outcome = await runCheck();
    // undefined without a failure: a check was already running, which reports for itself
    if (failed || (outcome && !outcome.ok && outcome.reason !== "cancelled")) await showPane();
  } finally {
    stop();
    event.completed();
  }
}

/** Next Error / Previous Error: selects the cell of the next error the pane lists; with none to go to, opens the pane. */
export async function nextError(event: Office.AddinCommands.Event): Promise<void> {
  await step(1, event);
}

export async function previousError(event: Office.AddinCommands.Event): Promise<void> {
  await step(-1, event);
}

async function step(dir: 1 | -1, event: Office.AddinCommands.Event): Promise<void> {
  try {
    if (!(await stepError(dir))) await showPane();
  } finally {
    event.completed();
  }
}

/** Help: the one-page help served with the add-in, in an Office dialog (works offline). */
export function openHelp(event: Office.AddinCommands.Event): void {
  const url = new URL("help.html", location.href).href;
  try {
    Office.context.ui.displayDialogAsync(url, { height: 70, width: 40 }, () => event.completed());
  } catch {
    event.completed();
  }
}

async function showPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // SharedRuntime 1.1 is required by the manifest; if the host still refuses, the sheet is unchanged
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("checkActiveSheet", checkActiveSheet);
    Office.actions.associate("nextError", nextError);
    Office.actions.associate("previousError", previousError);
    Office.actions.associate("openHelp", openHelp);
  });
}
