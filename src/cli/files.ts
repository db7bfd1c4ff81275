import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "./errors";

/**
 * Reading and writing files so that the user's files cannot be harmed: inputs must be regular
 * files of bounded size (a device or a FIFO would be read until memory runs out), and a copy is
 * written to a temporary file beside its target and renamed into place only when complete.
 */

/** The most this command reads of an input, by kind (a JavaScript string holds at most ~512 MiB). */
export const MAX_INPUT_BYTES = { workbook: 1024 * 1024 * 1024, delimited: 500 * 1024 * 1024, spec: 1024 * 1024 } as const;

const mib = (n: number) => `${Math.round(n / (1024 * 1024))} MiB`;

/** What a path names, when it is not a regular file, in the user's words. */
export function notRegular(stat: fs.Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a pipe (FIFO)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "not a regular file";
}

/** The first bytes of a regular file (opened without blocking, so a FIFO cannot hang the command). */
export function readHead(file: string, what: string, length: number): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const kind = notRegular(fs.fstatSync(fd));
    if (kind) throw new InputError(`${what} is ${kind}, not a file`);
    const head = Buffer.alloc(length);
    return head.subarray(0, fs.readSync(fd, head, 0, length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** The input's status, refusing anything but a regular file no larger than the cap. */
export function statInput(file: string, what: string, cap: number): fs.Stats {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`cannot read ${what}: no such file`);
  }
  const kind = notRegular(stat);
  if (kind) throw new InputError(`${what} is ${kind}, not a file: expected a spreadsheet file`);
  if (stat.size > cap) throw new InputError(`${what} is larger than ${mib(cap)} (${mib(stat.size)}): split it and check each part`);
  return stat;
}

/**
 * The bytes of a regular file, at most `cap` of them. The file is opened without blocking (a
 * FIFO swapped in after the check must not hang) and checked again through its descriptor.
 */
export function readInput(file: string, what: string, cap: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(`cannot read ${what}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : oneLineError(e)}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    const kind = notRegular(stat);
    if (kind) throw new InputError(`${what} is ${kind}, not a file`);
    if (stat.size > cap) throw new InputError(`${what} is larger than ${mib(cap)} (${mib(stat.size)})`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, cap + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > cap) throw new InputError(`${what} is larger than ${mib(cap)}`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

const oneLineError = (e: unknown) => (e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0];

/**
 * True when two paths reach the same file, by any route: a hard link, a symbolic link, `./x`,
 * another case on a case-insensitive disk. Device and inode decide; the real paths are compared
 * too for file systems that report no inode numbers.
 */
export function sameFile(a: string, b: string): boolean {
  let sa: fs.Stats, sb: fs.Stats;
  try {
    sa = fs.statSync(a);
    sb = fs.statSync(b);
  } catch {
    return false;
  }
  if (sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/** Something (a file, a link, even a broken link) is at the path. */
export function pathTaken(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * The checks made before reading: --out must not reach the input, and an existing file is
 * replaced only when the user said --force.
 */
export function checkOutTarget(out: string, input: string, force: boolean): void {
  if (sameFile(out, input)) throw new InputError(`--out ${out} names the input file; the input is never modified: choose another name`);
  if (!force && pathTaken(out)) throw new InputError(`--out ${out} already exists: choose another name, or add --force (-f) to replace it`);
}

/**
 * Writes a file by way of a temporary file in the target's folder, flushed to disk and renamed
 * onto the target only once complete: a failure leaves the target as it was (absent or the old
 * file) and removes the temporary file. A link at the target is followed, so the link stays and
 * the file it names is replaced. `write` must create the file at the path it is given
 * exclusively (flag "wx"). Every failure is an InputError saying why.
 */
export async function writeAtomically(out: string, input: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const fail = (why: string) => new InputError(`cannot write ${out}: ${why}`);
  let target = out;
  let mode: number | undefined;
  if (pathTaken(out)) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(out);
      target = fs.realpathSync(out);
    } catch {
      throw fail("it is a link to a file that does not exist");
    }
    const kind = notRegular(stat);
    if (kind) throw fail(`it is ${kind}, not a file`);
    mode = stat.mode & 0o7777;
  }
  if (sameFile(target, input)) throw new InputError(`--out ${out} names the input file; the input is never modified: choose another name`);
  const folder = path.dirname(path.resolve(target));
  let folderStat: fs.Stats | undefined;
  try {
    folderStat = fs.statSync(folder);
  } catch {
    folderStat = undefined;
  }
  if (!folderStat) throw fail(`there is no folder ${path.dirname(out)}`);
  if (!folderStat.isDirectory()) throw fail(`${path.dirname(out)} is not a folder`);
  const temp = path.join(folder, `.${path.basename(target)}.${crypto.randomBytes(6).toString("hex")}.tmp`);
  try {
    await write(temp);
    const fd = fs.openSync(temp, "r+");
    try {
      if (mode !== undefined) fs.fchmodSync(fd, mode);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (e) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // it was never created, or is gone already
    }
    if (e instanceof InputError) throw e;
    throw fail(describeWriteError(e));
  }
}

/** A whole output the command holds in memory (a BOM, a NetBox CSV), written under the same guards as --out of check. */
export async function writeOutputFile(out: string, input: string, force: boolean, data: string | Uint8Array): Promise<void> {
  checkOutTarget(out, input, force);
  await writeAtomically(out, input, (temp) => fs.promises.writeFile(temp, data, { flag: "wx" }));
}

function describeWriteError(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case "ENOSPC":
      return "the disk is full";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the disk is read-only";
    case "EDQUOT":
      return "the disk quota is used up";
    default:
      return oneLineError(e);
  }
}

/**
 * Fills a new file (created exclusively) through a write stream and resolves once it is closed.
 * The stream's first error ends the wait at once: a writer that does not notice a failing disk
 * (ExcelJS's streaming writer) would otherwise leave the command waiting on nothing.
 */
export async function toNewFile(file: string, fill: (stream: fs.WriteStream) => Promise<unknown>): Promise<void> {
  const stream = fs.createWriteStream(file, { flags: "wx" });
  const closed = new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.once("close", () => resolve());
  });
  closed.catch(() => undefined); // awaited below; never an unhandled rejection
  try {
    await Promise.race([fill(stream), closed]);
    if (!stream.writableEnded) stream.end();
    await closed;
  } catch (e) {
    stream.destroy();
    throw e;
  }
}

/**
 * ExcelJS, loaded when a command first writes a workbook from a grid (a .csv checked to .xlsx,
 * a BOM): loading it takes longer than reading a 10,000-row workbook, and the workbook reader
 * and patcher do not need it.
 */
export function loadExcelJS(): typeof import("exceljs") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("exceljs");
}
