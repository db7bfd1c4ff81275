// ESLint flat config: the recommended sets of ESLint and typescript-eslint, plus the Office.js
// load/sync rules of eslint-plugin-office-addins (what `yo office` projects lint with).
// Formatting is prettier's job (`npm run prettier`), so no stylistic rules here.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

// The plugin's own recommended config also turns on prettier/prettier and parses every file as
// TypeScript; take only its Office.js rules, at the severities it gives them.
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {})).filter(([rule]) => rule.startsWith("office-addins/")),
);

export default tseslint.config(
  { ignores: ["dist/", "dist-cli/", ".tmp/", "coverage/", "node_modules/", "bench/out/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // the code that talks to Office.js; the command line's ExcelJS calls (getCell, getColumn)
    // look like Office.js proxies to these rules, and the fake-Excel tests read unsynced on purpose
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.ts", "src/commands/**/*.ts", "src/functions/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    // an unused argument or binding named _x is deliberate
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
  {
    // Excel hands a custom function a range of mixed cell values: functions.ts types them any[][],
    // as Microsoft's custom-functions samples do (custom-functions-metadata writes "any" for it)
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // page.evaluate callbacks run in the browser and reach the page's untyped window.harness
    files: ["tests/taskpane/pane.browser.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // plain Node scripts and configs in CommonJS
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
