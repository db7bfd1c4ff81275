/**
 * One check at a time for the whole shared runtime: the task pane's Check button and the
 * ribbon's Check Sheet command both run through here, so a ribbon click during a pane run
 * cannot start a second write, and the pane shows what the ribbon did.
 */
import { loadColumnCorrections, type Progress, type RunOutcome } from "../excel";

/**
 * The adapter that reads, checks, writes and clears (src/excel/adapter.ts and what only it
 * uses), with the results' citations (pane-adapter.ts): a chunk of its own (webpack.config.js),
 * fetched by the first Check, Clear, re-read of an earlier check or selection of a finding's
 * cell, so the pane's first paint does not wait for it.
 */
export const loadAdapter = () => import(/* webpackChunkName: "pane-adapter" */ "./pane-adapter");

export type SessionEvent =
  | { type: "start" }
  | { type: "progress"; progress: Progress }
  | { type: "outcome"; outcome: RunOutcome }
  | { type: "failed"; message: string };

type Listener = (event: SessionEvent) => void;

const listeners = new Set<Listener>();
let running: AbortController | null = null;

export const onSessionEvent = (listener: Listener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const emit = (event: SessionEvent): void => listeners.forEach((l) => l(event));

export const isRunning = (): boolean => running !== null;

/**
 * Next / previous error, for the ribbon and the keyboard: the pane registers how it moves
 * through its list; true when it moved (false with no results to move through).
 */
type ErrorStepper = (dir: 1 | -1) => Promise<boolean>;
let stepper: ErrorStepper | null = null;
export const setErrorStepper = (s: ErrorStepper | null): void => void (stepper = s);
export const stepError = (dir: 1 | -1): Promise<boolean> => (stepper ? stepper(dir) : Promise.resolve(false));

/** Stops the running check; the adapter writes nothing once it sees the abort. */
export const cancelCheck = (): void => running?.abort();

/**
 * Checks the active sheet with the column corrections remembered in the workbook. Resolves to
 * the outcome, or undefined when a check is already running or Excel threw (reported as
 * a "failed" event with Excel's message).
 */
export async function runCheck(): Promise<RunOutcome | undefined> {
  if (running) return undefined;
  const controller = new AbortController();
  running = controller;
  emit({ type: "start" });
  try {
    const columns = await loadColumnCorrections();
    const { checkActiveSheet } = await loadAdapter();
    const outcome = await checkActiveSheet({
      columns,
      signal: controller.signal,
      onProgress: (progress) => emit({ type: "progress", progress }),
    });
    emit({ type: "outcome", outcome });
    return outcome;
  } catch (error) {
    emit({ type: "failed", message: `Excel reported an error, and nothing was written: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  } finally {
    running = null;
  }
}
