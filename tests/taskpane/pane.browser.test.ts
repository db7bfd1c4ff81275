/**
 * The production build's task pane in headless Chromium, with the fake Office/Excel in place of
 * office.js: Check, the summary, the findings, going to a finding's cell, the column map, the
 * ribbon commands, cell text that looks like HTML, a 2,000-row schedule (a bounded DOM, filter,
 * search, by row), the keyboard, Office's light and dark themes, and axe-core on every state
 * (no serious or critical violation), the Channels view, and a reopened pane re-reading the sheet
 * without writing. Saves docs/taskpane.png, taskpane-dark.png, taskpane-by-row.png and
 * taskpane-channels.png (320 px wide).
 *
 * Needs `npm run build` first (npm test runs it), Debian's chromium at /usr/bin/chromium, and
 * axe-core (a devDependency; AXE_CORE_DIR may point at another copy).
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { checkSchedule } from "../../src/core";
import { ROOT, axeScript, axeViolations, startPaneServer, tabStops, type PaneServer } from "./browser";
import { HOSTILE, SHEET, channelGrid, grid, largeChannelGrid, largeGrid } from "./seed";

jest.setTimeout(180_000);

let pane: PaneServer;
beforeAll(async () => void (pane = await startPaneServer()));
afterAll(async () => pane?.close());
const openPane = (query = "", office: "fake" | "unreachable" = "fake", width = 320) => pane.open(query, { office, width });

/** axe-core must be there: the pane's accessibility is part of what these tests check. */
const AXE = axeScript();
async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  if (!AXE) throw new Error("axe-core is not installed: add it as a devDependency (npm install --save-dev axe-core), or set AXE_CORE_DIR to a folder holding axe.min.js");
  const serious = (await axeViolations(page, AXE)).filter((v) => v.impact === "serious" || v.impact === "critical");
  expect({ state, serious }).toEqual({ state, serious: [] });
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ROOT, "docs", name) });

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
    expect(await page.evaluate(() => Object.keys((window as any).harness.actions))).toEqual(["checkActiveSheet", "nextError", "previousError", "openHelp"]);
    expect(await page.evaluate(() => Object.keys((window as any).harness.functions))).toEqual(expect.arrayContaining(["RECOMMEND", "CHECK", "NORMALIZE"]));

    // the engine runs in the built worker bundle, off the page's thread (src/excel/run-check.ts)
    const worker = page.waitForEvent("worker");
    await page.click("#check");
    expect(new URL((await worker).url()).pathname).toBe("/check-worker.js");
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
    const shownRules = await page.locator(".group-head").evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));
    expect([...shownRules].sort()).toEqual(rules);
    const findings = engine.rows.reduce((n, r) => n + r.findings.length, 0);
    expect(await page.locator(".finding").count()).toBe(findings);
    // the reach error points at the length of row 4 (Length (m) is column G), with the row's cable ID
    const reach = page.locator('.finding[data-rule="reach"]');
    expect(await reach.locator(".finding-cell").innerText()).toBe("G4");
    await page.waitForFunction(() => document.querySelector('.finding[data-rule="reach"] .finding-id')?.textContent === "T-003");
    // focus went to the results heading; the list is one tab stop (the first entry), sources are shown once
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-title");
    expect(await page.locator('.finding[tabindex="0"]').count()).toBe(1);
    await reach.click();
    expect(await page.locator('.rule-about[data-rule="reach"] .rule-sources a').count()).toBeGreaterThan(0);
    expect(await page.locator('.rule-about[data-rule="reach"] .rule-sources a').first().getAttribute("rel")).toContain("noopener");

    // clicking a finding selects its cell
    await reach.click();
    await page.waitForFunction(() => (window as any).harness.fake.selection().address === "G4");
    expect(await fake()).toEqual({ sheet: SHEET, address: "G4" });

    // and so does the keyboard: focus the unreadable connector's finding and press Enter
    const unreadable = page.locator('.finding[data-rule="unreadable-cell"]').first();
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

    await expectNoSeriousViolations(page, "results");
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
    const notes = page.locator('select[data-field="notes"]');
    expect(await notes.inputValue()).toBe("8"); // grid column I, "Notes"
    await expectNoSeriousViolations(page, "column map open");
    // by keyboard: focus the select and choose "(none)", its first option
    await notes.focus();
    await page.keyboard.press("Home");
    await page.waitForFunction(() => (window as any).harness.fake.settings()["connectorCheck.columns"]?.notes === null);
    expect(await text(page, "#messages")).toContain("saved");

    await page.click("#check");
    await page.waitForFunction(
      () => (document.querySelector('select[data-field="notes"]') as HTMLSelectElement | null)?.value === "none",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test("connectors under End A / End B headers: the column map reads them as connectors and says why", async () => {
    const { page, errors } = await openPane("?seed=endcols");
    await page.click("#check");
    await page.waitForSelector("#columns:not([hidden])");
    expect(await page.locator("#columns-details").getAttribute("open")).not.toBeNull();
    const notes = page.locator("#column-notes li");
    expect(await notes.count()).toBe(2);
    expect(await notes.nth(0).innerText()).toContain('"End A"');
    expect(await page.locator('select[data-field="connectorA"]').inputValue()).toBe("3"); // grid column D
    expect(await page.locator('select[data-field="connectorB"]').inputValue()).toBe("4");
    await expectNoSeriousViolations(page, "column notes");
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
    await expectNoSeriousViolations(page, "error message");
    expect(await page.evaluate(() => (window as any).harness.fake.snapshotAll())).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("first run: what the sheet needs, help, Clear not offered, and a sample to try", async () => {
    const { page, errors } = await openPane();
    expect(await page.locator("#start").isVisible()).toBe(true);
    expect(await text(page, "#start")).toMatch(/connector[\s\S]*application/i);
    expect(await page.locator("#clear").getAttribute("disabled")).not.toBeNull();
    // the help page is served with the add-in, reachable from the pane
    const help = await page.evaluate(async () => {
      const href = (document.getElementById("help-link") as HTMLAnchorElement).href;
      const res = await fetch(href);
      return { status: res.status, body: await res.text() };
    });
    expect(help.status).toBe(200);
    expect(help.body).toMatch(/id="?connector-reach"?/);
    await expectNoSeriousViolations(page, "first run");

    // progress: held on screen while the check waits for Excel
    await page.evaluate(() => (window as any).harness.hold());
    await page.click("#check");
    await page.waitForSelector("#progress:not([hidden])");
    await expectNoSeriousViolations(page, "progress");
    await page.evaluate(() => (window as any).harness.release());
    await page.waitForSelector("#results:not([hidden])");
    expect(await page.locator("#clear").getAttribute("disabled")).toBeNull();
    await page.close();

    // Try it on a sample: a new sheet, checked; the user's sheet is unchanged
    const second = await openPane();
    const before = await second.page.evaluate((s) => (window as any).harness.fake.snapshot(s), SHEET);
    await second.page.click("#sample");
    await second.page.waitForSelector("#results:not([hidden])");
    expect(await second.page.evaluate(() => (window as any).harness.fake.activeSheet())).toBe("Connector Check sample");
    expect(await second.page.locator(".finding").count()).toBeGreaterThan(0);
    expect(await second.page.evaluate((s) => (window as any).harness.fake.snapshot(s), SHEET)).toEqual(before);
    expect([...errors, ...second.errors]).toEqual([]);
    await second.page.close();
  });

  test("a reopened pane re-reads the sheet and lists its findings, writing nothing; Clear is offered", async () => {
    const { page, errors } = await openPane("?seed=previous");
    await page.waitForSelector("#results:not([hidden])");
    await page.waitForFunction(() => /re-read from the sheet/.test(document.getElementById("messages")?.textContent ?? ""));
    // the findings of the sheet as it is now (its schedule, without the add-in's own columns), checked by the engine
    const now = checkSchedule(grid());
    const findings = now.rows.reduce((n, r) => n + r.findings.length, 0);
    expect(await page.locator(".finding").count()).toBe(findings);
    expect(await text(page, `.count[data-status="error"] .count-value`)).toBe(String(now.summary.error));
    expect(await text(page, "#target-details")).toContain("re-read from the sheet");
    // the sheet checks as it did then (the saved summary), so the written columns still hold
    expect(now.summary).toMatchObject({ rows: 7, error: 1, warning: 1, info: 4, ok: 1 });
    expect(await text(page, "#messages")).toContain("Columns J:L hold the written results");
    expect(await text(page, "#messages")).not.toMatch(/changed since that check/);
    await page.waitForSelector("#clear:not([disabled])");
    expect(await page.locator("#start").isHidden()).toBe(true);
    // opening the pane wrote nothing: every cell, format, name and setting as seeded
    const after = await page.evaluate(() => ({ sheets: (window as any).harness.fake.snapshotAll(), settings: (window as any).harness.fake.settings() }));
    expect(after).toEqual(await page.evaluate(() => (window as any).harness.initial));
    await expectNoSeriousViolations(page, "reopened");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Channels: worst first with figures and path, selecting one selects its rows, by keyboard, axe in light and dark", async () => {
    const engine = checkSchedule(channelGrid());
    expect(engine.channels.map((c) => c.link).sort()).toEqual(["GPU-07", "GPU-08", "GPU-09"]);
    for (const theme of ["light", "dark"] as const) {
      const { page, errors } = await openPane(`?seed=channels&theme=${theme}`);
      await page.click("#check");
      await page.waitForSelector("#results:not([hidden])");
      expect(await text(page, "#tab-channels")).toContain("(3)");
      // keyboard: Tab from the heading reaches the selected tab, ArrowRight moves to Channels and shows its panel
      await page.focus("#tab-findings");
      await page.keyboard.press("ArrowRight");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-channels");
      expect(await page.locator("#tab-channels").getAttribute("aria-selected")).toBe("true");
      expect(await page.locator("#panel-channels").isVisible()).toBe(true);
      expect(await page.locator("#panel-findings").isHidden()).toBe(true);

      // worst first: the two ERROR channels, then the OK one; each with its figures from the engine
      const links = await page.locator(".channel-entry .row-id").allInnerTexts();
      expect(links).toHaveLength(3);
      expect(links[2]).toBe("GPU-09");
      const gpu08 = engine.channels.find((c) => c.link === "GPU-08")!;
      const entry = page.locator('.channel-entry[data-link="GPU-08"]');
      expect(await entry.locator(".row-status").innerText()).toBe("ERROR");
      const figures = await entry.locator(".channel-figures").innerText();
      expect(figures).toContain(`${gpu08.lengthM} m`);
      expect(figures).toContain(`loss ${gpu08.lossDb} dB of ${gpu08.budgetDb} dB`);
      expect(figures).toContain(`margin ${gpu08.marginDb} dB`);
      // the path: transceiver, cord, adapter, trunk, adapter, cord, transceiver; the adapters where two unpinned ends meet are marked
      const kinds = await entry.locator(".path .el").evaluateAll((els) => els.map((e) => e.className.match(/el-(end|cable|adapter|cassette|module)/)?.[1]));
      expect(kinds).toEqual(["end", "cable", "adapter", "cable", "adapter", "cable", "end"]);
      expect(await entry.locator(".path .el.mark-error").count()).toBe(2);
      expect(await entry.locator(".path .el-adapter.mark-error").count()).toBe(2);
      const alt = await entry.locator(".path").getAttribute("aria-label");
      expect(alt).toMatch(/^Path: transceiver leaf02 Eth1\/12, then cord, row 5/);
      expect(alt).toContain("adapter (error: mpo-gender)");
      // GPU-07 fails as a whole (polarity): no single element is marked
      expect(await page.locator('.channel-entry[data-link="GPU-07"] .path .el[class*="mark-"]').count()).toBe(0);
      expect(await page.locator('.channel-entry[data-link="GPU-07"] .row-finding').innerText()).toMatch(/transmit/);

      // select by click: the channel's rows, across the schedule's columns (A:L), in the fake
      await entry.click();
      await page.waitForFunction(() => (window as any).harness.fake.selection().address === "A5:L7");
      // by keyboard: into the list (one tab stop), ArrowDown to the next channel, Enter selects its rows
      await page.locator('.channel-entry[tabindex="0"]').focus();
      expect(await page.locator('.channel-entry[tabindex="0"]').count()).toBe(1);
      await page.keyboard.press("ArrowDown");
      const next = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.link);
      const rows = engine.channels.find((c) => c.link === next)!.rows;
      await page.keyboard.press("Enter");
      await page.waitForFunction((a) => (window as any).harness.fake.selection().address === a, `A${rows[0]}:L${rows[rows.length - 1]}`);

      // search
      await page.fill("#channel-search", "GPU-09");
      expect(await page.locator(".channel-entry").count()).toBe(1);
      await page.fill("#channel-search", "");

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await expectNoSeriousViolations(page, `channels, ${theme} theme`);
      if (theme === "light") {
        await page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
          document.getElementById("results")!.scrollIntoView();
        });
        await shot(page, "taskpane-channels.png");
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  test("2,100 channels: a bounded page, paged by keyboard, no horizontal scroll", async () => {
    const big = checkSchedule(largeChannelGrid(2100));
    expect(big.channels).toHaveLength(2100);
    const { page, errors } = await openPane("?seed=channels2100");
    await page.click("#check");
    await page.waitForSelector("#results:not([hidden])");
    await page.click("#tab-channels");
    expect(await page.locator(".channel-entry").count()).toBe(100);
    expect(await text(page, "#channel-status")).toContain("of 2,100 channels");
    expect(await page.evaluate(() => document.querySelectorAll("#app *").length)).toBeLessThan(4000);
    // the ERROR channels (every tenth: an unpinned trunk) come first
    expect(await page.locator(".channel-entry .row-status").first().innerText()).toBe("ERROR");
    await page.locator('.channel-entry[tabindex="0"]').focus();
    await page.keyboard.press("End");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index)).toBe("2099");
    expect(await page.locator(".channel-entry").count()).toBe(100);
    expect(await text(page, "#channel-page-text")).toBe("Page 21 of 21");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("2,000 rows: a bounded page, severity filter, search, by row with cable IDs and recommendations, keyboard", async () => {
    const large = checkSchedule(largeGrid(2000));
    const total = large.rows.reduce((n, r) => n + r.findings.length, 0);
    expect(total).toBeGreaterThan(2500);
    const { page, errors } = await openPane("?seed=large2000");
    await page.keyboard.press("Tab"); // Check is the first control
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("check");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#results:not([hidden])");
    await page.waitForFunction(() => document.activeElement?.id === "results-title");
    await page.waitForFunction(() => /^T-\d{5}$/.test(document.querySelector(".finding .finding-id")?.textContent ?? ""));

    // the DOM holds one page, whatever the schedule's size
    expect(await page.locator(".entry").count()).toBe(100);
    expect(await page.evaluate(() => document.querySelectorAll("#app *").length)).toBeLessThan(2500);
    expect(await text(page, "#list-status")).toContain(`of ${total.toLocaleString("en-US")} findings`);
    expect(await tabStops(page)).toBeLessThan(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // severity filter: errors only (by keyboard: Tab to the checkboxes, Space toggles)
    await page.focus('#severity-filter input[value="info"]');
    await page.keyboard.press("Space");
    await page.focus('#severity-filter input[value="warning"]');
    await page.keyboard.press("Space");
    const errorCount = large.rows.reduce((n, r) => n + r.findings.filter((f) => f.severity === "error").length, 0);
    expect(await text(page, "#list-status")).toContain(`of ${errorCount.toLocaleString("en-US")} findings`);
    expect(await page.locator(".finding:not(.severity-error)").count()).toBe(0);

    // search: a cable ID
    await page.fill("#search", "T-00010");
    expect(await page.locator(".finding").count()).toBeGreaterThan(0);
    expect(await page.locator(".finding .finding-id").evaluateAll((els) => els.every((e) => e.textContent?.startsWith("T-00010")))).toBe(true);
    await page.fill("#search", "");

    // by row: cable ID, status, findings and the recommendation
    await page.check('#severity-filter input[value="info"]');
    await page.check('#severity-filter input[value="warning"]');
    await page.check('input[name="view"][value="row"]');
    const firstRow = page.locator(".row-entry").first();
    expect(await firstRow.locator(".row-id").innerText()).toBe("T-00001");
    expect(await firstRow.locator(".row-status").innerText()).toBe(large.rows[0].status);
    expect(await firstRow.locator(".fix").innerText()).toContain(large.rows[0].recommendation!);
    expect(await page.locator(".entry").count()).toBeLessThanOrEqual(100);
    await expectNoSeriousViolations(page, "by row, 2,000 rows");
    await page.evaluate(() => document.getElementById("results")!.scrollIntoView());
    await shot(page, "taskpane-by-row.png");

    // keyboard: into the list (one tab stop), arrow down, Enter selects that row's cell
    await page.check('input[name="view"][value="rule"]');
    await page.locator('.entry[tabindex="0"]').focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const third = await page.evaluate(() => ({ index: (document.activeElement as HTMLElement).dataset.index, cell: document.activeElement?.querySelector(".finding-cell")?.textContent }));
    expect(third.index).toBe("2");
    await page.keyboard.press("Enter");
    await page.waitForFunction((a) => (window as any).harness.fake.selection().address === a, third.cell);
    // End goes to the last finding, on the last page
    await page.keyboard.press("End");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index)).toBe(String(total - 1));
    expect(await page.locator(".entry").count()).toBeLessThanOrEqual(100);

    // next error: F8 from the keyboard, and the ribbon's Next Error / Previous Error
    await page.keyboard.press("Home");
    await page.keyboard.press("F8");
    const firstError = await page.evaluate(() => document.activeElement?.className ?? "");
    expect(firstError).toContain("severity-error");
    const ribbon = (name: string) => page.evaluate((n) => new Promise<void>((resolve) => void (window as any).harness.actions[n]({ completed: resolve })), name);
    const at = () => page.evaluate(() => (window as any).harness.fake.selection().address as string);
    await ribbon("nextError");
    const next = await at();
    await ribbon("previousError");
    await ribbon("nextError");
    expect(await at()).toBe(next);
    expect(await page.evaluate(() => (window as any).harness.paneShown)).toBe(0);
    await ribbon("openHelp");
    expect(await page.evaluate(() => (window as any).harness.dialogs)).toEqual([expect.stringMatching(/\/help\.html$/)]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("light and dark Office themes at 320 px; usable at 200 % zoom (160 px of CSS)", async () => {
    for (const theme of ["light", "dark"] as const) {
      const { page, errors } = await openPane(`?theme=${theme}`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await page.click("#check");
      await page.waitForSelector("#results:not([hidden])");
      await page.waitForFunction(() => document.querySelector('.finding[data-rule="reach"] .finding-id')?.textContent === "T-003");
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(theme === "dark" ? "rgb(38, 38, 38)" : "rgb(255, 255, 255)");
      await expectNoSeriousViolations(page, `results, ${theme} theme`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
      await shot(page, theme === "dark" ? "taskpane-dark.png" : "taskpane.png");
      expect(errors).toEqual([]);
      await page.close();
    }
    const zoomed = await openPane("", "fake", 160);
    await zoomed.page.click("#check");
    await zoomed.page.waitForSelector("#results:not([hidden])");
    expect(await zoomed.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(160);
    expect(await zoomed.page.locator("#search").boundingBox()).toMatchObject({ width: expect.any(Number) });
    expect((await zoomed.page.locator("#search").boundingBox())!.width).toBeGreaterThan(60);
    await zoomed.page.close();
  });

  test("keyboard only: Clear, and focus returns to Check", async () => {
    const { page, errors } = await openPane();
    await page.focus("#check");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#clear:not([disabled])");
    await page.focus("#clear");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as any).harness.fake.values("Cables", "J1")[0][0] === "");
    await page.waitForFunction(() => document.activeElement?.id === "check");
    expect(await page.locator("#clear").getAttribute("disabled")).not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Insert Spec sheet, BOM and Export for NetBox each write a new sheet and leave the schedule as it was", async () => {
    const { page, errors } = await openPane();
    const before = await page.evaluate((s) => (window as any).harness.fake.snapshot(s), SHEET);
    const sheets = () => page.evaluate(() => (window as any).harness.fake.sheetNames() as string[]);
    const message = async () => (await page.locator("#messages").innerText()).trim();

    await page.click("#insert-spec");
    await page.waitForFunction(() => ((window as any).harness.fake.sheetNames() as string[]).includes("Spec"));
    await page.waitForFunction(() => /Spec sheet inserted/.test(document.getElementById("messages")?.textContent ?? ""));
    // the template lists its settings, with allowed values as validation lists
    const spec = (await page.evaluate(() => (window as any).harness.fake.values("Spec", "A1:B3"))) as unknown[][];
    expect(spec[0][0]).toBe("Setting");
    expect(await page.evaluate(() => ((window as any).harness.fake.validations() as { sheet: string }[]).filter((v) => v.sheet === "Spec").length)).toBeGreaterThan(0);

    // BOM and NetBox export read the active sheet: the schedule's
    await page.evaluate((s) => (window as any).harness.fake.edit.select(s, "A1"), SHEET);
    await page.click("#bom");
    await page.waitForFunction(() => ((window as any).harness.fake.sheetNames() as string[]).includes("BOM"));
    await page.waitForFunction(() => /BOM written to sheet "BOM"/.test(document.getElementById("messages")?.textContent ?? ""));
    expect(await page.evaluate(() => ((window as any).harness.fake.tables() as { sheet: string }[]).some((t) => t.sheet === "BOM"))).toBe(true);

    await page.evaluate((s) => (window as any).harness.fake.edit.select(s, "A1"), SHEET);
    await page.click("#export-netbox");
    await page.waitForFunction(() => ((window as any).harness.fake.sheetNames() as string[]).includes("NetBox cables"));
    const header = (await page.evaluate(() => (window as any).harness.fake.values("NetBox cables", "A1:F1"))) as unknown[][];
    expect(header[0]).toEqual(["side_a_device", "side_a_type", "side_a_name", "side_b_device", "side_b_type", "side_b_name"]);
    expect(await message()).toMatch(/written to sheet "NetBox cables"/);

    expect(await sheets()).toEqual(expect.arrayContaining([SHEET, "Spec", "BOM", "NetBox cables"]));
    // nothing of the user's schedule changed
    expect(await page.evaluate((s) => (window as any).harness.fake.snapshot(s), SHEET)).toEqual(before);
    await expectNoSeriousViolations(page, "after BOM and export");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the first paint fetches only the page's own scripts; Check fetches the adapter, CONNECTOR.CHANNEL the schedule engine", async () => {
    // what bench/run.js reports as the page's load at start, and what it says each chunk waits for
    const { page, errors } = await openPane();
    const fetched = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((e) => new URL(e.name))
          .filter((u) => u.origin === location.origin && u.pathname.endsWith(".js"))
          .map((u) => u.pathname.slice(1))
          .sort(),
      );
    const html = fs.readFileSync(path.join(ROOT, "dist", "taskpane.html"), "utf8");
    const pageScripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((f) => !/^https?:/.test(f));
    expect(await fetched()).toEqual([...pageScripts].sort());

    await page.click("#check");
    await page.waitForSelector("#summary:not([hidden])");
    const afterCheck = await fetched();
    expect(afterCheck).toEqual(expect.arrayContaining(["adapter.js", "pane-adapter.js"]));
    // the engine ran in the worker: the page did not fetch its own copy, nor zod (no Spec sheet here)
    expect(afterCheck).not.toContain("engine.js");
    expect(afterCheck).not.toContain("spec-validation.js");

    // the custom function answers once its chunk is in, with the same table as in Node
    const out = (await page.evaluate((g) => (window as any).harness.functions.CHANNEL(g), channelGrid())) as unknown[][];
    expect(out[0]).toEqual(["Link", "Status", "Loss (dB)", "Budget (dB)", "Margin (dB)", "First finding"]);
    expect(out.length).toBe(checkSchedule(channelGrid()).channels.length + 1);
    expect(await fetched()).toContain("engine.js");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("without office.js (CDN unreachable, or opened outside Office) the pane says so and stays inert", async () => {
    const { page, errors } = await openPane("", "unreachable");
    await expectNoSeriousViolations(page, "without Office.js");
    expect(await text(page, "#messages")).toContain("Office.js is not loaded");
    expect(await page.locator("#check").getAttribute("disabled")).not.toBeNull();
    // the pane's own script runs without error (functions.js may still fail without CustomFunctions)
    expect(errors.filter((e) => !/office\.js|ERR_FAILED|CustomFunctions/.test(e))).toEqual([]);
    await page.close();
  });
});
