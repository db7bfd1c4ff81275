import type { Gender, SingleFamily } from "./connector";

/**
 * What a cassette or conversion module is, read from the text that names it: an Adapter cell
 * ("MTP-12 to LC cassette, Method B", "24 to 2x12 conversion module"), a cassette row's own
 * connectors, or a location ("CAS-01 MPO-LC cassette"). A cassette has an MPO trunk side (its
 * rear) and a duplex cord side (LC, or SC); a conversion module has MPO on both sides, the
 * trunk's array on the rear and the converted array (2 x 12 from 24, 3 x 16 from 2 x 24) in front.
 */
export interface CassetteType {
  kind: "mpo-to-duplex" | "conversion";
  /** Fibers of the trunk-side array (MPO-12, MPO-24), when the text says. */
  trunkCount?: number;
  /** The cord side's family: LC or SC for a cassette, MPO for a conversion module; undefined when the text does not say. */
  cordFamily?: SingleFamily | "MPO";
  /** Fibers of each cord-side array of a conversion module (12 in 24 to 2 x 12). */
  cordCount?: number;
  /** The rear's gender when the text states it ("pinned", "male rear"); otherwise it is assumed pinned. */
  trunkGender?: Gender;
  /** The text names the cassette's connectors or counts, not only that it is a cassette. */
  typeNamed: boolean;
}

/** MPO array counts a cassette or module is made for. */
const COUNT = String.raw`(8|12|16|24|32)`;
const ARRAY = String.raw`(?:mpo|mtp)\s*-?\s*`;
/** Words that may follow a count before "to": "MPO-24 male to 2x MPO-12". */
const DETAIL = String.raw`(?:upc|apc|pc|male|female|pinned|unpinned|non-?pinned|elite|low-?loss)\b`;
/** "24 to 2x12", "MPO-24 to 2x MPO-12", "2xMTP-24/3xMTP-16", "24-2x12", "MPO-16 to MPO-8"; a count then LC is no conversion. */
const CONVERSION_COUNTS = new RegExp(
  String.raw`(?:\b\d\s*x\s*)?(?:\b${ARRAY}|\b)${COUNT}\s*(?:f|fib(?:er|re)s?)?(?:\s+${DETAIL})*\s*(?:-|to|/|>|→|\s)+\s*(?:\d\s*x\s*(?:${ARRAY})?|${ARRAY})${COUNT}\b`,
);
/** The trunk side's count: "MTP-12", "MPO 24", "12F", "24-fiber". */
const TRUNK_COUNT = new RegExp(String.raw`\b${ARRAY}${COUNT}\b|\b${COUNT}\s*-?\s*(?:f|fib(?:er|re)s?)\b`);

/** Reads a cassette's or module's type; `transition` is what the reader already took it for, when known. */
export function readCassette(text: string, transition?: "cassette" | "conversion-module"): CassetteType {
  const s = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[®™]/g, "")
    .replace(/\b(\d)\s*[x×]\s*(?=[a-z\d])/g, "$1x "); // "2xMTP24" reads as "2x mtp24"
  const conversion = CONVERSION_COUNTS.exec(s);
  const trunkGender = genderOf(s);
  if (conversion || transition === "conversion-module" || /\bconver(sion|ter)\b/.test(s)) {
    return {
      kind: "conversion",
      cordFamily: "MPO",
      ...(conversion ? { trunkCount: Number(conversion[1]), cordCount: Number(conversion[2]) } : {}),
      ...(trunkGender ? { trunkGender } : {}),
      typeNamed: !!conversion,
    };
  }
  const cord = /\blc\b/.test(s) ? "LC" : /\bsc\b/.test(s) ? "SC" : undefined;
  const count = TRUNK_COUNT.exec(s);
  const trunkCount = count ? Number(count[1] ?? count[2]) : undefined;
  return {
    kind: "mpo-to-duplex",
    ...(cord ? { cordFamily: cord } : {}),
    ...(trunkCount ? { trunkCount } : {}),
    ...(trunkGender ? { trunkGender } : {}),
    typeNamed: !!cord || trunkCount !== undefined,
  };
}

/** The rear's gender as the text states it; "unpinned" is read before "pinned". */
function genderOf(s: string): Gender | undefined {
  if (/\b(un|non)[\s-]?pinned\b|\bfemale\b|\bno[\s-]?pins?\b|\bwithout pins?\b|\bpinless\b/.test(s)) return "female";
  if (/\bpinned\b|\bmale\b|\bwith pins?\b/.test(s)) return "male";
  return undefined;
}

/** "an MPO-12 to LC cassette", "a 24 to 2 x 12 conversion module": the type in words, for messages. */
export function cassetteWords(c: CassetteType): string {
  if (c.kind === "conversion") {
    return c.trunkCount && c.cordCount ? `an MPO-${c.trunkCount} to MPO-${c.cordCount} conversion module` : "a conversion module";
  }
  const trunk = c.trunkCount ? `MPO-${c.trunkCount}` : "MPO";
  return `an ${trunk} to ${c.cordFamily ?? "duplex"} cassette`;
}
