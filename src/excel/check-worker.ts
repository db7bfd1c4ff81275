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
import type { ChannelResult, CheckOptions, RowResult, ScheduleResult } from "../core";

type MatedPair = NonNullable<ScheduleResult["matedPairs"]>[number];

/** CheckOptions as they cross to the worker: everything but the progress callback. */
export type WorkerCheckOptions = Omit<CheckOptions, "onProgress">;

/** "more": the main thread has taken the last slice of the result and wants the next. */
export type ToCheckWorker = { type: "rows"; rows: unknown[][] } | { type: "check"; options: WorkerCheckOptions } | { type: "more" };

export type FromCheckWorker =
  | { type: "progress"; done: number; total: number }
  | { type: "rows"; rows: RowResult[] }
  | { type: "channels"; channels: ChannelResult[] }
  | { type: "matedPairs"; matedPairs: MatedPair[] }
  | { type: "done"; result: Omit<ScheduleResult, "rows" | "channels" | "matedPairs">; hasMatedPairs: boolean }
  | { type: "failed"; message: string };

/** Result rows per message: small enough that the main thread deserialises one in a few ms. */
export const RESULT_ROWS_PER_MESSAGE = 1000;
/** Channels per message: each carries its path and findings, so fewer than rows (a 100,000-row schedule traces tens of thousands). */
export const RESULT_CHANNELS_PER_MESSAGE = 250;
/** Mated pairs per message: each holds both ends' connectors (a 100,000-row schedule has tens of thousands, about 8 MB). */
export const RESULT_PAIRS_PER_MESSAGE = 1000;

/**
 * One worker's message handler. Every exception, the engine's included, becomes a "failed"
 * message, so the main thread can report it instead of waiting.
 */
export function createCheckHandler(post: (message: FromCheckWorker) => void): (message: ToCheckWorker) => void {
  let grid: unknown[][] = [];
  // The result still to send. One slice per "more": a host may hand several queued messages to
  // the main thread in one turn (Node's worker_threads do), so the worker waits to be asked.
  // Rows first, then channels, then mated pairs, then the rest: one slice per message, so no message takes the
  // main thread long to deserialise.
  let pending: {
    rows: RowResult[];
    sent: number;
    channels: ChannelResult[];
    sentChannels: number;
    matedPairs: MatedPair[];
    sentPairs: number;
    hasMatedPairs: boolean;
    rest: Omit<ScheduleResult, "rows" | "channels" | "matedPairs">;
  } | null = null;
  const sendSlice = () => {
    if (!pending) return;
    if (pending.sent < pending.rows.length) {
      post({ type: "rows", rows: pending.rows.slice(pending.sent, pending.sent + RESULT_ROWS_PER_MESSAGE) });
      pending.sent += RESULT_ROWS_PER_MESSAGE;
      return;
    }
    if (pending.sentChannels < pending.channels.length) {
      post({ type: "channels", channels: pending.channels.slice(pending.sentChannels, pending.sentChannels + RESULT_CHANNELS_PER_MESSAGE) });
      pending.sentChannels += RESULT_CHANNELS_PER_MESSAGE;
      return;
    }
    if (pending.sentPairs < pending.matedPairs.length) {
      post({ type: "matedPairs", matedPairs: pending.matedPairs.slice(pending.sentPairs, pending.sentPairs + RESULT_PAIRS_PER_MESSAGE) });
      pending.sentPairs += RESULT_PAIRS_PER_MESSAGE;
      return;
    }
    post({ type: "done", result: pending.rest, hasMatedPairs: pending.hasMatedPairs });
    pending = null;
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
      const { rows, channels, matedPairs, ...rest } = checkSchedule(input, { ...message.options, onProgress: (done, total) => post({ type: "progress", done, total }) });
      pending = { rows, sent: 0, channels, sentChannels: 0, matedPairs: matedPairs ?? [], sentPairs: 0, hasMatedPairs: matedPairs !== undefined, rest };
      sendSlice();
    } catch (e) {
      grid = [];
      pending = null;
      post({ type: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };
}
