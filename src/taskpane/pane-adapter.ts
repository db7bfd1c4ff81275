/**
 * What the pane fetches on its first Check, Clear, re-read or selection (session.ts's
 * loadAdapter; a chunk of its own, webpack.config.js): the Excel adapter, and the citations the
 * results show. Results reach the pane only through these calls, so the citations are there
 * when the first results are drawn.
 */
export { checkActiveSheet, clearResults, reviewActiveSheet, selectCell, selectRows } from "../excel/adapter";
export { citeSources } from "./citations";
