/**
 * Builds functions.json from the JSDoc as the webpack plugin does, and checks the public API of
 * issue 3 (and CHANNEL, issue 12): the ids, their parameters in order, which are optional, descriptions, no volatility.
 */
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { completeFunctionsMetadata } from "../../scripts/functions-metadata";

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
  parameters: ParamMeta[];
  result: { dimensionality?: string; type?: string };
  options?: Record<string, unknown>;
}

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");

// [id, parameters with "?" marking optional ones], from issue 3's table.
const API: Array<[string, string[]]> = [
  ["NORMALIZE", ["text"]],
  ["FIBERS", ["application"]],
  ["REACH", ["application", "fiberType"]],
  ["BUDGET", ["application", "fiberType"]],
  ["LOSS", ["fiberType", "lengthM", "matedPairs", "splices?", "pairLossDb?", "dbPerKm?"]],
  ["MATES", ["connector1", "connector2"]],
  ["POLARITY", ["path"]],
  ["CHECK", ["connectorA", "connectorB?", "fiberType?", "application?", "lengthM?", "polarity?"]],
  ["RECOMMEND", ["application", "fiberType?", "lengthM?", "matedPairs?", "priority?"]],
  ["CHANNEL", ["rows"]],
];

let functions: FunctionMeta[];
let errors: string[];
let completed: Record<string, unknown>;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE);
  errors = generated.errors;
  functions = JSON.parse(generated.metadataJson).functions;
  completed = completeFunctionsMetadata(JSON.parse(generated.metadataJson));
}, 30_000);

describe("custom functions metadata", () => {
  it("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  it("declares exactly the ids of the API, each named as its id", () => {
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

  it("is what the production build wrote to dist/functions.json", () => {
    const built = path.join(__dirname, "..", "..", "dist", "functions.json");
    if (!fs.existsSync(built)) throw new Error("dist/functions.json is missing: run `npm run build` first (npm test does)");
    expect(JSON.parse(fs.readFileSync(built, "utf8"))).toEqual(completed);
  });
});
