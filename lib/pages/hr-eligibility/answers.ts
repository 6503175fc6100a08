/**
 * The roster's answer (lib/pages/hr-eligibility/roster-builder), column by column: what became of each
 * census row (`STATUS`), one employee's answer from lib/rules/eligibility put into the columns with
 * its reason (`answer`; the words are lib/words/<language>/eligibility-roster's, from the rule's result and
 * a rehire's spell facts), and the employee's other rows carrying the same answer (`copyAnswer`).
 */
import { addDays, daysBetween, packDate, type IsoDate } from "../../dates";
import { RuleInputError } from "../../errors";
import type { PlanDefinition } from "../../plan/definition";
import { evaluateEligibility, type EligibilityResult } from "../../rules/eligibility";
import { fromHourUnits, type HoursLedger } from "../../rules/hours";
import type { SpellFacts } from "../../words/en/eligibility-roster";
import type { RosterWords } from "./words";
import type { RowProblem } from "./rows";
import type { Person } from "./people";
import { gapsBetween } from "./spells";
import { STATUS } from "./status";

export { STATUS, type Status } from "./status";

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

/** One employee's answer from the rule, put into the roster's columns and a reason in words. */
export function answer(plan: PlanDefinition, asOf: IsoDate, person: Person, ledger: HoursLedger, out: RosterResult, i: number, words: RosterWords): void {
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
    const column = error.path === "priorYearCompensation" || error.path === "asOf" ? (error.path === "asOf" ? "highlyCompensated" : error.path) : "";
    out.reasons[i] = words.rowProblem("census", person.first.line, column, words.ruleInput(error.issue));
    return;
  }
  const partTime = result.longTermPartTime;
  if (result.eligibilityDate !== null) {
    out.eligibilityDate[i] = packDate(result.eligibilityDate);
    out.entryDate[i] = packDate(result.entryDate!);
  }
  if (partTime?.eligibilityDate) out.partTimeDate[i] = packDate(partTime.eligibilityDate);
  out.mayDefer[i] = result.mayDefer ? 1 : 0;
  out.reasons[i] = words.rosterReason(result, asOf, plan, person.spells ? spellFacts(person, ledger) : null);
  if (result.excluded) out.status[i] = STATUS.excluded;
  else if (result.eligible) out.status[i] = STATUS.eligible;
  else {
    if (result.eligibilityDate !== null) out.daysUntil[i] = daysBetween(asOf, result.eligibilityDate);
    out.status[i] = partTime?.eligible && partTime.metBy ? STATUS.partTime : STATUS.notYet;
  }
}

/** A rehire's spells, or a last day, with the hours dated after the last day and in each gap (they count). */
export function spellFacts(person: Person, ledger: HoursLedger): SpellFacts {
  const spells = person.spells!;
  const last = spells[spells.length - 1]!;
  const hoursAfterLastDay =
    last.end !== null && ledger.latestDate !== null && ledger.latestDate > last.end ? fromHourUnits(ledger.unitsBetween(addDays(last.end, 1), ledger.latestDate)) : 0;
  const gaps = spells.length === 1 ? [] : gapsBetween(spells).flatMap((gap) => (gap.from === null ? [] : [{ from: gap.from, to: gap.to, hours: fromHourUnits(ledger.unitsBetween(gap.from, gap.to)) }]));
  return { spells, start: person.start, hoursAfterLastDay, gaps };
}
