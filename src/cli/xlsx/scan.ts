/**
 * A strict streaming XML tokenizer over UTF-8 bytes, for the two parts that are large: the
 * worksheet and the shared strings. Why not saxes (kept for every other part, see xml.ts): over the 46 MiB sheet of
 * the benchmark's 100,000-row file, saxes alone took 631 ms, htmlparser2 12 in xmlMode 719 ms
 * (and it is forgiving: a truncated or mis-nested part reads without an error), saxen 416 ms
 * (and it needs the whole part as one string), while the reader's whole budget is about half a
 * second. Those parsers build a string for every name, attribute and text node and an object for
 * every tag; this one hands out byte offsets, so the reader parses a cell reference or a shared
 * string index straight from the bytes and builds a string only for the values it keeps.
 *
 * What it enforces (the well-formedness a reader of untrusted parts needs): tags nest and match;
 * one root element, with only whitespace, comments and processing instructions outside it;
 * attributes are name="value" or name='value', once each, without "<" in a value; names start
 * with a name character; every "&" is one of the five predefined entities or a character
 * reference to a character XML allows; no control character XML forbids in text or an attribute
 * value; a leading byte-order mark is skipped and a literal CR or CR LF in text reads as LF, as XML
 * says (and saxes does). A DOCTYPE is refused outright, so no entity is ever
 * declared or expanded (no "billion laughs", no external entity). Not checked, as they cannot
 * change what a reader of cells sees: the characters allowed in names beyond ASCII, "--" inside
 * a comment, "]]>" in text, U+FFFE and U+FFFF, a processing instruction's target, the XML
 * declaration's place and content, and whitespace in attribute values (kept as written, where
 * XML reads each as a space: the reader's attributes are references, types and indexes). Invalid UTF-8 reads as
 * U+FFFD, as with saxes over Node's decoder.
 */

export interface ScanHandlers {
  /** An element opened; its attributes are readable through the scanner until the handler returns. */
  open(local: string, x: XmlScan): void;
  close(local: string, x: XmlScan): void;
  /** Character data while `capture` is set: bytes [start, end) of `x.buf`, entity references not yet decoded (`cdata`: none to decode). */
  text(x: XmlScan, start: number, end: number, cdata: boolean): void;
  /** Polled after each chunk: true ends parsing early. */
  done?(): boolean;
}

/** No tag, and no text being captured, is longer: a longer one is a damaged or crafted part. */
export const MAX_TOKEN = 16 * 2 ** 20;

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const EQ = 0x3d;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
/** ASCII letters, "_", ":" and anything non-ASCII may start a name. */
const isNameStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0x80;
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;

const ONE_LETTER = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

class Incomplete {}
const INCOMPLETE = new Incomplete();

export class XmlScan {
  /** The bytes being scanned (offsets given to handlers point into it). */
  buf: Buffer = Buffer.alloc(0);
  /** Set by a handler: text from here on is passed to `text`. */
  capture = false;
  /** The current tag's attributes: interned names and value byte ranges. */
  readonly attrNames: string[] = [];
  attrStart = new Int32Array(16);
  attrEnd = new Int32Array(16);
  attrCount = 0;

  private readonly stack: string[] = [];
  private readonly names = new Map<number, string>();
  private readonly locals = new Map<string, string>();
  private sawRoot = false;
  private fail: (what: string) => never;

  constructor(
    private readonly h: ScanHandlers,
    fail: (what: string) => never,
  ) {
    this.fail = fail;
  }

  /** The index of the attribute, or -1. */
  attrIndex(name: string): number {
    for (let i = 0; i < this.attrCount; i++) if (this.attrNames[i] === name) return i;
    return -1;
  }

  /** The attribute's value, decoded, or undefined. */
  attr(name: string): string | undefined {
    const i = this.attrIndex(name);
    return i < 0 ? undefined : this.text(this.attrStart[i], this.attrEnd[i]);
  }

  /** Bytes [start, end) as text, with entity and character references decoded (they were validated while scanning). */
  text(start: number, end: number): string {
    const b = this.buf;
    let ascii = true;
    let cr = false;
    let amp = -1;
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) ascii = false;
      else if (c === AMP && amp < 0) amp = i;
      else if (c === 0x0d) cr = true;
    }
    // a literal CR LF or CR is a line end, read as LF; a CR written as &#13; stays
    const literal = (from: number, to: number) => {
      const t = b.toString(ascii ? "latin1" : "utf8", from, to);
      return cr ? t.replace(/\r\n?/g, "\n") : t;
    };
    if (amp < 0) return literal(start, end);
    let out = "";
    let from = start;
    for (let i = amp; i < end; i++) {
      if (b[i] !== AMP) continue;
      const semi = b.indexOf(0x3b, i);
      out += literal(from, i) + String.fromCodePoint(this.entity(i + 1, semi));
      from = semi + 1;
      i = semi;
    }
    return out + literal(from, end);
  }

  /** A CDATA section's bytes [start, end) as text (nothing to decode; line ends read as LF). */
  cdata(start: number, end: number): string {
    const t = this.buf.toString("utf8", start, end);
    return t.includes("\r") ? t.replace(/\r\n?/g, "\n") : t;
  }

  /** Feeds the next bytes (what a token cut by the chunk's end left is kept for the next call). */
  write(chunk: Buffer): void {
    const rest = this.buf.length - this.pos;
    this.buf = rest > 0 ? Buffer.concat([this.buf.subarray(this.pos), chunk]) : chunk;
    this.pos = 0;
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (this.pos < this.buf.length) this.fail("the part ends inside a tag");
    if (this.stack.length) this.fail(`the part ends inside <${this.stack[this.stack.length - 1]}>`);
    if (!this.sawRoot) this.fail("the part has no root element");
  }

  private pos = 0;
  private started = false;

  private scan(final: boolean): void {
    const b = this.buf;
    const len = b.length;
    let pos = this.pos;
    if (!this.started) {
      // a UTF-8 byte-order mark before the first tag is not text (saxes skips it too)
      if (len - pos < 3 && !final) return;
      if (b[pos] === 0xef && b[pos + 1] === 0xbb && b[pos + 2] === 0xbf) pos += 3;
      this.started = true;
    }
    try {
      while (pos < len) {
        if (b[pos] !== LT) {
          const lt = b.indexOf(LT, pos);
          const stop = lt < 0 ? len : lt;
          if (lt < 0 && !final) {
            // the text goes on in the next chunk: keep it if it is captured, else check what is here
            if (this.capture) {
              if (len - pos > MAX_TOKEN) this.fail(`a text longer than ${MAX_TOKEN / 2 ** 20} MiB`);
              break;
            }
            // a reference cut by the chunk's end waits for the rest
            const amp = b.lastIndexOf(AMP, len - 1);
            const keepFrom = amp >= pos && b.indexOf(0x3b, amp) < 0 ? amp : len;
            this.checkText(pos, keepFrom);
            pos = keepFrom;
            break;
          }
          this.checkText(pos, stop);
          if (this.capture && this.stack.length) this.h.text(this, pos, stop, false);
          pos = stop;
          continue;
        }
        const next = this.token(pos, final);
        if (next < 0) break; // incomplete: wait for more bytes
        pos = next;
      }
    } catch (e) {
      if (e !== INCOMPLETE) throw e;
    }
    this.pos = pos;
    if (!final && len - pos > MAX_TOKEN) this.fail(`a tag longer than ${MAX_TOKEN / 2 ** 20} MiB`);
  }

  /** Checks text between tags: references are valid, and outside the root only whitespace stands. */
  private checkText(start: number, end: number): void {
    const b = this.buf;
    const outside = this.stack.length === 0;
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (c === AMP) {
        const semi = b.indexOf(0x3b, i);
        if (semi < 0 || semi >= end) this.fail("an \"&\" that starts no entity or character reference");
        this.entity(i + 1, semi);
        i = semi;
        if (outside) this.fail("text outside the root element");
      } else if (c < 0x20 && !isSpace(c)) this.fail(`a control character (U+${c.toString(16).padStart(4, "0")}) XML does not allow`);
      else if (outside && !isSpace(c)) this.fail("text outside the root element");
    }
  }

  /** The code point of the reference whose name is bytes [start, end) (after "&", before ";"). */
  private entity(start: number, end: number): number {
    const b = this.buf;
    const n = end - start;
    if (b[start] === 0x23 /* # */) {
      const hex = b[start + 1] === 0x78; /* x */
      let v = 0;
      let digits = 0;
      for (let i = start + (hex ? 2 : 1); i < end; i++, digits++) {
        const c = b[i];
        const l = c | 0x20; // a hex letter in lower case; digits are tested as they are
        const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : hex && l >= 0x61 && l <= 0x66 ? l - 0x57 : -1;
        if (d < 0 || v > 0x10ffff) this.fail(`a bad character reference "&${b.toString("latin1", start, Math.min(end, start + 12))};"`);
        v = v * (hex ? 16 : 10) + d;
      }
      const allowed = v === 0x9 || v === 0xa || v === 0xd || (v >= 0x20 && v <= 0xd7ff) || (v >= 0xe000 && v <= 0xfffd) || (v >= 0x10000 && v <= 0x10ffff);
      if (!digits || !allowed) this.fail(`a character reference "&${b.toString("latin1", start, Math.min(end, start + 12))};" to a character XML does not allow`);
      return v;
    }
    const name = n <= 4 ? b.toString("latin1", start, end) : "";
    const v = name === "amp" ? 0x26 : name === "lt" ? 0x3c : name === "gt" ? 0x3e : name === "quot" ? 0x22 : name === "apos" ? 0x27 : -1;
    if (v < 0) this.fail(`an undeclared entity "&${b.toString("latin1", start, Math.min(end, start + 40))};"`);
    return v;
  }

  /** A name starting at `at`; sets `nameEnd`. */
  private nameEnd = 0;
  /** Whether the last name read holds a ":" (a prefix). */
  private colon = false;
  private name(at: number): string {
    const b = this.buf;
    if (at >= b.length) throw INCOMPLETE;
    if (!isNameStart(b[at])) this.fail(`a tag whose name starts with "${String.fromCharCode(b[at])}"`);
    const c0 = b[at];
    if (at + 1 < b.length && !isNameChar(b[at + 1]) && c0 < 0x80) {
      // one-letter names (c, v, r, s, t, f) are most of a sheet's: no hashing
      this.nameEnd = at + 1;
      this.colon = c0 === 0x3a;
      return ONE_LETTER[c0];
    }
    let h = 0;
    let i = at;
    let colon = false;
    for (; i < b.length; i++) {
      const c = b[i];
      if (!isNameChar(c)) break;
      if (c === 0x3a) colon = true;
      h = (Math.imul(h, 31) + c) | 0;
    }
    if (i >= b.length) throw INCOMPLETE;
    this.nameEnd = i;
    this.colon = colon;
    const cached = this.names.get(h);
    if (cached !== undefined && cached.length === i - at) {
      let same = true;
      for (let k = 0; k < cached.length && same; k++) same = cached.charCodeAt(k) === b[at + k];
      if (same) return cached;
    }
    const s = b.toString("utf8", at, i);
    if (cached === undefined && this.names.size < 4096) this.names.set(h, s);
    return s;
  }

  private local(qname: string): string {
    let l = this.locals.get(qname);
    if (l === undefined) {
      const i = qname.indexOf(":");
      l = i < 0 ? qname : qname.slice(i + 1);
      if (this.locals.size < 4096) this.locals.set(qname, l);
    }
    return l;
  }

  /** Scans the markup at `lt`; returns the position after it, or -1 when it is not complete in the buffer. */
  private token(lt: number, final: boolean): number {
    const b = this.buf;
    const len = b.length;
    const need = (i: number) => {
      if (i >= len) {
        if (final) this.fail("the part ends inside a tag");
        throw INCOMPLETE;
      }
    };
    need(lt + 1);
    const c1 = b[lt + 1];
    if (c1 === 0x3f /* ? */) {
      const end = b.indexOf("?>", lt + 2, "latin1");
      if (end < 0) return final ? this.fail("an unclosed processing instruction") : -1;
      return end + 2;
    }
    if (c1 === 0x21 /* ! */) {
      need(lt + 3);
      if (b[lt + 2] === 0x2d && b[lt + 3] === 0x2d) {
        const end = b.indexOf("-->", lt + 4, "latin1");
        if (end < 0) return final ? this.fail("an unclosed comment") : -1;
        return end + 3;
      }
      need(lt + 8);
      if (b.toString("latin1", lt + 2, lt + 9) === "[CDATA[") {
        if (!this.stack.length) this.fail("a CDATA section outside the root element");
        const end = b.indexOf("]]>", lt + 9, "latin1");
        if (end < 0) return final ? this.fail("an unclosed CDATA section") : -1;
        if (this.capture) this.h.text(this, lt + 9, end, true);
        return end + 3;
      }
      if (b.toString("latin1", lt + 2, lt + 9) === "DOCTYPE") throw new Doctype();
      this.fail(`"${b.toString("latin1", lt, lt + 9)}" is no markup XML knows`);
    }
    if (c1 === SLASH) {
      const qname = this.name(lt + 2);
      const colon = this.colon;
      let i = this.nameEnd;
      while (i < len && isSpace(b[i])) i++;
      need(i);
      if (b[i] !== GT) this.fail(`the end tag </${qname}> is not closed by ">"`);
      const open = this.stack.pop();
      if (open !== qname) this.fail(open === undefined ? `an end tag </${qname}> with no element open` : `<${open}> is closed by </${qname}>`);
      this.h.close(colon ? this.local(qname) : qname, this);
      return i + 1;
    }
    const qname = this.name(lt + 1);
    const colon = this.colon;
    if (!this.stack.length && this.sawRoot) this.fail(`a second root element <${qname}>`);
    let i = this.nameEnd;
    let n = 0;
    let refs = false;
    for (;;) {
      const before = i;
      while (i < len && isSpace(b[i])) i++;
      need(i);
      const c = b[i];
      if (c === GT || c === SLASH) break;
      if (i === before) this.fail(`the tag <${qname}> needs a space before attribute "${String.fromCharCode(c)}"`);
      const an = this.name(i);
      i = this.nameEnd;
      while (i < len && isSpace(b[i])) i++;
      need(i);
      if (b[i] !== EQ) this.fail(`attribute ${an} of <${qname}> has no "="`);
      i++;
      while (i < len && isSpace(b[i])) i++;
      need(i);
      const q = b[i];
      if (q !== QUOTE && q !== APOS) this.fail(`attribute ${an} of <${qname}> is not quoted`);
      const vs = i + 1;
      let j = vs;
      for (; j < len; j++) {
        const v = b[j];
        if (v === q) break;
        if (v === LT) this.fail(`attribute ${an} of <${qname}> holds "<"`);
        if (v < 0x20 && !isSpace(v)) this.fail(`attribute ${an} of <${qname}> holds a control character XML does not allow`);
        if (v === AMP) refs = true;
      }
      need(j);
      for (let k = 0; k < n; k++) if (this.attrNames[k] === an) this.fail(`attribute ${an} appears twice in <${qname}>`);
      if (n === this.attrStart.length) {
        const grow = (a: Int32Array) => {
          const g = new Int32Array(a.length * 2);
          g.set(a);
          return g;
        };
        this.attrStart = grow(this.attrStart);
        this.attrEnd = grow(this.attrEnd);
      }
      this.attrNames[n] = an;
      this.attrStart[n] = vs;
      this.attrEnd[n] = j;
      n++;
      i = j + 1;
    }
    const selfClosing = b[i] === SLASH;
    if (selfClosing) {
      need(i + 1);
      if (b[i + 1] !== GT) this.fail(`the tag <${qname}> has "/" not followed by ">"`);
      i++;
    }
    // every attribute value's references are checked before the handler reads any
    for (let k = 0; refs && k < n; k++) {
      for (let j = this.attrStart[k]; j < this.attrEnd[k]; j++) {
        if (b[j] !== AMP) continue;
        const semi = b.indexOf(0x3b, j);
        if (semi < 0 || semi >= this.attrEnd[k]) this.fail(`attribute ${this.attrNames[k]} of <${qname}> holds an "&" that starts no reference`);
        this.entity(j + 1, semi);
        j = semi;
      }
    }
    this.attrCount = n;
    this.sawRoot = true;
    const local = colon ? this.local(qname) : qname;
    if (!selfClosing) this.stack.push(qname);
    this.h.open(local, this);
    this.attrCount = 0;
    if (selfClosing) this.h.close(local, this);
    return i + 1;
  }
}

/** Thrown for a DOCTYPE, which the caller reports as refused rather than as malformed. */
export class Doctype extends Error {}
