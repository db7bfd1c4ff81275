import { isArray } from "../connector";
import type { Connector } from "../connector";
import { defineRule } from "./rule";
import { distinctConnectors, text } from "./util";

/** Fibers an array leg of a harness lights: a Base-12 leg of a parallel fan-out carries 8 (SR4/DR4 style). */
const litOnLeg = (leg: Connector): number | undefined => (leg.fiberCount === 12 ? 8 : leg.fiberCount);

/**
 * R25: a breakout fans an array out to legs, and the legs must account for its fibers
 * (fact sheet §0, published fan-outs): duplex legs two fibers each (MPO-12 → 6, MPO-8 → 4,
 * SR4/DR4 on MPO-12 → 4, 400G-SR8 on MPO-16 → 8); array legs in whole arrays (MPO-24 →
 * 2 × MPO-12 or 3 × MPO-8, MPO-16 → 2 × MPO-12 or 2 × MPO-8, MPO-32 → 2 × MPO-16).
 */
export default defineRule({
  id: "breakout-fanout",
  severity: "error",
  title: "Breakout legs match the array's fibers",
  sources: ["fiber-optical-networking", "senko-mpo16"],
  factSheet: "R25",
  checkRow: (row) => {
    const conns = distinctConnectors(row);
    const array = conns.find((e) => isArray(e.connector) && e.connector.fiberCount !== undefined && e.connector.legs === undefined);
    const legs = conns.find((e) => e !== array && e.connector.legs !== undefined);
    if (!array || !legs) return [];
    const n = array.connector.fiberCount as number;
    const count = legs.connector.legs as number;
    const allowed = new Set<number>();
    if (isArray(legs.connector)) {
      const per = legs.connector.fiberCount;
      const lit = litOnLeg(legs.connector);
      if (per === undefined) return [];
      for (const f of [per, lit ?? per]) if (n % f === 0) allowed.add(n / f);
      if (row.application?.signal === "parallel" && lit && row.application.fibersUsed % lit === 0) allowed.add(row.application.fibersUsed / lit);
    } else {
      const fibersPerLeg = legs.connector.duplex === false ? 1 : 2;
      allowed.add(n / fibersPerLeg);
      if (row.application?.signal === "parallel") allowed.add(row.application.fibersUsed / fibersPerLeg);
    }
    if (allowed.has(count)) return [];
    return [
      {
        params: { end: legs.end, connector: text(legs.connector), legs: count, expected: `${[...allowed].sort((x, y) => x - y).join(" or ")} legs from ${text(array.connector)}` },
        columns: [legs.field, array.field],
      },
    ];
  },
});
