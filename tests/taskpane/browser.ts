/**
 * The production build's task pane in headless Chromium with the fake Office/Excel in place of
 * office.js (tests/taskpane/harness.ts, bundled and served at office.js's CDN address), and
 * axe-core for the accessibility checks. Used by pane.browser.test.ts and bench/pane-render.
 *
 * Needs `npm run build` first and Debian's chromium at /usr/bin/chromium.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "../..");
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

/**
 * axe-core's browser script: from the project's node_modules, else from the folder named by
 * AXE_CORE_DIR (a node_modules/axe-core elsewhere). Undefined when neither has it.
 */
export function axeScript(): string | undefined {
  const dirs = [ROOT, process.env.AXE_CORE_DIR].filter((d): d is string => !!d);
  for (const dir of dirs) {
    try {
      return fs.readFileSync(require.resolve("axe-core/axe.min.js", { paths: [dir] }), "utf8");
    } catch {
      // not in this folder
    }
  }
  const direct = process.env.AXE_CORE_DIR && path.join(process.env.AXE_CORE_DIR, "axe.min.js");
  return direct && fs.existsSync(direct) ? fs.readFileSync(direct, "utf8") : undefined;
}

export interface Opened {
  page: Page;
  dialogs: string[];
  errors: string[];
}

export interface PaneServer {
  open(query?: string, options?: { office?: "fake" | "unreachable"; width?: number; height?: number }): Promise<Opened>;
  close(): Promise<void>;
}

export async function startPaneServer(): Promise<PaneServer> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")) || !fs.existsSync(path.join(DIST, "taskpane.js"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm test does)");
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pane-test-"));
  const harnessScript = await bundleHarness(tmp);
  const { server, origin } = await serveDist();
  const browser: Browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    async open(query = "", { office = "fake", width = 320, height = 900 } = {}) {
      // reduced motion: Fluent's buttons then change colour at once (0.01 ms, not a transition),
      // so an accessibility scan right after a button is enabled sees its settled colours, not
      // a frame of the fade between disabled and enabled (a contrast violation that is not one)
      const page = await browser.newPage({ viewport: { width, height }, reducedMotion: "reduce" });
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
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Violations axe-core finds on the page, with their impact and the nodes' selectors. */
export async function axeViolations(page: Page, script: string): Promise<{ id: string; impact: string | null; nodes: string[]; help: string }[]> {
  // evaluated over the DevTools protocol, which the page's Content-Security-Policy does not govern
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(script);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** Elements reachable with Tab (light DOM and open shadow roots), visible and enabled. */
export function tabStops(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const e of Array.from(root.querySelectorAll<HTMLElement>("*"))) {
        if (e.shadowRoot) walk(e.shadowRoot);
        if (e.tabIndex < 0 || (e as HTMLButtonElement).disabled || e.hasAttribute("disabled")) continue;
        if (e.shadowRoot && e.shadowRoot.delegatesFocus) continue; // its inner element counts
        if (!e.checkVisibility?.()) continue;
        if (e.tabIndex >= 0 && (e.matches("a[href],button,input,select,textarea,summary,[tabindex]") || e.shadowRoot)) n++;
      }
    };
    walk(document);
    return n;
  });
}
