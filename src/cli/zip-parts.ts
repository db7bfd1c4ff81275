import * as fs from "fs";
import { Readable } from "stream";
import * as zlib from "zlib";
import type { MergedArea } from "../core";

/**
 * The part names of an .xlsx package and a stream of one part, read from the zip's central
 * directory at the end of the file: enough to name a missing part before ExcelJS fails on it,
 * and to find a large sheet's merged cells (ExcelJS's streaming reader skips them) without
 * loading the workbook.
 */
export interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readAt(fd: number, position: number, length: number): Buffer {
  const b = Buffer.alloc(length);
  const n = fs.readSync(fd, b, 0, length, position);
  return b.subarray(0, n);
}

/** The package's parts by name, or undefined when the central directory cannot be read (a damaged or ZIP64 package). */
export function zipParts(file: string): Map<string, ZipPart> | undefined {
  const fd = fs.openSync(file, "r");
  try {
    const size = fs.fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 65535);
    const tail = readAt(fd, size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return undefined;
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset === 0xffffffff || dirOffset + dirSize > size) return undefined;
    const dir = readAt(fd, dirOffset, dirSize);
    const parts = new Map<string, ZipPart>();
    let p = 0;
    for (let i = 0; i < count && p + 46 <= dir.length; i++) {
      if (dir.readUInt32LE(p) !== CENTRAL) return undefined;
      const nameLength = dir.readUInt16LE(p + 28);
      const name = dir.toString("utf8", p + 46, p + 46 + nameLength);
      parts.set(name, { name, method: dir.readUInt16LE(p + 10), compressedSize: dir.readUInt32LE(p + 20), localHeaderOffset: dir.readUInt32LE(p + 42) });
      p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
    }
    return parts;
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** The uncompressed bytes of one part, as a stream. */
export function partStream(file: string, part: ZipPart): Readable {
  const fd = fs.openSync(file, "r");
  let header: Buffer;
  try {
    header = readAt(fd, part.localHeaderOffset, 30);
  } finally {
    fs.closeSync(fd);
  }
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new Error(`the zip entry ${part.name} is damaged`);
  const start = part.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const raw = fs.createReadStream(file, { start, end: start + part.compressedSize - 1, highWaterMark: 1 << 20 });
  if (part.method === 0) return raw;
  if (part.method !== 8) throw new Error(`the zip entry ${part.name} uses compression method ${part.method}`);
  const inflate = zlib.createInflateRaw();
  raw.on("error", (e) => inflate.destroy(e));
  return raw.pipe(inflate);
}

/** "K1:L3" (or "K1") as a merged area, 0-based. */
export function parseRangeRef(ref: string): MergedArea | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c1, r1] = [col(m[1]), Number(m[2]) - 1];
  const [c2, r2] = m[3] ? [col(m[3]), Number(m[4]) - 1] : [c1, r1];
  return { r: Math.min(r1, r2), c: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** The merged areas a worksheet part lists (`<mergeCell ref="A1:B2"/>`), read as a stream. */
export async function mergedAreasOfPart(file: string, part: ZipPart): Promise<MergedArea[]> {
  const areas: MergedArea[] = [];
  const tag = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]+)"/g;
  let carry = "";
  for await (const chunk of partStream(file, part)) {
    const text = carry + (chunk as Buffer).toString("utf8");
    tag.lastIndex = 0;
    let m: RegExpExecArray | null;
    let consumed = 0;
    while ((m = tag.exec(text))) {
      const area = parseRangeRef(m[1]);
      if (area) areas.push(area);
      consumed = tag.lastIndex;
    }
    // keep an unfinished tag for the next chunk (a tag is far shorter than this)
    carry = text.slice(Math.max(consumed, text.length - 256));
  }
  return areas;
}
