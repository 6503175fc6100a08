/**
 * Everything the participant page shows, worked out from the inputs by the plan-rules module.
 *
 * Each section either has its figures or says, in words, which inputs it still needs. The rules
 * themselves live in lib/rules; this file only chooses which rule answers which question and puts
 * the answers into sentences a participant can read.
 */
import { completedYears, dateAttainingAge, endOfYear, longDate, yearOf, type IsoDate } from "../../dates";
import { RuleInputError } from "../../errors";
import { UnsupportedYearError } from "../../plan/limits";
import { formatUsd, type Money } from "../../money";
import type { FullVestingEvent, PlanDefinition } from "../../plan/definition";
import { MINIMUM_SCHEDULES, vestingComplianceFinding } from "../../rules/compliance";
import { contributionLimit, type ContributionResult } from "../../rules/contribution";
import { inTodaysDollars, project, type ProjectionResult, type ProjectionRow } from "../../rules/projection";
import { evaluateVesting, scheduledPercent, type Balances, type VestingResult } from "../../rules/vesting";
import { vestingPeriod, vestingService } from "../../rules/vesting-service";
import { describeSchedule, formatCount, formatHours, ordinal } from "../../rules/words";
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

/** An input a section needs: the field's name (or "hours"), its words, whether it is given, and its words when it needs a fix. */
type Needed = readonly [field: string, words: string, given: boolean, fixWords?: string];

/**
 * What a section still needs, or null when it has everything. A field filled in wrongly is named
 * first ("Fix …"): it hides only the sections that need it.
 */
function lacking(inputs: ParticipantInputs, needed: readonly Needed[], purpose: string): { ok: false; missing: string } | null {
  const fix = needed.filter(([field]) => inputs.invalid.has(field)).map(([, words, , fixWords]) => fixWords ?? words.replace(/^an? /, "the "));
  const enter = needed.filter(([field, , given]) => !inputs.invalid.has(field) && !given).map(([, words]) => words);
  if (fix.length > 0) return missing(`Fix ${listInWords(fix)} (see the message beside it) to see ${purpose}${enter.length > 0 ? `, and enter ${listInWords(enter)}` : ""}.`);
  return enter.length > 0 ? need(enter, purpose) : null;
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

/** The inputs vesting service needs, for the way the person gives it, and the as-of date. */
function serviceNeeds(inputs: ParticipantInputs): Needed[] {
  const needs: Needed[] =
    inputs.serviceBy === "years"
      ? [["yearsOfService", "your years of vesting service", inputs.yearsOfService !== null]]
      : [["employmentStartDate", "your employment start date", inputs.employmentStartDate !== null]];
  if (inputs.serviceBy === "hours") needs.push(["hours", "your hours in at least one plan year", inputs.hours !== null, "your hours"]);
  needs.push(["asOf", "the as-of date", inputs.asOf !== null]);
  return needs;
}

const BALANCE_NEEDS = (inputs: ParticipantInputs): Needed[] => [
  ["balances.deferral", "your deferrals balance", true],
  ["balances.rollover", "the rollovers balance", true],
  ["balances.match", "the employer match balance", !inputs.invalid.has("balances.match")],
];

/** "1 year", "3 years". */
export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * The law's minimum schedules beside a vested % read at a number of years (plan-rules §4,
 * compliance finding): null where the plan meets them (it complies, or gives at least what each
 * schedule gives at those years).
 */
export function lawCaveat(years: number, plan: PlanDefinition): string | null {
  const regime = MINIMUM_SCHEDULES.from2002;
  if (vestingComplianceFinding(plan, regime.firstPlanYear).passes) return null;
  const planPercent = scheduledPercent(plan.vesting.schedule, years);
  const given = regime.schedules.map((minimum) => ({ name: minimum.name, percent: scheduledPercent(minimum.schedule, years) }));
  if (given.every((minimum) => minimum.percent <= planPercent)) return null;
  return (
    `The law may give you more. For employer match paid for plan years from ${regime.firstPlanYear}, the law (IRC 411(a)(12)) asks the match to vest at least as fast as one of two schedules. ` +
    `At ${plural(years, "year", "years")} of service they give ${listInWords(given.map((minimum) => `${minimum.percent}% (${minimum.name})`)).replace(" and ", " or ")}; ` +
    `this plan gives ${planPercent}%, and its schedule meets neither of them. The plan administrator can say which schedule applies to your match.`
  );
}

// 1. Vested today ---------------------------------------------------------------------------

export interface VestedToday {
  result: VestingResult;
  balances: Balances;
  /** "after 3 completed years of service", "after 2 years of service counted from your hours". */
  serviceWords: string;
  /** "If your employment ended on December 31, 2002, you would forfeit $2,000.00 of employer match." */
  forfeitSentence: string;
  /** The law's minimum schedules beside today's %, when they give more (2 to 4 years here). */
  caveat: string | null;
  explanation: string[];
}

export function vestedToday(inputs: ParticipantInputs, plan: PlanDefinition): Section<VestedToday> {
  const lack = lacking(inputs, [...serviceNeeds(inputs), ...BALANCE_NEEDS(inputs)], "what is vested today");
  if (lack) return lack;
  return guarded(() => {
    const byHours = inputs.serviceBy === "hours";
    const result = evaluateVesting(
      {
        yearsOfService: inputs.serviceBy === "years" ? (inputs.yearsOfService ?? undefined) : undefined,
        employmentStartDate: inputs.employmentStartDate ?? undefined,
        asOf: inputs.asOf ?? undefined,
        hours: byHours ? (inputs.hours ?? undefined) : undefined,
        balances: inputs.balances,
        events: eventsOf(inputs),
      },
      plan,
    );
    const years = plural(result.yearsOfService, "year", "years");
    const serviceWords = byHours ? `after ${years} of service counted from your hours` : `after ${result.yearsOfService === 1 ? "1 completed year" : `${result.yearsOfService} completed years`} of service`;
    const forfeitSentence = `If your employment ended on ${longDate(inputs.asOf!)}, you would forfeit ${formatUsd(result.forfeitable)} of the employer match.`;
    return {
      ok: true,
      value: {
        result,
        balances: inputs.balances,
        serviceWords,
        forfeitSentence,
        caveat: result.fullyVestedBy ? null : lawCaveat(result.yearsOfService, plan),
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
  /** Today's match balance vested at this step: the total, not an amount on top of the step before. */
  vestedMatch: Money;
  /** How much more of today's match balance is vested at this step than today. */
  additionalVested: Money;
  sentence: string;
}

export interface StayOrGo {
  steps: StayStep[];
  /** Said when no step lies ahead. */
  fullyVestedSentence: string | null;
  /** The law's minimum schedules at the steps where they give more (3 and 4 years here). */
  caveat: string | null;
  explanation: string[];
}

export function stayOrGo(inputs: ParticipantInputs, plan: PlanDefinition, today: VestedToday): StayOrGo {
  const { result } = today;
  const service = result.service;
  const yearHours = formatHours(plan.vesting.hoursCounting.yearOfService.hours);
  const vestedNow = result.vested.match;
  const steps = result.stepsAhead.map((step): StayStep => {
    const share =
      `${step.vestedPercent}% of your match is yours (vested): ${formatUsd(step.vestedMatch)} in total` +
      (vestedNow.greaterThan(0) ? ` (${formatUsd(step.additionalVested)} more than today)` : "");
    const more = step.yearsOfService - result.yearsOfService;
    let sentence: string;
    if (step.reachedOn !== null && step.daysAway !== null) {
      sentence = service
        ? `On the hours given you reach ${plural(step.yearsOfService, "year", "years")} of service on ${longDate(step.reachedOn)}: ${share}.`
        : `Stay until ${longDate(step.reachedOn)} (${plural(step.daysAway, "day", "days")}): ${share}.`;
    } else if (service && inputs.employmentStartDate !== null) {
      // Years of service from hours: each needs a period with 1,000 hours; the current one still can be.
      const now = service.currentPeriod;
      const current = service.periods.findIndex((period) => period.start === now.start);
      const credited = service.periods[current]!.creditedOn;
      const open = credited === null || credited > inputs.asOf!;
      const later = open ? more - 1 : more;
      const last = vestingPeriod(inputs.employmentStartDate, current + more - (open ? 1 : 0), plan.options);
      const toGo = formatHours(now.hoursToYearOfService);
      const years = `${plural(later, "more plan year", "more plan years")} with ${yearHours} hours or more`;
      const what =
        later === 0
          ? `work ${toGo} more hours by ${longDate(now.end)}`
          : `${open ? `this year (${toGo} more hours) and ` : ""}${years}, so by ${longDate(last.end)} at the earliest`;
      sentence = `Reach ${plural(step.yearsOfService, "year", "years")} of service: ${what}. Then ${share}.`;
    } else {
      sentence = `Complete ${plural(step.yearsOfService, "year", "years")} of service (${plural(more, "more year", "more years")}): ${share}.`;
    }
    return {
      yearsOfService: step.yearsOfService,
      vestedPercent: step.vestedPercent,
      reachedOn: step.reachedOn,
      daysAway: step.daysAway,
      vestedMatch: step.vestedMatch,
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
  const caveats = steps.flatMap((step) => {
    const minimum = MINIMUM_SCHEDULES.from2002.schedules.map((schedule) => `${scheduledPercent(schedule.schedule, step.yearsOfService)}% (${schedule.name})`);
    return lawCaveat(step.yearsOfService, plan) ? [`at ${plural(step.yearsOfService, "year", "years")}, ${listInWords(minimum).replace(" and ", " or ")}`] : [];
  });
  const caveat =
    caveats.length > 0
      ? `The law (IRC 411(a)(12)) may give more for match paid for plan years from ${MINIMUM_SCHEDULES.from2002.firstPlanYear}: ${caveats.join("; ")}. The plan administrator can say which schedule applies.`
      : null;
  const explanation = [
    `The employer match vests by completed years of service: ${describeSchedule(plan.vesting.schedule)}. (${plan.vesting.citation})`,
    service
      ? `Your years of service come from your hours: a plan year with ${yearHours} hours or more is one year. The dates ahead assume you work ${yearHours} hours in each plan year from now.`
      : inputs.employmentStartDate !== null
        ? `A year of service is completed on each anniversary of your employment start date, ${longDate(inputs.employmentStartDate)}; the anniversary of February 29 falls on March 1 in other years. Days are counted from the as-of date, ${longDate(inputs.asOf!)}.`
        : "You gave completed years of service, so the dates of the steps are not known. Give your employment start date or your hours instead to see dates.",
    "Each amount is today's match balance times the step's vested %, rounded half-up to the cent: the total vested at that step, not an amount added to the step before. Growth and new match are left aside here; the years ahead below include them.",
  ];
  if (inputs.balances.match.isZero() && steps.length > 0) {
    explanation.push("Your match balance today is $0.00, so no more of it vests; match paid in later years vests on the same schedule.");
  }
  return { steps, fullyVestedSentence, caveat, explanation };
}

/** Stay or go needs what vested today needs; it says so in its own words. */
export function stayOrGoSection(inputs: ParticipantInputs, plan: PlanDefinition, today: Section<VestedToday>): Section<StayOrGo> {
  if (!today.ok) return lacking(inputs, [...serviceNeeds(inputs), ...BALANCE_NEEDS(inputs)], "what staying adds") ?? today;
  return { ok: true, value: stayOrGo(inputs, plan, today.value) };
}

// Age ------------------------------------------------------------------------------------------

/** Said plainly when the person is under the plan's minimum age on the as-of date. */
export function ageSentence(inputs: ParticipantInputs, plan: PlanDefinition): string | null {
  const { birthDate, asOf } = inputs;
  if (birthDate === null || asOf === null || inputs.invalid.has("birthDate") || inputs.invalid.has("asOf")) return null;
  const feb29 = plan.options.feb29Anniversary;
  const minimum = plan.eligibility.minimumAge;
  const age = completedYears(birthDate, asOf, feb29);
  if (age >= minimum) return null;
  return (
    `You are ${age} on ${longDate(asOf)}: under ${minimum}. The plan lets you join at ${minimum}, from ${longDate(dateAttainingAge(birthDate, minimum, feb29))}, once you also meet the service rule. ` +
    `Your service for vesting still counts from your first hour of work.`
  );
}

// 3. The contribution limit -------------------------------------------------------------------

export interface LimitSection {
  planYear: number;
  result: ContributionResult;
  /** A warning, not a block: the chosen % is over the plan's cap or the dollar limit. */
  warning: string | null;
  /** Said when the deferral % is filled in wrongly: the limit is shown without it. */
  pending: string | null;
}

export function limitSection(inputs: ParticipantInputs, plan: PlanDefinition): Section<LimitSection> {
  const lack = lacking(
    inputs,
    [
      ["asOf", "the as-of date", inputs.asOf !== null],
      ["compensation", "next year's pay", inputs.compensation !== null],
      // The birth date matters only for catch-up contributions.
      ...(plan.options.catchUp ? [["birthDate", "your birth date", true] as const] : []),
    ],
    "your contribution limit",
  );
  if (lack) return lack;
  const asOf = inputs.asOf!;
  const compensation = inputs.compensation!;
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
    const pending = inputs.invalid.has("deferralPercent") ? "Fix the deferral percent (see the message beside it) to see your own deferral." : null;
    return { ok: true, value: { planYear, result, warning, pending } };
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
  /** Where the years of service start from (hours), and an optional field to fix. */
  notes: string[];
}

export function yearsAhead(inputs: ParticipantInputs, plan: PlanDefinition): Section<YearsAhead> {
  const lack = lacking(
    inputs,
    [
      ["birthDate", "your birth date", inputs.birthDate !== null],
      ...serviceNeeds(inputs),
      ...BALANCE_NEEDS(inputs),
      ["compensation", "next year's pay", inputs.compensation !== null],
      ["deferralPercent", "a deferral %", inputs.deferralPercent !== null],
      ["matchPercentOfDeferral", "a match %", inputs.matchPercentOfDeferral !== null],
      ["annualReturnPercent", "an annual return %", inputs.annualReturnPercent !== null],
      ["salaryGrowthPercent", "a salary growth %", inputs.salaryGrowthPercent !== null],
      ["years", "the years to project", true],
    ],
    "the years ahead",
  );
  if (lack) return lack;
  const asOf = inputs.asOf!;
  const birthDate = inputs.birthDate!;
  return guarded(() => {
    const yearsDefaulted = inputs.years === null;
    const years = inputs.years ?? defaultYears(birthDate, asOf, plan);
    // With hours, the years ahead start from the years of service the hours give on the as-of
    // date, and each projected plan year adds one (as with a figure typed in).
    const service =
      inputs.serviceBy === "hours" && inputs.hours !== null && inputs.employmentStartDate !== null
        ? vestingService({ employmentStartDate: inputs.employmentStartDate, asOf, hours: inputs.hours }, plan)
        : null;
    const result = project(
      {
        asOf,
        birthDate,
        yearsOfService: service ? service.yearsOfService : inputs.serviceBy === "years" ? (inputs.yearsOfService ?? undefined) : undefined,
        employmentStartDate: inputs.serviceBy === "start" ? (inputs.employmentStartDate ?? undefined) : undefined,
        balances: inputs.balances,
        compensation: inputs.compensation!,
        salaryGrowthPercent: inputs.salaryGrowthPercent!,
        deferralPercent: inputs.deferralPercent!,
        matchPercentOfDeferral: inputs.matchPercentOfDeferral!,
        annualReturnPercent: inputs.annualReturnPercent!,
        years,
        events: eventsOf(inputs),
      },
      plan,
    );
    const fromHours = service
      ? `They start from your ${plural(service.yearsOfService, "year", "years")} of service counted from your hours on ${longDate(asOf)}, and count each plan year from ${yearOf(asOf) + 1} as one more year of service (${formatHours(plan.vesting.hoursCounting.yearOfService.hours)} hours or more). The rest of ${yearOf(asOf)} is not counted here: see this year's progress above.`
      : null;
    const inflation = inputs.invalid.has("inflationPercent") ? null : inputs.inflationPercent;
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
    const notes = [
      ...(fromHours ? [fromHours] : []),
      ...(inputs.invalid.has("inflationPercent") ? ["Fix the inflation rate (see the message beside it) to see today's dollars."] : []),
    ];
    return { ok: true, value: { result, rows, years, yearsDefaulted, inflationPercent: inflation, chosen, chosenSentence, notes } };
  });
}

// Who can take part ---------------------------------------------------------------------------

/** The employer's eligibility rule in a sentence, with its citation (11-K Note 1.A). */
export function eligibilityNote(inputs: ParticipantInputs, plan: PlanDefinition): string {
  const employer = plan.employers.find((candidate) => candidate.id === inputs.employer) ?? plan.employers[0]!;
  const age = plan.eligibility.minimumAge;
  const service =
    employer.service.kind === "hoursInPeriod"
      ? `once you are ${age} and have completed ${formatCount(employer.service.hours)} hours of service in a 12-month period`
      : `once you are ${age}, from the ${ordinal(employer.service.days)} day following your first hour of service`;
  const hce = employer.excludesHighlyCompensated
    ? "highly compensated employees are excluded"
    : "highly compensated employees may take part";
  return `${employer.name}: you may take part ${service}; ${hce}. Vesting is the same for every employer. (${employer.citation})`;
}
