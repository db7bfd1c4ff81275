// A stand-in for the browser's dedicated Worker: the real worker module's message handler,
// run in later event-loop turns, with every message copied by structuredClone both ways (as
// postMessage does), so what cannot cross a real worker boundary cannot cross this one.
import { createCheckHandler } from "../../src/excel/check-worker";
import type { FromCheckWorker, ToCheckWorker } from "../../src/excel/check-worker";
import type { CheckWorker } from "../../src/excel/run-check";

export interface FakeWorker extends CheckWorker {
  terminated: boolean;
  /** Messages as they arrived at the worker, and as the worker sent them. */
  received: ToCheckWorker[];
  sent: FromCheckWorker[];
}

type Handler = typeof createCheckHandler;

export interface FakeWorkerOptions {
  /** Another handler (e.g. one whose engine throws); default the real one. */
  handler?: Handler;
  /** The script never loads: an error event before any message, as a 404 gives. */
  failToLoad?: boolean;
}

export function fakeWorkerFactory(options: FakeWorkerOptions = {}): { make: () => FakeWorker; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const make = (): FakeWorker => {
    const later = (f: () => void) => setImmediate(() => !worker.terminated && f());
    const handle = (options.handler ?? createCheckHandler)((message) => {
      const copy = structuredClone(message);
      worker.sent.push(copy);
      later(() => worker.onmessage?.({ data: copy }));
    });
    const worker: FakeWorker = {
      terminated: false,
      received: [],
      sent: [],
      onmessage: null,
      onerror: null,
      postMessage(message) {
        const copy = structuredClone(message);
        later(() => {
          worker.received.push(copy);
          handle(copy);
        });
      },
      terminate() {
        worker.terminated = true;
      },
    };
    if (options.failToLoad) later(() => worker.onerror?.({ message: "NetworkError: check-worker.js could not be loaded" }));
    workers.push(worker);
    return worker;
  };
  return { make, workers };
}
