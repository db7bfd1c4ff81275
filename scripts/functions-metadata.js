/**
 * Completes the functions.json that custom-functions-metadata generates from the JSDoc, in the
 * webpack build (webpack.config.js) and in the tests (tests/functions/metadata.test.ts).
 *
 * allowErrorForDataTypeAny: without it Excel does not call a function whose range holds an
 * error cell, so =CONNECTOR.NORMALIZE(A2:A5000) shows one error for the whole spill. It is a
 * top-level property of the metadata (every `any` parameter then accepts errors), and the
 * generator cannot emit it: "can only be used with manually created JSON metadata".
 *   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs
 *   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany
 * allowCustomDataForDataTypeAny (emitted by the generator) is CustomFunctionsRuntime 1.4; with it,
 * data-type cells arrive as objects (src/functions/cell-values.ts reads them).
 *   https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
 * Office 2021 (volume licensed) crashes on metadata with both flags (OfficeDev/office-js#4385);
 * it lacks CustomFunctionsRuntime 1.4, which the manifest requires, so it never loads them.
 */
const FUNCTIONS_METADATA = "functions.json";

/**
 * helpUrl: each function's @helpurl names its section of help.html on the dev host, as the
 * manifest's URLs do; the build serves help.html with the add-in and rewrites the host to the
 * production one, as webpack.config.js does for the manifest, so the link works wherever the
 * add-in is served from (and offline from a local host).
 *   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#functions
 */
const DEV_HOST_URL = "https://localhost:3000/";

/** The generated metadata object with the properties the generator cannot express, help links on `hostUrl`. */
function completeFunctionsMetadata(metadata, hostUrl = DEV_HOST_URL) {
  const onHost = (url) => (typeof url === "string" && url.startsWith(DEV_HOST_URL) ? hostUrl + url.slice(DEV_HOST_URL.length) : url);
  const functions = (metadata.functions ?? []).map((f) => (f.helpUrl ? { ...f, helpUrl: onHost(f.helpUrl) } : f));
  return { ...metadata, functions, allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true };
}

/** Webpack plugin: rewrites the functions.json asset that CustomFunctionsMetadataPlugin emitted. */
class CompleteFunctionsMetadataPlugin {
  /** @param {{ hostUrl?: string }} [options] the host the add-in is served from (the manifest's). */
  constructor(options = {}) {
    this.hostUrl = options.hostUrl ?? DEV_HOST_URL;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CompleteFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CompleteFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(FUNCTIONS_METADATA);
          // Missing only when generation failed, which CustomFunctionsMetadataPlugin reports itself.
          if (!asset) return;
          const metadata = completeFunctionsMetadata(JSON.parse(asset.source.source().toString()), this.hostUrl);
          compilation.updateAsset(FUNCTIONS_METADATA, new sources.RawSource(JSON.stringify(metadata, null, 4)));
        },
      );
    });
  }
}

module.exports = { FUNCTIONS_METADATA, DEV_HOST_URL, completeFunctionsMetadata, CompleteFunctionsMetadataPlugin };
