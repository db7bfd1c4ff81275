/**
 * Connector Check's engine. Pure TypeScript: no Office.js, no I/O. The add-in, the custom
 * functions and the command line all call this.
 */
export * from "./connector";
export * from "./fields";
export * from "./parse-result";
export * from "./catalog/sources";
export { sourced } from "./catalog/sourced";
export * from "./catalog/fiber";
export * from "./catalog/applications";
export * from "./catalog/loss-grades";
export * from "./loss";
export * from "./polarity";
export * from "./mating";
export * from "./findings";
export * from "./messages";
export * from "./headers";
export * from "./spec";
export * from "./spec-basics";
export * from "./spec-sheet";
export * from "./recommend";
export * from "./check-cable";
export * from "./schedule";
export * from "./annotate";
export * from "./bom";
export * from "./row-values";
export * from "./netbox";
export * from "./foreign-schedules";
export { RULES, ruleById } from "./rules";
export type { Rule, RowContext, PairSide, EndContext, Draft } from "./rules/rule";
export { CHANNEL_WIDE_RULES, endRole, portKey, type ChannelResult, type ChannelSource, type PathElement } from "./channels";
