/**
 * A rule's sources as the pane shows them: the standard's clause first, then the page. The
 * list of every source (the catalog's citations) is large, and the pane shows it only with
 * results, so it rides in the chunk the first Check or re-read fetches (pane-adapter.ts).
 */
import { SOURCES, citationOf, type SourceId } from "../core";
import type { Cite, SourceLink } from "./view-model";

export const citeSources: Cite = (ids: readonly SourceId[]): SourceLink[] => ids.filter((id) => SOURCES[id] !== undefined).map(citationOf);
