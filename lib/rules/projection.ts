/**
 * The annual projection (plan-rules §6): balances by source, vested and forfeitable, year by year.
 *
 * Year 1 is the plan year after the as-of date's year. Each year: deferral = the requested % of
 * counted compensation (rounded half-up to the cent), capped at that year's maximum deferral;
 * match = match % × deferral (to the cent), reduced to fit IRC 415(c); each source's balance
 * becomes open × (1 + r) + contribution × (1 + r/2).
 *
 * Arithmetic: exact integers (bigint). Balances and pay are carried in atto-dollars (10^-18 $)
 * from year to year — full precision for any horizon the calculator allows; each row reports
 * them rounded half-up to cents, and every other figure of the row is worked from those reported
 * cents, so the row adds up: total = sum of balances, vested + forfeitable = total,
 * earnings = total − last year's total − deferral − match.
 */
import { completedYears, yearOf, type IsoDate } from "../dates";
import { RuleInputError } from "../errors";
import { LAST_LIMITS_YEAR, limitsFor, limitsInCents } from "../plan/limits";
import { ATTO_PER_CENT, attoToCents, Dec, divideHalfUp, divisor, fraction, fromCents, percentRatio, roundCents, timesFraction, toAtto, type Money } from "../money";
import type { FullVestingEvent, PlanDefinition } from "../plan/definition";
import { deferralLimitCents, percentFraction } from "./contribution";
import { matchVesting, type Balances } from "./vesting";

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

/** A row's money figures in whole cents. */
export interface ProjectionRowCents {
  compensation: bigint;
  deferral: bigint;
  match: bigint;
  matchReducedBy: bigint;
  earnings: bigint;
  deferralBalance: bigint;
  rolloverBalance: bigint;
  matchBalance: bigint;
  total: bigint;
  vested: bigint;
  forfeitable: bigint;
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
  /** True when this row's vested % is higher than the row before, or than today's for the first row. */
  vestingStep: boolean;
  limitsAssumed: boolean;
  /** The same money figures in whole cents. */
  cents: ProjectionRowCents;
}

/** What a row stores; the rest is derived when read. */
interface StoredCents {
  compensation: bigint;
  deferral: bigint;
  match: bigint;
  matchWanted: bigint;
  deferralBalance: bigint;
  rolloverBalance: bigint;
  matchBalance: bigint;
  vested: bigint;
  previousTotal: bigint;
}

/**
 * A row that stores its figures as whole cents and makes the derived ones, and the Decimals,
 * when read: a projection makes 400,000 rows a second. The figures are getters on the class:
 * read them by name; `{ ...row }` or JSON.stringify(row) would not copy them.
 */
class Row implements ProjectionRow {
  constructor(
    readonly planYear: number,
    readonly age: number,
    readonly yearsOfService: number,
    readonly vestedPercent: number,
    readonly vestingStep: boolean,
    readonly limitsAssumed: boolean,
    private readonly stored: StoredCents,
  ) {}
  get cents(): ProjectionRowCents {
    const c = this.stored;
    const total = c.deferralBalance + c.rolloverBalance + c.matchBalance;
    return {
      compensation: c.compensation,
      deferral: c.deferral,
      match: c.match,
      matchReducedBy: c.matchWanted - c.match,
      earnings: total - c.previousTotal - c.deferral - c.match,
      deferralBalance: c.deferralBalance,
      rolloverBalance: c.rolloverBalance,
      matchBalance: c.matchBalance,
      total,
      vested: c.vested,
      forfeitable: total - c.vested,
    };
  }
  get compensation(): Money { return fromCents(this.stored.compensation); }
  get deferral(): Money { return fromCents(this.stored.deferral); }
  get match(): Money { return fromCents(this.stored.match); }
  get matchReducedBy(): Money { return fromCents(this.cents.matchReducedBy); }
  get earnings(): Money { return fromCents(this.cents.earnings); }
  get balances(): Balances {
    const c = this.stored;
    return { deferral: fromCents(c.deferralBalance), rollover: fromCents(c.rolloverBalance), match: fromCents(c.matchBalance) };
  }
  get total(): Money { return fromCents(this.cents.total); }
  get vested(): Money { return fromCents(this.stored.vested); }
  get forfeitable(): Money { return fromCents(this.cents.forfeitable); }
}

export interface ProjectionResult {
  rows: ProjectionRow[];
  limitsAssumed: boolean;
  limitsNote: string | null;
  explanation: string[];
}

/** (1 + p%) as a fraction [numerator, denominator], or (1 + p%/2) when halved. */
function growthRatio(percent: number, halved = false): [bigint, bigint] {
  const [n, d] = percentRatio(percent);
  return halved ? [2n * d + n, 2n * d] : [d + n, d];
}

const CENT = divisor(ATTO_PER_CENT);

export function project(input: ProjectionInput, plan: PlanDefinition): ProjectionResult {
  if (input.yearsOfService === undefined && input.employmentStartDate === undefined) {
    throw new RuleInputError("yearsOfService", "give yearsOfService, or employmentStartDate");
  }
  if (input.employmentStartDate !== undefined && input.birthDate > input.employmentStartDate) {
    throw new RuleInputError("birthDate", "birthDate is after employmentStartDate: a person cannot start work before being born");
  }
  const firstYear = yearOf(input.asOf) + 1;
  // Age and completed years at December 31 of a plan year are the difference of the years: every
  // anniversary (February 29's included, on March 1 or February 28) falls on or before December 31.
  const birthYear = yearOf(input.birthDate);
  const startYear = input.employmentStartDate !== undefined ? yearOf(input.employmentStartDate) : null;

  // open × (1 + r) + contribution × (1 + r/2) over one denominator, 2D, with r = n/D:
  // (open × 2(D + n) + contribution × (2D + n)) / 2D — one exact division a source a year.
  const [returnN, returnD] = growthRatio(input.annualReturnPercent);
  const [midN, midD] = growthRatio(input.annualReturnPercent, true);
  const yearEnd = divisor(midD); // 2D is even: scale 1
  const openFactor = 2n * returnN;
  const contributionFactor = ATTO_PER_CENT * midN;
  const rolloverGrowth = fraction(returnN, returnD);
  const payGrowth = fraction(...growthRatio(input.salaryGrowthPercent));
  const deferralRate = percentFraction(input.deferralPercent);
  const matchRate = percentFraction(input.matchPercentOfDeferral);
  const immediatelyVested = plan.vesting.immediatelyVested;
  const deferralImmediate = immediatelyVested.includes("deferral");
  const rolloverImmediate = immediatelyVested.includes("rollover");
  const matchImmediate = immediatelyVested.includes("match");

  let deferralAtto = toAtto(input.balances.deferral);
  let rolloverAtto = toAtto(input.balances.rollover);
  let matchAtto = toAtto(input.balances.match);
  let payAtto = toAtto(input.compensation);
  let previousTotal =
    attoToCents(deferralAtto) + attoToCents(rolloverAtto) + attoToCents(matchAtto);
  // Today's vested %, so the first projected year is marked as a step when it rises from it.
  const yearsToday =
    startYear !== null ? completedYears(input.employmentStartDate!, input.asOf, plan.options.feb29Anniversary) : Math.floor(input.yearsOfService!);
  let previousPercent = matchVesting(plan, yearsToday, input.events).vestedPercent;
  let limitsAssumed = false;
  let firstAssumedYear: number | null = null;
  const rows: ProjectionRow[] = [];

  for (let k = 0; k < input.years; k += 1) {
    const planYear = firstYear + k;
    const lookup = limitsFor(planYear);
    if (lookup.assumed && firstAssumedYear === null) firstAssumedYear = planYear;
    limitsAssumed ||= lookup.assumed;
    if (k > 0) payAtto = timesFraction(payAtto, payGrowth);
    const compensation = divideHalfUp(payAtto, CENT);
    const age = planYear - birthYear;

    const limit = deferralLimitCents(planYear, compensation, age, plan);
    const requested = timesFraction(limit.compensationCounted, deferralRate);
    const deferral = requested < limit.maxDeferral ? requested : limit.maxDeferral;
    // IRC 415(c): deferrals + match ≤ min(415(c) limit, 100% of compensation); the match gives way.
    const additionsLimit = limitsInCents(lookup.limits).annualAdditions;
    const room = (compensation < additionsLimit ? compensation : additionsLimit) - deferral;
    const matchWanted = timesFraction(deferral, matchRate);
    const match = room <= 0n ? 0n : matchWanted < room ? matchWanted : room;

    deferralAtto = divideHalfUp(deferralAtto * openFactor + deferral * contributionFactor, yearEnd);
    rolloverAtto = timesFraction(rolloverAtto, rolloverGrowth);
    matchAtto = divideHalfUp(matchAtto * openFactor + match * contributionFactor, yearEnd);

    const yearsOfService = startYear !== null ? planYear - startYear : Math.floor(input.yearsOfService!) + k + 1;
    const { vestedPercent } = matchVesting(plan, yearsOfService, input.events);
    const vestedRate = percentFraction(vestedPercent);

    const deferralBalance = divideHalfUp(deferralAtto, CENT);
    const rolloverBalance = divideHalfUp(rolloverAtto, CENT);
    const matchBalance = divideHalfUp(matchAtto, CENT);
    const total = deferralBalance + rolloverBalance + matchBalance;
    const vested =
      (deferralImmediate ? deferralBalance : timesFraction(deferralBalance, vestedRate)) +
      (rolloverImmediate ? rolloverBalance : timesFraction(rolloverBalance, vestedRate)) +
      (matchImmediate ? matchBalance : timesFraction(matchBalance, vestedRate));

    rows.push(
      new Row(planYear, age, yearsOfService, vestedPercent, vestedPercent > previousPercent, lookup.assumed, {
        compensation,
        deferral,
        match,
        matchWanted,
        deferralBalance,
        rolloverBalance,
        matchBalance,
        vested,
        previousTotal,
      }),
    );
    previousTotal = total;
    previousPercent = vestedPercent;
  }

  const limitsNote =
    firstAssumedYear === null
      ? null
      : `IRS limits are known through ${LAST_LIMITS_YEAR}; from ${firstAssumedYear} the ${LAST_LIMITS_YEAR} limits are carried forward.`;
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

/** A figure in today's dollars: divided by (1 + inflation)^years, rounded half-up to cents. */
export function inTodaysDollars(amount: Money, inflationPercent: number, years: number): Money {
  const factor = new Dec(1).plus(new Dec(String(inflationPercent)).dividedBy(100)).pow(years);
  return roundCents(amount.dividedBy(factor));
}
