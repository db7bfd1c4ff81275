/**
 * The task pane's own render time for a large result: the production build in headless
 * Chromium over the fake Excel, a schedule of BENCH_PANE_ROWS rows (default 100,000) built from
 * the browser test's seed rows. Reports the pane's "pane-render" measure (shaping the result
 * and drawing the first page) and "pane-filter" (a severity filter, a search, the by-row
 * switch), the DOM size, and the JS heap. Not a test: it asserts nothing about time.
 *
 * On the 2-core development machine (shared, loaded): 100,000 rows, 142,857 findings: render
 * 2.2 s, 998 DOM elements; errors-only filter 0.09 s, the first search 3.9 s (it makes every
 * finding's message once), by-row switch 0.27 s; 293 MB JS heap.
 *
 *   npm run build
 *   npx jest --roots '<rootDir>/bench' --testMatch '**\/pane-render.bench.ts'
 */
import type { Page } from "playwright-core";
import { startPaneServer, type PaneServer } from "../tests/taskpane/browser";

const ROWS = Number(process.env.BENCH_PANE_ROWS || 100_000);
jest.setTimeout(30 * 60_000);

let pane: PaneServer;
beforeAll(async () => void (pane = await startPaneServer()));
afterAll(async () => pane?.close());

const measures = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => Math.round(e.duration)), name);

test(`pane render, ${ROWS.toLocaleString("en-US")} rows`, async () => {
  const { page } = await pane.open(`?seed=large${ROWS}`);
  await page.click("#check");
  await page.waitForSelector("#results:not([hidden])", { timeout: 25 * 60_000 });
  const render = await measures(page, "pane-render");
  const findings = await page.locator("#list-status").innerText();
  const dom = await page.evaluate(() => document.querySelectorAll("*").length);
  await page.uncheck('#severity-filter input[value="info"]');
  await page.fill("#search", "OM3");
  await page.check('input[name="view"][value="row"]');
  const filter = await measures(page, "pane-filter");
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  console.log(JSON.stringify({ rows: ROWS, findings, renderMs: render, filterMs: filter.slice(1), domElements: dom, heapMB: Math.round(heap / 2 ** 20) }));
  expect(render.length).toBe(1);
  await page.close();
});
