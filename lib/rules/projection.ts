/**
 * The annual projection (plan-rules §6): balances by source, vested and forfeitable, year by year.
 *
 * Year 1 is the plan year after the as-of date's year. Each year: deferral = the requested % of
 * counted compensation, capped at that year's maximum deferral; match = match % × deferral,
 * reduced to fit IRC 415(c); each source's balance becomes open × (1 + r) + contribution × (1 + r/2).
 * Balances carry full precision from year to year; each row reports them rounded half-up to cents,
 * and every other figure of the row is worked from those reported cents, so the row adds up.
 */
import { completedYears, endOfYear, yearOf, type IsoDate } from "../dates";
import { RuleInputError } from "../errors";
import { limitsFor } from "../limits";
import { Dec, HUNDRED, maxMoney, minMoney, percentOf, roundCents, ZERO, type Money } from "../money";
import { SOURCES, type FullVestingEvent, type PlanDefinition, type Source } from "../plan/definition";
import { contributionLimit } from "./contribution";
import { matchVesting, vestedAmount, type Balances } from "./vesting";

export interface ProjectionInput {
  asOf: IsoDate;
  birthDate: IsoDate;
  /** Years of vesting service at the as-of date; or give employmentStartDate. */
  yearsOfService?: number | undefined;
  employmentStartDate?: IsoDate | undefined;
  balances: Balances;
  /** Year 1's pay. */
  compensation: Money;
  salaryGrowthPercent: number;
  deferralPercent: number;
  matchPercentOfDeferral: number;
  annualReturnPercent: number;
  years: number;
  events?: readonly FullVestingEvent[] | undefined;
}

export interface ProjectionRow {
  planYear: number;
  age: number;
  yearsOfService: number;
  vestedPercent: number;
  compensation: Money;
  deferral: Money;
  match: Money;
  /** Match cut to fit IRC 415(c) this year (0 when it fit). */
  matchReducedBy: Money;
  earnings: Money;
  balances: Balances;
  total: Money;
  vested: Money;
  forfeitable: Money;
  /** True when this row's vested % is higher than the row before (a vesting step). */
  vestingStep: boolean;
  limitsAssumed: boolean;
}

export interface ProjectionResult {
  rows: ProjectionRow[];
  limitsAssumed: boolean;
  limitsNote: string | null;
  explanation: string[];
}

function percentFactor(percent: number): Money {
  return new Dec(String(percent)).dividedBy(HUNDRED);
}

export function project(input: ProjectionInput, plan: PlanDefinition): ProjectionResult {
  if (input.yearsOfService === undefined && input.employmentStartDate === undefined) {
    throw new RuleInputError("yearsOfService", "give yearsOfService, or employmentStartDate");
  }
  if (input.employmentStartDate !== undefined && input.birthDate > input.employmentStartDate) {
    throw new RuleInputError("birthDate", "birthDate is after employmentStartDate: a person cannot start work before being born");
  }
  const feb29 = plan.options.feb29Anniversary;
  const firstYear = yearOf(input.asOf) + 1;
  const r = percentFactor(input.annualReturnPercent);
  const growth = new Dec(1).plus(r);
  const midYearGrowth = new Dec(1).plus(r.dividedBy(2));
  const payGrowth = new Dec(1).plus(percentFactor(input.salaryGrowthPercent));
  const matchRate = percentFactor(input.matchPercentOfDeferral);

  // Full-precision balances, carried from year to year.
  const open: Balances = { deferral: input.balances.deferral, rollover: input.balances.rollover, match: input.balances.match };
  let previousTotal = SOURCES.reduce((sum, source) => sum.plus(roundCents(open[source])), ZERO);
  let previousPercent: number | null = null;
  let payFull = input.compensation;
  let limitsAssumed = false;
  let limitsNote: string | null = null;
  const rows: ProjectionRow[] = [];

  for (let k = 0; k < input.years; k += 1) {
    const planYear = firstYear + k;
    const yearEnd = endOfYear(planYear);
    if (k > 0) payFull = payFull.times(payGrowth);
    const compensation = roundCents(payFull);

    const limit = contributionLimit(
      { planYear, compensation, birthDate: input.birthDate, deferralPercent: input.deferralPercent },
      plan,
    );
    const lookup = limitsFor(planYear);
    if (lookup.assumed) {
      limitsAssumed = true;
      limitsNote ??= `IRS limits after ${planYear - 1} are not in the table; the last known year's limits are carried forward from ${planYear}.`;
    }
    const deferral = limit.requested!.allowedDeferral;
    // IRC 415(c): deferrals + match ≤ min(415(c) limit, 100% of compensation); the match gives way.
    const additionsRoom = maxMoney(ZERO, minMoney(lookup.limits.annualAdditions.amount, compensation).minus(deferral));
    const matchWanted = roundCents(deferral.times(matchRate));
    const match = minMoney(matchWanted, additionsRoom);

    const contribution: Record<Source, Money> = { deferral, rollover: ZERO, match };
    for (const source of SOURCES) {
      open[source] = open[source].times(growth).plus(contribution[source].times(midYearGrowth));
    }

    const yearsOfService =
      input.employmentStartDate !== undefined
        ? completedYears(input.employmentStartDate, yearEnd, feb29)
        : Math.floor(input.yearsOfService!) + k + 1;
    const { vestedPercent } = matchVesting(plan, yearsOfService, input.events);

    const balances = { deferral: roundCents(open.deferral), rollover: roundCents(open.rollover), match: roundCents(open.match) };
    const total = balances.deferral.plus(balances.rollover).plus(balances.match);
    const vested = SOURCES.reduce(
      (sum, source) => sum.plus(vestedAmount(balances[source], plan.vesting.immediatelyVested.includes(source) ? 100 : vestedPercent)),
      ZERO,
    );
    rows.push({
      planYear,
      age: completedYears(input.birthDate, yearEnd, feb29),
      yearsOfService,
      vestedPercent,
      compensation,
      deferral,
      match,
      matchReducedBy: matchWanted.minus(match),
      earnings: total.minus(previousTotal).minus(deferral).minus(match),
      balances,
      total,
      vested,
      forfeitable: total.minus(vested),
      vestingStep: previousPercent !== null && vestedPercent > previousPercent,
      limitsAssumed: lookup.assumed,
    });
    previousTotal = total;
    previousPercent = vestedPercent;
  }

  return {
    rows,
    limitsAssumed,
    limitsNote,
    explanation: [
      `Year 1 is ${firstYear}, the plan year after the as-of date. Pay grows ${input.salaryGrowthPercent}% a year; the deferral is ${input.deferralPercent}% of counted pay, never more than that year's maximum deferral. (${plan.contributions.citation})`,
      `The match is ${input.matchPercentOfDeferral}% of the deferral, reduced where needed to keep deferral + match within the IRC 415(c) limit and 100% of pay. The match is discretionary: this is an assumption, not a promise. (${plan.match.citation})`,
      `Each balance earns ${input.annualReturnPercent}% a year; contributions arrive evenly through the year, so they earn half a year's return in their first year.`,
      `Years of service rise by one each year (a full-time year of 1,000+ hours is assumed); each row's vested % uses the years at that year's end. (${plan.vesting.citation})`,
      ...(limitsNote ? [limitsNote] : []),
    ],
  };
}

/** A figure in today's dollars: divided by (1 + inflation)^years. */
export function inTodaysDollars(amount: Money, inflationPercent: number, years: number): Money {
  return roundCents(amount.dividedBy(new Dec(1).plus(percentOf(new Dec(1), inflationPercent)).pow(years)));
}
