/**
 * Offline structural check of manifest.xml (the Office validator, `npm run validate`, needs the
 * network). Checks what the schemas cannot (resids resolve to resources of the right kind, the
 * shared runtime's resid is the same everywhere, the CONNECTOR namespace, the ribbon buttons)
 * and what matters most in the schema (element order), plus the production copy in dist/.
 */
import fs from "fs";
import path from "path";
import { XMLParser } from "fast-xml-parser";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { completeFunctionsMetadata } from "../../scripts/functions-metadata";

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

type Raw = Record<string, unknown>;

function toNode(raw: Raw): Node | null {
  const name = Object.keys(raw).find((k) => k !== ":@");
  if (!name || name.startsWith("?") || name === "#comment" || name === "#text") return null;
  const kids = raw[name] as Raw[];
  return {
    name,
    attrs: (raw[":@"] as Record<string, string>) ?? {},
    children: kids.map(toNode).filter((n): n is Node => n !== null),
    text: kids.map((k) => (typeof k["#text"] === "string" || typeof k["#text"] === "number" ? String(k["#text"]) : "")).join("").trim(),
  };
}

function parseManifest(xml: string): Node {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, commentPropName: "#comment", parseTagValue: false });
  const roots = (parser.parse(xml) as Raw[]).map(toNode).filter((n): n is Node => n !== null);
  expect(roots).toHaveLength(1);
  return roots[0];
}

const all = (node: Node): Node[] => [node, ...node.children.flatMap(all)];
const child = (node: Node, name: string): Node => {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
};
const path_ = (node: Node, ...names: string[]): Node => names.reduce(child, node);

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_URL = "https://localhost:3000/";
const app = parseManifest(SOURCE);
const overrides = child(app, "VersionOverrides");
const host = path_(overrides, "Hosts", "Host");
const resources = child(overrides, "Resources");

/** Resource ids by kind: bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
const resourcesOf = (kind: string): Map<string, string> =>
  new Map(child(resources, kind).children.map((r) => [r.attrs.id, r.attrs.DefaultValue]));
const images = resourcesOf("bt:Images");
const urls = resourcesOf("bt:Urls");
const shortStrings = resourcesOf("bt:ShortStrings");
const longStrings = resourcesOf("bt:LongStrings");

/**
 * The CustomFunctionsRuntime version each thing the functions use needs: runtime APIs as
 * @types/custom-functions-runtime tags them ("[Api set: CustomFunctionsRuntime 1.3]"), metadata
 * properties as the requirement-set page lists them:
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
 */
const METADATA_PROPERTY_SETS: Record<string, string> = { allowCustomDataForDataTypeAny: "1.4" };
const customFunctionsRuntimeUsed: { version: string; uses: string[] } = { version: "", uses: [] };

/** The Api set in the doc comment right before a declaration; undefined when it names none (the ErrorCode enum itself). */
function apiSetOf(declarations: string, declaration: RegExp): string | undefined {
  const at = declarations.search(declaration);
  if (at < 0) throw new Error(`no declaration ${declaration} in @types/custom-functions-runtime`);
  const comment = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/.exec(declarations.slice(0, at));
  return comment ? /\[Api set: CustomFunctionsRuntime (\d+\.\d+)\]/.exec(comment[1])?.[1] : undefined;
}

const newer = (a: string, b: string): boolean => {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am !== bm ? am > bm : an > bn;
};

beforeAll(async () => {
  const declarations = fs.readFileSync(require.resolve("@types/custom-functions-runtime/index.d.ts"), "utf8");
  const dir = path.join(ROOT, "src/functions");
  const code = fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
  const found: Array<[string, string | undefined]> = [];
  for (const [, member] of code.matchAll(/\bCustomFunctions\.ErrorCode\.(\w+)/g)) {
    found.push([`CustomFunctions.ErrorCode.${member}`, apiSetOf(declarations, new RegExp(`\\b${member} = "`))]);
  }
  for (const [, name] of code.matchAll(/\bCustomFunctions\.(\w+)\b(?!\.)/g)) {
    found.push([`CustomFunctions.${name}`, apiSetOf(declarations, new RegExp(`\\b(class|interface|function|enum) ${name}\\b`))]);
  }
  const untagged = found.filter(([what, version]) => !version && what !== "CustomFunctions.ErrorCode");
  if (untagged.length) throw new Error(`no Api set found for ${untagged.map(([what]) => what).join(", ")}`);
  const generated = await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"));
  const metadata = completeFunctionsMetadata(JSON.parse(generated.metadataJson)) as Record<string, unknown>;
  for (const [property, version] of Object.entries(METADATA_PROPERTY_SETS)) {
    if (metadata[property] !== undefined) found.push([`functions.json ${property}`, version]);
  }
  const uses = [...new Map(found.filter((f): f is [string, string] => f[1] !== undefined)).entries()].sort(([a], [b]) => a.localeCompare(b));
  customFunctionsRuntimeUsed.uses = uses.map(([what, version]) => `${what} (${version})`);
  customFunctionsRuntimeUsed.version = uses.map(([, v]) => v).reduce((max, v) => (newer(v, max) ? v : max), "1.1");
}, 30_000);

describe("manifest.xml", () => {
  test("is a task pane add-in for Excel with a GUID id and read/write access", () => {
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(child(app, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(app, "Version").text).toMatch(/^\d+(\.\d+){3}$/);
    expect(child(app, "Hosts").children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(child(app, "Permissions").text).toBe("ReadWriteDocument");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
  });

  test("top-level elements follow the schema's sequence, with every required one present", () => {
    // OfficeApp then TaskPaneApp sequence in OfficeAppManifestV1_1.xsd
    const sequence = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
      "Dictionary", "VersionOverrides",
    ];
    const required = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];
    const names = app.children.map((c) => c.name);
    for (const name of names) expect(sequence).toContain(name);
    for (const name of required) expect(names).toContain(name);
    const positions = names.map((n) => sequence.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
  });

  test("the host declares Runtimes, AllFormFactors, DesktopFormFactor in that order", () => {
    expect(host.children.map((c) => c.name)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    const desktop = child(host, "DesktopFormFactor");
    expect(desktop.children.map((c) => c.name)).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
  });

  test("declares the requirement sets of a shared runtime with custom functions", () => {
    const sets = path_(app, "Requirements", "Sets").children.map((s) => [s.attrs.Name, s.attrs.MinVersion]);
    expect(sets).toEqual(expect.arrayContaining([["SharedRuntime", "1.1"], ["CustomFunctionsRuntime", customFunctionsRuntimeUsed.version]]));
  });

  test("requires the CustomFunctionsRuntime version of the newest API and metadata property the functions use", () => {
    // An Excel with an older runtime would accept the add-in and then fail in the functions.
    // The list of uses is compared too, only so that a failure shows what needs the version.
    expect(customFunctionsRuntimeUsed.uses.length).toBeGreaterThan(0);
    const declared = path_(app, "Requirements", "Sets").children.find((s) => s.attrs.Name === "CustomFunctionsRuntime");
    expect({ declared: declared?.attrs.MinVersion, uses: customFunctionsRuntimeUsed.uses }).toEqual({
      declared: customFunctionsRuntimeUsed.version,
      uses: customFunctionsRuntimeUsed.uses,
    });
  });

  test("every URL is https", () => {
    const values = all(app).flatMap((n) => [...Object.values(n.attrs), n.text]).filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(values.length).toBeGreaterThan(5);
    for (const v of values.filter((v) => !v.startsWith("http://schemas.microsoft.com/") && !v.startsWith("http://www.w3.org/"))) {
      expect(v).toMatch(/^https:\/\//);
    }
  });

  test("resource ids are unique, every resid resolves to a resource of the right kind, and none is unused", () => {
    const ids = child(resources, "bt:Images").children.concat(
      child(resources, "bt:Urls").children,
      child(resources, "bt:ShortStrings").children,
      child(resources, "bt:LongStrings").children,
    ).map((r) => r.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32); // bt:ReferenceId

    const used = new Set<string>();
    const kindFor = (node: Node): Map<string, string> => {
      if (node.name === "bt:Image") return images;
      if (["SourceLocation", "FunctionFile", "Runtime", "LearnMoreUrl"].includes(node.name)) return urls;
      if (node.name === "Description") return longStrings;
      return shortStrings; // Label, Title, Namespace
    };
    const walk = (node: Node) => {
      if (node.attrs.resid !== undefined) {
        const kind = kindFor(node);
        if (!kind.has(node.attrs.resid)) throw new Error(`<${node.name} resid="${node.attrs.resid}"> has no matching resource of its kind`);
        used.add(node.attrs.resid);
      }
      node.children.forEach(walk);
    };
    walk(overrides);
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  test("the shared runtime uses one resid for the runtime, the functions page, the function file and the pane", () => {
    const runtime = path_(host, "Runtimes", "Runtime");
    expect(runtime.attrs.lifetime).toBe("long");
    const resid = runtime.attrs.resid;
    const functions = path_(host, "AllFormFactors", "ExtensionPoint");
    expect(functions.attrs["xsi:type"]).toBe("CustomFunctions");
    expect(path_(functions, "Page", "SourceLocation").attrs.resid).toBe(resid);
    expect(path_(host, "DesktopFormFactor", "FunctionFile").attrs.resid).toBe(resid);
    const showPane = all(host).filter((n) => n.name === "Action" && n.attrs["xsi:type"] === "ShowTaskpane");
    expect(showPane).toHaveLength(1);
    expect(child(showPane[0], "SourceLocation").attrs.resid).toBe(resid);
    expect(urls.get(resid)).toBe(path_(app, "DefaultSettings", "SourceLocation").attrs.DefaultValue);
    expect(urls.get(resid)).toBe(`${DEV_URL}taskpane.html`);
  });

  test("custom functions: script, metadata and the CONNECTOR namespace", () => {
    const functions = path_(host, "AllFormFactors", "ExtensionPoint");
    expect(functions.children.map((c) => c.name)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    expect(urls.get(path_(functions, "Script", "SourceLocation").attrs.resid)).toBe(`${DEV_URL}functions.js`);
    expect(urls.get(path_(functions, "Metadata", "SourceLocation").attrs.resid)).toBe(`${DEV_URL}functions.json`);
    expect(shortStrings.get(child(functions, "Namespace").attrs.resid)).toBe("CONNECTOR");
  });

  test("Home tab group 'Connector Check' has Check Sheet, Open Pane, Previous / Next Error and Help", () => {
    const surface = path_(host, "DesktopFormFactor", "ExtensionPoint");
    expect(surface.attrs["xsi:type"]).toBe("PrimaryCommandSurface");
    const tab = child(surface, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = child(tab, "Group");
    expect(shortStrings.get(child(group, "Label").attrs.resid)).toBe("Connector Check");
    const buttons = group.children.filter((c) => c.name === "Control");
    expect(buttons.map((b) => shortStrings.get(child(b, "Label").attrs.resid))).toEqual(["Check Sheet", "Open Pane", "Previous Error", "Next Error", "Help"]);
    expect(buttons.every((b) => b.attrs["xsi:type"] === "Button")).toBe(true);
    const actions = buttons.map((b) => child(b, "Action"));
    expect(actions.map((a) => a.attrs["xsi:type"]).sort()).toEqual(["ExecuteFunction", "ExecuteFunction", "ExecuteFunction", "ExecuteFunction", "ShowTaskpane"]);
    // the names the ribbon calls must be the ones the commands module associates
    const commands = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    for (const execute of actions.filter((a) => a.attrs["xsi:type"] === "ExecuteFunction")) {
      expect(commands).toContain(`Office.actions.associate("${child(execute, "FunctionName").text}"`);
    }
    const controlIds = buttons.map((b) => b.attrs.id);
    expect(new Set(controlIds).size).toBe(5);
    for (const b of buttons) expect(path_(b, "Supertip", "Description").attrs.resid).toBeDefined();
  });

  test("every icon it names exists in assets/ at the size it claims", () => {
    const iconUrls = [...images.values(), child(app, "IconUrl").attrs.DefaultValue, child(app, "HighResolutionIconUrl").attrs.DefaultValue];
    for (const url of iconUrls) {
      const match = /^https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)$/.exec(url);
      expect(match).not.toBeNull();
      const png = fs.readFileSync(path.join(ROOT, match![1]));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(match![2]), Number(match![2])]);
    }
    for (const image of all(overrides).filter((n) => n.name === "bt:Image" && n.attrs.size)) {
      expect(images.get(image.attrs.resid)).toBe(`${DEV_URL}assets/icon-${image.attrs.size}.png`);
    }
  });
});

describe("dist/manifest.xml (production build)", () => {
  const built = path.join(ROOT, "dist/manifest.xml");

  test("points every URL at the production address and is otherwise the source manifest", () => {
    if (!fs.existsSync(built)) throw new Error("dist/manifest.xml is missing: run `npm run build` first (npm test does)");
    const xml = fs.readFileSync(built, "utf8");
    expect(xml).not.toContain("localhost");
    const prod = /<SourceLocation DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(xml);
    expect(prod).not.toBeNull();
    expect(xml.split(prod![1]).join(DEV_URL)).toBe(SOURCE);
  });
});
