import { isArray } from "../connector";
import { defineRule } from "./rule";
import { distinctConnectors, text } from "./util";

/**
 * R25: a breakout fans an array out to duplex legs, two fibers each: MPO-12 → 6, MPO-8 → 4,
 * MPO-24 → 12; an 8-fiber application on an MPO-12 harness (SR4 to 4 x 10G) uses 4.
 */
export default defineRule({
  id: "breakout-fanout",
  severity: "error",
  title: "Breakout legs match the array's fibers",
  sources: ["fiber-optical-networking"],
  factSheet: "R25",
  checkRow: (row) => {
    const conns = distinctConnectors(row);
    const array = conns.find((e) => isArray(e.connector) && e.connector.fiberCount !== undefined);
    const legs = conns.find((e) => !isArray(e.connector) && e.connector.legs !== undefined);
    if (!array || !legs) return [];
    const n = array.connector.fiberCount as number;
    const fibersPerLeg = legs.connector.duplex === false ? 1 : 2;
    const allowed = new Set([n / fibersPerLeg]);
    if (row.application?.signal === "parallel") allowed.add(row.application.fibersUsed / fibersPerLeg);
    if ([...allowed].includes(legs.connector.legs as number)) return [];
    return [
      {
        params: { end: legs.end, connector: text(legs.connector), legs: legs.connector.legs as number, expected: `${[...allowed].join(" or ")} legs from ${text(array.connector)}` },
        columns: [legs.field, array.field],
      },
    ];
  },
});
