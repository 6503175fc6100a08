/**
 * The roster's reasons in words (English): each employee's one-line reason on the HR eligibility
 * page and in its results CSV, written from lib/rules/eligibility's result (and, for a rehire, the
 * spells and the hours dated outside them). Pure functions: facts in, strings out.
 *
 * Fast on purpose: a roster writes 100,000 reasons in one go, so figures go through formatHours
 * (no toLocaleString) and each reason is one concatenation.
 */
import type { IsoDate } from "../../dates";
import type { RuleIssue } from "../../errors";
import { formatUsd, ZERO, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import { closestAndCurrent, type EligibilityResult } from "../../rules/eligibility";
import type { HceResult } from "../../rules/hce";
import { formatHours } from "../format";
import { periodLabel } from "./eligibility";
import { ruleInputWords } from "./rule-input";

/**
 * A rehire's spells as the census gives them (in order of start; `line` is the census line), or a
 * last day; the first start; the hours dated after the last day and in each gap (all counted).
 */
export interface SpellFacts {
  spells: readonly { start: IsoDate; end: IsoDate | null; line: number }[];
  start: IsoDate;
  hoursAfterLastDay: number;
  /** Each gap whose first day is known, with the hours dated in it. */
  gaps: readonly { from: IsoDate; to: IsoDate; hours: number }[];
}

/**
 * Why the hours requirement is not met yet, in words: the period that came closest (the most hours;
 * of equals, the latest) and the current one (the period holding the as-of date; of two, the
 * initial period and the plan year that overlaps it, the one with more hours, then the one ending
 * first), with the hours it still needs.
 */
export function progress(result: EligibilityResult, asOf: IsoDate): string {
  const service = result.requirements[1];
  if (service.kind !== "hoursInPeriod") return "";
  const { closest, current } = closestAndCurrent(service.periods, asOf);
  const need = service.hoursRequired;
  if (current === null) return `employment begins on ${service.periods[0]!.start}, after the as-of date`;
  const togo = `${formatHours(Math.max(0, need - current.hours))} to go by ${current.end}`;
  if (closest === null || closest.hours === 0) return `no hours credited yet; the current period, ${periodLabel(current)}, needs ${formatHours(need)} by ${current.end}`;
  if (closest === current) return `the current period, ${periodLabel(current)}, has ${formatHours(current.hours)} of ${formatHours(need)} hours, the most of any period: ${togo}`;
  return `the most hours in one period were ${formatHours(closest.hours)} of ${formatHours(need)}, in ${closest.kind === "planYear" ? "" : "the "}${periodLabel(closest)}; the current period, ${periodLabel(current)}, has ${formatHours(current.hours)}: ${togo}`;
}

/**
 * One employee's reason: excluded, eligible, a long-term part-time employee who may defer, or not
 * yet, with the dates and the highly compensated finding; then the rehire's spells, if any.
 */
export function rosterReason(result: EligibilityResult, asOf: IsoDate, plan: PlanDefinition, spells: SpellFacts | null): string {
  const employer = result.employer;
  const [age, service] = result.requirements;
  const partTime = result.longTermPartTime;
  const ageText = `age ${age.age} on ${age.metOn}`;
  const serviceText = service.metOn === null ? "" : `service met ${service.metOn}`;
  const spellText = spells ? spellsInWords(spells) : "";
  if (result.excluded) {
    return (
      `Excluded: highly compensated employee (${hceBasis(result.hce)}); the plan excludes highly compensated employees of ${employer.id} (${employer.citation}).` +
      (result.eligibilityDate ? ` Age and service alone would be met on ${result.eligibilityDate}.` : "") +
      (partTime?.eligibilityDate ? ` The part-time rule alone would be met on ${partTime.eligibilityDate}.` : "") +
      spellText
    );
  }
  const hceNote = result.highlyCompensated ? ` Highly compensated (${hceBasis(result.hce)}); ${employer.id} highly compensated employees may participate.` : "";
  if (result.eligible) return `Eligible: ${ageText}, ${serviceText}.${hceNote}${spellText}`;
  const notYet =
    result.eligibilityDate === null ? `${progress(result, asOf)}; ${ageText}` : `eligible on ${result.eligibilityDate} (${ageText}, ${serviceText})`;
  if (partTime?.eligible && partTime.metBy) {
    const { period } = partTime.metBy;
    return (
      `Part-time: may make their own deferrals since ${partTime.eligibilityDate} as a long-term part-time employee (${period.run} periods in a row with ` +
      `${formatHours(plan.longTermPartTime.qualifyingHours.hours)} hours or more, the last ${periodLabel(period)}; ${partTime.citation}), ` +
      `${partTime.employerMatch ? "with the" : "no"} employer match. Not yet eligible to join: ${notYet}.${hceNote}${spellText}`
    );
  }
  const partTimeLater = partTime?.eligibilityDate && partTime.eligibilityDate > asOf ? ` Part-time rule: may make their own deferrals from ${partTime.eligibilityDate}.` : "";
  return `Not yet: ${notYet}.${partTimeLater}${hceNote}${spellText}`;
}

/** A rehire's spells, or a last day, and the hours dated where the employee was not employed (counted); begins with a space. */
export function spellsInWords(facts: SpellFacts): string {
  const { spells } = facts;
  const last = spells[spells.length - 1]!;
  const afterText = facts.hoursAfterLastDay > 0 ? ` ${formatHours(facts.hoursAfterLastDay)} hours dated after the last day are counted (hours are credited on the dates payroll gives).` : "";
  if (spells.length === 1) return ` Last day ${last.end}.${afterText}`;
  const listed = spells.map((spell) => (spell.end === null ? `from ${spell.start}` : `${spell.start} to ${spell.end}`)).join(", ");
  let text = ` Rehired: ${spells.length} spells (census lines ${spells.map((spell) => spell.line).join(", ")}): ${listed}; the hours of all of them count, from the first start, ${facts.start}.`;
  for (const gap of facts.gaps) {
    if (gap.hours > 0) text += ` ${formatHours(gap.hours)} hours dated in the gap from ${gap.from} to ${gap.to} are counted.`;
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

/** An employee in error: the first three problems (each a sentence), and how many more there are. */
export function errorReason(problems: readonly string[]): string {
  if (problems.length <= 3) return problems.join(" ");
  return `${problems.slice(0, 3).join(" ")} And ${problems.length - 3} more problem${problems.length - 3 === 1 ? "" : "s"} with this employee's rows.`;
}

/** An hours row dated before the employee's first hour of service (a file problem that says why the rule cannot count it). */
export function hoursBeforeStartProblem(date: IsoDate, employeeId: string, start: IsoDate): string {
  return `${date} is before employee ${employeeId}'s employment start date (${start}); hours are credited from the first hour of service`;
}

/** A problem with one row of a roster file: "Census line 4, column birthDate: is empty." */
export function rowProblem(file: "census" | "hours", line: number, column: string, message: string): string {
  return `${file === "census" ? "Census" : "Hours"} line ${line}${column ? `, column ${column}` : ""}: ${message}.`.replace(/\.\.$/, ".");
}

/** Two census rows of one employee that disagree. */
export type RowsConflict =
  | { kind: "birthDate" | "employer"; id: string; firstLine: number; first: string; line: number; value: string }
  | { kind: "hce"; id: string; firstLine: number; first: string; line: number; value: string }
  | { kind: "sameStart"; id: string; start: IsoDate }
  | { kind: "overlap"; id: string; before: { start: IsoDate; end: IsoDate }; start: IsoDate };

const MUST_AGREE = "the rows of one employee (one for each employment spell) must agree";

/** Two census rows of one employee that disagree, naming both lines (and the column, where there is one). */
export function rowsConflict(lines: readonly [number, number], conflict: RowsConflict): string {
  const { id } = conflict;
  let column = "employmentStartDate";
  let message: string;
  switch (conflict.kind) {
    case "birthDate":
      column = "birthDate";
      message = `employee "${id}" is born on ${conflict.first} on line ${conflict.firstLine} but on ${conflict.value} on line ${conflict.line}; ${MUST_AGREE}`;
      break;
    case "employer":
      column = "employer";
      message = `employee "${id}" works for ${conflict.first} on line ${conflict.firstLine} but for ${conflict.value} on line ${conflict.line}; ${MUST_AGREE}`;
      break;
    case "hce":
      column = "";
      message =
        `the highly compensated columns of employee "${id}" differ (line ${conflict.firstLine}: ${conflict.first}; line ${conflict.line}: ${conflict.value}); ` +
        "they describe the employee in the as-of date's plan year, not one spell: give the same values on each row, or leave them blank on all rows but one";
      break;
    case "sameStart":
      message = `employee "${id}": both spells begin on ${conflict.start}`;
      break;
    case "overlap":
      message = `employee "${id}": the spell from ${conflict.before.start} to ${conflict.before.end} overlaps the one beginning on ${conflict.start}: a rehire begins after the last day of the spell before`;
      break;
  }
  return `Census lines ${lines[0]} and ${lines[1]}${column ? `, column ${column}` : ""}: ${message}.`;
}

/** An hours row for an employeeId the census does not have. */
export function notInCensus(id: string): string {
  return `"${id}" is not in the census CSV`;
}

/** A file with no header line at all. */
export function emptyFile(header: readonly string[]): string {
  return `is empty; its first line must be the header ${header.join(",")}`;
}

/** A problem the plan's rule found with an employee's values (lib/errors.ts' RuleIssue). */
export function ruleInput(issue: RuleIssue): string {
  return ruleInputWords(issue);
}

/** A census with a header and nothing else. */
export const NO_EMPLOYEE_ROWS: string = "has a header but no employee rows";

/** The header and cell problems both HR files share (lib/pages/hr-eligibility/rows.ts words its cells with them). */
export { booleanProblem, emptyCell, employerProblem, failureWords, found, headerProblem, idTooLong, unclosedQuote } from "./file-cells";

/** A row shorter than the header, without a required column's value. */
export function valuesMissing(values: number, width: number, missing: readonly string[]): string {
  return `is missing: the line has ${values} value${values === 1 ? "" : "s"} and the header ${width} columns (missing ${missing.join(", ")})`;
}

/** A row with values beyond the header's columns. */
export function extraValues(values: number, width: number): string {
  return `has ${values} values but the header has ${width} columns; a value that holds a comma must be in double quotes ("Smith, Jr.")`;
}

/** A census row born after it starts work. */
export function birthAfterStart(start: IsoDate): string {
  return `is after the employment start date (${start}); check both dates`;
}

/** A census row whose last day comes before its first. */
export function endBeforeStart(start: IsoDate): string {
  return `is before the employment start date (${start}) on this line; the termination date is the last day of the spell that begins on the start date`;
}
