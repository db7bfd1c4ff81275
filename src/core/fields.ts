import { APPLICATIONS, Application, applicationById } from "./catalog/applications";
import { Fiber, FiberGrade, WAVELENGTHS, Wavelength, kindOfGrade } from "./catalog/fiber";
import { ParseResult, fail, ok, safeText } from "./parse-result";

/* ---------- fiber type ---------- */

const FIBER_EXPECTED = 'a fiber type such as OM3, OM4, OM5, OS2, OS1a, "MMF 50/125", "SMF" or "mmf-om4"';

/** Reads fiber types as schedules and NetBox write them (OM4, "MMF OM4", mmf-om4, smf-os2, "single mode", 50/125). */
export function parseFiber(input: unknown): ParseResult<Fiber> {
  if (typeof input !== "string") return fail("fiber type", input, "not text", FIBER_EXPECTED);
  const s = input.trim().toLowerCase().replace(/[\s_]+/g, " ");
  if (!s) return fail("fiber type", input, "empty", FIBER_EXPECTED);
  const grades = [...new Set([...s.replace(/-/g, " ").matchAll(/\b(?:mmf|smf)?[- ]?(om[1-5]|os1a|os[12])\b/g)].map((m) => normaliseGrade(m[1])))];
  // "OM3/OM4" names two grades: picking one would invent the fact the reach check rests on.
  if (grades.length > 1) return fail("fiber type", input, `names more than one grade (${grades.join(" and ")})`, FIBER_EXPECTED);
  if (grades.length) {
    const g = grades[0];
    const saysSm = /\b(smf|single ?mode|sm)\b/.test(s);
    const saysMm = /\b(mmf|multi ?mode|mm)\b/.test(s);
    if ((saysSm && kindOfGrade(g) === "MMF") || (saysMm && kindOfGrade(g) === "SMF")) {
      return fail("fiber type", input, `${g} contradicts the fiber kind named with it`, FIBER_EXPECTED);
    }
    return ok({ kind: kindOfGrade(g), grade: g });
  }
  if (/\b62[.,]5\s*\/\s*125\b/.test(s)) return ok({ kind: "MMF", grade: "OM1", coreUm: 62.5 });
  if (/\b50\s*\/\s*125\b/.test(s)) return ok({ kind: "MMF", coreUm: 50 });
  if (/\b(9|8[.,]3|9[.,]2)\s*\/\s*125\b/.test(s)) return ok({ kind: "SMF" });
  if (/^(smf|sm|single[ -]?mode|singlemode|single[ -]?mode fiber|single[ -]?mode fibre|smf fiber)$/.test(s)) return ok({ kind: "SMF" });
  if (/^(mmf|mm|multi[ -]?mode|multimode|multi[ -]?mode fiber|multi[ -]?mode fibre)$/.test(s)) return ok({ kind: "MMF" });
  return fail("fiber type", input, "not a fiber grade or kind", FIBER_EXPECTED);
}

const normaliseGrade = (g: string): FiberGrade => (g === "os1a" ? "OS1a" : (g.toUpperCase() as FiberGrade));

export const formatFiber = (f: Fiber): string => f.grade ?? (f.coreUm ? `${f.kind} ${f.coreUm}/125` : f.kind);

/* ---------- numbers and lengths ---------- */

/**
 * Reads a decimal as people type it: "1.5", "1,5", "1,500" (thousands), "1 500", "1.500,5".
 * Returns undefined for anything else.
 */
export function parseDecimal(text: string): number | undefined {
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, "");
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas && dots) {
    // the later separator is the decimal one
    s = s.lastIndexOf(",") > s.lastIndexOf(".") ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  } else if (commas === 1) {
    s = /,\d{3}$/.test(s) && !/^[+-]?0,/.test(s) ? s.replace(",", "") : s.replace(",", ".");
  } else if (commas > 1) {
    if (!/^[+-]?\d{1,3}(,\d{3})+$/.test(s)) return undefined;
    s = s.replace(/,/g, "");
  } else if (dots > 1) {
    if (!/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return undefined;
    s = s.replace(/\./g, "");
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export type LengthUnit = "m" | "cm" | "km" | "ft" | "in" | "mi";
export const METRES_PER: Readonly<Record<LengthUnit, number>> = { m: 1, cm: 0.01, km: 1000, ft: 0.3048, in: 0.0254, mi: 1609.344 };

const UNIT_WORDS: Record<string, LengthUnit> = {
  m: "m", meter: "m", meters: "m", metre: "m", metres: "m", mtr: "m", mtrs: "m",
  cm: "cm", km: "km", kilometer: "km", kilometre: "km", kilometers: "km", kilometres: "km",
  ft: "ft", feet: "ft", foot: "ft", "'": "ft", "’": "ft",
  in: "in", inch: "in", inches: "in", '"': "in", "”": "in",
  mi: "mi", mile: "mi", miles: "mi",
};
const LENGTH_EXPECTED = 'a length such as 30 m, 10m, 1,5 m, 100 ft, 0.3 km or a bare number (metres unless the header says ft)';

export interface Length {
  metres: number;
  unit: LengthUnit;
  /** true when the cell had no unit and the column's default was used. */
  assumedUnit: boolean;
}

/** Reads a length; a bare number takes the column's default unit (metres unless the header says ft). */
export function parseLength(input: unknown, defaultUnit: LengthUnit = "m"): ParseResult<Length> {
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < 0) return fail("length", input, "not a positive number", LENGTH_EXPECTED);
    return ok({ metres: input * METRES_PER[defaultUnit], unit: defaultUnit, assumedUnit: true });
  }
  if (typeof input !== "string") return fail("length", input, "not a number or text", LENGTH_EXPECTED);
  const s = input.trim().toLowerCase();
  if (!s) return fail("length", input, "empty", LENGTH_EXPECTED);
  const m = /^([+-]?[\d.,\s\u00a0]*\d)\s*([a-z'’"”]*)\.?$/.exec(s);
  if (!m) return fail("length", input, "not a number with a unit", LENGTH_EXPECTED);
  const n = parseDecimal(m[1]);
  if (n === undefined) return fail("length", input, `"${m[1].trim()}" is not a number`, LENGTH_EXPECTED);
  if (n < 0) return fail("length", input, "negative", LENGTH_EXPECTED);
  if (!m[2]) return ok({ metres: n * METRES_PER[defaultUnit], unit: defaultUnit, assumedUnit: true });
  const unit = UNIT_WORDS[m[2]];
  if (!unit) return fail("length", input, `unknown unit "${m[2]}"`, `${LENGTH_EXPECTED}; units km, m, cm, mi, ft, in`);
  return ok({ metres: n * METRES_PER[unit], unit, assumedUnit: false });
}

/* ---------- applications ---------- */

const APP_EXPECTED = 'an IEEE 802.3 name or common alias such as 100GBASE-SR4, "100G-SR4", "40G SR4", "QSFP28 SR4", "400G DR4" or "800G-DR8"';

/** Form factors that fix the line rate, so "QSFP28 SR4" reads as 100GBASE-SR4. */
const FORM_FACTOR_SPEED: Record<string, number> = {
  sfp: 1, "sfp+": 10, sfpplus: 10, sfp10: 10, sfp28: 25, "qsfp+": 40, qsfpplus: 40, qsfp: 40, qsfp28: 100, qsfp56: 200,
  "qsfp-dd": 400, qsfpdd: 400, qsfp112: 400, "qsfp-dd800": 800, qsfpdd800: 800, osfp800: 800,
};
/**
 * Other rates a form factor's name is used for: Cisco writes QSFP28 modules as "QSFP-100G-SR4-S",
 * and 800G QSFP-DD800 modules are sold as "800G QSFP-DD". A rate in the text picks among these.
 */
const FORM_FACTOR_ALSO: Record<string, readonly number[]> = { sfp: [10, 25], qsfp: [100], "qsfp-dd": [800], qsfpdd: [800] };

/** The reason an application name is given when it reads as an optic the catalog does not hold. */
export const NOT_IN_CATALOG = "not in the catalog";

/** "100GBASE-SR4" → ["100", "SR4"]; "1000BASE-SX" → ["1", "SX"]; "800G-2xDR4" → ["800", "2XDR4"]. */
const speedAndPmd = (name: string): [number, string] | undefined => {
  const m = /^(\d+)(G|BASE)(?:BASE)?-(.+)$/i.exec(name);
  if (!m) return undefined;
  const speed = m[2].toUpperCase() === "BASE" ? Number(m[1]) / 1000 : Number(m[1]);
  return [speed, pmdKey(m[3])];
};
const pmdKey = (pmd: string): string => pmd.toUpperCase().replace(/[×*]/g, "X").replace(/-/g, " ");

/** Every catalog id and vendor alias, as speed and optic type: "100|SR4" → 100GBASE-SR4. */
const BY_SPEED_AND_PMD = new Map<string, Application>();
for (const a of APPLICATIONS) {
  for (const name of [a.id, ...(a.aliases ?? [])]) {
    const sp = speedAndPmd(name);
    if (sp && !BY_SPEED_AND_PMD.has(`${sp[0]}|${sp[1]}`)) BY_SPEED_AND_PMD.set(`${sp[0]}|${sp[1]}`, a);
  }
}
const ALIASES = new Map<string, Application>(APPLICATIONS.flatMap((a) => (a.aliases ?? []).map((n) => [n.toUpperCase(), a] as const)));
/** Optic types the catalog knows, longest first so "SR4.2" wins over "SR4" and "LR4 6" over "LR4". */
const PMDS = [...new Set([...BY_SPEED_AND_PMD.keys()].map((k) => k.split("|")[1]))].sort((x, y) => y.length - x.length);
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PMD_PATTERN = new RegExp(`(?<![A-Z0-9.])(${PMDS.map(escape).join("|")})(?![A-Z0-9.+])`);
/** What an optic name looks like even when the catalog lacks it: a rate and a letter code (100GBASE-XR9, 400G ZR). */
const LOOKS_LIKE_OPTIC = /\b\d{1,4}\s*G(?:BASE|B|BE)?[\s-]*[A-Z]{1,4}\d*|\b\d{3,4}BASE-[A-Z]/;

/** Reads an application: IEEE names, "100G-SR4", "40G SR4", "QSFP28 SR4", "400G DR4", "800G-DR8", "100G PSM4", "SR4.2 BiDi", vendor names such as "400G-XDR4". */
export function parseApplication(input: unknown): ParseResult<Application> {
  if (typeof input !== "string") return fail("application", input, "not text", APP_EXPECTED);
  const s = input.trim().toUpperCase().replace(/[\u2010-\u2015]/g, "-").replace(/(\d)\s*[×*]\s*(?=[A-Z])/g, "$1X");
  if (!s) return fail("application", input, "empty", APP_EXPECTED);
  const direct = applicationById(s.replace(/\s+/g, "")) ?? ALIASES.get(s.replace(/\s+/g, ""));
  if (direct) return ok(direct);

  let speed: number | undefined;
  const speedMatch = /(\d{1,3})\s*G(?:B(?:ASE)?|BE|IGE?)?(?=[\s-]|BASE|[A-Z]{2}|$)/.exec(s) ?? /\b(1000)BASE/.exec(s);
  if (speedMatch) speed = speedMatch[1] === "1000" ? 1 : Number(speedMatch[1]);
  const ff = /\b(QSFP-DD800|QSFPDD800|OSFP800|QSFP-DD|QSFPDD|QSFP112|QSFP56|QSFP28|QSFP\+|QSFP|SFP28|SFP\+|SFP10|SFP)(?![A-Z0-9])/.exec(s);
  if (ff) {
    const name = ff[1].toLowerCase();
    const ffSpeed = FORM_FACTOR_SPEED[name];
    if (speed !== undefined && speed !== ffSpeed && !FORM_FACTOR_ALSO[name]?.includes(speed)) {
      return fail("application", input, `${ff[1]} does not carry ${speed}G`, APP_EXPECTED);
    }
    speed ??= ffSpeed;
  }
  let pmd = PMD_PATTERN.exec(s.replace(/BASE-?/g, " ").replace(/-/g, " "))?.[1];
  if (!pmd && /\bBIDI\b/.test(s) && speed === 400) pmd = "SR4.2";
  if (!pmd && /\bBIDI\b/.test(s) && speed === 100) pmd = "SR1.2";
  if (!pmd) {
    if (LOOKS_LIKE_OPTIC.test(s)) return fail("application", input, NOT_IN_CATALOG, APP_EXPECTED);
    return fail("application", input, "no optic type (SR4, DR4, SR8, LR4, ...) found", APP_EXPECTED);
  }
  if (speed === undefined) {
    const candidates = [...new Set([...BY_SPEED_AND_PMD].filter(([k]) => k.endsWith(`|${pmd}`)).map(([, a]) => a))];
    if (candidates.length === 1) return ok(candidates[0]);
    return fail(
      "application",
      input,
      `${pmd} alone is ambiguous (${candidates.map((a) => a.id).join(", ") || "no match"})`,
      `the line rate too, e.g. ${candidates[0]?.id ?? "100GBASE-SR4"}`,
    );
  }
  const a = BY_SPEED_AND_PMD.get(`${speed}|${pmd}`);
  if (!a) return fail("application", input, NOT_IN_CATALOG, APP_EXPECTED);
  return ok(a);
}

/* ---------- polarity ---------- */

export type ArrayType = "A" | "B" | "C";
export type PolarityMethod = "A" | "B" | "C" | "U1" | "U2";
export type DuplexCordType = "A-to-B" | "A-to-A";

export type Polarity =
  | { kind: "cable"; type: ArrayType }
  | { kind: "method"; method: PolarityMethod }
  | { kind: "duplex-cord"; type: DuplexCordType }
  | { kind: "path"; types: ArrayType[] };

const POLARITY_EXPECTED =
  'a cable type (Type A, B or C), a method (Method A, B, C, U1, U2), a duplex cord (A-to-B, A-to-A) or a path such as "A,A,A,A,B"';

/** Reads polarity: "Type B", "B", "Method A", "U1", "A-to-B", "A-A", or a path "A,A,A,A,B". */
export function parsePolarity(input: unknown): ParseResult<Polarity> {
  if (Array.isArray(input)) {
    const types = input.flat(2).filter((v) => v !== "" && v !== null && v !== undefined).map((v) => safeText(v).trim().toUpperCase());
    if (types.length && types.every((t) => /^(TYPE\s*)?[ABC]$/.test(t))) {
      return ok({ kind: "path", types: types.map((t) => t.slice(-1) as ArrayType) });
    }
    return fail("polarity path", input, "not a list of A, B or C", POLARITY_EXPECTED);
  }
  if (typeof input !== "string") return fail("polarity", input, "not text", POLARITY_EXPECTED);
  const s = input.trim().toUpperCase().replace(/[\u2010-\u2015]/g, "-");
  if (!s) return fail("polarity", input, "empty", POLARITY_EXPECTED);
  let m: RegExpExecArray | null;
  if ((m = /^(?:POLARITY\s*)?(?:TYPE|TIA)?[\s-]*([ABC])$/.exec(s))) return ok({ kind: "cable", type: m[1] as ArrayType });
  if ((m = /^(?:POLARITY\s*)?(?:CONNECTIVITY\s*)?METHOD[\s-]*([ABC]|U[12])$/.exec(s))) return ok({ kind: "method", method: m[1] as PolarityMethod });
  if ((m = /^(?:TYPE[\s-]*)?(U[12])$/.exec(s))) return ok({ kind: "method", method: m[1] as PolarityMethod });
  if ((m = /^A[\s-]*(?:TO)?[\s-]*([AB])(?:\s*(?:DUPLEX|CORD|PATCH ?CORD))?$/.exec(s))) {
    return ok({ kind: "duplex-cord", type: m[1] === "B" ? "A-to-B" : "A-to-A" });
  }
  if (/^[ABC](\s*[,;>→]\s*[ABC])+$/.test(s)) return ok({ kind: "path", types: s.split(/\s*[,;>→]\s*/) as ArrayType[] });
  return fail("polarity", input, "not a polarity type or method", POLARITY_EXPECTED);
}

export const formatPolarity = (p: Polarity): string =>
  p.kind === "cable" ? `Type ${p.type}` : p.kind === "method" ? `Method ${p.method}` : p.kind === "duplex-cord" ? p.type : p.types.join(",");

/* ---------- other small fields ---------- */

export type Priority = "performance" | "cost" | "density";
export const parsePriority = (input: unknown): ParseResult<Priority> => {
  const s = typeof input === "string" ? input.trim().toLowerCase() : "";
  if (s === "performance" || s === "perf" || s === "reliability") return ok("performance");
  if (s === "cost" || s === "price" || s === "budget") return ok("cost");
  if (s === "density") return ok("density");
  return fail("priority", input, "not a priority", "performance, cost or density");
};

export type LossGrade = "standard" | "low-loss";
export const parseLossGrade = (input: unknown): ParseResult<LossGrade> => {
  const s = typeof input === "string" ? input.trim().toLowerCase().replace(/[\s_-]+/g, "") : "";
  if (/^(standard|std|tia|normal)$/.test(s)) return ok("standard");
  if (/^(lowloss|ll|elite|ultralowloss|ull|premium)$/.test(s)) return ok("low-loss");
  return fail("loss grade", input, "not a loss grade", "standard or low-loss (Elite)");
};

/** A count such as mated pairs or splices: a whole number of 0 or more. */
export function parseCount(input: unknown, what: string): ParseResult<number> {
  const n = typeof input === "number" ? input : typeof input === "string" ? parseDecimal(input) : undefined;
  if (n === undefined || !Number.isInteger(n) || n < 0 || n > 1000) {
    return fail(what, input, "not a whole number", "a whole number of 0 or more");
  }
  return ok(n);
}

/** A wavelength with a cabled attenuation figure, in nm: 850, "1300 nm", "1550nm". */
export function parseWavelength(input: unknown): ParseResult<Wavelength> {
  const s = typeof input === "string" ? input.trim().replace(/\s*nm$/i, "") : "";
  const n = typeof input === "number" ? input : parseDecimal(s);
  const w = WAVELENGTHS.find((x) => x === n);
  return w ? ok(w) : fail("wavelength", input, "not a wavelength with a cabled attenuation figure", "850 or 1300 (nm) for multimode, 1310 or 1550 for single-mode");
}

/** A loss figure in dB, written as 0.5, "0.5 dB" or "0,5". */
export function parseDb(input: unknown, what: string): ParseResult<number> {
  const s = typeof input === "number" ? String(input) : typeof input === "string" ? input.trim().replace(/\s*db$/i, "") : "";
  const n = typeof input === "number" ? input : parseDecimal(s);
  if (n === undefined || !Number.isFinite(n) || n < 0 || n > 100) return fail(what, input, "not a loss in dB", "a number of dB such as 0.35 or 0.75");
  return ok(n);
}
