/**
 * Builds functions.json from the JSDoc as the webpack plugin does, and checks the public API of
 * issue 3 (CHANNEL, issue 12; MARGIN, MDI, APPLICATIONS and LOSS's wavelength, issue 14): the ids,
 * their parameters in order, which are optional, descriptions for a person typing =CONNECTOR.,
 * help links to the function's own section of help.html, no volatility.
 */
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DEV_HOST_URL, completeFunctionsMetadata } from "../../scripts/functions-metadata";

interface ParamMeta {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
  type?: string;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParamMeta[];
  result: { dimensionality?: string; type?: string };
  options?: Record<string, unknown>;
}

const ROOT = path.join(__dirname, "..", "..");
const SOURCE = path.join(ROOT, "src", "functions", "functions.ts");
const HELP = fs.readFileSync(path.join(ROOT, "src", "taskpane", "help.html"), "utf8");

// [id, parameters with "?" marking optional ones], from issue 3's table.
const API: Array<[string, string[]]> = [
  ["NORMALIZE", ["text"]],
  ["FIBERS", ["application"]],
  ["REACH", ["application", "fiberType"]],
  ["BUDGET", ["application", "fiberType"]],
  ["LOSS", ["fiberType", "lengthM", "matedPairs", "splices?", "pairLossDb?", "dbPerKm?", "wavelengthNm?"]],
  ["MARGIN", ["application", "fiberType", "lengthM", "matedPairs?", "splices?", "pairLossDb?"]],
  ["MDI", ["application"]],
  ["APPLICATIONS", ["fiberType?"]],
  ["MATES", ["connector1", "connector2"]],
  ["POLARITY", ["path"]],
  ["CHECK", ["connectorA", "connectorB?", "fiberType?", "application?", "lengthM?", "polarity?"]],
  ["RECOMMEND", ["application", "fiberType?", "lengthM?", "matedPairs?", "priority?"]],
  ["CHANNEL", ["rows"]],
];

let functions: FunctionMeta[];
let errors: string[];
let completed: Record<string, unknown>;
let generatedJson: string;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE);
  errors = generated.errors;
  generatedJson = generated.metadataJson;
  functions = JSON.parse(generated.metadataJson).functions;
  completed = completeFunctionsMetadata(JSON.parse(generated.metadataJson));
}, 30_000);

describe("custom functions metadata", () => {
  it("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  it("declares exactly the ids of the API, each named as its id", () => {
    expect(functions).toHaveLength(13);
    expect(functions.map((f) => f.id).sort()).toEqual(API.map(([id]) => id).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it.each(API)("%s has its parameters in order, with the optional ones marked", (id, params) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => (p.optional ? `${p.name}?` : p.name))).toEqual(params);
  });

  it.each(API)("%s has a description for itself and every parameter", (id) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.description?.trim().length).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description?.trim().length).toBeGreaterThan(5);
  });

  // Words a person typing =CONNECTOR. should not meet: the code's, not the cabling engineer's.
  const JARGON =
    /\b(engine|canonical|matrix|arrays?|broadcast\w*|pars(e|es|er|ing)|string|boolean|null|undefined|json|api|catalog|metadata|rule-id|finding)\b/i;

  it.each(API)("%s describes itself for someone typing =CONNECTOR.: no developer words, an example formula", (id) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.description).not.toMatch(JARGON);
    expect(f.description).toContain(`=CONNECTOR.${id}(`);
    for (const p of f.parameters) expect(`${p.name}: ${p.description}`).not.toMatch(JARGON);
  });

  it.each(API)("%s links to its own section of the help page, served on the manifest's host", (id) => {
    const f = functions.find((x) => x.id === id)!;
    const anchor = `connector-${id.toLowerCase()}`;
    expect(f.helpUrl).toBe(`${DEV_HOST_URL}help.html#${anchor}`);
    // the section exists, once, and is about this function
    const headings = [...HELP.matchAll(new RegExp(`<h3 id="${anchor}">([^<]*)</h3>`, "g"))];
    expect(headings).toHaveLength(1);
    expect(headings[0][1]).toMatch(new RegExp(`^CONNECTOR\\.${id}\\(`));
    expect(HELP.match(new RegExp(`id="${anchor}"`, "g"))).toHaveLength(1);
  });

  it("help links share the host of the manifest's own help page", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<SupportUrl DefaultValue="${DEV_HOST_URL}help.html" />`);
  });

  it("takes every argument as a range without coercion and returns an array, so one formula can spill", () => {
    for (const f of functions) {
      for (const p of f.parameters) {
        expect(p.dimensionality).toBe("matrix");
        expect(p.type).toBe("any");
      }
      expect(f.result.dimensionality).toBe("matrix");
    }
  });

  it("is neither volatile nor streaming nor tied to the calling cell", () => {
    for (const f of functions) {
      expect(f.options?.volatile ?? false).toBe(false);
      expect(f.options?.stream ?? false).toBe(false);
      expect(f.options?.requiresAddress ?? false).toBe(false);
    }
  });
});

describe("functions.json as the build completes it", () => {
  it("lets error cells and data types reach the functions, so one #N/A spoils only its own cell", () => {
    // Both are top-level metadata properties that apply to every `any` parameter:
    // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany
    expect(completed.allowErrorForDataTypeAny).toBe(true);
    expect(completed.allowCustomDataForDataTypeAny).toBe(true);
    expect((completed.functions as FunctionMeta[]).map((f) => f.id)).toEqual(functions.map((f) => f.id));
  });

  it("moves the help links to the host the add-in is served from, and changes nothing else", () => {
    const moved = completeFunctionsMetadata(JSON.parse(JSON.stringify({ functions })), "https://cabling.example.org/addin/");
    const movedFunctions = moved.functions as FunctionMeta[];
    for (const [i, f] of movedFunctions.entries()) {
      expect(f.helpUrl).toBe(functions[i].helpUrl!.replace(DEV_HOST_URL, "https://cabling.example.org/addin/"));
      expect({ ...f, helpUrl: undefined }).toEqual({ ...functions[i], helpUrl: undefined });
    }
  });

  it("is what the production build wrote to dist/functions.json, help links on the built manifest's host", () => {
    const dist = path.join(ROOT, "dist");
    const built = path.join(dist, "functions.json");
    if (!fs.existsSync(built)) throw new Error("dist/functions.json is missing: run `npm run build` first (npm test does)");
    // the host the production manifest serves help.html from
    const support = /<SupportUrl DefaultValue="([^"]*)help\.html" \/>/.exec(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8"));
    expect(support).not.toBeNull();
    const host = support![1];
    expect(JSON.parse(fs.readFileSync(built, "utf8"))).toEqual(completeFunctionsMetadata(JSON.parse(generatedJson), host));
    // the page the links open is served with the add-in (minified), with every function's section
    const builtHelp = fs.readFileSync(path.join(dist, "help.html"), "utf8");
    for (const f of JSON.parse(fs.readFileSync(built, "utf8")).functions as FunctionMeta[]) {
      const anchor = f.helpUrl!.slice(`${host}help.html#`.length);
      expect(f.helpUrl).toBe(`${host}help.html#${anchor}`);
      expect(builtHelp).toMatch(new RegExp(`<h3 id="?${anchor}"?>CONNECTOR\\.${f.id}\\(`));
    }
  });
});
