import { Sourced, sourced } from "./sources";

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
