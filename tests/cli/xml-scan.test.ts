import { SaxesParser } from "saxes";
import { XmlScan, Doctype } from "../../src/cli/xlsx/scan";

// The worksheet and shared-strings scanner against saxes: the same elements, attributes and text,
// wherever the chunks break, and a refusal on each kind of malformed part below (what the
// scanner does not check is listed at the top of scan.ts).

type Event = string;
/** Text is compared inside these; elsewhere the scanner only checks it. */
const CAPTURED = new Set(["v", "t"]);

function scanEvents(xml: string, cut: number[] = []): Event[] {
  const events: Event[] = [];
  let text = "";
  const flush = () => {
    if (text) events.push(`text ${text}`);
    text = "";
  };
  const x = new XmlScan(
    {
      open(local, s) {
        flush();
        const attrs = s.attrNames.slice(0, s.attrCount).map((n) => `${n}=${s.attr(n)}`);
        events.push(`open ${local} ${attrs.join(" ")}`);
        s.capture = CAPTURED.has(local);
      },
      close(local, s) {
        flush();
        events.push(`close ${local}`);
        s.capture = false;
      },
      text(s, start, end, cdata) {
        text += cdata ? s.cdata(start, end) : s.text(start, end);
      },
    },
    (what) => {
      throw new Error(what);
    },
  );
  const bytes = Buffer.from(xml, "utf8");
  let from = 0;
  for (const at of [...cut, bytes.length]) {
    x.write(bytes.subarray(from, at));
    from = at;
  }
  x.end();
  flush();
  return events;
}

function saxesEvents(xml: string): Event[] {
  const events: Event[] = [];
  let text = "";
  const open: string[] = [];
  const flush = () => {
    if (text && CAPTURED.has(open[open.length - 1])) events.push(`text ${text}`);
    text = "";
  };
  const p = new SaxesParser();
  p.on("opentag", (t) => {
    flush();
    const local = t.name.includes(":") ? t.name.slice(t.name.indexOf(":") + 1) : t.name;
    open.push(local);
    events.push(`open ${local} ${Object.entries(t.attributes).map(([k, v]) => `${k}=${String(v)}`).join(" ")}`);
    if (t.isSelfClosing) {
      open.pop();
      events.push(`close ${local}`);
    }
  });
  p.on("closetag", (t) => {
    if (t.isSelfClosing) return;
    flush();
    open.pop();
    const local = t.name.includes(":") ? t.name.slice(t.name.indexOf(":") + 1) : t.name;
    events.push(`close ${local}`);
  });
  p.on("text", (t) => (text += t));
  p.on("cdata", (t) => (text += t));
  p.write(xml).close();
  return events;
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- a comment with <row> in it --><x:sheetData>' +
  '<x:row r="1" spans="1:3"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r=\'B1\' t="inlineStr"><x:is><x:t xml:space="preserve"> a &amp; b &lt;&#x41;&#66;&quot;&apos; é € 𝄞 </x:t></x:is></x:c>' +
  '<x:c r="C1"><x:f>A1&amp;"x"&#000000000000065;&#x0000000041;</x:f><x:v><![CDATA[1<2]]></x:v></x:c></x:row>\n  <x:row r="2"/><?pi data?>' +
  '<x:row r="3"><x:c r="A3" t="str"><x:v>line\nbreak\ttab</x:v></x:c><x:c r="B3"><x:v>1<!-- split -->2</x:v></x:c></x:row>' +
  '<x:row r="4"><x:c r="A4" t="str"><x:v>padded &#000000000000065; and &#x0000000041;</x:v></x:c></x:row>\n  \n' +
  '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1" /></x:mergeCells></x:worksheet>\n<!--x-->';

describe("the worksheet scanner reads what saxes reads", () => {
  test("one chunk", () => {
    expect(scanEvents(SHEET)).toEqual(saxesEvents(SHEET));
  });

  test("cut into two chunks at every byte", () => {
    const want = saxesEvents(SHEET);
    const n = Buffer.byteLength(SHEET);
    for (let at = 1; at < n; at++) expect([at, scanEvents(SHEET, [at])]).toEqual([at, want]);
  });

  test("a leading byte-order mark and literal CR LF / CR line ends, in text and CDATA, cut at every byte", () => {
    const xml = "\ufeff" + SHEET.replace("line\nbreak", "line\r\nbreak\rend").replace("<![CDATA[1<2]]>", "<![CDATA[1\r\n<2]]>");
    const want = saxesEvents(xml);
    expect(want.some((e) => e.includes("line\nbreak\nend"))).toBe(true);
    const n = Buffer.byteLength(xml);
    for (let at = 1; at < n; at++) expect([at, scanEvents(xml, [at])]).toEqual([at, want]);
  });

  test("one byte at a time", () => {
    const n = Buffer.byteLength(SHEET);
    expect(scanEvents(SHEET, Array.from({ length: n - 1 }, (_, i) => i + 1))).toEqual(saxesEvents(SHEET));
  });
});

describe("malformed parts saxes refuses, the scanner refuses too", () => {
  const root = (inner: string) => `<?xml version="1.0"?><worksheet>${inner}</worksheet>`;
  const malformed = {
    "mismatched end tag": root("<row><c></row></c>"),
    "unclosed element": "<worksheet><row>",
    "truncated in a tag": root("<row r=\"1\"").slice(0, -12),
    "end tag with none open": "<worksheet></worksheet></row>",
    "undeclared entity in text": root("<t>&xxe;</t>"),
    "undeclared entity in an attribute": root('<c r="&xxe;"/>'),
    "bare ampersand": root("<t>a & b</t>"),
    "character reference to NUL": root("<t>&#0;</t>"),
    "unquoted attribute": root("<c r=A1/>"),
    "duplicate attribute": root('<c r="A1" r="A2"/>'),
    "< in an attribute": root('<c r="<"/>'),
    "text outside the root": "<worksheet/>x",
    "two roots": "<worksheet/><worksheet/>",
    "no root": "<?xml version=\"1.0\"?>",
    "attribute without a space": root('<c r="A1"t="s"/>'),
    "name starting with a digit": root("<1c/>"),
    "a control character in text": root("<t>a\u0001b</t>"),
    "a control character in an attribute": root('<c r="A\u00011"/>'),
    "a control byte among a hex reference's digits": root("<t>&#x4\u0011;</t>"),
  };
  for (const [what, xml] of Object.entries(malformed)) {
    test(what, () => {
      expect(() => saxesEvents(xml)).toThrow();
      expect(() => scanEvents(xml)).toThrow();
    });
  }

  test("a DOCTYPE is refused as such, before any entity is declared", () => {
    expect(() => scanEvents('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "x">]><worksheet>&a;</worksheet>')).toThrow(Doctype);
  });

  test("a tag longer than the cap is refused without holding the rest of the part", () => {
    const x = new XmlScan({ open() {}, close() {}, text() {} }, (what) => {
      throw new Error(what);
    });
    x.write(Buffer.from("<worksheet><c r=\""));
    expect(() => {
      for (let i = 0; i < 20; i++) x.write(Buffer.alloc(2 ** 20, 0x41));
    }).toThrow(/longer than 16 MiB/);
  });
});
