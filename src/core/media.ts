import { perDistinctText } from "./memo";

/**
 * Rows that are not fiber links: copper (Cat6A, RJ45, NetBox's cat6a / utp types), direct-attach
 * copper (DAC, twinax), active optical cables (AOC, factory-terminated into their
 * transceivers), power and console cables. They share schedules with fiber; the engine names
 * them once and does not check them, so their cells do not read as unreadable fiber values.
 */
const NOT_FIBER: ReadonlyArray<[RegExp, string]> = [
  [/\b(aoc|active optical( cable)?)\b/, "an active optical cable (AOC)"],
  [/\b(dac|twinax|direct attach( copper)?|passive copper|active copper|acc|aec|dac active|dac passive)\b/, "a direct-attach copper (DAC) cable"],
  [/\b(cat ?(3|5|5e|6|6a|7|7a|8)|utp|stp|ftp|s ?ftp|u ?ftp|rj ?45|rj ?11|8p8c|twisted pair|copper|coax(ial)?|bnc|\d+g?base ?t\d?)\b/, "a copper cable"],
  [/\b(power|c13|c14|c19|c20|iec ?60320|nema ?\d+\S*|pdu cord|ac cord|dc cord)\b/, "a power cable"],
  [/\b(console|serial|rs ?232|db ?9)\b/, "a console cable"],
];

/** What the cell says the cable is, when that is not a fiber link: "a copper cable". */
export function notFiberKind(text: string | undefined): string | undefined {
  return text ? notFiberKindOf(text) : undefined;
}

const notFiberKindOf = perDistinctText((text: string): string | undefined => {
  const t = text.toLowerCase().replace(/[_/\\-]+/g, " ").slice(0, 200);
  for (const [pattern, what] of NOT_FIBER) if (pattern.test(t)) return what;
  return undefined;
});
