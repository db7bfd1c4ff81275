/**
 * The dedicated worker's script (webpack entry "check-worker", emitted as check-worker.js next
 * to taskpane.html): wires the engine's message handler to the worker's global scope.
 */
import { createCheckHandler, type FromCheckWorker, type ToCheckWorker } from "./check-worker";

// A worker's global scope, typed only as far as used here (the project compiles against the DOM library, not WebWorker).
const scope = self as unknown as { postMessage(message: FromCheckWorker): void; onmessage: ((event: { data: ToCheckWorker }) => void) | null };
const handle = createCheckHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
