import type { Fiber } from "./catalog/fiber";
import { Connector, formatConnector, isArray } from "./connector";
import { METRES_PER, formatPolarity } from "./fields";
import { DESCRIPTION_PREFIX } from "./foreign-schedules";
import { RowValues, rowValues } from "./row-values";
import { ScheduleResult, isPanelLocation, plugsIntoTransceiver } from "./schedule";

/**
 * NetBox's bulk cable import (Cables > Import, CSV). Columns and choice values as in NetBox
 * 4.6.8: dcim/forms/bulk_import.py CableImportForm; dcim/choices.py CableTypeChoices,
 * LinkStatusChoices, CableLengthUnitChoices, PortTypeChoices; netbox/choices.py ColorChoices;
 * the cable CSV of dcim/tests/test_views.py (side_a_device,side_a_type,side_a_name,...).
 */
export const NETBOX_CABLE_COLUMNS = [
  "side_a_device", "side_a_type", "side_a_name", "side_b_device", "side_b_type", "side_b_name",
  "type", "status", "label", "color", "length", "length_unit", "description",
] as const;

/** CableTypeChoices values for fiber. OS1a has no value of its own: generic smf, the grade kept in description. */
export function netboxCableType(fiber: Fiber | undefined): string {
  if (!fiber) return "";
  if (fiber.grade && fiber.grade !== "OS1a") return `${fiber.kind === "MMF" ? "mmf" : "smf"}-${fiber.grade.toLowerCase()}`;
  return fiber.kind === "MMF" ? "mmf" : "smf";
}

/** PortTypeChoices value for a connector (NetBox holds it on the port, not the cable). E-2000 is NetBox's LSH. */
export function netboxPortType(c: Connector | undefined): string {
  if (!c) return "";
  if (isArray(c)) return "mpo";
  const base: Record<string, string> = { LC: "lc", SC: "sc", FC: "fc", ST: "st", CS: "cs", SN: "sn", MDC: "mdc", E2000: "lsh", MTRJ: "mtrj" };
  const b = base[c.family] ?? "other";
  return c.polish && ["lc", "sc", "fc", "lsh"].includes(b) ? `${b}-${c.polish.toLowerCase()}` : b;
}

/** ColorChoices names NetBox's import accepts by name (it takes a name or a hex code). */
const NETBOX_COLOURS = ["Dark Red", "Red", "Pink", "Rose", "Fuchsia", "Purple", "Dark Purple", "Indigo", "Blue", "Light Blue", "Cyan", "Teal", "Aqua", "Dark Green", "Green", "Light Green", "Lime", "Yellow", "Amber", "Orange", "Dark Orange", "Brown", "Light Grey", "Grey", "Dark Grey", "Black", "White"];

const DESCRIPTION_MAX = 200;

export interface NetboxUnmapped {
  row: number;
  reason: string;
}

export interface NetboxExport {
  header: string[];
  rows: string[][];
  unmapped: NetboxUnmapped[];
}

/** A device and port from From/To: separate columns, "device:port", or "device port" (the last word is the port). */
export function devicePort(end: string | undefined, port: string | undefined): { device: string; port: string } | string {
  if (!end) return "names no device";
  if (port) return { device: end, port };
  const colon = end.indexOf(":");
  if (colon > 0 && colon < end.length - 1) return { device: end.slice(0, colon).trim(), port: end.slice(colon + 1).trim() };
  const space = end.trim().lastIndexOf(" ");
  if (space > 0) return { device: end.slice(0, space).trim(), port: end.slice(space + 1).trim() };
  return `"${end}" names no port (write device:port, "device port", or give a port column)`;
}

export function netboxDescription(v: RowValues): string {
  const parts = [DESCRIPTION_PREFIX];
  const fields: string[] = [];
  if (v.a) fields.push(`A=${formatConnector(v.a)}`);
  if (v.b) fields.push(`B=${formatConnector(v.b)}`);
  const fibers = v.fiberCount ?? (v.a && isArray(v.a) ? v.a.fiberCount : undefined);
  if (fibers !== undefined) fields.push(`fibers=${fibers}`);
  if (v.polarity) fields.push(`polarity=${formatPolarity(v.polarity)}`);
  if (v.fiber?.grade === "OS1a") fields.push("grade=OS1a");
  if (v.a || v.b) fields.push(`ports=${netboxPortType(v.a) || "?"}/${netboxPortType(v.b) || "?"}`);
  if (v.colour && !NETBOX_COLOURS.some((c) => c.toLowerCase() === v.colour?.toLowerCase())) fields.push(`jacket=${v.colour}`);
  const text = `${parts[0]} ${fields.join(" | ")}`;
  return text.length > DESCRIPTION_MAX ? `${text.slice(0, DESCRIPTION_MAX - 1)}…` : text;
}

const NETBOX_UNITS = new Set(Object.keys(METRES_PER));

/** The schedule as NetBox cable-import CSV rows; rows that cannot be a NetBox cable are listed with why. */
export function netboxExport(grid: readonly (readonly unknown[])[], result: ScheduleResult): NetboxExport {
  const rows: string[][] = [];
  const unmapped: NetboxUnmapped[] = [];
  for (const v of rowValues(grid, result)) {
    const a = devicePort(v.endA, v.portA);
    const b = devicePort(v.endB, v.portB);
    if (typeof a === "string" || typeof b === "string") {
      unmapped.push({ row: v.result.row, reason: [typeof a === "string" ? `From ${a}` : "", typeof b === "string" ? `To ${b}` : ""].filter(Boolean).join("; ") });
      continue;
    }
    // a trunk lands on panels' rear ports; cords on front ports or equipment interfaces
    const locA = [v.endA, v.portA].filter(Boolean).join(" ");
    const locB = [v.endB, v.portB].filter(Boolean).join(" ");
    const atPanel = (loc: string) => isPanelLocation(loc) && !plugsIntoTransceiver(loc);
    const trunk = !!v.a && !!v.b && isArray(v.a) && isArray(v.b) && atPanel(locA) && atPanel(locB);
    const side = (loc: string) => (atPanel(loc) ? (trunk ? "dcim.rearport" : "dcim.frontport") : "dcim.interface");
    const unit = v.length && NETBOX_UNITS.has(v.length.unit) ? v.length.unit : "m";
    const length = v.length ? String(Math.round((v.length.metres / METRES_PER[unit]) * 100) / 100) : "";
    const colour = v.colour ? NETBOX_COLOURS.find((c) => c.toLowerCase() === v.colour?.toLowerCase()) ?? "" : "";
    rows.push([a.device, side(locA), a.port, b.device, side(locB), b.port, netboxCableType(v.fiber), "planned", v.cableId ?? "", colour, length, length ? unit : "", netboxDescription(v)]);
  }
  return { header: [...NETBOX_CABLE_COLUMNS], rows, unmapped };
}
