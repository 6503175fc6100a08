/**
 * The exact integer core of the ADP and ACP tests (plan-rules §9; Treas. Reg. 1.401(k)-2(b)(2)):
 * money in whole cents, rates in whole units of 10^-d percentage point (d = the plan's rate
 * decimals: hundredths, so 5.83% is 583), the limit as an exact fraction. Both levelings are
 * solved in closed form on their piecewise-linear sums: sort, walk the breakpoints, divide once.
 * Nothing is searched and no binary floating point is rounded: every number a `number` holds
 * here is a whole number within 2^53, and anything larger is worked in bigint.
 */
import { divHalfUp, pow10 } from "../money";
import { distributeByLargestRemainder } from "./largest-remainder";

/** Rate units in 1 (100% = 100 × 10^d units): deferrals × this ÷ compensation is the rate in units. */
export function rateUnitsPerOne(rateDecimals: number): number {
  return 10 ** (rateDecimals + 2);
}

/**
 * 100 × amount ÷ compensation, in rate units, rounded half-up (amount and compensation in cents,
 * compensation > 0). Exact: whole-number arithmetic within 2^53, bigint beyond it.
 */
export function rateOf(amountCents: number, compensationCents: number, unitsPerOne: number): number {
  if (amountCents === 0) return 0;
  const numerator = amountCents * unitsPerOne;
  if (numerator <= Number.MAX_SAFE_INTEGER) {
    let quotient = Math.floor(numerator / compensationCents);
    let remainder = numerator - quotient * compensationCents;
    // The floating division may land one off; the remainder, exact, puts it right.
    if (remainder < 0) {
      quotient -= 1;
      remainder += compensationCents;
    } else if (remainder >= compensationCents) {
      quotient += 1;
      remainder -= compensationCents;
    }
    return remainder * 2 >= compensationCents ? quotient + 1 : quotient;
  }
  return Number(divHalfUp(BigInt(amountCents) * BigInt(unitsPerOne), BigInt(compensationCents)));
}

/** A group's figure: the mean of its members' rates (in rate units), rounded half-up; 0 for no one. */
export function meanRate(sum: bigint, count: number): number {
  return count === 0 ? 0 : Number(divHalfUp(sum, BigInt(count)));
}

/** A plain decimal (1.25, 2) as numerator / 10^scale: [125n, 2]. */
export function decimalParts(value: number): [numerator: bigint, scale: number] {
  const text = String(value);
  if (!/^\d+(\.\d+)?$/.test(text)) throw new RangeError(`not a plain decimal: ${text}`);
  const [whole = "0", fraction = ""] = text.split(".");
  return [BigInt(whole + fraction), fraction.length];
}

export type LimitBranch = "basic" | "alternativeMultiple" | "alternativeSpread";

/** The limit exactly: `units` / 10^`scale` rate units (scale 2: 10.4125% is 104125 / 10^2 of a hundredth). */
export interface ExactLimit {
  units: bigint;
  scale: number;
  branch: LimitBranch;
  /** Whether the alternative test's two ways give the same figure (2 × n = n + 2 at n = 2.00). */
  alternativesEqual: boolean;
}

export interface LimitRule {
  basic: number;
  alternativeMultiple: number;
  alternativeSpread: number;
}

/**
 * The greater of basic × n and the lesser of alternativeMultiple × n and n + alternativeSpread
 * (n and the result in rate units; the spread in percentage points). Ties go to the basic branch,
 * then to the multiple.
 */
export function limitFor(nhce: number, rule: LimitRule, rateDecimals: number): ExactLimit {
  const basic = decimalParts(rule.basic);
  const multiple = decimalParts(rule.alternativeMultiple);
  const spread = decimalParts(rule.alternativeSpread);
  const scale = Math.max(basic[1], multiple[1], spread[1]);
  const at = ([numerator, own]: [bigint, number]) => numerator * pow10(scale - own);
  const n = BigInt(nhce);
  const byBasic = at(basic) * n;
  const byMultiple = at(multiple) * n;
  // Percentage points in rate units: × 10^d.
  const bySpread = n * pow10(scale) + at(spread) * pow10(rateDecimals);
  const alternative = byMultiple <= bySpread ? byMultiple : bySpread;
  const alternativesEqual = byMultiple === bySpread;
  if (byBasic >= alternative) return { units: byBasic, scale, branch: "basic", alternativesEqual };
  return { units: alternative, scale, branch: byMultiple <= bySpread ? "alternativeMultiple" : "alternativeSpread", alternativesEqual };
}

/** Whether a rounded group figure (rate units) is at most the limit. */
export function withinLimit(rate: number, limit: ExactLimit): boolean {
  return BigInt(rate) * pow10(limit.scale) <= limit.units;
}

/** The leveled rate of step 1: `numerator` / `denominator` rate units; null when no rate is above it. */
export interface Level {
  numerator: bigint;
  denominator: bigint;
}

/** Step 1's answer: the level, and the total excess in cents (rounded half-up). */
export interface RateLeveling {
  level: Level | null;
  excessCents: bigint;
}

/**
 * Step 1 (Treas. Reg. 1.401(k)-2(b)(2)(ii)): the level L at which the rates, each capped at L,
 * average exactly the limit; each rate above L has an excess of (rate − L)% of its counted
 * compensation, never more than its amount; the total is rounded half-up to cents.
 *
 * f(L) = Σ min(rate, L) rises piecewise linearly through the sorted rates. With the k highest
 * capped, f(L) = (sum of the others) + k × L, so L = (target − sum of the others) ÷ k, valid when
 * it lies between the k-th highest rate and the one below it. Walking k up from 1 finds it.
 */
export function levelRates(
  rates: readonly number[],
  compensations: readonly number[],
  amounts: readonly number[],
  limit: ExactLimit,
  unitsPerOne: number,
): RateLeveling {
  const count = rates.length;
  const unit = pow10(limit.scale);
  const target = BigInt(count) * limit.units;
  let total = 0n;
  for (const rate of rates) total += BigInt(rate);
  if (total * unit <= target) return { level: null, excessCents: 0n };
  const order = Array.from(rates.keys()).sort((a, b) => rates[b]! - rates[a]!);
  // Walk from the highest rate down: `others` is the sum of the rates not capped.
  let others = total;
  let numerator = 0n;
  let capped = 0;
  for (let k = 1; k <= count; k += 1) {
    const rate = BigInt(rates[order[k - 1]!]!);
    others -= rate;
    numerator = target - others * unit; // L × k, in units of 10^-scale rate unit
    const next = k < count ? BigInt(rates[order[k]!]!) : null;
    // L <= this rate always holds here (f at this rate is at least the target); L >= the next rate ends the walk.
    if (next === null || numerator >= next * unit * BigInt(k)) {
      capped = k;
      break;
    }
  }
  const k = BigInt(capped);
  // excess_i (cents) = (rate_i × unit × k − numerator) × comp_i ÷ (k × unit × unitsPerOne), at most amount_i.
  const denominator = k * unit * BigInt(unitsPerOne);
  let sum = 0n;
  for (let i = 0; i < capped; i += 1) {
    const index = order[i]!;
    const over = BigInt(rates[index]!) * unit * k - numerator;
    if (over <= 0n) continue;
    const exact = over * BigInt(compensations[index]!);
    const most = BigInt(amounts[index]!) * denominator;
    sum += exact < most ? exact : most;
  }
  return { level: { numerator, denominator: k * unit }, excessCents: divHalfUp(sum, denominator) };
}

/**
 * Step 2 (Treas. Reg. 1.401(k)-2(b)(2)(vi)): the dollar level D at which the amounts above D add up
 * to the total excess; each amount above D is refunded amount − D. With the k largest above D,
 * Σ (a − D) = (sum of the k) − k × D, so D = (sum of the k − excess) ÷ k, valid when it is at least
 * the next amount. Each refund floored to the cent; the cents left over to the largest remainders,
 * ties in input order (plan-rules §5). Returns the refund of each amount, in cents, in input order.
 */
export function levelDollars(amounts: readonly number[], excessCents: bigint): bigint[] {
  const refunds = amounts.map(() => 0n);
  if (excessCents <= 0n) return refunds;
  const order = Array.from(amounts.keys()).sort((a, b) => amounts[b]! - amounts[a]! || a - b);
  let top = 0n;
  let k = 0;
  for (; k < order.length; k += 1) {
    top += BigInt(amounts[order[k]!]!);
    const next = k + 1 < order.length ? BigInt(amounts[order[k + 1]!]!) : 0n;
    // D × (k+1) = top − excess; valid when D >= next.
    if (top - excessCents >= next * BigInt(k + 1)) break;
  }
  const taken = BigInt(Math.min(k + 1, order.length));
  const level = top - excessCents; // D × taken
  const remainders = amounts.map(() => 0n);
  let floored = 0n;
  for (let i = 0; i < Number(taken); i += 1) {
    const index = order[i]!;
    const over = BigInt(amounts[index]!) * taken - level; // (a − D) × taken
    if (over <= 0n) continue;
    refunds[index] = over / taken;
    remainders[index] = over % taken;
    floored += refunds[index]!;
  }
  distributeByLargestRemainder(refunds, remainders, excessCents - floored);
  return refunds;
}
