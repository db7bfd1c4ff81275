// The engine off the main thread: the adapter's worker path over the fake Excel, with a fake
// Worker that runs the real worker module's handler in later turns and copies every message.
import { checkSchedule } from "../../src/core";
import type { Progress } from "../../src/excel";
import { checkActiveSheet } from "../../src/excel";
import { GRID_ROWS_PER_MESSAGE, checkInWorker, setCheckWorkerFactory } from "../../src/excel/run-check";
import { RESULT_CHANNELS_PER_MESSAGE, RESULT_PAIRS_PER_MESSAGE, RESULT_ROWS_PER_MESSAGE, createCheckHandler } from "../../src/excel/check-worker";
import { cancelCheck, onSessionEvent, runCheck } from "../../src/taskpane/session";
import { installFakeOffice } from "./fake-excel";
import { fakeWorkerFactory } from "./fake-worker";
import { schedule } from "./schedules";

afterEach(() => setCheckWorkerFactory(undefined));

/** Rows enough for several slices each way. */
const ROWS = Math.max(GRID_ROWS_PER_MESSAGE, RESULT_ROWS_PER_MESSAGE) * 2 + 37;

describe("checkInWorker", () => {
  it("returns exactly what checkSchedule returns on this thread, the grid and the result each crossing in several messages", async () => {
    const grid = [["Hall 3 schedule"], [], ...schedule(ROWS)];
    const options = { firstRow: 4, firstColumn: 2, columns: { notes: null } };
    const { make, workers } = fakeWorkerFactory();
    setCheckWorkerFactory(make);
    const progress: [number, number][] = [];
    const outcome = await checkInWorker(grid, options, { onProgress: (done, total) => progress.push([done, total]) });
    const expected = checkSchedule(grid, options);
    expect(expected.rows.some((r) => r.findings.length > 0)).toBe(true);
    expect(outcome).toEqual({ ok: true, result: expected });
    expect(workers).toHaveLength(1);
    expect(workers[0].received.filter((m) => m.type === "rows").length).toBeGreaterThan(1);
    expect(workers[0].sent.filter((m) => m.type === "rows").length).toBeGreaterThan(1);
    expect(workers[0].terminated).toBe(true);
    expect(progress.at(-1)).toEqual([ROWS, ROWS]);
    // Seconds of work that now yields to the event loop, so jest's timer can fire meanwhile.
  }, 120_000);

  it("sends the traced channels and the mated pairs back in slices too, so no one message holds them all", async () => {
    // three-row channels (cord, trunk, cord) by link id: enough channels for several slices
    const count = RESULT_CHANNELS_PER_MESSAGE * 2 + 7;
    const grid: unknown[][] = [["Cable ID", "Link", "Seq", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter"]];
    for (let ch = 0; ch < count; ch++) {
      for (let k = 0; k < 3; k++) {
        const conn = k === 1 ? "MTP-12 UPC male" : "MTP-12 UPC female";
        grid.push([`C-${ch}-${k}`, `L-${ch}`, k + 1, k === 0 ? `leaf01 Eth1/${ch}` : `PP-${k}${ch}:1`, k === 2 ? `spine01 Eth1/${ch}` : `PP-${k + 1}${ch}:1`, conn, conn, "OM4", k === 1 ? "40 m" : "3 m", "100GBASE-SR4", "Type B", k < 2 ? "Type B" : ""]);
      }
    }
    const { make, workers } = fakeWorkerFactory();
    setCheckWorkerFactory(make);
    const outcome = await checkInWorker(grid, {});
    const expected = checkSchedule(grid, {});
    expect(expected.channels).toHaveLength(count);
    expect(outcome).toEqual({ ok: true, result: expected });
    const slices = workers[0].sent.filter((m) => m.type === "channels") as Array<{ channels: unknown[] }>;
    expect(slices.length).toBe(3);
    expect(Math.max(...slices.map((m) => m.channels.length))).toBe(RESULT_CHANNELS_PER_MESSAGE);
    const done = workers[0].sent.find((m) => m.type === "done") as { result: Record<string, unknown> };
    expect(done.result.channels).toBeUndefined();
    expect(done.result.matedPairs).toBeUndefined();
    expect(expected.matedPairs?.length).toBeGreaterThan(RESULT_PAIRS_PER_MESSAGE);
    expect(workers[0].sent.filter((m) => m.type === "matedPairs").length).toBeGreaterThan(1);
  }, 120_000);

  it("checks on this thread when the worker script does not load", async () => {
    const { make, workers } = fakeWorkerFactory({ failToLoad: true });
    setCheckWorkerFactory(make);
    const grid = schedule(20);
    expect(await checkInWorker(grid, {})).toEqual({ ok: true, result: checkSchedule(grid) });
    expect(workers[0].terminated).toBe(true);
  });
});

describe("the adapter with the engine in a worker", () => {
  it("writes the same cells as the check on the main thread, and the pane sees the worker's progress", async () => {
    const seed = { sheets: { Cables: { values: schedule(300) } } };
    setCheckWorkerFactory(null);
    const inThread = installFakeOffice(globalThis, seed);
    expect((await checkActiveSheet()).ok).toBe(true);
    const expected = inThread.snapshot("Cables");

    const { make, workers } = fakeWorkerFactory();
    setCheckWorkerFactory(make);
    const fake = installFakeOffice(globalThis, seed);
    const events: Progress[] = [];
    const off = onSessionEvent((e) => e.type === "progress" && events.push(e.progress));
    const outcome = await runCheck().finally(off);
    expect(outcome?.ok).toBe(true);
    expect(workers).toHaveLength(1);
    // Cell values, fills and widths equal; only the mark's generated name differs.
    const names = (s: typeof expected) => Object.values(s.names);
    expect({ ...fake.snapshot("Cables"), names: names(fake.snapshot("Cables")) }).toEqual({ ...expected, names: names(expected) });
    const checking = events.filter((p) => p.stage === "checking");
    expect(checking.at(-1)).toMatchObject({ done: 300, total: 300 });
    // That last one came from the worker's messages.
    expect(workers[0].sent).toContainEqual({ type: "progress", done: 300, total: 300 });
  });

  it("Cancel while the worker checks terminates it and writes nothing", async () => {
    const { make, workers } = fakeWorkerFactory();
    setCheckWorkerFactory(make);
    const fake = installFakeOffice(globalThis, { sheets: { Cables: { values: schedule(50) } } });
    const before = fake.snapshot("Cables");
    // Cancel on the first progress the worker itself sends.
    const off = onSessionEvent((e) => e.type === "progress" && e.progress.stage === "checking" && workers[0]?.sent.length > 0 && cancelCheck());
    const outcome = await runCheck().finally(off);
    expect(outcome).toMatchObject({ ok: false, reason: "cancelled" });
    expect(workers[0].terminated).toBe(true);
    // The worker had started checking; its result never arrived.
    expect(workers[0].received.some((m) => m.type === "check")).toBe(true);
    expect(fake.snapshot("Cables")).toEqual(before);
  });

  it("an exception in the worker's engine becomes a failure that says so, and nothing is written", async () => {
    let handler: typeof createCheckHandler = createCheckHandler;
    jest.isolateModules(() => {
      jest.doMock("../../src/core/schedule", () => ({
        ...jest.requireActual("../../src/core/schedule"),
        checkSchedule: () => {
          throw new RangeError("Maximum call stack size exceeded");
        },
      }));
      handler = (jest.requireActual("../../src/excel/check-worker") as typeof import("../../src/excel/check-worker")).createCheckHandler;
    });
    const { make, workers } = fakeWorkerFactory({ handler });
    setCheckWorkerFactory(make);
    const fake = installFakeOffice(globalThis, { sheets: { Cables: { values: schedule(10) } } });
    const before = fake.snapshot("Cables");
    const outcome = await checkActiveSheet();
    expect(outcome).toEqual({
      ok: false,
      reason: "error",
      message: "The check failed: Maximum call stack size exceeded. Nothing was written.",
      target: expect.objectContaining({ sheetName: "Cables" }),
    });
    expect(workers[0].terminated).toBe(true);
    expect(fake.snapshot("Cables")).toEqual(before);
  });

  it("a worker that dies mid-check is a clean failure, not a wait forever", async () => {
    const { make, workers } = fakeWorkerFactory({
      handler: (post) => () => {
        post({ type: "progress", done: 0, total: 10 });
        // Then the worker's scope fails, as when it runs out of memory.
        setImmediate(() => workers[0].onerror?.({ message: "Uncaught RangeError: Array buffer allocation failed" }));
      },
    });
    setCheckWorkerFactory(make);
    const fake = installFakeOffice(globalThis, { sheets: { Cables: { values: schedule(10) } } });
    const before = fake.snapshot("Cables");
    expect(await checkActiveSheet()).toMatchObject({ ok: false, reason: "error", message: "The check failed: Uncaught RangeError: Array buffer allocation failed. Nothing was written." });
    expect(fake.snapshot("Cables")).toEqual(before);
  });
});
