import { spawn, spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { ROOT, assertBuilt, cli, json } from "./run-cli";

// Issue 9: the input file and the output path, as an attacker or a careless user would try
// them. Each case runs the real command and compares the input's bytes before and after.
jest.setTimeout(120_000);

const EXAMPLE = path.join(ROOT, "examples", "cable-schedule.xlsx");
let dir: string;
const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const at = (name: string) => path.join(dir, name);

let noWorkbookPart: string;
beforeAll(async () => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "connector-check-hostile-"));
  // the example with the part that lists its sheets left out
  const zip = await JSZip.loadAsync(fs.readFileSync(EXAMPLE));
  zip.remove("xl/workbook.xml");
  noWorkbookPart = at("no-workbook-part.xlsx");
  fs.writeFileSync(noWorkbookPart, await zip.generateAsync({ type: "nodebuffer" }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A fresh copy of the example, and its sha256. */
function input(name: string): { file: string; hash: string } {
  const file = at(name);
  fs.copyFileSync(EXAMPLE, file);
  return { file, hash: sha(file) };
}

const leftovers = () => fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));

describe("--out never reaches the input", () => {
  const routes: Array<[string, (file: string) => string]> = [
    ["a hard link", (file) => (fs.linkSync(file, at("hard-link.xlsx")), at("hard-link.xlsx"))],
    ["a symbolic link", (file) => (fs.symlinkSync(file, at("sym-link.xlsx")), at("sym-link.xlsx"))],
    ["./name", (file) => `./${path.basename(file)}`],
  ];
  test.each(routes)("through %s, even with --force: exit 2, the input's bytes unchanged", (_route, outFor) => {
    const { file, hash } = input(`in-${_route.replace(/\W+/g, "-")}.xlsx`);
    const out = outFor(file);
    for (const force of [[], ["--force"]]) {
      const run = cli(["check", path.basename(file), "--out", path.relative(dir, path.resolve(dir, out)), ...force], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/names the input file/);
      expect(sha(file)).toBe(hash);
    }
  });
});

describe("--out onto an existing file", () => {
  test("is refused without --force, saying so; the file is untouched", () => {
    const { file, hash } = input("existing-in.xlsx");
    const target = at("existing.xlsx");
    fs.writeFileSync(target, "the user's own file");
    const run = cli(["check", file, "--out", target]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/existing\.xlsx already exists: .*--force \(-f\)/);
    expect(fs.readFileSync(target, "utf8")).toBe("the user's own file");
    expect(sha(file)).toBe(hash);
  });

  test.each([["--force"], ["-f"]])("is replaced whole with %s", (flag) => {
    const { file, hash } = input(`existing-in${flag}.xlsx`);
    const target = at(`existing${flag}.xlsx`);
    fs.writeFileSync(target, "old");
    const run = cli(["check", file, "--out", target, flag]);
    expect(run.status).toBe(1);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe("PK");
    expect(sha(file)).toBe(hash);
    expect(leftovers()).toEqual([]);
  });
});

describe("--out to a path that cannot be written: the report, then the reason, exit 2", () => {
  const targets: Array<[string, () => string, RegExp]> = [
    ["a missing folder", () => at(path.join("no-such-folder", "copy.xlsx")), /there is no folder/],
    ["a folder", () => (fs.mkdirSync(at("a-folder.xlsx")), at("a-folder.xlsx")), /it is a folder/],
    ["/dev/full (by a link)", () => (fs.symlinkSync("/dev/full", at("full.xlsx")), at("full.xlsx")), /it is a device/],
  ];
  test.each(targets)("%s, streamed", (_name, target, reason) => {
    const { file, hash } = input(`unwritable-${_name.replace(/\W+/g, "-")}.xlsx`);
    const out = target();
    const run = cli(["check", file, "--stream", "--force", "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/Summary: \d+ cable rows checked/);
    expect(run.stdout).toMatch(/No copy written/);
    expect(run.stdout).not.toMatch(/Annotated copy written/);
    expect(run.stderr).toMatch(reason);
    expect(sha(file)).toBe(hash);
    expect(leftovers()).toEqual([]);
  });

  test("with --json: one document, the error object in it", () => {
    const { file } = input("unwritable-json.xlsx");
    const { run, report } = json(["check", file, "--out", at(path.join("missing", "copy.xlsx"))]);
    expect(run.status).toBe(2);
    expect((report as unknown as { error: { message: string } }).error.message).toMatch(/there is no folder/);
    expect(report.rows.length).toBeGreaterThan(0);
  });
});

describe("inputs that are not regular files are refused, not read without end", () => {
  test.each([
    ["/dev/zero as a .csv", () => (fs.symlinkSync("/dev/zero", at("zero.csv")), ["check", at("zero.csv")]), /zero\.csv is a device/],
    ["/dev/zero as --spec", () => ["check", EXAMPLE, "--spec", "/dev/zero"], /--spec \/dev\/zero is a device/],
  ])("%s", (_name, args, message) => {
    // a command that read the device would grow without end: cap its memory so it fails, not the machine
    const run = spawnSync(process.execPath, ["--max-old-space-size=256", path.join(ROOT, "bin", "connector-check.js"), ...args()], { encoding: "utf8", timeout: 60_000, killSignal: "SIGKILL" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test("a FIFO", async () => {
    const fifo = at("pipe.csv");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // nothing ever writes to the pipe: a command that opened it would wait for ever, so it is
    // stopped after a minute (a hang is a failure, not a test that never ends)
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "connector-check.js"), "check", fifo]);
    const stop = setTimeout(() => child.kill("SIGKILL"), 60_000);
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    clearTimeout(stop);
    expect(status).toBe(2);
    expect(stderr).toMatch(/pipe\.csv is a pipe \(FIFO\)/);
  });
});

describe("messages that said the wrong thing", () => {
  const csv = (name: string, text: string) => (fs.writeFileSync(at(name), text), at(name));
  const cases: Array<[string, () => string[], RegExp]> = [
    ["two fields for one header", () => ["check", EXAMPLE, "--columns", "connectorA=Connector A,connectorB=Connector A"], /connectorA and connectorB both name "Connector A"; the same header cannot serve two fields/],
    ["a header row beyond the sheet", () => ["check", EXAMPLE, "--sheet", "Cable Schedule", "--header-row", "99999999999"], /--header-row 99999999999 is beyond the sheet, whose last row is \d+/],
    ["a package without xl/workbook.xml", () => ["check", noWorkbookPart], /workbook part \(xl\/workbook\.xml\) is missing/],
    ["a 0-byte .xlsx", () => ["check", csv("empty.xlsx", "")], /empty\.xlsx is empty \(0 bytes\)/],
    ["a rule id no rule has", () => ["check", EXAMPLE, "--spec", csv("bad-rule.json", '{"severity":{"no-such-rule":"off"}}')], /unknown rule id "no-such-rule"; rule ids are .*mpo-gender/],
    ["an unterminated quote", () => ["check", csv("quote.csv", 'Cable ID,Connector A,Connector B,Application\nC1,LC,LC,10GBASE-SR\nC2,"SC simplex,LC,10GBASE-SR\nC3,LC,LC,10GBASE-SR\n')], /quote\.csv, line 3: a quoted field starts here and is never closed/],
  ];
  test.each(cases)("%s", (_name, args, message) => {
    const run = cli(args());
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("a spec starting with a UTF-8 byte-order mark is read", () => {
    const spec = at("bom-spec.json");
    fs.writeFileSync(spec, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"severity":{"reach":"off"}}')]));
    const { run, report } = json(["check", EXAMPLE, "--spec", spec]);
    expect(run.stderr).toBe("");
    expect(report.rows.flatMap((r) => r.findings.map((f) => f.rule))).not.toContain("reach");
  });

  test("no connector or application column: the columns it mapped and the --columns that completes the map, also as a JSON error", () => {
    const file = csv("power.csv", "Cable ID,From,To,Length,Owner\nP-1,MCC-01,PMP-101,40 m,ops\n");
    const run = cli(["check", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/read "Cable ID" as Cable ID, "From" as End A \(from\), "To" as End B \(to\), "Length" as Length; not read: "Owner"; name the connector and application columns with --columns "connectorA=<header>,connectorB=<header>,application=<header>"/);
    const asJson = cli(["check", file, "--json"]);
    expect(asJson.status).toBe(2);
    const doc = JSON.parse(asJson.stdout) as { error: Record<string, unknown> };
    expect(doc.error).toMatchObject({
      code: "no-connector-or-application",
      headerRow: 1,
      columns: { cableId: "Cable ID", endA: "From", endB: "To", length: "Length" },
      notRead: ["Owner"],
      fix: '--columns "connectorA=<header>,connectorB=<header>,application=<header>"',
    });
  });
});

describe("CSV records and the terminal", () => {
  test("mixed line endings are read as the rows they are", () => {
    const file = at("mixed.csv");
    fs.writeFileSync(file, "Cable ID,Connector A,Connector B,Fiber Type,Application\r\nC1,LC UPC duplex,LC UPC duplex,OM4,10GBASE-SR\nC2,SC simplex,LC UPC duplex,OS2,10GBASE-SR\rC3,LC UPC duplex,LC UPC duplex,OM4,10GBASE-SR\r\n");
    const { run, report } = json(["check", file]);
    expect(run.status).toBe(1);
    expect(report.rows.map((r) => [r.row, r.status])).toEqual([[2, "OK"], [3, "ERROR"], [4, "OK"]]);
  });

  test("control characters in cells are shown escaped, not sent to the terminal", () => {
    const file = at("controls.csv");
    fs.writeFileSync(file, "Cable ID,Connector A,Connector B,Application,Notes\x1b[31m\nC1,ZZ\x1b]0;pwned\x07\u202e\u009b,MPO-12 UPC female,100GBASE-SR4,x\n");
    const run = cli(["check", file]);
    expect(run.stdout).toContain("ZZ\\u001b]0;pwned\\u0007\\u202e\\u009b");
    expect(run.stdout).toContain("Notes\\u001b[31m");
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const asJson = cli(["check", file, "--json"]);
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
    expect(asJson.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.stringify(JSON.parse(asJson.stdout))).toContain("ZZ\\u001b]0;pwned\\u0007\u202e\u009b"); // the same text, only escaped
  });
});
