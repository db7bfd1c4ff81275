import { Sourced, sourced } from "./sourced";

export type ConnectionGrade = "standard" | "low-loss";

/**
 * Loss per mated pair used for design checks. "standard" is the TIA maximum for any
 * connector, MPO included; "low-loss" is the MTP Elite / low-loss MPO maximum, which the
 * fact sheet could not confirm from US Conec directly.
 */
export const MATED_PAIR_LOSS_DB: Readonly<Record<ConnectionGrade, Sourced<number>>> = {
  standard: sourced(0.75, "fluke-tia-connector-max"),
  "low-loss": sourced(0.35, "fs-mtp-guide", false, "Elite / low-loss maximum; consistent across vendors, not confirmed from US Conec"),
};

/** Splice loss for design checks: FOA's typical multimode figure; as the TIA maximum it is UNCONFIRMED. */
export const SPLICE_LOSS_DB: Sourced<number> = sourced(0.3, "foa-loss-budget", false, "0.3 dB as the TIA maximum is unconfirmed");

/** TIA maximum per mated pair: a schedule entering more than this is above standard grade. */
export const TIA_MAX_PAIR_LOSS_DB = MATED_PAIR_LOSS_DB.standard;

/** Mated pairs assumed in a channel when the schedule does not say (patch panel at each end). */
export const DEFAULT_MATED_PAIRS = 2;
