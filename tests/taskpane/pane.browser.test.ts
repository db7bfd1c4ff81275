/**
 * The production build's task pane in headless Chromium, with the fake Office/Excel in place of
 * office.js: Check, the summary, the findings, going to a finding's cell, the column map, the
 * ribbon command, and cell text that looks like HTML. Saves docs/taskpane.png (320 px wide).
 *
 * Needs `npm run build` first (npm test runs it) and Debian's chromium at /usr/bin/chromium.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";
import { checkSchedule } from "../../src/core";
import { HOSTILE, SHEET, grid } from "./seed";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };

/** Bundles tests/taskpane/harness.ts (the fake Office for the page) into one script. */
function bundleHarness(outDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "development",
        devtool: false,
        entry: path.join(__dirname, "harness.ts"),
        output: { path: outDir, filename: "office.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } }] },
      },
      (err, stats) => {
        if (err || !stats || stats.hasErrors()) reject(err ?? new Error(stats?.toString("errors-only")));
        else resolve(fs.readFileSync(path.join(outDir, "office.js"), "utf8"));
      },
    );
  });
}

/** Serves dist/ over http on a free localhost port. */
function serveDist(): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, path.normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

let browser: Browser;
let server: http.Server;
let origin: string;
let harnessScript: string;
let tmp: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")) || !fs.existsSync(path.join(DIST, "taskpane.js"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` before this test (npm test does)");
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pane-test-"));
  harnessScript = await bundleHarness(tmp);
  ({ server, origin } = await serveDist());
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  dialogs: string[];
  errors: string[];
}

async function openPane(query = "", office: "fake" | "unreachable" = "fake"): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS && office === "fake") return route.fulfill({ status: 200, contentType: "text/javascript", body: harnessScript });
    if (url.startsWith(origin)) return route.continue();
    return route.abort(); // nothing else leaves the machine
  });
  await page.goto(`${origin}/taskpane.html${query}`);
  await page.waitForSelector(office === "fake" ? "#check:not([disabled])" : "#messages fluent-message-bar");
  return { page, dialogs, errors };
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();

describe("task pane (production build, fake Excel)", () => {
  // The engine's own verdict on the same grid: the pane must show it, not compute its own.
  const engine = checkSchedule(grid());

  test("the seeded schedule gives the engine errors, and OK rows, to show", () => {
    expect(engine.ok).toBe(true);
    const byRow = new Map(engine.rows.map((r) => [r.row, r]));
    // 100GBASE-SR4 reaches 70 m on OM3: 300 m is an error
    expect(byRow.get(4)?.findings.some((f) => f.rule === "reach" && f.severity === "error")).toBe(true);
    // the HTML fragment is not a connector
    expect(byRow.get(6)?.findings.some((f) => f.rule === "unreadable-cell")).toBe(true);
    expect(engine.summary.ok).toBeGreaterThan(0);
  });

  test("Check shows the summary, the findings by rule, and goes to a finding's cell", async () => {
    const { page, dialogs, errors } = await openPane();
    const fake = () => page.evaluate(() => (window as any).harness.fake.selection() as { sheet: string; address: string });

    // the page registered the ribbon action and the custom functions in the same runtime
    expect(await page.evaluate(() => Object.keys((window as any).harness.actions))).toEqual(["checkActiveSheet"]);
    expect(await page.evaluate(() => Object.keys((window as any).harness.functions))).toEqual(expect.arrayContaining(["RECOMMEND", "CHECK", "NORMALIZE"]));

    // the engine runs in the built worker bundle, off the page's thread (src/excel/run-check.ts)
    const worker = page.waitForEvent("worker");
    await page.click("#check");
    expect((await worker).url()).toBe(`${origin}/check-worker.js`);
    await page.waitForSelector("#summary:not([hidden])");

    // summary: the engine's counts, labelled
    const count = (status: string) => text(page, `.count[data-status="${status}"] .count-value`);
    expect(await count("error")).toBe(String(engine.summary.error));
    expect(await count("warning")).toBe(String(engine.summary.warning));
    expect(await count("info")).toBe(String(engine.summary.info));
    expect(await count("ok")).toBe(String(engine.summary.ok));
    expect(await text(page, "#target-details")).toContain(SHEET);
    expect(await text(page, "#target-details")).toContain(String(engine.summary.rows));

    // findings: one group per rule the engine reported, each finding listed with its cell
    const rules = [...new Set(engine.rows.flatMap((r) => r.findings.map((f) => f.rule)))].sort();
    const shownRules = await page.locator(".rule-group").evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));
    expect([...shownRules].sort()).toEqual(rules);
    const findings = engine.rows.reduce((n, r) => n + r.findings.length, 0);
    expect(await page.locator(".finding").count()).toBe(findings);
    // the reach error points at the length of row 4 (Length (m) is column G)
    const reach = page.locator('.rule-group[data-rule="reach"] .finding');
    expect(await reach.locator(".finding-cell").innerText()).toBe("G4");
    expect(await page.locator('.rule-group[data-rule="reach"] .rule-sources a').count()).toBeGreaterThan(0);
    expect(await page.locator('.rule-group[data-rule="reach"] .rule-sources a').first().getAttribute("rel")).toContain("noopener");

    // clicking a finding selects its cell
    await reach.click();
    await page.waitForFunction(() => (window as any).harness.fake.selection().address === "G4");
    expect(await fake()).toEqual({ sheet: SHEET, address: "G4" });

    // and so does the keyboard: focus the unreadable connector's finding and press Enter
    const unreadable = page.locator('.rule-group[data-rule="unreadable-cell"] .finding').first();
    await unreadable.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as any).harness.fake.selection().address === "E6");

    // the HTML fragment from the cell is shown as the text it is
    expect(await unreadable.locator(".finding-message").innerText()).toContain(HOSTILE);
    expect(await page.locator("#app img").count()).toBe(0);
    expect(dialogs).toEqual([]);

    // results were written to the sheet by the adapter (the pane itself writes nothing)
    expect(await page.evaluate((s) => (window as any).harness.fake.values(s, "J1:L1"), SHEET)).toEqual([["Check status", "Check findings", "Check recommendation"]]);

    // usable at 320 px: nothing wider than the pane
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, "docs/taskpane.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("progress shows the stage in words; Cancel stops the check before anything is written", async () => {
    const { page, errors } = await openPane();
    const before = await page.evaluate(() => (window as any).harness.fake.snapshotAll());
    // record every stage text and bar value the pane shows during one Check
    await page.evaluate(() => {
      const seen: { text: string; value: string | null }[] = ((window as any).seen = []);
      const text = document.getElementById("progress-text")!;
      const bar = document.getElementById("progress-bar")!;
      new MutationObserver(() => seen.push({ text: text.textContent ?? "", value: bar.getAttribute("value") })).observe(text, { childList: true, characterData: true, subtree: true });
    });
    await page.click("#check");
    await page.waitForSelector("#summary:not([hidden])");
    const seen: { text: string; value: string }[] = await page.evaluate(() => (window as any).seen);
    const texts = seen.map((s) => s.text);
    expect(texts.some((t) => /^Reading \d/.test(t))).toBe(true);
    expect(texts).toContain("Checking");
    expect(texts.some((t) => /^Writing block \d+ of \d+$/.test(t))).toBe(true);
    for (const { value } of seen) expect(Number(value)).toBeGreaterThanOrEqual(0);
    expect(await page.locator("#progress").isHidden()).toBe(true);

    // Clear puts the sheet back as it was
    await page.click("#clear");
    await page.waitForFunction(() => (window as any).harness.fake.values("Cables", "J1")[0][0] === "");
    expect(await page.evaluate(() => (window as any).harness.fake.snapshotAll())).toEqual(before);

    // Cancel pressed while the adapter is reading (between its first request and Excel's answer)
    await page.evaluate(() => {
      const fake = (window as any).harness.fake;
      fake.onBeforeSync(() => {
        fake.onBeforeSync(undefined);
        document.getElementById("cancel")!.click();
      });
    });
    await page.click("#check");
    await page.waitForFunction(() => /Cancelled/.test(document.getElementById("messages")!.textContent ?? ""));
    expect(await page.evaluate(() => (window as any).harness.fake.snapshotAll())).toEqual(before);
    expect(await page.locator("#check").getAttribute("disabled")).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a column-map correction is saved in the workbook and used by the next Check", async () => {
    const { page, errors } = await openPane();
    await page.click("#check");
    await page.waitForSelector("#columns:not([hidden])");
    await page.click("#columns summary");
    const notes = page.locator('fluent-dropdown[data-field="notes"]');
    expect(await notes.evaluate((d) => (d as unknown as { value: string }).value)).toBe("8"); // grid column I, "Notes"
    await notes.click();
    await notes.locator('fluent-option[value="none"]').click();
    await page.waitForFunction(() => (window as any).harness.fake.settings()["connectorCheck.columns"]?.notes === null);
    expect(await text(page, "#messages")).toContain("saved");

    await page.click("#check");
    await page.waitForFunction(
      () => (document.querySelector('fluent-dropdown[data-field="notes"]') as unknown as { value: string } | null)?.value === "none",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test("when the user's data already uses a Check header, the pane says which columns were used instead", async () => {
    const { page, errors } = await openPane("?seed=taken");
    const userColumn = await page.evaluate((s) => (window as any).harness.fake.values(s, "J1:J8"), SHEET);
    await page.click("#check");
    await page.waitForSelector("#summary:not([hidden])");
    const bars = page.locator("#messages fluent-message-bar");
    expect(await bars.count()).toBe(2);
    expect(await bars.nth(0).getAttribute("intent")).toBe("success");
    expect(await bars.nth(1).getAttribute("intent")).toBe("info");
    expect(await bars.nth(1).innerText()).toContain("Check status");
    expect(await page.evaluate((s) => (window as any).harness.fake.values(s, "J1:J8"), SHEET)).toEqual(userColumn);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the ribbon's Check Sheet on a protected sheet writes nothing and opens the pane with the reason", async () => {
    const { page, errors } = await openPane("?seed=protected");
    const before = await page.evaluate(() => (window as any).harness.fake.snapshotAll());
    const completed = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          void (window as any).harness.actions.checkActiveSheet({ completed: () => resolve(true) });
        }),
    );
    expect(completed).toBe(true);
    expect(await page.evaluate(() => (window as any).harness.paneShown)).toBe(1);
    await page.waitForSelector("#messages fluent-message-bar");
    expect((await text(page, "#messages")).toLowerCase()).toContain("protected");
    expect(await page.evaluate(() => (window as any).harness.fake.snapshotAll())).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("without office.js (CDN unreachable, or opened outside Office) the pane says so and stays inert", async () => {
    const { page, errors } = await openPane("", "unreachable");
    expect(await text(page, "#messages")).toContain("Office.js is not loaded");
    expect(await page.locator("#check").getAttribute("disabled")).not.toBeNull();
    // the pane's own script runs without error (functions.js may still fail without CustomFunctions)
    expect(errors.filter((e) => !/office\.js|ERR_FAILED|CustomFunctions/.test(e))).toEqual([]);
    await page.close();
  });
});
