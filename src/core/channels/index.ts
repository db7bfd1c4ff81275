export { ChannelCollector, CHANNEL_WIDE_RULES, type ChannelElement, type ChannelJunction, type ChannelResult } from "./judge";
export type { PathElement } from "./types";
export { portKey, portRange, parseAdapter, traceChannels } from "./trace";
export { endRole } from "./roles";
export type { AdapterAtEnd, ChannelSource, ChannelView, EndRole, EndRoleResult } from "./types";
