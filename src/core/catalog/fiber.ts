import { Sourced, sourced } from "./sourced";

export type FiberKind = "MMF" | "SMF";
export type FiberGrade = "OM1" | "OM2" | "OM3" | "OM4" | "OM5" | "OS1" | "OS1a" | "OS2";

export const FIBER_GRADES: readonly FiberGrade[] = ["OM1", "OM2", "OM3", "OM4", "OM5", "OS1", "OS1a", "OS2"];

/** A fiber as a schedule names it: always a kind, a grade when the schedule gives one. */
export interface Fiber {
  kind: FiberKind;
  grade?: FiberGrade;
  /** Core diameter in µm where the text gives it (50/125, 62.5/125). */
  coreUm?: number;
}

export const kindOfGrade = (g: FiberGrade): FiberKind => (g.startsWith("OM") ? "MMF" : "SMF");

/**
 * Maximum cabled attenuation used for design checks, dB/km, at the wavelength the
 * application uses (850 nm multimode; 1310 nm single-mode).
 */
export const ATTENUATION_DB_PER_KM: Readonly<Record<FiberGrade, Sourced<number>>> = {
  OM1: sourced(3.5, "tia-568-mmf-attenuation"),
  OM2: sourced(3.5, "tia-568-mmf-attenuation"),
  OM3: sourced(3.5, "tia-568-mmf-attenuation"),
  OM4: sourced(3.5, "tia-568-mmf-attenuation"),
  OM5: sourced(3.5, "tia-568-mmf-attenuation"),
  OS1: sourced(1.0, "tiafotc-smf-attenuation"),
  OS1a: sourced(1.0, "tiafotc-smf-attenuation"),
  OS2: sourced(0.4, "tiafotc-smf-attenuation"),
};

/**
 * The wavelengths a cabled attenuation maximum is given at (TIA-568.3): 850 and 1300 nm on
 * multimode, 1310 and 1550 nm on single-mode.
 */
export type Wavelength = 850 | 1300 | 1310 | 1550;
export const WAVELENGTHS: readonly Wavelength[] = [850, 1300, 1310, 1550];
/** The window each kind's applications use by default: the one ATTENUATION_DB_PER_KM is given at. */
export const DEFAULT_WAVELENGTH: Readonly<Record<FiberKind, Wavelength>> = { MMF: 850, SMF: 1310 };
/** The windows each kind has figures for; 1300 and 1310 nm name the same window (multimode lists 1300, single-mode 1310). */
export const WAVELENGTHS_OF: Readonly<Record<FiberKind, readonly [Wavelength, Wavelength]>> = { MMF: [850, 1300], SMF: [1310, 1550] };

const MMF_1300 = sourced(1.5, "tia-568.3-cabled-attenuation");
const OS1_1550 = sourced(1.0, "tia-568.3-cabled-attenuation", true, "inside plant, either wavelength");
/**
 * OS2 at 1550 nm: IEEE states its single-mode reaches on 0.4 dB/km OS2 fiber; TIA-568.3 allows
 * up to 0.5 dB/km outside plant at either wavelength. Taken as 0.4, marked unconfirmed.
 */
const OS2_1550 = sourced(0.4, "tiafotc-smf-attenuation", false, "IEEE's 0.4 dB/km OS2 basis taken at 1550 nm; TIA-568.3 allows 0.5 dB/km outside plant");

/**
 * Cabled attenuation of a grade at a wavelength; undefined when the wavelength is not one of
 * the grade's kind (1550 nm on OM4). Multimode 1310 nm is read as its 1300 nm window and
 * single-mode 1300 nm as 1310 nm.
 */
export function attenuationAt(grade: FiberGrade, nm: Wavelength): Sourced<number> | undefined {
  const kind = kindOfGrade(grade);
  const window = kind === "MMF" && nm === 1310 ? 1300 : kind === "SMF" && nm === 1300 ? 1310 : nm;
  if (window === DEFAULT_WAVELENGTH[kind]) return ATTENUATION_DB_PER_KM[grade];
  if (kind === "MMF") return window === 1300 ? MMF_1300 : undefined;
  if (window !== 1550) return undefined;
  return grade === "OS2" ? OS2_1550 : OS1_1550;
}

/** Attenuation for a fiber whose grade is not known: the worst case of its kind. */
export const attenuationFor = (fiber: Fiber): Sourced<number> =>
  fiber.grade ? ATTENUATION_DB_PER_KM[fiber.grade] : fiber.kind === "MMF" ? ATTENUATION_DB_PER_KM.OM3 : ATTENUATION_DB_PER_KM.OS1a;

/** Jacket colours (TIA-568 practice, FOA-derived); a hint only: the printed legend wins. */
export const JACKET_COLOURS: Readonly<Record<FiberGrade, readonly string[]>> = {
  OM1: ["orange"],
  OM2: ["orange"],
  OM3: ["aqua"],
  OM4: ["aqua", "violet", "erika violet", "purple", "magenta"],
  OM5: ["lime", "lime green"],
  OS1: ["yellow"],
  OS1a: ["yellow"],
  OS2: ["yellow"],
};
