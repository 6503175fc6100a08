/**
 * The participant page's own words, in English: the fields' names, the messages of the form's
 * checks, what a section still needs, the hours rows and helpers, and the sentences the browser
 * fills with the figures it works out (the summary bar, the chart's description, the printed
 * statement). lib/pages/participant takes them as its `words` argument; lib/words/es has the
 * same functions in Spanish. Pure: facts in, strings out.
 */
import { longDate, type IsoDate } from "../../dates";
import type { EmployerDefinition, PlanDefinition } from "../../plan/definition";
import type { TextField } from "../../pages/participant/form";
import type { RuleInputError } from "../../errors";
import type { UnsupportedYearError } from "../../plan/limits";
import { ruleInputWords, yearLimitWords } from "./rule-input";

/** Each field's name in plain words, as the page labels it. */
export function fieldLabels(): Record<TextField, string> {
  return {
    asOf: "As-of date",
    birthDate: "Birth date",
    yearsOfService: "Years of vesting service",
    employmentStartDate: "Employment start date",
    "balances.deferral": "Your deferrals balance",
    "balances.rollover": "Rollovers balance",
    "balances.match": "Employer match balance",
    compensation: "Next year's pay",
    deferralPercent: "Deferral percent",
    matchPercentOfDeferral: "Match percent of deferrals",
    annualReturnPercent: "Annual return",
    salaryGrowthPercent: "Salary growth",
    years: "Years to project",
    inflationPercent: "Inflation rate",
    leaveYear: "Year to leave",
  };
}

// The form's checks -------------------------------------------------------------------------------

/** What a reader refused, in words: its issue in this language (./problems.ts), or a page reader's own words. */
export { failureWords as readProblem } from "./problems";

/** A rule's refusal, in words: its issue in English (lib/words/en/rule-input.ts). */
export function ruleProblem(error: RuleInputError): string {
  return ruleInputWords(error.issue);
}

/** A year the calculator does not support, in words (lib/words/en/rule-input.ts). */
export function yearLimitProblem(error: UnsupportedYearError): string {
  return yearLimitWords(error.issue);
}

/** A field the reader refused: "<label> <problem>." (the parser's problem completes the sentence). */
export function fieldProblem(label: string, problem: string): string {
  return `${label} ${problem}.`;
}

export function asOfTooEarly(label: string, first: number): string {
  return `${label} must be in ${first} or later: the projection starts the next plan year and the IRS limits table starts in ${first + 1}.`;
}

export function asOfTooLate(label: string, last: number): string {
  return `${label} must be in ${last} or earlier.`;
}

export function birthAfterAsOf(label: string, asOf: IsoDate): string {
  return `${label} is after the as-of date (${asOf}); check both dates.`;
}

export function startAfterAsOf(label: string, asOf: IsoDate): string {
  return `${label} is after the as-of date (${asOf}); service is counted up to the as-of date.`;
}

export function birthAfterStart(label: string, start: IsoDate): string {
  return `${label} is after the employment start date (${start}); check both dates.`;
}

export function youngAtStart(age: number, youngest: number): string {
  return `With your birth date, you were ${age} on this start date, younger than ${youngest}. Please check both dates; the figures use them as typed.`;
}

// What a section needs ----------------------------------------------------------------------------

/** The inputs a section may need, in words: what to enter. */
export function needs() {
  return {
    yearsOfService: "your years of vesting service",
    employmentStartDate: "your employment start date",
    hours: "your hours in at least one plan year",
    hoursFix: "your hours",
    asOf: "the as-of date",
    deferralBalance: "your deferrals balance",
    rolloverBalance: "the rollovers balance",
    matchBalance: "the employer match balance",
    compensation: "next year's pay",
    birthDate: "your birth date",
    deferralPercent: "a deferral %",
    matchPercent: "a match %",
    annualReturn: "an annual return %",
    salaryGrowth: "a salary growth %",
    years: "the years to project",
  };
}

/** What each section shows, as "to see …" says it. */
export function purposes() {
  return { today: "what is vested today", stay: "what staying adds", limit: "your contribution limit", ahead: "the years ahead" };
}

/** An input's words when it was filled in wrongly: "a deferral %" → "the deferral %". */
export function fixWords(words: string): string {
  return words.replace(/^an? /, "the ");
}

export function enterToSee(items: string, purpose: string): string {
  return `Enter ${items} to see ${purpose}.`;
}

export function fixToSee(items: string, purpose: string, enter: string | null): string {
  return `Fix ${items} (see the message beside it) to see ${purpose}${enter !== null ? `, and enter ${enter}` : ""}.`;
}

export function fixDeferralPercent(): string {
  return "Fix the deferral percent (see the message beside it) to see your own deferral.";
}

export function fixInflation(): string {
  return "Fix the inflation rate (see the message beside it) to see today's dollars.";
}

// Hours -------------------------------------------------------------------------------------------

/** A row's label: "Hours in 2003", "Hours in 2005 so far". */
export function yearLabel(year: number, current: boolean): string {
  return current ? `Hours in ${year} so far` : `Hours in ${year}`;
}

/** A year's hours the reader refused. */
export function yearProblem(label: string, problem: string): string {
  return `${label} ${problem}.`;
}

export function entryDateProblem(index: number, problem: string): string {
  return `Hours entry ${index + 1}: the date ${problem}.`;
}

export function entryBeforeStart(index: number, date: IsoDate, start: IsoDate): string {
  return `Hours entry ${index + 1} is dated ${date}, before the employment start date (${start}); hours count only from the first hour of service.`;
}

export function entryHoursProblem(index: number, problem: string): string {
  return `Hours entry ${index + 1}: the hours ${problem}.`;
}










// The form and the results ------------------------------------------------------------------------

export function employerShortName(employer: EmployerDefinition): string {
  return employer.shortName;
}

export function employerName(employer: EmployerDefinition): string {
  return employer.name;
}

export function stickyVested(vested: string, balance: string, percent: number): string {
  return `Vested today: ${vested} of ${balance} (match ${percent}% vested)`;
}

export function yearsHint(years: number | null): string {
  return years !== null ? `Leave empty for age 65: ${years} years.` : "Leave empty to project to age 65.";
}

export function deferralHint(cap: number): string {
  return `The part of your pay you put in. The plan allows up to ${cap}%.`;
}

export function referenceRate(year: number, percent: number): string {
  return `${year} rate: ${percent}% of deferrals`;
}

/** Where the reference rate comes from, and that the match is the sponsor's choice. */
export function matchBasis(plan: PlanDefinition): string {
  return `${plan.match.referenceBasis} (${plan.match.citation}) Not a promise: the match is at the sponsor's discretion.`;
}

export function customMatchHint(reference: number): string {
  return `Of your deferral, such as ${reference} or 50.`;
}

export function terminatedChoice(citation: string): string {
  return `The plan is terminated (everyone becomes fully vested, ${citation})`;
}

/** The words around the vested % in the big figure: "of $15,000.01; employer match [60%] vested after …". */
export function vestedOf(balance: string, serviceWords: string): [before: string, after: string] {
  return [`of ${balance}; employer match `, ` vested ${serviceWords}`];
}

export function limitHeading(planYear: number | null): string {
  return planYear !== null ? `Your contribution limit for ${planYear}` : "Your contribution limit";
}

export function leaveOption(planYear: number, age: number): string {
  return `${planYear} (age ${age})`;
}

/** "40 years, 2003 to 2042 (to age 65). Each year ends on December 31." */
export function aheadSpan(years: number, first: number, last: number, defaulted: boolean): string {
  return `${years} ${years === 1 ? "year" : "years"}, ${first} to ${last}${defaulted ? " (to age 65)" : ""}. Each year ends on December 31.`;
}

export function todaysDollarsNote(inflation: number): string {
  return `The chart is in today's dollars (${inflation}% inflation a year). The table is in the dollars of each year; its last two columns, under “Show all columns”, are in today's dollars.`;
}

// The chart ----------------------------------------------------------------------------------------

export function chartTitle(todaysDollars: boolean): string {
  return `Total and vested balance by year${todaysDollars ? " in today's dollars" : ""}`;
}

export function chartDescription(facts: {
  first: number;
  last: number;
  todaysDollars: boolean;
  total: [string, string];
  vested: [string, string];
  steps: readonly { planYear: number; vestedPercent: number }[];
}): string {
  const unit = facts.todaysDollars ? " in today's dollars" : "";
  return (
    `From ${facts.first} to ${facts.last}${unit}, the total balance goes from ${facts.total[0]} to ${facts.total[1]} ` +
    `and the vested balance from ${facts.vested[0]} to ${facts.vested[1]}.` +
    (facts.steps.length > 0 ? ` Vesting steps: ${facts.steps.map((row) => `${row.planYear} (${row.vestedPercent}%)`).join(", ")}.` : "")
  );
}

// The printed statement ----------------------------------------------------------------------------

export function printDate(iso: IsoDate): string {
  return longDate(iso);
}

export function printEntries(count: number): string {
  return `${count} dated entries`;
}

export function printBalances(deferral: string, rollover: string, match: string): string {
  return `deferrals ${deferral}, rollovers ${rollover}, match ${match}`;
}

export function printMatch(percent: string, referenceYear: number | null): string {
  return `${percent}% of deferrals${referenceYear !== null ? ` (the ${referenceYear} rate)` : ""}`;
}

export function printRates(annualReturn: string, salaryGrowth: string): string {
  return `${annualReturn}% and ${salaryGrowth}% a year`;
}

export function printInflation(inflation: string): string {
  return `${inflation}% a year`;
}
