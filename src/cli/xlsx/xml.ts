/**
 * SAX parsing of workbook parts with saxes: strict XML 1.0 (a malformed part is an error, not a
 * guess), no DTD processing. A DOCTYPE is refused outright, so no entity is ever declared, and
 * saxes expands only the five predefined entities and character references: no "billion
 * laughs", no external entity. saxes is the parser ExcelJS and jsdom use; sax-js is looser
 * (it recovers from errors) and slower.
 */
import { SaxesParser, SaxesTagPlain } from "saxes";
import type { Readable } from "stream";
import { StringDecoder } from "string_decoder";
import { InputError } from "../errors";
import { Doctype, ScanHandlers, XmlScan } from "./scan";

export interface XmlHandlers {
  open?(local: string, tag: SaxesTagPlain): void;
  close?(local: string): void;
  text?(text: string): void;
  /** Polled after each chunk of a stream: true ends parsing early (the rest is not read). */
  done?(): boolean;
}

/** The name without its namespace prefix ("x:row" is "row"). */
export const localName = (name: string): string => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

export function xmlParser(partName: string, displayName: string, h: XmlHandlers): SaxesParser {
  const parser = new SaxesParser({ position: false });
  parser.on("doctype", () => {
    throw doctype(partName, displayName);
  });
  if (h.open) {
    const open = h.open;
    parser.on("opentag", (tag) => open(localName(tag.name), tag as SaxesTagPlain));
  }
  if (h.close) {
    const close = h.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (h.text) {
    const text = h.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  return parser;
}

const wrap = (partName: string, displayName: string, e: unknown): InputError =>
  e instanceof InputError ? e : new InputError(`cannot read ${displayName}: part ${partName} is not well-formed XML (${(e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 160)})`);

export function parseXmlText(text: string, partName: string, displayName: string, h: XmlHandlers): void {
  const parser = xmlParser(partName, displayName, h);
  try {
    parser.write(text).close();
  } catch (e) {
    throw wrap(partName, displayName, e);
  }
}

/** Parses a stream of UTF-8 bytes; returns whether `done()` ended it early. */
export async function parseXmlStream(stream: Readable, partName: string, displayName: string, h: XmlHandlers, onChunk?: (bytes: number) => void): Promise<boolean> {
  const parser = xmlParser(partName, displayName, h);
  const decoder = new StringDecoder("utf8");
  try {
    for await (const chunk of stream) {
      parser.write(decoder.write(chunk as Buffer));
      onChunk?.((chunk as Buffer).length);
      if (h.done?.()) {
        stream.destroy();
        return true;
      }
    }
    parser.write(decoder.end()).close();
    return false;
  } catch (e) {
    stream.destroy();
    throw wrap(partName, displayName, e);
  }
}

const doctype = (partName: string, displayName: string) =>
  new InputError(`${displayName}: part ${partName} declares a DOCTYPE, which workbook XML never has: refused (entities are not expanded)`);

/**
 * Parses a stream of UTF-8 bytes with the byte-level scanner (scan.ts: the worksheet, the one
 * large part); returns whether `done()` ended it early.
 */
export async function scanXmlStream(stream: Readable, partName: string, displayName: string, h: ScanHandlers, onChunk?: (bytes: number) => void): Promise<boolean> {
  const scanner = new XmlScan(h, (what) => {
    throw new Error(what);
  });
  try {
    for await (const chunk of stream) {
      scanner.write(chunk as Buffer);
      onChunk?.((chunk as Buffer).length);
      if (h.done?.()) {
        stream.destroy();
        return true;
      }
    }
    scanner.end();
    return false;
  } catch (e) {
    stream.destroy();
    throw e instanceof Doctype ? doctype(partName, displayName) : wrap(partName, displayName, e);
  }
}

/** Attribute value (attributes are plain strings when namespaces are not processed). */
export const attr = (tag: SaxesTagPlain, name: string): string | undefined => {
  const v = tag.attributes[name];
  return v === undefined ? undefined : String(v);
};

/** Excel writes characters XML cannot hold as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). */
export const decodeXstring = (s: string): string =>
  s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
