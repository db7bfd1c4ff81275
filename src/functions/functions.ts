/**
 * The CONNECTOR.* custom functions (issue 3). Names, argument order and output formats are a
 * public API. Each function only reads its arguments, calls the engine and shapes the answer;
 * every rule, figure and sentence comes from src/core. Parameters are matrices so a range can
 * be given anywhere (see broadcast.ts). The webpack plugin registers the functions from the
 * JSDoc below, so nothing here calls CustomFunctions.associate.
 */
import {
  checkCable,
  canMate,
  channelBudgetFor,
  channelLoss,
  checkParallelPath,
  describeLanding,
  formatConnector,
  kindOfGrade,
  parseApplication,
  parseConnector,
  parseCount,
  parseDb,
  parseFiber,
  parseLength,
  parsePolarity,
  parsePriority,
  reachFor,
  recommend as recommendConnector,
  renderFindings,
  checkSchedule,
  renderFinding,
  roundDb,
  type Application,
  type Fiber,
  type FiberGrade,
} from "../core";
import { CellResult, broadcast, invalid, lacking, need, notAvailable, optional, plainCells, single } from "./broadcast";


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

const metres = (argument: string, v: unknown): number => need(argument, parseLength(v, "m")).metres;

/**
 * Canonical text of a connector as typed in a schedule, e.g. "mtp12 apc pinned" gives "MTP-12 APC male".
 * @customfunction NORMALIZE
 * @param text Connector text as written in a schedule, e.g. "mtp12 apc pinned", "MPO-16 UPC (F)" or "LC/UPC duplex".
 * @returns Canonical connector text, e.g. "MTP-12 APC male".
 */
export function normalize(text: any[][]): any[][] {
  return broadcast({ text }, ([t]) => formatConnector(need("text", parseConnector(t))));
}

/**
 * Number of fibers an application lights, e.g. 16 for 400GBASE-SR8.
 * @customfunction FIBERS
 * @param application Application (optic type), e.g. "400GBASE-SR8", "100G-SR4" or "QSFP28 SR4".
 * @returns Fibers lit by the application.
 */
export function fibers(application: any[][]): any[][] {
  return broadcast({ application }, ([a]) => need("application", parseApplication(a)).fibersUsed);
}

/**
 * Maximum reach in metres of an application on a fiber grade; #N/A when the application does not run on that fiber.
 * @customfunction REACH
 * @param application Application (optic type), e.g. "100GBASE-SR4".
 * @param fiberType Fiber grade, e.g. "OM3", "OM4", "OS2".
 * @returns Maximum reach in metres.
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
 * Maximum channel insertion loss in dB of an application on a fiber grade; #N/A when there is none.
 * @customfunction BUDGET
 * @param application Application (optic type), e.g. "40GBASE-SR4".
 * @param fiberType Fiber grade, e.g. "OM4".
 * @returns Channel insertion loss budget in dB.
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
 * Channel insertion loss in dB, rounded to 0.01: length x attenuation + mated pairs x pair loss + splices x splice loss.
 * @customfunction LOSS
 * @param fiberType Fiber grade, e.g. "OM3" or "OS2"; sets the default attenuation.
 * @param lengthM Channel length; a number is metres, or text with a unit such as "300 m" or "0.3 km".
 * @param matedPairs Number of mated connector pairs in the channel.
 * @param splices Optional: number of splices at 0.3 dB each (default 0).
 * @param pairLossDb Optional: dB per mated pair (default 0.75, the TIA maximum).
 * @param dbPerKm Optional: cabled attenuation in dB/km (default 3.5 for OM1-OM5 at 850 nm per TIA-568, 1.0 for OS1/OS1a and 0.4 for OS2 as IEEE uses).
 * @returns Channel insertion loss in dB.
 */
export function loss(
  fiberType: any[][],
  lengthM: any[][],
  matedPairs: any[][],
  splices?: any[][],
  pairLossDb?: any[][],
  dbPerKm?: any[][],
): any[][] {
  return broadcast(
    { fiberType, lengthM, matedPairs, splices, pairLossDb, dbPerKm },
    ([f, len, pairs, spl, pairDb, att]) => {
      const grade = gradeOf("fiberType", f, need("fiberType", parseFiber(f)));
      const total = channelLoss({
        grade,
        lengthM: metres("lengthM", len),
        matedPairs: need("matedPairs", parseCount(pairs, "mated pairs")),
        splices: optional("splices", spl, (v) => parseCount(v, "splices")),
        pairLossDb: optional("pairLossDb", pairDb, (v) => parseDb(v, "loss per mated pair")),
        dbPerKm: optional("dbPerKm", att, (v) => parseDb(v, "attenuation per km")),
      }).totalDb;
      return roundDb(total);
    },
  );
}

/**
 * TRUE when two connectors can be mated through an adapter: compatible family and key, same fiber count, exactly one pinned for MPO/MTP, APC only with APC.
 * @customfunction MATES
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
 * Checks a parallel-optics path from transceiver to transceiver: OK when transmit reaches receive, else ERROR polarity saying where each position lands.
 * @customfunction POLARITY
 * @param path Polarity types of the elements in order, cables and adapters alternating (cord, adapter, trunk, adapter, cord): text such as "A,A,A,A,B" or a range of types.
 * @returns "OK" or "ERROR polarity: ..." with the landing of each of the 12 positions.
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
 * The engine's single-cable rules for one cable: OK when it has nothing to say, else each finding as SEVERITY rule-id: message, most severe first, joined by "; ".
 * @customfunction CHECK
 * @param connectorA Connector at end A, e.g. "MPO-12 APC female".
 * @param connectorB Optional: connector at end B.
 * @param fiberType Optional: fiber type, e.g. "OM4" or "OS2".
 * @param application Optional: application (optic type), e.g. "400GBASE-DR4".
 * @param lengthM Optional: cable length; a number is metres, or text with a unit such as "30 m".
 * @param polarity Optional: polarity type or method, e.g. "B", "Method A", "A-to-B", or a path "A,A,A,A,B".
 * @returns "OK" or the findings.
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
        lengthM: optional("lengthM", len, (v) => parseLength(v, "m"))?.metres,
        polarity: optional("polarity", pol, parsePolarity),
      });
      return findings.length ? renderFindings(findings, "formula") : "OK";
    },
  );
}

/**
 * Connector for the cord that plugs into the transceiver (female for MPO/MTP), as canonical text; #N/A with the reason when none fits.
 * @customfunction RECOMMEND
 * @param application Application (optic type), e.g. "400GBASE-SR8".
 * @param fiberType Optional: fiber grade, e.g. "OM4"; with lengthM, checks reach and loss budget.
 * @param lengthM Optional: channel length; a number is metres, or text with a unit such as "100 m".
 * @param matedPairs Optional: mated pairs in the channel (default 2).
 * @param priority Optional: performance (default), cost or density.
 * @returns Canonical connector text, e.g. "MTP-12 low-loss APC female".
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
        lengthM: optional("lengthM", len, (v) => parseLength(v, "m"))?.metres,
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

/**
 * Traces the channels of a block of schedule rows (with its header row) and judges each whole: a table with a title row, then one line per channel, worst first.
 * @customfunction CHANNEL
 * @param rows Schedule rows with their header row, e.g. A5:Q60: the same columns as a schedule (Link and Seq, or From/To naming panel ports, to trace channels).
 * @returns Link id, status, loss dB, budget dB, margin dB and first finding, one line per channel.
 */
export function channel(rows: any[][]): any[][] {
  const grid = Array.isArray(rows) ? rows : [[rows]];
  const result = checkSchedule(grid);
  if (!result.ok) return single(() => invalid(`rows: ${result.problem?.message ?? "not a schedule"}`));
  if (!result.channels.length) {
    return single(() => notAvailable("rows: no channel traced; give a Link column (and Seq), or From/To naming the panel ports where cables meet"));
  }
  return [
    [...CHANNEL_COLUMNS],
    ...result.channels.map((c) => [c.link, c.status, c.lossDb ?? "", c.budgetDb ?? "", c.marginDb ?? "", c.findings[0] ? renderFinding(c.findings[0], "formula") : ""]),
  ];
}
