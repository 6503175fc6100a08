/**
 * Everything the participant page shows, worked out from the inputs by the plan-rules module.
 *
 * Each section either has its figures or says, in words, which inputs it still needs. The rules
 * themselves live in lib/rules; this file only chooses which rule answers which question and puts
 * the answers into sentences a participant can read.
 */
import { completedYears, endOfYear, yearOf, type IsoDate } from "../../dates";
import { RuleInputError } from "../../errors";
import { UnsupportedYearError } from "../../plan/limits";
import { formatUsd, type Money } from "../../money";
import type { FullVestingEvent, PlanDefinition } from "../../plan/definition";
import { contributionLimit, type ContributionResult } from "../../rules/contribution";
import { inTodaysDollars, project, type ProjectionResult, type ProjectionRow } from "../../rules/projection";
import { evaluateVesting, type Balances, type VestingResult } from "../../rules/vesting";
import { describeSchedule, ordinal } from "../../rules/words";
import type { ParticipantInputs } from "./validate";

export type Section<T> = { ok: true; value: T } | { ok: false; missing: string };

const missing = (text: string): { ok: false; missing: string } => ({ ok: false, missing: text });

/** Joins the names of missing inputs: "your birth date, next year's pay and a deferral %". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function need(items: readonly string[], purpose: string): { ok: false; missing: string } {
  return missing(`Enter ${listInWords(items)} to see ${purpose}.`);
}

/** Runs a rule; an input a rule refuses becomes a section message instead of an exception. */
function guarded<T>(run: () => Section<T>): Section<T> {
  try {
    return run();
  } catch (error) {
    if (error instanceof RuleInputError || error instanceof UnsupportedYearError) return missing(`${error.message}.`);
    throw error;
  }
}

function eventsOf(inputs: ParticipantInputs): FullVestingEvent[] {
  return inputs.planTerminated ? ["planTermination"] : [];
}

function serviceMissing(inputs: ParticipantInputs): string[] {
  const items: string[] = [];
  if (inputs.yearsOfService === null && inputs.employmentStartDate === null) items.push("your years of vesting service or employment start date");
  if (inputs.asOf === null) items.push("the as-of date");
  return items;
}

// 1. Vested today ---------------------------------------------------------------------------

export interface VestedToday {
  result: VestingResult;
  balances: Balances;
  /** "If your employment ended on 2002-12-31 you would forfeit $2,000.00 of employer match." */
  forfeitSentence: string;
  explanation: string[];
}

export function vestedToday(inputs: ParticipantInputs, plan: PlanDefinition): Section<VestedToday> {
  const items = serviceMissing(inputs);
  if (items.length > 0) return need(items, "what is vested today");
  return guarded(() => {
    const result = evaluateVesting(
      {
        yearsOfService: inputs.yearsOfService ?? undefined,
        employmentStartDate: inputs.employmentStartDate ?? undefined,
        asOf: inputs.asOf ?? undefined,
        balances: inputs.balances,
        events: eventsOf(inputs),
      },
      plan,
    );
    const forfeitSentence = `If your employment ended on ${inputs.asOf} you would forfeit ${formatUsd(result.forfeitable)} of employer match.`;
    return {
      ok: true,
      value: {
        result,
        balances: inputs.balances,
        forfeitSentence,
        explanation: [
          ...result.explanation,
          `Vested amount of each source = balance × vested %, rounded half-up to the cent; the forfeitable amount is the match balance less its vested part. (${plan.vesting.citation}, ${plan.forfeitures.citation})`,
        ],
      },
    };
  });
}

// 2. Stay or go ---------------------------------------------------------------------------

export interface StayStep {
  yearsOfService: number;
  vestedPercent: number;
  reachedOn: IsoDate | null;
  daysAway: number | null;
  /** How much more of today's match balance is vested at this step than today. */
  additionalVested: Money;
  sentence: string;
}

export interface StayOrGo {
  steps: StayStep[];
  /** Said when no step lies ahead. */
  fullyVestedSentence: string | null;
  explanation: string[];
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

export function stayOrGo(inputs: ParticipantInputs, plan: PlanDefinition, today: VestedToday): StayOrGo {
  const { result } = today;
  const steps = result.stepsAhead.map((step): StayStep => {
    const more = `${formatUsd(step.additionalVested)} more of your match vests`;
    const sentence =
      step.reachedOn !== null && step.daysAway !== null
        ? `Stay until ${step.reachedOn} (${plural(step.daysAway, "day", "days")}) and ${more}.`
        : `Complete ${plural(step.yearsOfService, "year", "years")} of service (within ${plural(step.yearsOfService - result.yearsOfService, "more year", "more years")}) and ${more}.`;
    return {
      yearsOfService: step.yearsOfService,
      vestedPercent: step.vestedPercent,
      reachedOn: step.reachedOn,
      daysAway: step.daysAway,
      additionalVested: step.additionalVested,
      sentence,
    };
  });
  let fullyVestedSentence: string | null = null;
  if (steps.length === 0) {
    fullyVestedSentence =
      result.fullyVestedBy === "planTermination"
        ? "The plan is terminated, so your match is fully vested: leaving now costs you none of it."
        : `Your match is ${result.vestedPercent}% vested, the top of the schedule: leaving now costs you none of it.`;
  }
  const explanation = [
    `The employer match vests by completed years of service: ${describeSchedule(plan.vesting.schedule)}. (${plan.vesting.citation})`,
    inputs.employmentStartDate !== null
      ? `A year of service is completed on each anniversary of your employment start date, ${inputs.employmentStartDate}; the anniversary of February 29 falls on March 1 in other years. Days are counted from the as-of date, ${inputs.asOf}.`
      : "You gave completed years of service, so the dates of the steps are not known; each step is reached within the years shown. Give your employment start date instead to see dates.",
    "Each figure is today's match balance times the step's vested %, rounded half-up to the cent, less what is vested today. Growth and new match are left aside here; the years ahead below include them.",
  ];
  if (inputs.balances.match.isZero() && steps.length > 0) {
    explanation.push("Your match balance today is $0.00, so no more of it vests; match paid in later years vests on the same schedule.");
  }
  return { steps, fullyVestedSentence, explanation };
}

/** Stay or go needs what vested today needs; it says so in its own words. */
export function stayOrGoSection(inputs: ParticipantInputs, plan: PlanDefinition, today: Section<VestedToday>): Section<StayOrGo> {
  if (!today.ok) {
    const items = serviceMissing(inputs);
    return items.length > 0 ? need(items, "what staying adds") : today;
  }
  return { ok: true, value: stayOrGo(inputs, plan, today.value) };
}

// 3. The contribution limit -------------------------------------------------------------------

export interface LimitSection {
  planYear: number;
  result: ContributionResult;
  /** A warning, not a block: the chosen % is over the plan's cap or the dollar limit. */
  warning: string | null;
}

export function limitSection(inputs: ParticipantInputs, plan: PlanDefinition): Section<LimitSection> {
  const items: string[] = [];
  if (inputs.asOf === null) items.push("the as-of date");
  if (inputs.compensation === null) items.push("next year's pay");
  if (items.length > 0 || inputs.asOf === null || inputs.compensation === null) return need(items, "your contribution limit");
  const asOf = inputs.asOf;
  const compensation = inputs.compensation;
  return guarded(() => {
    const planYear = yearOf(asOf) + 1;
    const result = contributionLimit(
      { planYear, compensation, birthDate: inputs.birthDate ?? undefined, deferralPercent: inputs.deferralPercent ?? undefined },
      plan,
    );
    let warning: string | null = null;
    const chosen = inputs.deferralPercent;
    if (chosen !== null && result.requested && (chosen > result.planPercentCap || result.requested.excess.greaterThan(0))) {
      const over =
        chosen > result.planPercentCap
          ? `more than the plan's ${result.planPercentCap}% cap`
          : `more than the ${planYear} dollar limit`;
      warning =
        `${chosen}% is ${over}: ${chosen}% of ${formatUsd(result.compensationCounted)} is ${formatUsd(result.requested.requestedDeferral)}, ` +
        `but at most ${formatUsd(result.maxDeferral)} can be deferred in ${planYear}. ` +
        `Only ${formatUsd(result.requested.allowedDeferral)} is allowed (${formatUsd(result.requested.excess)} over); the years ahead use the allowed amount.`;
    }
    return { ok: true, value: { planYear, result, warning } };
  });
}

// 4. The years ahead -------------------------------------------------------------------------

/** Years to project by default: to age 65, that is 65 − age at the end of the as-of year, 1 to 60. */
export function defaultYears(birthDate: IsoDate, asOf: IsoDate, plan: PlanDefinition): number {
  const age = completedYears(birthDate, endOfYear(yearOf(asOf)), plan.options.feb29Anniversary);
  return Math.min(60, Math.max(1, 65 - age));
}

export interface ProjectedYear extends Omit<ProjectionRow, "cents"> {
  /** Total and vested in today's dollars, when an inflation rate is given. */
  totalToday: Money | null;
  vestedToday: Money | null;
}

export interface YearsAhead {
  result: ProjectionResult;
  rows: ProjectedYear[];
  years: number;
  yearsDefaulted: boolean;
  inflationPercent: number | null;
  chosen: ProjectedYear;
  /** "Leave at the end of 2005: you keep $V, you forfeit $F." */
  chosenSentence: string;
}

export function yearsAhead(inputs: ParticipantInputs, plan: PlanDefinition): Section<YearsAhead> {
  const items: string[] = [];
  if (inputs.asOf === null) items.push("the as-of date");
  if (inputs.birthDate === null) items.push("your birth date");
  if (inputs.yearsOfService === null && inputs.employmentStartDate === null) items.push("your years of vesting service or employment start date");
  if (inputs.compensation === null) items.push("next year's pay");
  if (inputs.deferralPercent === null) items.push("a deferral %");
  if (inputs.matchPercentOfDeferral === null) items.push("a match %");
  if (inputs.annualReturnPercent === null) items.push("an annual return %");
  if (inputs.salaryGrowthPercent === null) items.push("a salary growth %");
  const { asOf, birthDate, compensation, deferralPercent, matchPercentOfDeferral, annualReturnPercent, salaryGrowthPercent } = inputs;
  if (
    items.length > 0 ||
    asOf === null ||
    birthDate === null ||
    compensation === null ||
    deferralPercent === null ||
    matchPercentOfDeferral === null ||
    annualReturnPercent === null ||
    salaryGrowthPercent === null
  ) {
    return need(items, "the years ahead");
  }
  return guarded(() => {
    const yearsDefaulted = inputs.years === null;
    const years = inputs.years ?? defaultYears(birthDate, asOf, plan);
    const result = project(
      {
        asOf,
        birthDate,
        yearsOfService: inputs.yearsOfService ?? undefined,
        employmentStartDate: inputs.employmentStartDate ?? undefined,
        balances: inputs.balances,
        compensation,
        salaryGrowthPercent,
        deferralPercent,
        matchPercentOfDeferral,
        annualReturnPercent,
        years,
        events: eventsOf(inputs),
      },
      plan,
    );
    const inflation = inputs.inflationPercent;
    const rows = result.rows.map((row, index): ProjectedYear => {
      // Each field is read once: a row's money figures may be getters (a spread would drop them).
      const total = row.total;
      const vested = row.vested;
      return {
        planYear: row.planYear,
        age: row.age,
        yearsOfService: row.yearsOfService,
        vestedPercent: row.vestedPercent,
        compensation: row.compensation,
        deferral: row.deferral,
        match: row.match,
        matchReducedBy: row.matchReducedBy,
        earnings: row.earnings,
        balances: row.balances,
        total,
        vested,
        forfeitable: row.forfeitable,
        vestingStep: row.vestingStep,
        limitsAssumed: row.limitsAssumed,
        totalToday: inflation === null ? null : inTodaysDollars(total, inflation, index + 1),
        vestedToday: inflation === null ? null : inTodaysDollars(vested, inflation, index + 1),
      };
    });
    const chosen = rows.find((row) => row.planYear === inputs.leaveYear) ?? rows[0]!;
    let chosenSentence = `Leave at the end of ${chosen.planYear}: you keep ${formatUsd(chosen.vested)}, you forfeit ${formatUsd(chosen.forfeitable)}.`;
    if (chosen.vestedToday !== null) chosenSentence += ` In today's dollars you keep ${formatUsd(chosen.vestedToday)}.`;
    return { ok: true, value: { result, rows, years, yearsDefaulted, inflationPercent: inflation, chosen, chosenSentence } };
  });
}

// Who can take part ---------------------------------------------------------------------------

/** The employer's eligibility rule in a sentence, with its citation (11-K Note 1.A). */
export function eligibilityNote(inputs: ParticipantInputs, plan: PlanDefinition): string {
  const employer = plan.employers.find((candidate) => candidate.id === inputs.employer) ?? plan.employers[0]!;
  const age = plan.eligibility.minimumAge;
  const service =
    employer.service.kind === "hoursInPeriod"
      ? `once you are ${age} and have completed ${employer.service.hours.toLocaleString("en-US")} hours of service in a 12-month period`
      : `once you are ${age}, from the ${ordinal(employer.service.days)} day following your first hour of service`;
  const hce = employer.excludesHighlyCompensated
    ? "highly compensated employees are excluded"
    : "highly compensated employees may take part";
  return `${employer.name}: you may take part ${service}; ${hce}. Vesting is the same for every employer. (${employer.citation})`;
}
