import { ChannelResult, Finding, ScheduleResult, checkSchedule, CheckOptions } from "../../../src/core";

/** A cable of a test channel; locations are made up by the builder. */
export interface Cable {
  a: string;
  b: string;
  polarity?: string;
  /** The adapter at this cable's end B (between it and the next cable). */
  adapter?: string;
  fiber?: string;
  length?: string;
  app?: string;
  component?: string;
}

export const HEADER = ["Cable ID", "Link", "Seq", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter", "Component"];

export type Style = "explicit" | "ports";

/**
 * Rows for one channel from leaf01 Eth1/1 to spine01 Eth1/1. explicit: a link id and a
 * sequence (written in reverse sheet order, so the sequence must be followed); ports: no link
 * id, each panel port written one way by the cable arriving and another by the cable leaving.
 */
export function channelRows(style: Style, cables: readonly Cable[], link = "L1", start = "leaf01 Eth1/1", end = "spine01 Eth1/1"): unknown[][] {
  const rows = cables.map((c, k) => {
    const from = k === 0 ? start : style === "ports" ? `pp-${link}-${k} port 0${k}` : `PP-${link}-${k}:${k}`;
    const to = k === cables.length - 1 ? end : `PP-${link}-${k + 1}:${k + 1}`;
    return [`${link}-C${k + 1}`, style === "explicit" ? link : "", style === "explicit" ? k + 1 : "", from, to, c.a, c.b, c.fiber ?? "OM4", c.length ?? "3 m", c.app ?? "100GBASE-SR4", c.polarity ?? "", c.adapter ?? "", c.component ?? ""];
  });
  return style === "explicit" ? rows.reverse() : rows;
}

export const check = (rows: unknown[][], options?: CheckOptions): ScheduleResult => {
  const r = checkSchedule([HEADER, ...rows], options);
  if (!r.ok) throw new Error(r.problem?.message);
  return r;
};

/** The one channel of a schedule built from one channel's rows. */
export function onlyChannel(r: ScheduleResult): ChannelResult {
  expect(r.channels).toHaveLength(1);
  return r.channels[0];
}

export const rulesOf = (findings: readonly Finding[], severity?: string): string[] =>
  [...new Set(findings.filter((f) => !severity || f.severity === severity).map((f) => f.rule))].sort();

/** Checks a grid under its own header (the schedule must be read). */
export const checkWith = (header: readonly unknown[], rows: unknown[][]): ScheduleResult => {
  const r = checkSchedule([[...header], ...rows]);
  if (!r.ok) throw new Error(r.problem?.message);
  return r;
};

/** The channels' link ids in natural order. */
export const sortedLinks = (channels: readonly ChannelResult[]): string[] => channels.map((c) => c.link).sort((x, y) => x.localeCompare(y, "en", { numeric: true }));

export const polarityFindings = (c: ChannelResult): Finding[] => c.findings.filter((f) => f.rule === "channel-polarity");
