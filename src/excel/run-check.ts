/**
 * Runs the engine off the main thread. The task pane, the ribbon commands and the custom
 * functions share one runtime (one JavaScript thread); a check of a 100,000-row schedule takes
 * seconds of CPU, during which the functions would not answer, the pane would not paint, and
 * desktop Excel may take the add-in for hung and restart it. So checkSchedule runs in a
 * dedicated Web Worker (check-worker.ts), and this thread only copies the grid over and the
 * result back, in slices, yielding to the event loop between them.
 *
 * Workers in the shared runtime: with a shared runtime custom functions run in the browser
 * runtime, not the JavaScript-only one, on Windows, Mac and the web ("Runtimes in Office
 * Add-ins", learn.microsoft.com/office/dev/add-ins/testing/runtimes), i.e. in the webview
 * (WebView2 on Windows, WKWebView on Mac, the browser's iframe on the web), which has Web
 * Workers; Microsoft's sample OfficeDev/Office-Add-in-samples Excel-custom-functions/web-worker
 * is a SharedRuntime 1.1 add-in that does this, for "Excel on Windows, Mac, and in a browser".
 * Where no Worker exists (an old webview, Node), or the worker script cannot load, the engine
 * runs on this thread as before: correct, but one long synchronous call.
 */
import type { ChannelResult, RowResult, ScheduleResult } from "../core";
import type { FromCheckWorker, ToCheckWorker, WorkerCheckOptions } from "./check-worker";

/** The part of the DOM's Worker used here, so tests and the benchmark can stand in for it. */
export interface CheckWorker {
  postMessage(message: ToCheckWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromCheckWorker }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
}
export type CheckWorkerFactory = () => CheckWorker;

/** The worker bundle's name: webpack.config.js emits the "check-worker" entry next to taskpane.html. */
export const CHECK_WORKER_SCRIPT = "check-worker.js";

/** Grid rows per message to the worker (14 columns: a few ms to copy). */
export const GRID_ROWS_PER_MESSAGE = 2000;

let override: CheckWorkerFactory | null | undefined;

/** Tests and the benchmark: a stand-in Worker; null runs the engine on this thread; undefined restores the default. */
export function setCheckWorkerFactory(factory: CheckWorkerFactory | null | undefined): void {
  override = factory;
}

function workerFactory(): CheckWorkerFactory | null {
  if (override !== undefined) return override;
  if (typeof Worker === "undefined") return null;
  // Resolved against the page (taskpane.html), where the build puts the bundle; same origin, as the page's CSP (script-src 'self') requires.
  return () => new Worker(CHECK_WORKER_SCRIPT) as unknown as CheckWorker;
}

export type EngineOutcome = { ok: true; result: ScheduleResult } | { ok: false; cancelled: true } | { ok: false; cancelled: false; message: string };

export interface EngineHooks {
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the worker at once (terminate), wherever it is. */
  signal?: AbortSignal;
}

/** One turn of the event loop: timers, messages, the custom functions' calls get their go. */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function inThread(grid: readonly (readonly unknown[])[], options: WorkerCheckOptions, hooks: EngineHooks): Promise<EngineOutcome> {
  if (hooks.signal?.aborted) return { ok: false, cancelled: true };
  try {
    // The engine on this thread is a chunk of its own (webpack.config.js), fetched only here: the worker carries its own copy.
    const { checkSchedule } = await import(/* webpackChunkName: "check-engine" */ "../core/schedule");
    if (hooks.signal?.aborted) return { ok: false, cancelled: true };
    return { ok: true, result: checkSchedule(grid, { ...options, onProgress: hooks.onProgress }) };
  } catch (e) {
    return { ok: false, cancelled: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Checks the grid with the engine, in a worker where there is one. The result equals what
 * checkSchedule(grid, options) returns on this thread.
 */
export async function checkInWorker(grid: readonly (readonly unknown[])[], options: WorkerCheckOptions, hooks: EngineHooks = {}): Promise<EngineOutcome> {
  const make = workerFactory();
  if (!make || hooks.signal?.aborted) return inThread(grid, options, hooks);
  let worker: CheckWorker;
  try {
    worker = make();
  } catch {
    // e.g. a SecurityError constructing it: the check still runs, here.
    return inThread(grid, options, hooks);
  }
  return new Promise<EngineOutcome>((resolve) => {
    const rows: RowResult[] = [];
    const channels: ChannelResult[] = [];
    const matedPairs: NonNullable<ScheduleResult["matedPairs"]> = [];
    let heard = false;
    let settled = false;
    const finish = (outcome: EngineOutcome) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      hooks.signal?.removeEventListener("abort", onAbort);
      resolve(outcome);
    };
    const onAbort = () => finish({ ok: false, cancelled: true });
    hooks.signal?.addEventListener("abort", onAbort);
    worker.onmessage = ({ data }) => {
      if (settled) return;
      heard = true;
      if (data.type === "progress") hooks.onProgress?.(data.done, data.total);
      else if (data.type === "rows") {
        for (const r of data.rows) rows.push(r);
        worker.postMessage({ type: "more" });
      } else if (data.type === "channels") {
        for (const c of data.channels) channels.push(c);
        worker.postMessage({ type: "more" });
      } else if (data.type === "matedPairs") {
        for (const p of data.matedPairs) matedPairs.push(p);
        worker.postMessage({ type: "more" });
      } else if (data.type === "done") finish({ ok: true, result: { ...data.result, rows, channels, ...(data.hasMatedPairs ? { matedPairs } : {}) } });
      else finish({ ok: false, cancelled: false, message: data.message });
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (settled) return;
      if (!heard) {
        // The script did not load or start (nothing came back yet): check here instead.
        settled = true;
        worker.terminate();
        hooks.signal?.removeEventListener("abort", onAbort);
        resolve(inThread(grid, options, hooks));
        return;
      }
      finish({ ok: false, cancelled: false, message: event.message || "the checking worker stopped" });
    };
    void (async () => {
      try {
        for (let i = 0; i < grid.length; i += GRID_ROWS_PER_MESSAGE) {
          if (settled) return;
          worker.postMessage({ type: "rows", rows: grid.slice(i, i + GRID_ROWS_PER_MESSAGE) as unknown[][] });
          await nextTurn();
        }
        if (!settled) worker.postMessage({ type: "check", options });
      } catch (e) {
        // A cell value the structured clone cannot copy (Excel gives only plain values; a host might not).
        finish({ ok: false, cancelled: false, message: e instanceof Error ? e.message : String(e) });
      }
    })();
  });
}
