/**
 * The annual projection (plan-rules §6): balances by source, vested and forfeitable, year by year.
 *
 * "Year 1 is the plan year after the as-of date's year; compensation is year 1's pay, growing by
 * the salary growth rate each later year. Each year: deferral = min(deferral % × counted
 * compensation, maximum deferral of that year); match = match % × deferral (reduced to fit
 * 415(c)); each source's balance becomes open × (1 + r) + contribution × (1 + r/2)."
 * (plan-rules §6; the plan: 11-K Notes 1.B and 1.D)
 *
 * Precision (plan-rules §1, §6): "compensation, deferral, match and balances are carried from year
 * to year at full precision, never rounded inside the computation. Each reported figure is its
 * exact value rounded half-up to cents."
 *
 * Arithmetic: exact. Every figure is a bigint count of 10^-scale dollar, and the scale grows each
 * year by the decimals that year's arithmetic adds (a percentage with d decimals adds d + 2), so
 * every product is exact and the only divisions inside (cap % and deferral % of pay) leave no
 * remainder: the maximum deferral and the 415(c) room are compared with exact values. (Past
 * 10^-500 dollar, reached only by percentages with more than 6 decimals, see MAX_SCALE.) Only a
 * reported figure is divided down to cents, rounded half-up from its exact value, when the row is
 * first read. Each row reports:
 * - compensation, deferral, match, the match cut by 415(c), earnings (exact total at year end −
 *   exact total at year start − exact deferral − exact match), each balance, the total and the
 *   vested amount: each its exact value rounded half-up to cents (what is yours is never a cent
 *   off what the rules give);
 * - forfeitable = reported total − reported vested, so vested + forfeitable = total as printed
 *   (less than a cent from the exact forfeitable amount, as each of the two is within half a cent).
 * The total is not the sum of the rounded balances: three roundings can together be up to 1.5
 * cents from the exact total, so the printed balances may differ from the total by a cent.
 */
import { completedYears, yearOf, type IsoDate } from "../dates";
import { RuleInputError } from "../errors";
import { LAST_LIMITS_YEAR, limitsAtScale, limitsFor } from "../plan/limits";
import { Dec, divHalfUp, fromCents, percentDecimal, pow10, roundCents, scaledToCents, toScaled, type Money } from "../money";
import type { FullVestingEvent, PlanDefinition } from "../plan/definition";
import { deferralLimitAt } from "./contribution";
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

/** A row's money figures in whole cents, as reported. */
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

/** A row's exact figures: whole units of 10^-scale dollar, each with its scale. */
interface ExactFigures {
  payScale: number;
  compensation: bigint;
  deferral: bigint;
  contributionScale: number;
  match: bigint;
  matchWanted: bigint;
  balanceScale: number;
  earnings: bigint;
  deferralBalance: bigint;
  rolloverBalance: bigint;
  matchBalance: bigint;
  total: bigint;
  forfeitableScale: number;
  forfeitable: bigint;
}

/** The reported figures: each exact value rounded half-up to cents; forfeitable = total − vested. */
function report(exact: ExactFigures): ProjectionRowCents {
  const { payScale, contributionScale, balanceScale } = exact;
  const total = scaledToCents(exact.total, balanceScale);
  const vested =
    exact.forfeitable === 0n ? total : scaledToCents(exact.total * pow10(exact.forfeitableScale - balanceScale) - exact.forfeitable, exact.forfeitableScale);
  return {
    compensation: scaledToCents(exact.compensation, payScale),
    deferral: scaledToCents(exact.deferral, payScale),
    match: scaledToCents(exact.match, contributionScale),
    matchReducedBy: exact.matchWanted === exact.match ? 0n : scaledToCents(exact.matchWanted - exact.match, contributionScale),
    earnings: scaledToCents(exact.earnings, balanceScale),
    deferralBalance: scaledToCents(exact.deferralBalance, balanceScale),
    rolloverBalance: exact.rolloverBalance === 0n ? 0n : scaledToCents(exact.rolloverBalance, balanceScale),
    matchBalance: scaledToCents(exact.matchBalance, balanceScale),
    total,
    vested,
    forfeitable: total - vested,
  };
}

/**
 * A row that keeps its exact figures and rounds them to the reported cents once, when first
 * read; the Decimals are made when read: a projection makes 400,000 rows a second. The figures
 * are getters on the class: read them by name; `{ ...row }` or JSON.stringify(row) would not copy
 * them.
 */
class Row implements ProjectionRow {
  private reported: ProjectionRowCents | null = null;
  constructor(
    readonly planYear: number,
    readonly age: number,
    readonly yearsOfService: number,
    readonly vestedPercent: number,
    readonly vestingStep: boolean,
    readonly limitsAssumed: boolean,
    private readonly exact: ExactFigures,
  ) {}
  get cents(): ProjectionRowCents {
    return (this.reported ??= report(this.exact));
  }
  get compensation(): Money { return fromCents(this.cents.compensation); }
  get deferral(): Money { return fromCents(this.cents.deferral); }
  get match(): Money { return fromCents(this.cents.match); }
  get matchReducedBy(): Money { return fromCents(this.cents.matchReducedBy); }
  get earnings(): Money { return fromCents(this.cents.earnings); }
  get balances(): Balances {
    const c = this.cents;
    return { deferral: fromCents(c.deferralBalance), rollover: fromCents(c.rolloverBalance), match: fromCents(c.matchBalance) };
  }
  get total(): Money { return fromCents(this.cents.total); }
  get vested(): Money { return fromCents(this.cents.vested); }
  get forfeitable(): Money { return fromCents(this.cents.forfeitable); }
}

export interface ProjectionResult {
  rows: ProjectionRow[];
  /** Year 1: the plan year after the as-of date's. */
  firstYear: number;
  limitsAssumed: boolean;
  /** The first projected year after the limits table, or null when every year is in it. */
  firstAssumedYear: number | null;
  /** The limits table's last year, whose values later years carry forward. */
  lastLimitsYear: number;
  /** The rates the projection assumed, as given. */
  salaryGrowthPercent: number;
  deferralPercent: number;
  matchPercentOfDeferral: number;
  annualReturnPercent: number;
}

/**
 * The finest resolution carried: 10^-500 dollar. Every projection whose percentages have at most
 * 6 decimals stays within it for all 60 years, so its figures are exact. Beyond it (a percentage
 * such as 5e-324 adds 326 decimals a year), pay and balances are rounded half-up at 10^-500 dollar
 * once a year, which keeps a request's work bounded: the error that rounding can build up over 60
 * years (at most doubling a year) stays below 10^-460 dollar, so a reported figure still differs
 * from its exact rounding only if the exact value lies within that of a half cent.
 */
const MAX_SCALE = 500;

/** x × 10^n (n >= 0), with no arithmetic for n = 0. */
function shift(x: bigint, n: number): bigint {
  return n === 0 ? x : x * pow10(n);
}

/** The input errors a person can fix, named by field. */
function checkInput(input: ProjectionInput): void {
  if (input.yearsOfService === undefined && input.employmentStartDate === undefined) {
    throw new RuleInputError("yearsOfService", { code: "yearsOrStartRequired" });
  }
  if (input.employmentStartDate !== undefined && input.birthDate > input.employmentStartDate) {
    throw new RuleInputError("birthDate", { code: "birthAfterStart" });
  }
}

/** Every rate as an exact decimal fraction, and the scales that keep each year's arithmetic exact. */
function exactRates(input: ProjectionInput, plan: PlanDefinition) {
  // Every rate as an exact decimal fraction N / 10^s.
  const growth = percentDecimal(input.salaryGrowthPercent);
  const ret = percentDecimal(input.annualReturnPercent);
  const deferralRate = percentDecimal(input.deferralPercent);
  const matchRate = percentDecimal(input.matchPercentOfDeferral);
  const cap = percentDecimal(plan.contributions.deferralPercentCap);
  // 1 + g, 1 + r and 1 + r/2 as integers over 10^s.
  const payFactor = pow10(growth.scale) + growth.numerator;
  const yearFactor = pow10(ret.scale) + ret.numerator;
  const halfEven = ret.numerator % 2n === 0n;
  const midScale = halfEven ? ret.scale : ret.scale + 1;
  const midFactor = halfEven ? pow10(ret.scale) + ret.numerator / 2n : 5n * (2n * pow10(ret.scale) + ret.numerator);

  // Scales (decimals) of each figure in year k, all growing by `step` a year:
  //   pay, the maximum deferral and the deferral: payScale(k) = base + k × step, where `base`
  //     leaves room for cap % and deferral % × pay to stay whole (`lead` decimals);
  //   match and contributions: payScale(k) + matchRate.scale (match % × deferral, exact);
  //   balances: that + midScale (contribution × (1 + r/2), exact); last year's balance × (1 + r)
  //     adds ret.scale ≤ step, padded to the year's scale by 10^(step − ret.scale).
  const step = Math.max(growth.scale, ret.scale);
  const lead = Math.max(cap.scale, deferralRate.scale);
  const inputDecimals = Math.max(
    2,
    input.compensation.decimalPlaces(),
    input.balances.deferral.decimalPlaces(),
    input.balances.rollover.decimalPlaces(),
    input.balances.match.decimalPlaces(),
  );
  const contributionOffset = matchRate.scale;
  return {
    deferralRate,
    matchRate,
    midScale,
    midFactor,
    step,
    base: inputDecimals + step + lead,
    contributionOffset,
    balanceOffset: matchRate.scale + midScale,
    payGrowth: payFactor * pow10(step - growth.scale),
    balanceGrowth: yearFactor * pow10(step - ret.scale),
    deferralToContribution: pow10(contributionOffset),
    deferralUnit: pow10(deferralRate.scale),
  };
}

/** The rows year by year, and the facts lib/words/en/projection.ts puts into words. */
export function project(input: ProjectionInput, plan: PlanDefinition): ProjectionResult {
  checkInput(input);
  const firstYear = yearOf(input.asOf) + 1;
  // Age and completed years at December 31 of a plan year are the difference of the years: every
  // anniversary (February 29's included, on March 1 or February 28) falls on or before December 31.
  const birthYear = yearOf(input.birthDate);
  const startYear = input.employmentStartDate !== undefined ? yearOf(input.employmentStartDate) : null;
  const { deferralRate, matchRate, midScale, midFactor, step, base, contributionOffset, balanceOffset, payGrowth, balanceGrowth, deferralToContribution, deferralUnit } =
    exactRates(input, plan);

  const immediatelyVested = plan.vesting.immediatelyVested;
  const deferralImmediate = immediatelyVested.includes("deferral");
  const rolloverImmediate = immediatelyVested.includes("rollover");
  const matchImmediate = immediatelyVested.includes("match");

  // The balances at the start of year 1, at the scale of the year before it.
  let balanceScale = base - step + balanceOffset;
  let deferralBalance = toScaled(input.balances.deferral, balanceScale);
  let rolloverBalance = toScaled(input.balances.rollover, balanceScale);
  let matchBalance = toScaled(input.balances.match, balanceScale);
  let pay = toScaled(input.compensation, base);
  let previousTotal = deferralBalance + rolloverBalance + matchBalance;
  let dropped = 0;
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
    let payScale = base + k * step - dropped;
    if (k > 0) pay *= payGrowth;
    if (payScale > MAX_SCALE) {
      // Past 10^-MAX_SCALE dollar (percentages with more than 6 decimals, over many years), what
      // is carried is rounded half-up at that resolution: see the note at MAX_SCALE.
      const unit = pow10(payScale - MAX_SCALE);
      pay = divHalfUp(pay, unit);
      deferralBalance = divHalfUp(deferralBalance, unit);
      rolloverBalance = divHalfUp(rolloverBalance, unit);
      matchBalance = divHalfUp(matchBalance, unit);
      previousTotal = divHalfUp(previousTotal, unit);
      dropped += payScale - MAX_SCALE;
      payScale = MAX_SCALE;
    }
    const contributionScale = payScale + contributionOffset;
    balanceScale = payScale + balanceOffset;
    const age = planYear - birthYear;

    // Exact: cap % × counted pay and deferral % × counted pay are whole at payScale.
    const limit = deferralLimitAt(planYear, pay, payScale, age, plan);
    const requested =
      dropped === 0 ? (limit.compensationCounted / deferralUnit) * deferralRate.numerator : divHalfUp(limit.compensationCounted * deferralRate.numerator, deferralUnit);
    const deferral = requested < limit.maxDeferral ? requested : limit.maxDeferral;
    // IRC 415(c): deferrals + match ≤ min(415(c) limit, 100% of compensation); the match gives way.
    const additionsLimit = limitsAtScale(lookup.limits, contributionScale).annualAdditions;
    const payAtContribution = pay * deferralToContribution;
    const deferralContribution = deferral * deferralToContribution;
    const room = (payAtContribution < additionsLimit ? payAtContribution : additionsLimit) - deferralContribution;
    const matchWanted = deferral * matchRate.numerator;
    const match = room <= 0n ? 0n : matchWanted < room ? matchWanted : room;

    deferralBalance = deferralBalance * balanceGrowth + deferralContribution * midFactor;
    rolloverBalance = rolloverBalance * balanceGrowth;
    matchBalance = matchBalance * balanceGrowth + match * midFactor;
    const total = deferralBalance + rolloverBalance + matchBalance;
    const earnings = total - previousTotal * pow10(step) - shift(deferralContribution + match, midScale);

    const yearsOfService = startYear !== null ? planYear - startYear : Math.floor(input.yearsOfService!) + k + 1;
    const { vestedPercent } = matchVesting(plan, yearsOfService, input.events);
    // Forfeitable: the part of each source vested by the schedule that is not yet vested, exact.
    const vestedRate = percentDecimal(vestedPercent);
    const notVested = pow10(vestedRate.scale) - vestedRate.numerator;
    const bySchedule = (deferralImmediate ? 0n : deferralBalance) + (rolloverImmediate ? 0n : rolloverBalance) + (matchImmediate ? 0n : matchBalance);
    const forfeitable = notVested === 0n || bySchedule === 0n ? 0n : bySchedule * notVested;

    rows.push(
      new Row(planYear, age, yearsOfService, vestedPercent, vestedPercent > previousPercent, lookup.assumed, {
        payScale,
        compensation: pay,
        deferral,
        contributionScale,
        match,
        matchWanted,
        balanceScale,
        earnings,
        deferralBalance,
        rolloverBalance,
        matchBalance,
        total,
        forfeitableScale: balanceScale + vestedRate.scale,
        forfeitable,
      }),
    );
    previousTotal = total;
    previousPercent = vestedPercent;
  }

  return {
    rows,
    firstYear,
    limitsAssumed,
    firstAssumedYear,
    lastLimitsYear: LAST_LIMITS_YEAR,
    salaryGrowthPercent: input.salaryGrowthPercent,
    deferralPercent: input.deferralPercent,
    matchPercentOfDeferral: input.matchPercentOfDeferral,
    annualReturnPercent: input.annualReturnPercent,
  };
}

/** A figure in today's dollars: divided by (1 + inflation)^years, rounded half-up to cents. */
export function inTodaysDollars(amount: Money, inflationPercent: number, years: number): Money {
  const factor = new Dec(1).plus(new Dec(String(inflationPercent)).dividedBy(100)).pow(years);
  return roundCents(amount.dividedBy(factor));
}
