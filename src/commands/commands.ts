/**
 * Ribbon commands (Home tab, Connector Check group). "Check Sheet" checks the active sheet
 * without opening the pane: the results land in the sheet's Check columns. When nothing could be
 * written (protected sheet, no header row, a missing requirement set, the sheet changed while
 * checking, an Excel error) it opens the pane, which shows the reason: Excel add-ins have no
 * other notification surface. Bundled into the task pane's script so both share one session.
 */
import { onSessionEvent, runCheck } from "../taskpane/session";

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

async function showPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // SharedRuntime 1.1 is required by the manifest; if the host still refuses, the sheet is unchanged
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => Office.actions.associate("checkActiveSheet", checkActiveSheet));
}
