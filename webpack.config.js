/**
 * Builds the add-in into dist/: one shared-runtime page (taskpane.html) that hosts the task
 * pane, the custom functions (functions.js + functions.json) and the ribbon commands, plus the
 * manifest and icons. Structure after OfficeDev/Excel-Custom-Functions-Shared, with ts-loader
 * instead of Babel and dev certificates that need no sudo (see httpsOptions below).
 *
 * Production URL: the manifest's https://localhost:3000/ is rewritten to ADDIN_PRODUCTION_URL
 * (default https://connector-check.example.com/, a placeholder) in production builds.
 */
const fs = require("fs");
const path = require("path");
const { X509Certificate } = require("crypto");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { CompleteFunctionsMetadataPlugin, DEV_HOST_URL, FUNCTIONS_METADATA } = require("./scripts/functions-metadata");

const urlDev = DEV_HOST_URL;
const urlProd = withSlash(process.env.ADDIN_PRODUCTION_URL || "https://connector-check.example.com/");

function withSlash(url) {
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_PRODUCTION_URL must be an https URL, got "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * Key and certificate for `npm run dev-server`. office-addin-dev-certs' getHttpsServerOptions()
 * also installs its CA into the system trust store, which runs `sudo` on Linux; here we only
 * generate (or reuse, while valid for another day) the certificates in
 * ~/.office-addin-dev-certs, the folder office-addin-dev-certs itself uses. To trust them in
 * Office, run `npx office-addin-dev-certs install` once on Windows or macOS.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require("office-addin-dev-certs/lib/defaults");
  const validForADay = () => {
    try {
      const cert = new X509Certificate(fs.readFileSync(localhostCertificatePath));
      return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000 && fs.existsSync(localhostKeyPath);
    } catch {
      return false;
    }
  };
  if (!validForADay()) await devCerts.generateCertificates(caCertificatePath, localhostCertificatePath, localhostKeyPath);
  return {
    ca: fs.readFileSync(caCertificatePath),
    cert: fs.readFileSync(localhostCertificatePath),
    key: fs.readFileSync(localhostKeyPath),
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = !!env.WEBPACK_SERVE;
  return {
    // eval-based source maps would need 'unsafe-eval' in the page's Content-Security-Policy
    devtool: dev ? "source-map" : false,
    entry: {
      // the ribbon commands ride in the pane's bundle so both share one adapter and session
      taskpane: ["./src/taskpane/taskpane.ts", "./src/commands/commands.ts"],
      functions: "./src/functions/functions.ts",
      // The engine's dedicated worker (src/excel/run-check.ts starts it as "check-worker.js");
      // not in the page's chunks, and loading any split chunk with importScripts, as a worker must.
      "check-worker": { import: "./src/excel/check-worker-entry.ts", chunkLoading: "import-scripts" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // the chunks fetched on demand (import() in src/taskpane and src/excel) keep a name bench/run.js can report
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // ES modules out, so webpack can tree-shake the Fluent UI library
          // transpileOnly: `npm run typecheck` (tsc --noEmit, strict) checks types; the build only emits
          options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: dev } },
        },
        // The engine's modules run nothing when loaded (src/core is pure; spec.ts only sets zod's
        // wording, which whoever validates a spec imports), so a bundle takes only the modules it uses:
        // the functions leave the BOM, NetBox and Spec sheet code to the pane.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        // Likewise the Excel adapter (its modules only define functions; the worker's entry is the
        // one that acts when loaded): the pane imports it through src/excel/index.ts and takes
        // only what it calls, the BOM, NetBox and Spec template sheets being chunks of their own.
        { test: /[\\/]src[\\/]excel[\\/]/, exclude: /check-worker-entry/, sideEffects: false },
      ],
    },
    performance: { maxAssetSize: 600 * 1024, maxEntrypointSize: 600 * 1024 },
    optimization: {
      splitChunks: {
        // Each entry is its own runtime, and by default a module whose used exports differ between
        // the pane and the functions is not shared: most of the engine stayed in both bundles.
        usedExports: false,
        cacheGroups: {
          // What both the pane and the functions use (the parsers, the catalog, the row rules and the
          // findings' wording), and the one page (taskpane.html, the shared runtime) loads both: one
          // copy, in a chunk the page lists beside them, instead of two. The worker keeps its own (it
          // loads no page chunk). The schedule engine and zod are not in it: see the chunks below.
          pageShared: { name: "page-shared", chunks: (chunk) => chunk.name === "taskpane" || chunk.name === "functions", minChunks: 2, enforce: true },
          // Chunks fetched on demand (import()): named here, not split by webpack's defaults.
          default: false,
          defaultVendors: false,
          // The schedule engine (header search, tracing, the channel judge): fetched by the first
          // CONNECTOR.CHANNEL call, a check where no Worker exists, BOM and Export for NetBox.
          engine: {
            name: "engine",
            priority: 5,
            test: /[\\/]src[\\/]core[\\/]|[\\/]node_modules[\\/]fastest-levenshtein/,
            chunks: (chunk) => ["check-engine", "bom", "netbox"].includes(chunk.name),
            minChunks: 2,
            enforce: true,
          },
          // The Excel adapter (read, check, write, clear): fetched by the first Check, Clear, re-read
          // of an earlier check or selection of a finding; BOM, NetBox and the Spec template use it too.
          adapter: {
            name: "adapter",
            test: /[\\/]src[\\/](excel|core)[\\/]/,
            chunks: (chunk) => ["pane-adapter", "bom", "netbox", "spec-template"].includes(chunk.name),
            minChunks: 2,
            enforce: true,
          },
          // zod and the spec's schema and reader, shared by the two chunks that validate a spec (the Spec
          // sheet's reader, fetched when a check finds a Spec sheet; the template, on Insert Spec sheet)
          specValidation: {
            priority: 10,
            name: "spec-validation",
            test: /[\\/](node_modules[\\/]zod|src[\\/]core[\\/]spec(-sheet)?\.ts)/,
            chunks: "async",
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: FUNCTIONS_METADATA, input: "./src/functions/functions.ts" }),
      // sets allowErrorForDataTypeAny, which the JSDoc cannot express, and the help links' host (see the module's notes)
      new CompleteFunctionsMetadataPlugin({ hostUrl: dev ? urlDev : urlProd }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await httpsOptions() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
