/**
 * The roster's answer (lib/pages/hr-eligibility/roster-builder), column by column: what became of each
 * census row (`STATUS`), one employee's answer from lib/rules/eligibility put into the columns with
 * a reason in words (`answer`), an error row's reason (`errorReason`), and the employee's other rows
 * carrying the same answer (`copyAnswer`).
 */
import { addDays, daysBetween, packDate, type IsoDate } from "../../dates";
import { RuleInputError } from "../../errors";
import { formatUsd, ZERO, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import { evaluateEligibility, type EligibilityResult } from "../../rules/eligibility";
import type { HceResult } from "../../rules/hce";
import { fromHourUnits, type HoursLedger } from "../../rules/hours";
import { formatHours } from "../../words/format";
import type { RowProblem } from "./rows";
import { periodLabel, progress } from "./periods";
import type { Person } from "./people";
import { gapsBetween } from "./spells";

/** What became of one census row. */
export const STATUS = { eligible: 0, notYet: 1, excluded: 2, error: 3, partTime: 4 } as const;
export type Status = (typeof STATUS)[keyof typeof STATUS];

/** Hours-file problems kept word for word; beyond this only counted (each employee's row still names its lines). */
export const MAX_LISTED_PROBLEMS = 1000;

export interface FileProblem extends RowProblem {
  file: "census" | "hours";
}

/** The answer for every census row, column by column (compact to pass from a Web Worker). */
export interface RosterResult {
  asOf: string;
  /** A problem with a whole file (no header, missing column): nothing was evaluated. */
  fatal: FileProblem | null;
  count: number;
  ids: string[];
  /** The census line of each row. */
  lines: Int32Array;
  status: Uint8Array;
  /** yyyymmdd, or 0 when there is none. */
  eligibilityDate: Int32Array;
  entryDate: Int32Array;
  /** Days from the as-of date to the eligibility date (not yet eligible, part-time ones included, with a date), else −1. */
  daysUntil: Int32Array;
  /** 1 when the employee may make elective deferrals on the as-of date (eligible, or a long-term part-time employee), else 0. */
  mayDefer: Uint8Array;
  /** When the long-term part-time rule is met (yyyymmdd; an excluded employee's too, as the API gives it), or 0. */
  partTimeDate: Int32Array;
  reasons: string[];
  /** Hours-file problems (up to MAX_LISTED_PROBLEMS) and how many there were. */
  hoursProblems: FileProblem[];
  hoursProblemCount: number;
  censusRows: number;
  /** Employees: census rows of one employeeId count once. */
  employees: number;
  /** Employees with more than one census row (a rehire's spells). */
  rehires: number;
  hoursRows: number;
  blankLines: { census: number; hours: number };
  ignoredColumns: { census: string[]; hours: string[] };
}

/** Another row of the same employee carries the employee's answer. */
export function copyAnswer(result: RosterResult, from: number, to: number, line: number, id: string): void {
  result.ids[to] = id;
  result.lines[to] = line;
  result.status[to] = result.status[from]!;
  result.eligibilityDate[to] = result.eligibilityDate[from]!;
  result.entryDate[to] = result.entryDate[from]!;
  result.daysUntil[to] = result.daysUntil[from]!;
  result.mayDefer[to] = result.mayDefer[from]!;
  result.partTimeDate[to] = result.partTimeDate[from]!;
  result.reasons[to] = result.reasons[from]!;
}

export function errorReason(problems: string[]): string {
  if (problems.length <= 3) return problems.join(" ");
  return `${problems.slice(0, 3).join(" ")} And ${problems.length - 3} more problem${problems.length - 3 === 1 ? "" : "s"} with this employee's rows.`;
}

/** One employee's answer from the rule, put into the roster's columns and a reason in words. */
export function answer(plan: PlanDefinition, asOf: IsoDate, person: Person, ledger: HoursLedger, out: RosterResult, i: number): void {
  let result: EligibilityResult;
  try {
    result = evaluateEligibility(
      {
        asOf,
        employer: person.employer!.id,
        birthDate: person.birthDate,
        employmentStartDate: person.start,
        ledger,
        highlyCompensated: person.highlyCompensated,
        priorYearCompensation: person.pay,
        fivePercentOwner: person.owner,
      },
      plan,
    );
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    out.status[i] = STATUS.error;
    const column = error.path === "priorYearCompensation" || error.path === "asOf" ? `, column ${error.path === "asOf" ? "highlyCompensated" : error.path}` : "";
    out.reasons[i] = `Census line ${person.first.line}${column}: ${error.message}.`;
    return;
  }
  const employer = result.employer;
  const [age, service] = result.requirements;
  const partTime = result.longTermPartTime;
  if (result.eligibilityDate !== null) {
    out.eligibilityDate[i] = packDate(result.eligibilityDate);
    out.entryDate[i] = packDate(result.entryDate!);
  }
  if (partTime?.eligibilityDate) out.partTimeDate[i] = packDate(partTime.eligibilityDate);
  out.mayDefer[i] = result.mayDefer ? 1 : 0;
  const ageText = `age ${age.age} on ${age.metOn}`;
  const serviceText = service.metOn === null ? "" : `service met ${service.metOn}`;
  const spellText = person.spells ? spellsInWords(person, ledger) : "";
  if (result.excluded) {
    out.status[i] = STATUS.excluded;
    out.reasons[i] =
      `Excluded: highly compensated employee (${hceBasis(result.hce)}); the plan excludes highly compensated employees of ${employer.id} (${employer.citation}).` +
      (result.eligibilityDate ? ` Age and service alone would be met on ${result.eligibilityDate}.` : "") +
      (partTime?.eligibilityDate ? ` The part-time rule alone would be met on ${partTime.eligibilityDate}.` : "") +
      spellText;
    return;
  }
  const hceNote = result.highlyCompensated ? ` Highly compensated (${hceBasis(result.hce)}); ${employer.id} highly compensated employees may participate.` : "";
  if (result.eligible) {
    out.status[i] = STATUS.eligible;
    out.reasons[i] = `Eligible: ${ageText}, ${serviceText}.${hceNote}${spellText}`;
    return;
  }
  const notYet =
    result.eligibilityDate === null ? `${progress(result, asOf)}; ${ageText}` : `eligible on ${result.eligibilityDate} (${ageText}, ${serviceText})`;
  if (result.eligibilityDate !== null) out.daysUntil[i] = daysBetween(asOf, result.eligibilityDate);
  if (partTime?.eligible && partTime.metBy) {
    out.status[i] = STATUS.partTime;
    const { period } = partTime.metBy;
    out.reasons[i] =
      `Part-time: may make their own deferrals since ${partTime.eligibilityDate} as a long-term part-time employee (${period.run} periods in a row with ` +
      `${formatHours(plan.longTermPartTime.qualifyingHours.hours)} hours or more, the last ${periodLabel(period)}; ${partTime.citation}), ` +
      `${partTime.employerMatch ? "with the" : "no"} employer match. Not yet eligible to join: ${notYet}.${hceNote}${spellText}`;
    return;
  }
  out.status[i] = STATUS.notYet;
  const partTimeLater = partTime?.eligibilityDate && partTime.eligibilityDate > asOf ? ` Part-time rule: may make their own deferrals from ${partTime.eligibilityDate}.` : "";
  out.reasons[i] = `Not yet: ${notYet}.${partTimeLater}${hceNote}${spellText}`;
}

/** A rehire's spells, or a last day, and the hours dated where the employee was not employed (counted). */
export function spellsInWords(person: Person, ledger: HoursLedger): string {
  const spells = person.spells!;
  const last = spells[spells.length - 1]!;
  const after = last.end !== null && ledger.latestDate !== null && ledger.latestDate > last.end ? fromHourUnits(ledger.unitsBetween(addDays(last.end, 1), ledger.latestDate)) : 0;
  const afterText = after > 0 ? ` ${formatHours(after)} hours dated after the last day are counted (hours are credited on the dates payroll gives).` : "";
  if (spells.length === 1) return ` Last day ${last.end}.${afterText}`;
  const listed = spells.map((spell) => (spell.end === null ? `from ${spell.start}` : `${spell.start} to ${spell.end}`)).join(", ");
  let text = ` Rehired: ${spells.length} spells (census lines ${spells.map((spell) => spell.line).join(", ")}): ${listed}; the hours of all of them count, from the first start, ${person.start}.`;
  for (const gap of gapsBetween(spells)) {
    if (gap.from === null) continue;
    const inGap = fromHourUnits(ledger.unitsBetween(gap.from, gap.to));
    if (inGap > 0) text += ` ${formatHours(inGap)} hours dated in the gap from ${gap.from} to ${gap.to} are counted.`;
  }
  return text + afterText;
}

/** Why someone is (or is not) highly compensated, in a few words. */
export function hceBasis(hce: HceResult): string {
  if (hce.basis === "stated") return "stated in the census";
  if (hce.basis === "fivePercentOwner") return `a 5% owner in ${hce.planYear} or ${hce.lookBackYear}`;
  const pay: Money | null = hce.priorYearCompensation;
  return `${hce.lookBackYear} pay of ${formatUsd(pay ?? ZERO)} ${hce.highlyCompensated ? "above" : "not above"} the ${formatUsd(hce.threshold!)} threshold`;
}
