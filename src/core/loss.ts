import { DEFAULT_WAVELENGTH, FiberGrade, Wavelength, attenuationAt, kindOfGrade } from "./catalog/fiber";
import { MATED_PAIR_LOSS_DB, SPLICE_LOSS_DB } from "./catalog/loss-grades";

export interface ChannelLossInput {
  grade: FiberGrade;
  lengthM: number;
  matedPairs: number;
  splices?: number;
  /** dB per mated pair; default the TIA maximum 0.75 dB. */
  pairLossDb?: number;
  /** dB per splice; default 0.3 dB. */
  spliceLossDb?: number;
  /** Cabled attenuation in dB/km; default per grade from the catalog (TIA-568 multimode, IEEE single-mode basis). */
  dbPerKm?: number;
  /** Wavelength the attenuation is taken at (default 850 nm multimode, 1310 nm single-mode); dbPerKm, when given, wins. */
  wavelengthNm?: Wavelength;
}

export interface ChannelLoss {
  totalDb: number;
  fiberDb: number;
  connectionsDb: number;
  splicesDb: number;
  /** false when a default used is UNCONFIRMED in the fact sheet (rules then warn, not error). */
  confirmed: boolean;
}

/**
 * Channel insertion loss = length x attenuation + mated pairs x pair loss + splices x splice loss
 * (FOA loss-budget method; Fluke). Every default can be overridden.
 */
export function channelLoss(input: ChannelLossInput): ChannelLoss {
  // a wavelength outside the grade's windows falls back to the default one; callers check it with attenuationAt first
  const catalogAtt =
    (input.wavelengthNm !== undefined ? attenuationAt(input.grade, input.wavelengthNm) : undefined) ??
    attenuationAt(input.grade, DEFAULT_WAVELENGTH[kindOfGrade(input.grade)])!;
  const att = input.dbPerKm ?? catalogAtt.value;
  const pair = input.pairLossDb ?? MATED_PAIR_LOSS_DB.standard.value;
  const splices = input.splices ?? 0;
  const splice = input.spliceLossDb ?? SPLICE_LOSS_DB.value;
  const fiberDb = (input.lengthM / 1000) * att;
  const connectionsDb = input.matedPairs * pair;
  const splicesDb = splices * splice;
  const confirmed =
    (input.dbPerKm !== undefined || catalogAtt.confirmed) &&
    (input.pairLossDb !== undefined || MATED_PAIR_LOSS_DB.standard.confirmed) &&
    (splices === 0 || input.spliceLossDb !== undefined || SPLICE_LOSS_DB.confirmed);
  return { totalDb: fiberDb + connectionsDb + splicesDb, fiberDb, connectionsDb, splicesDb, confirmed };
}

/** Rounds dB figures for display and formulas (0.01 dB). */
export const roundDb = (db: number): number => Math.round(db * 100 + Number.EPSILON * 100) / 100;

/**
 * Budget minus loss, in dB: negative when the channel is over budget. Taken from the loss as
 * shown (rounded to 0.01), so loss, budget and margin add up wherever the three appear together.
 */
export const lossMarginDb = (budgetDb: number, lossDb: number): number => roundDb(budgetDb - roundDb(lossDb));
