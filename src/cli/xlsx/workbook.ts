/** The package structure of a workbook (OPC relationships): which part is which sheet. */
import * as path from "path";
import { InputError } from "../errors";
import { attr, parseXmlText } from "./xml";
import type { Package } from "./zip";

export interface Relationship {
  id: string;
  type: string;
  /** The part it points at, as a package path without the leading "/" (undefined when external). */
  part?: string;
}

/** The relationships part that belongs to a part: xl/_rels/workbook.xml.rels for xl/workbook.xml. */
export const relsPartOf = (part: string): string => path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`).replace(/^\.\//, "");

/** A relationship target resolved against the folder of the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  const t = target.split("#")[0];
  const joined = t.startsWith("/") ? t.slice(1) : path.posix.join(path.posix.dirname(fromPart), t);
  return path.posix.normalize(joined).replace(/^(\.\/)+/, "");
}

export async function readRels(pkg: Package, fromPart: string): Promise<Relationship[]> {
  const relsName = fromPart === "" ? "_rels/.rels" : relsPartOf(fromPart);
  const part = pkg.part(relsName);
  if (!part) return [];
  const rels: Relationship[] = [];
  parseXmlText(await pkg.text(part), part.name, pkg.displayName, {
    open(local, tag) {
      if (local !== "Relationship") return;
      const target = attr(tag, "Target") ?? "";
      const external = attr(tag, "TargetMode") === "External";
      rels.push({ id: attr(tag, "Id") ?? "", type: attr(tag, "Type") ?? "", ...(external ? {} : { part: resolveTarget(fromPart, target) }) });
    },
  });
  return rels;
}

const isType = (r: Relationship, kind: string) => r.type.endsWith(`/${kind}`);

export interface WorkbookSheet {
  name: string;
  /** The worksheet part, e.g. xl/worksheets/sheet1.xml. */
  part: string;
}

export interface WorkbookStructure {
  workbookPart: string;
  /** Worksheets in tab order (chart sheets and dialog sheets are not schedules). */
  sheets: WorkbookSheet[];
  sharedStrings?: string;
  styles?: string;
  date1904: boolean;
}

export async function readStructure(pkg: Package): Promise<WorkbookStructure> {
  const root = await readRels(pkg, "");
  const officeDocument = root.find((r) => isType(r, "officeDocument") && r.part);
  const workbookPart = officeDocument?.part ?? "xl/workbook.xml";
  const wbPart = pkg.need(workbookPart, "workbook part");
  const rels = await readRels(pkg, wbPart.name);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  parseXmlText(await pkg.text(wbPart), wbPart.name, pkg.displayName, {
    open(local, tag) {
      if (local === "workbookPr") date1904 = ["1", "true"].includes(attr(tag, "date1904") ?? "");
      if (local !== "sheet") return;
      const id = Object.entries(tag.attributes).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1];
      const rel = id === undefined ? undefined : byId.get(String(id));
      const name = attr(tag, "name") ?? "";
      if (!rel?.part) throw new InputError(`cannot read ${pkg.displayName}: sheet "${name}" points at no part in ${wbPart.name}`);
      if (isType(rel, "worksheet")) sheets.push({ name, part: rel.part });
    },
  });
  const sst = rels.find((r) => isType(r, "sharedStrings"))?.part;
  const styles = rels.find((r) => isType(r, "styles"))?.part;
  return { workbookPart: wbPart.name, sheets, ...(sst ? { sharedStrings: sst } : {}), ...(styles ? { styles } : {}), date1904 };
}
