import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

/** src/core is the engine the add-in, the functions and the CLI share: no Office.js, no I/O. */
const coreDir = join(__dirname, "../../src/core");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith(".ts") ? [join(dir, f)] : []));

describe("src/core stays pure", () => {
  const sources = files(coreDir).map((f) => ({ f, text: readFileSync(f, "utf8") }));

  it("has source files to check", () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it.each([
    ["Office.js globals", /\b(Excel|Office|OfficeRuntime|CustomFunctions)\s*\.\s*[A-Za-z]/],
    ["Office packages", /from\s+["'](@microsoft\/office-js|office-addin-[\w-]+)["']/],
    ["Node I/O", /from\s+["'](fs|path|child_process|net|http|https|os)["']|require\(["'](fs|path)["']\)/],
    ["the DOM", /\b(document|window)\s*\.\s*[a-z]/],
  ])("contains no %s", (_what, pattern) => {
    const offenders = sources.filter(({ text }) => pattern.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ""))).map(({ f }) => f);
    expect(offenders).toEqual([]);
  });
});
