import { mdiPolishFor } from "../catalog/applications";
import { defineRule } from "./rule";
import { endMeetsApplicationMdi, endsWithConnector } from "./util";

/**
 * Multimode parallel optics on PAM4 lanes are sold with UPC and with APC MPO receptacles: the
 * catalog cannot say which a given module has, so a stated polish into one is a check-the-datasheet
 * warning, not an error (the project spec's multimodePolish pins it, and then polish-mating decides).
 */
export default defineRule({
  id: "module-polish",
  severity: "warning",
  title: "Polish into a module sold with UPC and with APC receptacles",
  sources: ["nvidia-optical-connectors", "nvidia-400g-sr4"],
  checkRow: (row) => {
    const app = row.application;
    if (!app || app.mdi.polish.value !== "either" || mdiPolishFor(app, row.spec)) return [];
    return endsWithConnector(row)
      .filter((e) => endMeetsApplicationMdi(row, e) && e.connector.polish)
      .map((e) => ({ params: { end: e.end, polish: e.connector.polish as string, application: app.id }, columns: [e.field] }));
  },
});
