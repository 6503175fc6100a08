/**
 * The plan facts page's sentences (English): the rules the report does not state, the quotes,
 * the statements' labels and where each figure is printed, the findings on figures that do not
 * add up, the limits' sources. lib/pages/plan-facts/* builds from the facts and calls these;
 * lib/words/es/plan-facts.ts has the same functions in Spanish. Figures come in already written
 * (formatDollars), so both languages print the same ones.
 */
import { addDays, longDate } from "../../dates";
import type { PlanDefinition } from "../../plan/definition";
import { COLA_TABLE, LIMIT_SECTIONS, type LimitKind, type SourceRun } from "../../plan/limits";
import { sourceNotes } from "./limits";
import { formatCount, formatHours } from "../format";

export { serviceRuleSentences } from "./vesting-service";

/** A printed figure of the report as the sentences need it (lib/pages/plan-facts/footing.ts's Figure). */
export interface PrintedFigure {
  /** "netAssets:cash:2001", "changes:benefitsPaid:2002", "note3:…:2002", "schedule:fundId". */
  key: string;
  /** The label as printed (English). */
  label: string;
  /** Where it is printed (English): "statement of net assets, December 31, 2002 (page 4)". */
  where: string;
  /** The page of the report it is printed on. */
  page: number;
}

/** A footing rule as the sentences need it. */
export interface RuleName {
  id: string;
  /** What is checked (English): "Total investments, 2002". */
  title: string;
}

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** 2 → "two": small counts of figures in words, larger ones in digits. */
export function countInWords(n: number): string {
  return WORDS[n] ?? formatCount(n);
}

/** An employer's name, as the plan definition gives it. */
export function employerName(employer: { id: string; name: string }): string {
  return employer.name;
}

/** A line's label, as printed in the report. */
export function figureLabel(figure: PrintedFigure): string {
  return figure.label;
}

/** Where a figure is printed, after "the" or in a heading: "statement of net assets, December 31, 2002 (page 4)". */
export function figureWhere(figure: PrintedFigure): string {
  return figure.where;
}

/** What a check checks: "Total investments, 2002". */
export function ruleTitle(rule: RuleName): string {
  return rule.title;
}

/** The left side of a long sum: "the 19 lines add up to". */
export function linesAddUpTo(count: number): string {
  return `the ${count} lines add up to`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A sum that does not add up: the lines, their total, and the total printed. */
export function sumFails(equation: string, computed: string, total: PrintedFigure, printed: string, difference: string, more: boolean): string {
  return `${capitalise(equation)} ${computed}, but ${total.label.toLowerCase()} is printed as ${printed} (${difference} ${more ? "more" : "less"}), on the ${total.where}.`;
}

/** Two printings of one figure that do not agree. */
export function agreeFails(part: PrintedFigure, partAmount: string, total: PrintedFigure, totalAmount: string, difference: string): string {
  return `The ${part.where} gives ${partAmount}, the ${total.where} gives ${totalAmount}, a difference of ${difference}.`;
}

/** Another check that adds up gives the same printed total. */
export function sameTotalConfirmed(total: PrintedFigure, otherRule: RuleName, equation: string, printed: string): string {
  return `The printed ${total.label.toLowerCase()} is also what the check “${otherRule.title}” gives: ${equation} ${printed}.`;
}

/** The next line, which adds up, uses the printed total. */
export function nextLineConfirms(total: PrintedFigure, equation: string, amount: string): string {
  return `The printed ${total.label.toLowerCase()} is confirmed by the next line: ${equation} ${amount}, as printed.`;
}

/** A line printed one way here and another way elsewhere; the other way makes the sum add up. */
export function printedElsewhere(figure: PrintedFigure, printed: string, other: PrintedFigure, otherAmount: string, required: string): string {
  return `The ${figure.label} is ${printed} on the ${figure.where} but ${otherAmount} on the ${other.where}; the total adds up only with ${required}.`;
}

/** A line whose digits, swapped, make the sum add up. */
export function transposedDigits(figure: PrintedFigure, required: string, printed: string): string {
  return `A ${figure.label.toLowerCase()} figure of ${required} would make it add up: it is the printed ${printed} with two digits swapped (transposed).`;
}

export function noSingleLine(): string {
  return "No single line explains the difference.";
}

/** A check's verdict in the list of every check. */
export function checkVerdict(kind: "sum" | "agree", foots: boolean): string {
  if (kind === "agree") return foots ? "the two agree" : "the two do not agree";
  return foots ? "adds up" : "does not add up";
}

/** A check's two figures in the list of every check. */
export function checkFigures(kind: "sum" | "agree", computed: string, printed: string): string {
  return kind === "agree" ? `${computed} and ${printed}` : `the lines make ${computed}, printed ${printed}`;
}

/** The name of each limit's column, after its IRC section. */
const COLUMN_NAMES: Readonly<Record<LimitKind, string>> = {
  electiveDeferral: "elective deferrals",
  catchUp50: "catch-up",
  catchUp60to63: "catch-up, ages 60–63",
  annualAdditions: "annual additions",
  compensation: "compensation",
  hceThreshold: "highly compensated employee",
};

/** A limit's column: "402(g)(1) elective deferrals". */
export function limitColumn(kind: LimitKind): string {
  return `${LIMIT_SECTIONS[kind]} ${COLUMN_NAMES[kind]}`;
}

/** A line of the limits' sources: its years ("2009 to 2022") and where their values come from. */
export function limitSourceLine({ first, last, kinds, notice, amendedIn }: SourceRun): { years: string; text: string } {
  const column = first === last ? `${first} column` : "each year's column";
  return { years: first === last ? String(first) : `${first} to ${last}`, text: `${COLA_TABLE}, ${column} (${kinds.map(limitColumn).join("; ")})${sourceNotes(notice, amendedIn, kinds[0]!)}` };
}

/** A quote of the report, in the page's language (the report's own words in English). */
export function quote(_key: string, text: string): string {
  return text;
}

/** A citation, as the plan definition gives it: "IRC 401(k)(2)(D) as amended by SECURE 2.0 §125". */
export function citation(text: string): string {
  return text;
}

/** A quote's citation: "11-K Note 1.D". */
export function quoteCitation(citation: string): string {
  return citation;
}

/** How the 2002 reference match was worked out (the plan definition's words). */
export function matchBasis(plan: PlanDefinition): string {
  return plan.match.referenceBasis;
}

/** The title of the rule counting years of service from hours, with breaks in service. */
export function hoursAndBreaksTitle(): string {
  return "Years of service from hours, and breaks in service";
}

/** The long-term part-time rule in sentences, every number from the plan. */
export function longTermPartTime(plan: PlanDefinition): { title: string; sentences: string[] } {
  const rule = plan.longTermPartTime;
  const age = plan.eligibility.minimumAge;
  const noHours = plan.employers.filter((employer) => employer.service.kind !== "hoursInPeriod");
  const runs = rule.runs.map((run, index) => {
    const next = rule.runs[index + 1];
    return `${run.periods} in a row ${next ? `for dates from ${longDate(run.from)} to ${longDate(addDays(next.from, -1))}` : `from ${longDate(run.from)}`}`;
  });
  const off = plan.options.longTermPartTime === "off";
  return {
    title: "Long-term part-time employees",
    sentences: [
      `The report is older than this rule, but federal law requires it of every 401(k) plan for plan years from ${longDate(rule.runs[0]!.from)}${off ? "; the calculator has it turned off" : ""}.`,
      `An employee aged ${age} or more who has ${formatHours(rule.qualifyingHours.hours)} hours or more in each of several 12-month periods (${runs.join("; ")}) may put in their own savings (elective deferrals), even without a full year of service. Periods that begin before ${longDate(rule.firstCountedPeriodStart.date)} do not count.`,
      plan.options.longTermPartTimeMatch
        ? "They get the employer match like other participants."
        : "The law does not require an employer match for them, and this plan gives none.",
      ...(noHours.length > 0 ? [`${noHours.map((employer) => employer.name).join(" and ")} employees need no hours to join, so the rule changes nothing for them.`] : []),
    ],
  };
}
