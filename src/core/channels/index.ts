export { ChannelCollector, CHANNEL_WIDE_RULES, type ChannelResult, type ChannelJunction } from "./judge";
export type { PathElement } from "./types";
export { portKey, parseAdapter, traceChannels } from "./trace";
export { endRole } from "./roles";
export type { AdapterAtEnd, ChannelSource, ChannelView, EndRole, EndRoleResult } from "./types";
