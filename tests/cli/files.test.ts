import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseColumnsOption } from "../../src/cli/check";
import { InputError } from "../../src/cli/errors";
import { readInput, sameFile, toNewFile, writeAtomically } from "../../src/cli/files";
import { normaliseRecordBreaks, readDelimited } from "../../src/cli/read-delimited";
import { printable, safeJson, wrap } from "../../src/cli/report";

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "connector-check-files-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

describe("writeAtomically: the target is complete or as it was", () => {
  test("a write that fails half way leaves no target and no temporary file", async () => {
    const input = at("in.xlsx");
    fs.writeFileSync(input, "input");
    await expect(
      writeAtomically(at("out.xlsx"), input, async (temp) => {
        fs.writeFileSync(temp, "half a fi", { flag: "wx" });
        throw new Error("ENOSPC: no space left on device, write");
      }),
    ).rejects.toThrow(/cannot write .*out\.xlsx: ENOSPC/);
    expect(fs.readdirSync(dir)).toEqual(["in.xlsx"]);
  });

  test("a failed replacement leaves the old file as it was", async () => {
    fs.writeFileSync(at("in.csv"), "input");
    fs.writeFileSync(at("out.csv"), "the old copy");
    const failing = writeAtomically(at("out.csv"), at("in.csv"), async (temp) => {
      fs.writeFileSync(temp, "new", { flag: "wx" });
      throw Object.assign(new Error("EIO"), { code: "EIO" });
    });
    await expect(failing).rejects.toBeInstanceOf(InputError);
    expect(fs.readFileSync(at("out.csv"), "utf8")).toBe("the old copy");
    expect(fs.readdirSync(dir).sort()).toEqual(["in.csv", "out.csv"]);
  });

  test("a link at the target is kept and the file it names replaced", async () => {
    fs.writeFileSync(at("in.csv"), "input");
    fs.writeFileSync(at("real.csv"), "old");
    fs.symlinkSync(at("real.csv"), at("link.csv"));
    await writeAtomically(at("link.csv"), at("in.csv"), async (temp) => fs.writeFileSync(temp, "new", { flag: "wx" }));
    expect(fs.lstatSync(at("link.csv")).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(at("real.csv"), "utf8")).toBe("new");
  });

  test("toNewFile ends at a stream's error instead of waiting for a writer that never finishes", async () => {
    const never = (stream: fs.WriteStream) => {
      stream.destroy(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }));
      return new Promise<void>(() => undefined);
    };
    await expect(toNewFile(at("copy.xlsx"), never)).rejects.toThrow(/ENOSPC/);
  });

  test("sameFile: hard links and ./ are the same file; a copy is not", () => {
    fs.writeFileSync(at("a.xlsx"), "x");
    fs.linkSync(at("a.xlsx"), at("b.xlsx"));
    fs.copyFileSync(at("a.xlsx"), at("c.xlsx"));
    expect(sameFile(at("a.xlsx"), at("b.xlsx"))).toBe(true);
    expect(sameFile(`${dir}/./a.xlsx`, at("a.xlsx"))).toBe(true);
    expect(sameFile(at("a.xlsx"), at("c.xlsx"))).toBe(false);
    expect(sameFile(at("a.xlsx"), at("missing.xlsx"))).toBe(false);
  });

  test("readInput stops at its cap", () => {
    fs.writeFileSync(at("big.csv"), Buffer.alloc(2048, 0x41));
    expect(() => readInput(at("big.csv"), "big.csv", 1024)).toThrow(/larger than/);
    expect(readInput(at("big.csv"), "big.csv", 4096)).toHaveLength(2048);
  });
});

describe("CSV record breaks", () => {
  test("\\r\\n, \\n and \\r between records become rows; inside quotes they stay", () => {
    const text = 'a,b\r\n"x\r\ny",1\nc,2\rd,"3\r4"\r\n';
    const { text: normal, linebreak } = normaliseRecordBreaks(text, ",", "t.csv");
    expect(linebreak).toBe("\r\n");
    expect(normal).toBe('a,b\n"x\r\ny",1\nc,2\nd,"3\r4"\n');
    const sheet = readDelimited(Buffer.from(text), "t.csv");
    expect(sheet.grid).toEqual([["a", "b"], ["x\r\ny", "1"], ["c", "2"], ["d", "3\r4"]]);
  });

  test("an unclosed quote is reported with the line it opens on (counting lines inside earlier quoted cells)", () => {
    expect(() => normaliseRecordBreaks('h1,h2\n"two\nlines",1\nx,"never closed\ny,2\n', ",", "t.csv")).toThrow(/t\.csv, line 4: a quoted field starts here and is never closed/);
  });

  test("a quote inside an unquoted field, and doubled quotes, are not openings", () => {
    expect(() => normaliseRecordBreaks('a,b\n5",x\n"say ""hi""",y\n', ",", "t.csv")).not.toThrow();
  });
});

describe("terminal output", () => {
  test("C0, C1 and bidi controls are escaped; words still wrap on whitespace", () => {
    expect(printable("a\x1b]0;t\x07b\u202ec\u009bd\u2066")).toBe("a\\u001b]0;t\\u0007b\\u202ec\\u009bd\\u2066");
    expect(wrap("line one\nline\ttwo \x1b[2J")).toEqual(["line one line two \\u001b[2J"]);
    expect(JSON.parse(safeJson({ s: "\u009b\u202e" }))).toEqual({ s: "\u009b\u202e" });
    expect(safeJson({ s: "\u009b\u202e" })).toBe('{"s":"\\u009b\\u202e"}');
  });
});

test("--columns: one header for two fields is refused", () => {
  expect(() => parseColumnsOption("connectorA=Connector A,connectorB=connector a")).toThrow(/connectorA and connectorB both name "connector a"; the same header cannot serve two fields/);
  expect(parseColumnsOption("connectorA=Plug,connectorA=Plug 2,notes=")).toEqual({ connectorA: "Plug 2", notes: null });
});
