/**
 * The engine's side of a check run off the main thread (run-check.ts is the other side). The
 * grid arrives in slices of rows, then the options; the result goes back the same way, rows in
 * slices and the rest last, so that neither thread spends long copying one huge message: the
 * main thread deserialises each slice in its own event-loop turn.
 *
 * Only data crosses (the structured clone algorithm copies no functions): the engine's
 * onProgress callback becomes "progress" messages. Pure: no Office.js, no DOM, no `self`; the
 * webpack entry (check-worker-entry.ts) and the tests wire it to a real or fake worker.
 */
import { checkSchedule } from "../core";
import type { CheckOptions, RowResult, ScheduleResult } from "../core";

/** CheckOptions as they cross to the worker: everything but the progress callback. */
export type WorkerCheckOptions = Omit<CheckOptions, "onProgress">;

/** "more": the main thread has taken the last slice of the result and wants the next. */
export type ToCheckWorker = { type: "rows"; rows: unknown[][] } | { type: "check"; options: WorkerCheckOptions } | { type: "more" };

export type FromCheckWorker =
  | { type: "progress"; done: number; total: number }
  | { type: "rows"; rows: RowResult[] }
  | { type: "done"; result: Omit<ScheduleResult, "rows"> }
  | { type: "failed"; message: string };

/** Result rows per message: small enough that the main thread deserialises one in a few ms. */
export const RESULT_ROWS_PER_MESSAGE = 1000;

/**
 * One worker's message handler. Every exception, the engine's included, becomes a "failed"
 * message, so the main thread can report it instead of waiting.
 */
export function createCheckHandler(post: (message: FromCheckWorker) => void): (message: ToCheckWorker) => void {
  let grid: unknown[][] = [];
  // The result still to send. One slice per "more": a host may hand several queued messages to
  // the main thread in one turn (Node's worker_threads do), so the worker waits to be asked.
  let pending: { rows: RowResult[]; sent: number; rest: Omit<ScheduleResult, "rows"> } | null = null;
  const sendSlice = () => {
    if (!pending) return;
    if (pending.sent >= pending.rows.length) {
      post({ type: "done", result: pending.rest });
      pending = null;
      return;
    }
    post({ type: "rows", rows: pending.rows.slice(pending.sent, pending.sent + RESULT_ROWS_PER_MESSAGE) });
    pending.sent += RESULT_ROWS_PER_MESSAGE;
  };
  return (message) => {
    try {
      if (message.type === "rows") {
        for (const row of message.rows) grid.push(row);
        return;
      }
      if (message.type === "more") return sendSlice();
      if (message.type !== "check") throw new Error(`unknown message ${JSON.stringify((message as { type?: unknown }).type)}`);
      const input = grid;
      grid = [];
      const { rows, ...rest } = checkSchedule(input, { ...message.options, onProgress: (done, total) => post({ type: "progress", done, total }) });
      pending = { rows, sent: 0, rest };
      sendSlice();
    } catch (e) {
      grid = [];
      pending = null;
      post({ type: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };
}
