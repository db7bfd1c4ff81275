export { ChannelCollector, CHANNEL_WIDE_RULES, type ChannelResult } from "./judge";
export type { PathElement } from "./types";
export { portKey, parseAdapter, traceChannels } from "./trace";
export { endRole } from "./roles";
export type { ChannelSource, ChannelView, EndRole, EndRoleResult } from "./types";
