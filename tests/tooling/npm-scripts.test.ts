/**
 * The README's add-in commands (`npm start`, `npm stop`, `npm run validate`, `npm run dev-server`)
 * run Microsoft's office-addin-* command lines. `.npmrc` omits peer dependencies, which once left
 * out a module those tools load (fs-extra, issue 8) and every one of those commands died with
 * "Cannot find module" before doing anything. Here each tool is run the way the npm script runs
 * it, from node_modules/.bin, with a command that needs neither Excel nor the network.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { XMLParser } from "fast-xml-parser";

const ROOT = path.join(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };

interface ToolRun {
  status: number | null;
  output: string;
}

function runTool(tool: string, args: string[]): ToolRun {
  const bin = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${tool}.cmd` : tool);
  expect(fs.existsSync(bin)).toBe(true);
  const r = spawnSync(bin, args, { cwd: ROOT, encoding: "utf8", shell: process.platform === "win32" });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** A tool that loaded all its modules: no missing-module crash, and a clean exit. */
function expectLoaded(run: ToolRun): void {
  expect(run.output).not.toMatch(/Cannot find module|MODULE_NOT_FOUND|ERR_MODULE_NOT_FOUND/);
  expect(run.status).toBe(0);
}

/** What each tool is checked with; webpack.config.js loads office-addin-dev-certs for `dev-server`. */
const checked = ["office-addin-debugging", "office-addin-manifest", "office-addin-dev-certs"];

test("every office-addin-* tool an npm script calls is checked here", () => {
  const called = new Set(Object.values(pkg.scripts).flatMap((s) => s.match(/office-addin-[a-z-]+/g) ?? []));
  expect(called.size).toBeGreaterThan(0);
  for (const tool of called) expect(checked).toContain(tool);
});

test("office-addin-manifest reads manifest.xml (`npm run validate` loads the same code)", () => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const app = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml).OfficeApp as {
    Id: string;
    DisplayName: { DefaultValue: string };
  };
  const run = runTool("office-addin-manifest", ["info", "manifest.xml"]);
  expectLoaded(run);
  expect(run.output).toContain(`Id: ${app.Id}`);
  expect(run.output).toContain(`Name: ${app.DisplayName.DefaultValue}`);
}, 60_000);

test("office-addin-debugging loads and offers the start and stop that `npm start` and `npm stop` run", () => {
  const run = runTool("office-addin-debugging", ["--help"]);
  expectLoaded(run);
  expect(run.output).toMatch(/^\s*start \[options\] <manifest-path>/m);
  expect(run.output).toMatch(/^\s*stop \[options\] <manifest-path>/m);
}, 60_000);

test("office-addin-dev-certs loads and offers install (the dev-server's certificates)", () => {
  const run = runTool("office-addin-dev-certs", ["--help"]);
  expectLoaded(run);
  expect(run.output).toMatch(/^\s*install \[options\]/m);
}, 60_000);
