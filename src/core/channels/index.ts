export { ChannelCollector, CHANNEL_WIDE_RULES, type ChannelElement, type ChannelResult } from "./judge";
export { portKey, portRange, parseAdapter, traceChannels } from "./trace";
export { endRole } from "./roles";
export type { ChannelSource, ChannelView, EndRole, EndRoleResult } from "./types";
