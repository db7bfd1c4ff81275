/**
 * The zip package of a workbook: its part list, each part's bytes inflated under a cap, and a
 * writer that copies parts unchanged. yauzl reads (central directory, so parts are found by
 * name without scanning; entry sizes validated while inflating; maintained, no dependencies)
 * and yazl writes (streams each entry, ZIP64 when needed; same author). fflate is faster in a
 * browser but in Node both inflate through zlib, and fflate's streaming unzip reads local
 * headers instead of the central directory; @zip.js/zip.js targets web streams and is much
 * larger. See docs/ARCHITECTURE.md ("The command line's workbook I/O").
 */
import * as fs from "fs";
import { Readable, Transform, pipeline } from "stream";
import * as zlib from "zlib";
import yauzl from "yauzl";
import yazl from "yazl";
import { InputError } from "../errors";

/** No workbook part a schedule needs is larger: a million 16-column rows are about 0.6 GiB of sheet XML. */
export const MAX_STREAMED_PART = 2 * 2 ** 30;
/** Parts read whole into memory (shared strings, styles, workbook, relationships, tables). */
export const MAX_BUFFERED_PART = 256 * 2 ** 20;
/**
 * Spreadsheet XML deflates 5 to 40 times; far beyond that, and large, a part is padding meant
 * to exhaust the reader (a zip bomb).
 */
export const MAX_RATIO = 200;
const RATIO_FROM_BYTES = 16 * 2 ** 20;

const INFLATE_CHUNK = 256 * 1024;

/**
 * yazl checksums every byte it writes with buffer-crc32, a table-driven CRC in JavaScript: a
 * seventh of the copy's time for a 46 MiB sheet. Node's zlib.crc32 (20.15 and 22.2 on) is the
 * same CRC-32 in native code; yazl's copy of buffer-crc32 gets it when it gives the same value
 * for the standard check input. yazl offers no way to pass a checksum in.
 */
function nativeCrc32ForYazl(): void {
  const native = (zlib as { crc32?: (data: Buffer, value?: number) => number }).crc32;
  if (typeof native !== "function") return;
  let crc: { unsigned: (b: Buffer, previous?: number) => number };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the instance yazl itself loaded
    crc = require(require.resolve("buffer-crc32", { paths: [require.resolve("yazl")] }));
  } catch {
    return;
  }
  const check = Buffer.from("123456789");
  if (native(check) !== 0xcbf43926 || crc.unsigned(check) !== 0xcbf43926 || native(check.subarray(5), native(check.subarray(0, 5))) !== 0xcbf43926) return;
  crc.unsigned = (b: Buffer, previous?: number) => native(Buffer.isBuffer(b) ? b : Buffer.from(b), previous ?? 0);
}
nativeCrc32ForYazl();

export interface Part {
  name: string;
  entry: yauzl.Entry;
}

export class Package {
  private constructor(
    readonly file: string,
    readonly displayName: string,
    private readonly zip: yauzl.ZipFile,
    readonly parts: Part[],
    private readonly byName: Map<string, Part>,
  ) {}

  static async open(file: string, displayName: string): Promise<Package> {
    let zip: yauzl.ZipFile;
    const parts: Part[] = [];
    const byName = new Map<string, Part>();
    try {
      zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
        yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: false }, (err, z) => (err || !z ? reject(err) : resolve(z))),
      );
      await new Promise<void>((resolve, reject) => {
        zip.on("entry", (entry: yauzl.Entry) => {
          if (!entry.fileName.endsWith("/")) {
            const part = { name: entry.fileName, entry };
            // Part names are case-insensitive (OPC); a second part of the same name is a damaged or crafted package.
            const key = entry.fileName.toLowerCase();
            if (byName.has(key)) return reject(new Error(`two parts are named ${entry.fileName}`));
            byName.set(key, part);
            parts.push(part);
          }
          zip.readEntry();
        });
        zip.on("end", () => resolve());
        zip.on("error", reject);
        zip.readEntry();
      });
    } catch (e) {
      throw new InputError(`cannot read ${displayName} as an Excel workbook: the zip package is damaged (${message(e)})`);
    }
    return new Package(file, displayName, zip, parts, byName);
  }

  part(name: string): Part | undefined {
    return this.byName.get(name.replace(/^\//, "").toLowerCase());
  }

  /** The part, or an error naming it. */
  need(name: string, what: string): Part {
    const p = this.part(name);
    if (!p) throw new InputError(`cannot read ${this.displayName} as an Excel workbook: its ${what} (${name}) is missing`);
    return p;
  }

  /** Refuses a part that would inflate past the cap, before reading any of it. */
  private checkSize(part: Part, cap: number): void {
    const { uncompressedSize, compressedSize } = part.entry;
    const ratio = uncompressedSize / Math.max(1, compressedSize);
    if (uncompressedSize > cap || (uncompressedSize > RATIO_FROM_BYTES && ratio > MAX_RATIO)) {
      throw new InputError(
        `${this.displayName}: part ${part.name} would inflate to ${mib(uncompressedSize)} MiB from ${mib(compressedSize)} MiB (limit ${mib(cap)} MiB, ${MAX_RATIO}:1): refused as a zip bomb or damaged file`,
      );
    }
  }

  /**
   * The inflated bytes, as a stream (for the sheet, read once or twice without holding it).
   * Inflated here rather than by yauzl so that zlib hands out large chunks: a 50 MB sheet in
   * 256 KiB pieces instead of 16 KiB ones is a sixteenth of the per-chunk work downstream. The
   * part must inflate to exactly the size its directory entry states, as yauzl would check.
   */
  async stream(part: Part, cap = MAX_STREAMED_PART): Promise<Readable> {
    this.checkSize(part, cap);
    const e = part.entry;
    if (e.isEncrypted()) throw this.corrupt(part, new Error("it is encrypted"));
    if (e.compressionMethod !== 0 && e.compressionMethod !== 8) throw this.corrupt(part, new Error(`unsupported compression method ${e.compressionMethod}`));
    let raw: Readable;
    try {
      raw = await this.zip.openReadStreamPromise(e, { decodeFileData: false });
    } catch (err) {
      throw this.corrupt(part, err);
    }
    if (e.compressionMethod === 0) return raw; // stored: yauzl checked the sizes agree
    const expected = e.uncompressedSize;
    let inflated = 0;
    const damaged = (why: string) => this.corrupt(part, new Error(why));
    const sized = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        inflated += chunk.length;
        cb(inflated > expected ? damaged(`it inflates past the ${expected} bytes its entry states`) : null, chunk);
      },
      flush(cb) {
        cb(inflated === expected ? null : damaged(`it inflates to ${inflated} bytes, not the ${expected} its entry states`));
      },
    });
    return pipeline(raw, zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK }), sized, () => {});
  }

  /** The inflated bytes, whole. */
  async read(part: Part, cap = MAX_BUFFERED_PART): Promise<Buffer> {
    const s = await this.stream(part, cap);
    const chunks: Buffer[] = [];
    try {
      for await (const c of s) chunks.push(c as Buffer);
    } catch (e) {
      throw this.corrupt(part, e);
    }
    return Buffer.concat(chunks);
  }

  async text(part: Part, cap = MAX_BUFFERED_PART): Promise<string> {
    return (await this.read(part, cap)).toString("utf8");
  }

  corrupt(part: Part, e: unknown): InputError {
    if (e instanceof InputError) return e;
    return new InputError(`cannot read ${this.displayName}: part ${part.name} is damaged (${message(e)})`);
  }

  close(): void {
    this.zip.close();
  }
}

/**
 * Writes a package with every part of `source` in its order: a part in `replaced` gets the new
 * bytes (or stream), every other one the same bytes as before, stored or deflated as before.
 * Parts in `added` come last.
 */
export async function writePackage(
  source: Package,
  outFile: string,
  replaced: ReadonlyMap<string, () => Promise<Buffer | Readable>>,
  added: ReadonlyArray<[string, Buffer]> = [],
): Promise<void> {
  const zip = new yazl.ZipFile();
  const out = fs.createWriteStream(outFile);
  const done = new Promise<void>((resolve, reject) => {
    out.on("close", resolve);
    out.on("error", reject);
    zip.outputStream.on("error", reject);
  });
  zip.outputStream.pipe(out);
  let failure: unknown;
  const fail = (e: unknown) => {
    failure ??= e;
    out.destroy();
  };
  for (const part of source.parts) {
    const e = part.entry;
    const options = { mtime: e.getLastModDate(), compress: e.compressionMethod !== 0 };
    const make = replaced.get(part.name);
    // a large copied part (the shared strings) is deflated fast too: its bytes are the same either way
    const copied = { ...options, size: e.uncompressedSize, ...(options.compress && e.uncompressedSize > FAST_COPY_FROM ? { compressionLevel: PATCHED_LEVEL } : {}) };
    zip.addReadStreamLazy(part.name, make ? { ...options, compress: true, compressionLevel: PATCHED_LEVEL } : copied, (cb) => {
      (make ? make() : source.stream(part))
        .then((data) => {
          const s = Buffer.isBuffer(data) ? bufferStream(data) : data;
          s.on("error", fail);
          cb(null, s);
        })
        .catch((err: unknown) => {
          fail(err);
          cb(err as Error, undefined as unknown as Readable);
        });
    });
  }
  for (const [name, bytes] of added) zip.addBuffer(bytes, name);
  zip.end();
  try {
    await done;
  } catch (e) {
    fail(e);
  }
  if (failure) {
    // never leave half a workbook behind
    fs.rmSync(outFile, { force: true });
    throw failure;
  }
}

/**
 * The rewritten sheet is the one large part; zlib's level 1 deflates it several times faster
 * than the default for about a fifth more bytes.
 */
const PATCHED_LEVEL = 1;
const FAST_COPY_FROM = 2 ** 20;

const bufferStream = (b: Buffer): Readable => Readable.from([b]);

const mib = (n: number) => (n / 2 ** 20).toFixed(n < 2 ** 20 ? 2 : 0);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 200);
