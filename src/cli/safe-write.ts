import * as fs from "fs";
import * as path from "path";
import { InputError } from "./errors";

/** The same file by any path, link or hard link. */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    if (x.ino === y.ino && x.dev === y.dev) return true;
  } catch {
    // one of them does not exist: compare the paths
  }
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/**
 * Writes an output file whole or not at all: never the input, never over an existing file
 * unless forced, and through a temporary file beside it renamed into place (a failure
 * half-way leaves no half-written file under the name asked for).
 */
export function writeOutput(out: string, data: string | Uint8Array, guard: { input: string; force?: boolean; option?: string }): void {
  const option = guard.option ?? "--out";
  if (sameFile(out, guard.input)) throw new InputError(`${option} ${out} names the input file; the input is never modified: choose another name`);
  if (fs.existsSync(out)) {
    if (fs.statSync(out).isDirectory()) throw new InputError(`${option} ${out} is a folder`);
    if (!guard.force) throw new InputError(`${option} ${out} already exists: choose another name, or add --force to replace it`);
  }
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, data, { flag: "wx" });
    fs.renameSync(temp, out);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new InputError(`cannot write ${out}: ${(e as Error).message.split("\n")[0]}`);
  }
}
