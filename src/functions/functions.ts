/**
 * The CONNECTOR.* custom functions (issue 3). Names, argument order and output formats are a
 * public API. Each function only reads its arguments, calls the engine and shapes the answer;
 * every rule, figure and sentence comes from src/core. Parameters are matrices so a range can
 * be given anywhere (see broadcast.ts). The webpack plugin registers the functions from the
 * JSDoc below, so nothing here calls CustomFunctions.associate.
 *
 * The JSDoc is what Excel shows while someone types =CONNECTOR.: say what the function answers,
 * in which unit, with an example, in the cabling engineer's words. @helpurl points at the
 * function's section of help.html on the dev host; the build rewrites the host for production
 * as it does in the manifest (scripts/functions-metadata.js).
 */
import {
  checkCable,
  DEFAULT_MATED_PAIRS,
  WAVELENGTHS_OF,
  attenuationAt,
  canMate,
  catalogLines,
  channelBudgetFor,
  channelLoss,
  checkParallelPath,
  describeLanding,
  formatConnector,
  kindOfGrade,
  lossMarginDb,
  parseApplication as parseApplicationEachTime,
  parseConnector as parseConnectorEachTime,
  parseCount,
  parseDb,
  parseFiber as parseFiberEachTime,
  parseLength as parseLengthEachTime,
  parsePolarity as parsePolarityEachTime,
  parsePriority,
  parseWavelength,
  reachFor,
  recommend as recommendConnector,
  renderFindings,
  renderFinding,
  roundDb,
  transceiverInterface,
  type Application,
  type Fiber,
  type FiberGrade,
  type Wavelength,
} from "../core";
import { perDistinctValue } from "../core/memo";
import { CellResult, broadcast, invalid, lacking, need, notAvailable, optional, plainCell, plainCells, single, table } from "./broadcast";

/**
 * The parsers, each distinct cell value parsed once (bounded, see core/memo.ts): a column of
 * formulas or a range repeats the same connector, fiber and optic texts, and the row rules'
 * cache (core/rule-cache.ts) knows a parsed value by the object, so the same object for the
 * same text makes CHECK's second call with a text a lookup. The parsers are pure and their
 * results are never changed (the schedule check shares them between rows the same way). A
 * range (POLARITY's path) is parsed every time: an array is not a text that comes again.
 */
/** Switch for the test that compares every function's answers with and without the parse cache. */
export const parsing = { cached: true };
function parsedOnce<T>(parse: (input: unknown) => T): (input: unknown) => T {
  const memo = perDistinctValue(parse);
  return (input) => (!parsing.cached || (typeof input === "object" && input !== null) ? parse(input) : memo(input));
}
const parseApplication = parsedOnce(parseApplicationEachTime);
const parseConnector = parsedOnce(parseConnectorEachTime);
const parseFiber = parsedOnce(parseFiberEachTime);
const parsePolarity = parsedOnce(parsePolarityEachTime);
const parseMetres = parsedOnce((v) => parseLengthEachTime(v, "m"));

const GRADE_EXPECTED = "a fiber grade: OM1, OM2, OM3, OM4, OM5, OS1, OS1a or OS2";

/** The grade of a fiber type; a kind alone ("MMF", "SMF") does not fix reach, budget or attenuation. */
function gradeOf(argument: string, raw: unknown, fiber: Fiber): FiberGrade {
  if (fiber.grade) return fiber.grade;
  return lacking(argument, { what: "fiber type", text: raw, reason: "names no grade", expected: GRADE_EXPECTED });
}

/** #N/A when the application runs on the other fiber kind (multimode vs single-mode). */
function sameKind(app: Application, grade: FiberGrade): void {
  if (kindOfGrade(grade) !== app.fiberKind) {
    notAvailable(`${app.id} runs on ${app.fiberKind === "MMF" ? "multimode" : "single-mode"} fiber, not ${grade}`);
  }
}

const metres = (argument: string, v: unknown): number => need(argument, parseMetres(v)).metres;

/** The optional splices and dB per mated pair of LOSS and MARGIN, by their argument names. */
const spliceAndPairLoss = (spl: unknown, pairDb: unknown): { splices?: number; pairLossDb?: number } => ({
  splices: optional("splices", spl, (v) => parseCount(v, "splices")),
  pairLossDb: optional("pairLossDb", pairDb, (v) => parseDb(v, "loss per mated pair")),
});

/**
 * A connector written the standard way, so a column reads alike: =CONNECTOR.NORMALIZE("mtp12 apc pinned") gives MTP-12 APC male.
 * @customfunction NORMALIZE
 * @helpurl https://localhost:3000/help.html#connector-normalize
 * @param text Connector as written in the schedule, e.g. "mtp12 apc pinned", "MPO-16 UPC (F)" or "lc upc duplex"; or a column of them.
 * @returns The connector written the standard way, e.g. MTP-12 APC male.
 */
export function normalize(text: any[][]): any[][] {
  return broadcast({ text }, ([t]) => formatConnector(need("text", parseConnector(t))));
}

/**
 * How many fibers an optic lights: =CONNECTOR.FIBERS("400GBASE-SR8") gives 16, =CONNECTOR.FIBERS("10GBASE-SR") gives 2.
 * @customfunction FIBERS
 * @helpurl https://localhost:3000/help.html#connector-fibers
 * @param application The optic, e.g. "400GBASE-SR8", "100G-SR4" or "QSFP28 SR4".
 * @returns Number of fibers lit.
 */
export function fibers(application: any[][]): any[][] {
  return broadcast({ application }, ([a]) => need("application", parseApplication(a)).fibersUsed);
}

/**
 * Longest channel in metres an optic supports on a fiber grade: =CONNECTOR.REACH("100GBASE-SR4","OM4") gives 100. #N/A when the optic does not run on that fiber.
 * @customfunction REACH
 * @helpurl https://localhost:3000/help.html#connector-reach
 * @param application The optic, e.g. "100GBASE-SR4".
 * @param fiberType Fiber grade, e.g. "OM3", "OM4" or "OS2".
 * @returns Reach in metres.
 */
export function reach(application: any[][], fiberType: any[][]): any[][] {
  return broadcast(
    { application, fiberType },
    ([a, f]) => {
      const app = need("application", parseApplication(a));
      const grade = gradeOf("fiberType", f, need("fiberType", parseFiber(f)));
      sameKind(app, grade);
      return reachFor(app, grade)?.value ?? notAvailable(`the catalog has no reach for ${app.id} on ${grade}`);
    },
  );
}

/**
 * Most channel loss in dB an optic tolerates on a fiber grade (its loss budget): =CONNECTOR.BUDGET("40GBASE-SR4","OM4") gives 1.5.
 * @customfunction BUDGET
 * @helpurl https://localhost:3000/help.html#connector-budget
 * @param application The optic, e.g. "40GBASE-SR4".
 * @param fiberType Fiber grade, e.g. "OM4" or "OS2".
 * @returns Loss budget in dB.
 */
export function budget(application: any[][], fiberType: any[][]): any[][] {
  return broadcast(
    { application, fiberType },
    ([a, f]) => {
      const app = need("application", parseApplication(a));
      const grade = gradeOf("fiberType", f, need("fiberType", parseFiber(f)));
      sameKind(app, grade);
      return channelBudgetFor(app, grade)?.value ?? notAvailable(`the catalog has no loss budget for ${app.id} on ${grade}`);
    },
  );
}

/**
 * Channel loss in dB: length x fiber attenuation + mated pairs x loss per pair + splices x 0.3 dB. =CONNECTOR.LOSS("OM3",300,2) gives 2.55 (1.05 dB of fiber, two pairs at 0.75 dB).
 * @customfunction LOSS
 * @helpurl https://localhost:3000/help.html#connector-loss
 * @param fiberType Fiber grade, e.g. "OM3" or "OS2"; sets the attenuation.
 * @param lengthM Channel length: a number of metres, or text with a unit such as "300 m" or "0.3 km".
 * @param matedPairs Number of mated connector pairs (adapters) in the channel, e.g. 2.
 * @param splices Optional: number of splices, 0.3 dB each (default 0).
 * @param pairLossDb Optional: dB per mated pair (default 0.75, the TIA maximum).
 * @param dbPerKm Optional: fiber attenuation in dB/km, when you know it (default from the fiber grade: 3.5 multimode at 850 nm, 1.0 OS1/OS1a, 0.4 OS2).
 * @param wavelengthNm Optional: wavelength in nm for the attenuation: 850 or 1300 multimode (1300 nm: 1.5 dB/km), 1310 or 1550 single-mode (default 850 or 1310).
 * @returns Channel loss in dB, to 0.01 dB.
 */
export function loss(
  fiberType: any[][],
  lengthM: any[][],
  matedPairs: any[][],
  splices?: any[][],
  pairLossDb?: any[][],
  dbPerKm?: any[][],
  wavelengthNm?: any[][],
): any[][] {
  return broadcast(
    { fiberType, lengthM, matedPairs, splices, pairLossDb, dbPerKm, wavelengthNm },
    ([f, len, pairs, spl, pairDb, att, nm]) => {
      const grade = gradeOf("fiberType", f, need("fiberType", parseFiber(f)));
      const total = channelLoss({
        grade,
        lengthM: metres("lengthM", len),
        matedPairs: need("matedPairs", parseCount(pairs, "mated pairs")),
        ...spliceAndPairLoss(spl, pairDb),
        dbPerKm: optional("dbPerKm", att, (v) => parseDb(v, "attenuation per km")),
        wavelengthNm: wavelengthFor("wavelengthNm", nm, grade),
      }).totalDb;
      return roundDb(total);
    },
  );
}

/** A wavelength the grade has an attenuation figure at; #N/A for the other kind's window (1550 nm on OM4). */
function wavelengthFor(argument: string, raw: unknown, grade: FiberGrade): Wavelength | undefined {
  const nm = optional(argument, raw, parseWavelength);
  if (nm === undefined || attenuationAt(grade, nm)) return nm;
  const [a, b] = WAVELENGTHS_OF[kindOfGrade(grade)];
  const kind = kindOfGrade(grade) === "MMF" ? "multimode" : "single-mode";
  return notAvailable(`${argument}: ${grade} is ${kind} fiber, with attenuation figures at ${a} and ${b} nm, not ${nm} nm`);
}

/**
 * Loss budget left in dB for a channel, negative when it is over: =CONNECTOR.MARGIN("100GBASE-SR4","OM4",100) gives 0.05 (1.9 dB budget, 1.85 dB loss with 2 mated pairs).
 * @customfunction MARGIN
 * @helpurl https://localhost:3000/help.html#connector-margin
 * @param application The optic, e.g. "100GBASE-SR4".
 * @param fiberType Fiber grade, e.g. "OM4" or "OS2".
 * @param lengthM Channel length: a number of metres, or text with a unit such as "150 m".
 * @param matedPairs Optional: number of mated connector pairs (adapters) in the channel (default 2, a patch panel at each end).
 * @param splices Optional: number of splices, 0.3 dB each (default 0).
 * @param pairLossDb Optional: dB per mated pair (default 0.75, the TIA maximum; 0.35 for low-loss MTP).
 * @returns Budget minus loss in dB, to 0.01 dB.
 */
export function margin(
  application: any[][],
  fiberType: any[][],
  lengthM: any[][],
  matedPairs?: any[][],
  splices?: any[][],
  pairLossDb?: any[][],
): any[][] {
  return broadcast(
    { application, fiberType, lengthM, matedPairs, splices, pairLossDb },
    ([a, f, len, pairs, spl, pairDb]) => {
      const app = need("application", parseApplication(a));
      const grade = gradeOf("fiberType", f, need("fiberType", parseFiber(f)));
      sameKind(app, grade);
      const lengthMetres = metres("lengthM", len);
      const budgetDb = channelBudgetFor(app, grade) ?? notAvailable(`the catalog has no loss budget for ${app.id} on ${grade}`);
      const lossDb = channelLoss({
        grade,
        lengthM: lengthMetres,
        matedPairs: optional("matedPairs", pairs, (v) => parseCount(v, "mated pairs")) ?? DEFAULT_MATED_PAIRS,
        ...spliceAndPairLoss(spl, pairDb),
      }).totalDb;
      return lossMarginDb(budgetDb.value, lossDb);
    },
  );
}

/**
 * The connector on the optic itself: =CONNECTOR.MDI("400GBASE-DR4") gives MPO-12 APC male, =CONNECTOR.MDI("10GBASE-SR") gives LC/UPC duplex; "UPC or APC" where modules are sold with either.
 * @customfunction MDI
 * @helpurl https://localhost:3000/help.html#connector-mdi
 * @param application The optic, e.g. "400GBASE-DR4", "400GBASE-SR8" or "10GBASE-SR"; or a column of them.
 * @returns The optic's connector, e.g. MPO-12 APC male.
 */
export function mdi(application: any[][]): any[][] {
  return broadcast({ application }, ([a]) => transceiverInterface(need("application", parseApplication(a))).text);
}

/** Column titles of the APPLICATIONS table. */
const APPLICATION_COLUMNS = ["Application", "Fiber", "Grade", "Fibers lit", "Reach (m)", "Budget (dB)", "Standard", "Unconfirmed"];

/**
 * The optics Connector Check knows, as a table with a header row: fiber, fibers lit, reach in metres and loss budget in dB on each grade, and the standard clause. =CONNECTOR.APPLICATIONS("OM4") lists what runs on OM4.
 * @customfunction APPLICATIONS
 * @helpurl https://localhost:3000/help.html#connector-applications
 * @param fiberType Optional: only this fiber, e.g. "OM4", "OS2", or "MMF" for every multimode grade (default: all).
 * @returns One line per optic and fiber grade, under a header row.
 */
export function applications(fiberType?: any[][]): any[][] {
  return table(() => {
    // One fiber type for the whole table: a table per cell of a range cannot spill.
    const raw: unknown = Array.isArray(fiberType) && fiberType.length === 1 && Array.isArray(fiberType[0]) && fiberType[0].length === 1 ? fiberType[0][0] : fiberType;
    if (Array.isArray(raw)) return invalid("fiberType: a range; expected one fiber type such as OM4, or none for the whole list");
    const fiber = optional("fiberType", plainCell("fiberType", raw), parseFiber);
    const lines = catalogLines(fiber);
    if (!lines.length) return notAvailable(`fiberType: no application in the catalog runs on ${fiber?.grade ?? fiber?.kind}`);
    return [
      [...APPLICATION_COLUMNS],
      ...lines.map(({ application: app, grade, reach: r, budget: b }) => [
        app.id,
        app.fiberKind === "MMF" ? "multimode" : "single-mode",
        grade,
        app.fibersUsed,
        r?.value ?? "",
        b?.value ?? "",
        app.standard,
        [r && !r.confirmed ? "reach" : "", b && !b.confirmed ? "budget" : ""].filter(Boolean).join(", "),
      ]),
    ];
  });
}

/**
 * TRUE when two connectors can be joined through an adapter (same family, key and fiber count; one pinned MPO; APC only with APC): =CONNECTOR.MATES("MPO-12 UPC male","MPO-12 UPC female") gives TRUE.
 * @customfunction MATES
 * @helpurl https://localhost:3000/help.html#connector-mates
 * @param connector1 First connector, e.g. "MPO-12 UPC male".
 * @param connector2 Second connector, e.g. "MPO-12 UPC female".
 * @returns TRUE when they mate, else FALSE.
 */
export function mates(connector1: any[][], connector2: any[][]): any[][] {
  return broadcast(
    { connector1, connector2 },
    ([a, b]) => canMate(need("connector1", parseConnector(a)), need("connector2", parseConnector(b))).ok,
  );
}

/**
 * Checks the polarity of a parallel-optics path from optic to optic: =CONNECTOR.POLARITY("A,A,A,A,B") gives OK (TIA Method A); otherwise it says where each fiber position lands.
 * @customfunction POLARITY
 * @helpurl https://localhost:3000/help.html#connector-polarity
 * @param path Polarity types in order, cords and trunks with the adapters between them (cord, adapter, trunk, adapter, cord): text such as "A,A,A,A,B", or a row of cells.
 * @returns OK, or ERROR polarity with where each of the 12 positions lands.
 */
export function polarity(path: any[][]): any[][] {
  // A range here is the path itself, not a set of paths; one cell holds the whole path as text.
  const raw: unknown = Array.isArray(path) && path.length === 1 && Array.isArray(path[0]) && path[0].length === 1 ? path[0][0] : path;
  return single(() => {
    const value = plainCells("path", raw);
    const p = need("path", parsePolarity(value));
    const types = p.kind === "path" ? p.types : p.kind === "cable" ? [p.type] : undefined;
    if (!types) {
      return lacking("path", {
        what: "polarity path",
        text: value,
        reason: "a connectivity method or duplex cord type, not the types along a path",
        expected: 'the types of cord, adapter, trunk, adapter and cord in order, such as "A,A,A,A,B"',
      });
    }
    const r = checkParallelPath(types);
    if (r.ok) return "OK";
    const n = r.positions;
    return `ERROR polarity: path ${types.join(",")} lands ${describeLanding(r.landing)}; transmit reaches receive only when 1→${n}, …, ${n}→1`;
  });
}

/**
 * What Connector Check says about one cable: OK, or each problem as SEVERITY check: message, worst first. =CONNECTOR.CHECK("LC/UPC duplex","LC/UPC duplex","OM4","10GBASE-SR",30,"A-to-B") gives OK.
 * @customfunction CHECK
 * @helpurl https://localhost:3000/help.html#connector-check
 * @param connectorA Connector at end A, e.g. "MPO-12 APC female".
 * @param connectorB Optional: connector at end B.
 * @param fiberType Optional: fiber type, e.g. "OM4" or "OS2".
 * @param application Optional: the optic, e.g. "400GBASE-DR4".
 * @param lengthM Optional: cable length: a number of metres, or text with a unit such as "30 m".
 * @param polarity Optional: polarity type or method, e.g. "B", "Method A", "A-to-B", or a path "A,A,A,A,B".
 * @returns OK, or the problems found.
 */
export function check(
  connectorA: any[][],
  connectorB?: any[][],
  fiberType?: any[][],
  application?: any[][],
  lengthM?: any[][],
  polarity?: any[][],
): any[][] {
  return broadcast(
    { connectorA, connectorB, fiberType, application, lengthM, polarity },
    ([a, b, f, app, len, pol]) => {
      const findings = checkCable({
        connectorA: need("connectorA", parseConnector(a)),
        connectorB: optional("connectorB", b, parseConnector),
        fiber: optional("fiberType", f, parseFiber),
        application: optional("application", app, parseApplication),
        lengthM: optional("lengthM", len, parseMetres)?.metres,
        polarity: optional("polarity", pol, parsePolarity),
      });
      return findings.length ? renderFindings(findings, "formula") : "OK";
    },
  );
}

/**
 * The connector for the cord that plugs into the optic, checked against reach and loss budget when you give fiber and length: =CONNECTOR.RECOMMEND("400GBASE-DR4") gives MTP-12 low-loss APC female. #N/A with the reason when nothing fits.
 * @customfunction RECOMMEND
 * @helpurl https://localhost:3000/help.html#connector-recommend
 * @param application The optic, e.g. "400GBASE-SR8".
 * @param fiberType Optional: fiber grade, e.g. "OM4"; with lengthM, reach and loss budget are checked.
 * @param lengthM Optional: channel length: a number of metres, or text with a unit such as "100 m".
 * @param matedPairs Optional: number of mated connector pairs in the channel (default 2).
 * @param priority Optional: performance (default), cost or density.
 * @returns The cord's connector, e.g. MTP-12 low-loss APC female.
 */
export function recommend(
  application: any[][],
  fiberType?: any[][],
  lengthM?: any[][],
  matedPairs?: any[][],
  priority?: any[][],
): any[][] {
  return broadcast(
    { application, fiberType, lengthM, matedPairs, priority },
    ([app, f, len, pairs, prio]): CellResult => {
      const fiber = optional("fiberType", f, parseFiber);
      const r = recommendConnector({
        application: need("application", parseApplication(app)),
        grade: fiber && gradeOf("fiberType", f, fiber),
        lengthM: optional("lengthM", len, parseMetres)?.metres,
        matedPairs: optional("matedPairs", pairs, (v) => parseCount(v, "mated pairs")),
        priority: optional("priority", prio, parsePriority),
      });
      // a warning (e.g. beyond the OS1a informative range) goes with the answer, as in the row check
      return r.ok ? [r.connectorText, ...(r.warnings ?? []).map((w) => `warning: ${w}`)].join(", ") : notAvailable(r.reason);
    },
  );
}

/** Column titles of the CHANNEL table. */
export const CHANNEL_COLUMNS = ["Link", "Status", "Loss (dB)", "Budget (dB)", "Margin (dB)", "First finding"] as const;

/** How CHANNEL fetches the schedule engine's chunk (a test stands in a failed fetch here). */
export const chunks = { engine: () => import(/* webpackChunkName: "check-engine" */ "../core/schedule") };

/**
 * Follows each channel through a block of schedule rows (select it with its header row, e.g. =CONNECTOR.CHANNEL(A5:Q60)) and judges it end to end: one line per channel, worst first, with loss, budget and margin in dB.
 * @customfunction CHANNEL
 * @helpurl https://localhost:3000/help.html#connector-channel
 * @param rows Schedule rows with their header row, e.g. A5:Q60: a Link column (and Seq), or From/To naming the panel ports where cables meet.
 * @returns Link, status, loss, budget and margin in dB, and the first problem, one line per channel under a header row.
 */
export async function channel(rows: any[][]): Promise<any[][]> {
  const grid = Array.isArray(rows) ? rows : [[rows]];
  // The schedule engine (header search, tracing, the channel judge) is a chunk of its own
  // (webpack.config.js): the page fetches it on the first CHANNEL call, not when it loads.
  let engine: typeof import("../core/schedule");
  try {
    engine = await chunks.engine();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return single(() => notAvailable(`the schedule engine could not be loaded (${why}); recalculate to try again`));
  }
  const result = engine.checkSchedule(grid);
  if (!result.ok) return single(() => invalid(`rows: ${result.problem?.message ?? "not a schedule"}`));
  if (!result.channels.length) {
    return single(() => notAvailable("rows: no channel traced; give a Link column (and Seq), or From/To naming the panel ports where cables meet"));
  }
  return [
    [...CHANNEL_COLUMNS],
    ...result.channels.map((c) => [c.link, c.status, c.lossDb ?? "", c.budgetDb ?? "", c.marginDb ?? "", c.findings[0] ? renderFinding(c.findings[0], "formula") : ""]),
  ];
}
