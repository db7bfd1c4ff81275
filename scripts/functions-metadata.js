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

/** The generated metadata object with the properties the generator cannot express. */
function completeFunctionsMetadata(metadata) {
  return { ...metadata, allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true };
}

/** Webpack plugin: rewrites the functions.json asset that CustomFunctionsMetadataPlugin emitted. */
class CompleteFunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CompleteFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CompleteFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(FUNCTIONS_METADATA);
          // Missing only when generation failed, which CustomFunctionsMetadataPlugin reports itself.
          if (!asset) return;
          const metadata = completeFunctionsMetadata(JSON.parse(asset.source.source().toString()));
          compilation.updateAsset(FUNCTIONS_METADATA, new sources.RawSource(JSON.stringify(metadata, null, 4)));
        },
      );
    });
  }
}

module.exports = { FUNCTIONS_METADATA, completeFunctionsMetadata, CompleteFunctionsMetadataPlugin };
