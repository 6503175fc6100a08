/**
 * Money: the one place that parses, rounds and formats amounts.
 *
 * plan-rules §1: money is decimal, never binary floating point; full precision inside a
 * computation; round half-up to cents only where a figure is reported.
 */
import Decimal from "decimal.js";

/** A Decimal constructor of our own, so no other library's settings can change ours. */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Money = Decimal;

export const ZERO: Money = new Dec(0);
export const HUNDRED: Decimal = new Dec(100);

/** Anything a caller may hand us as money: a decimal string such as "1234.50", or a JSON number. */
export type MoneyInput = string | number | Decimal;

const MONEY_TEXT = /^-?(\d+)(\.\d+)?$/;

/**
 * An amount for a computation, from a Decimal, a JSON number (read through its shortest decimal
 * text, so the float never enters a computation) or plain decimal text ("-3", "1234.50"). Text a
 * person typed is read by lib/parse.ts' `readMoney`, which says what is wrong with it; this throws.
 */
export function toMoney(value: MoneyInput): Money {
  if (Decimal.isDecimal(value)) return new Dec(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError("amount must be a finite number");
    return new Dec(String(value));
  }
  if (!MONEY_TEXT.test(value)) throw new TypeError(`not a plain amount: ${value}`);
  return new Dec(value);
}

/** Rounding mode: half-up to cents (0.005 → 0.01, −0.005 → −0.01), the plan's only rounding. */
export function roundCents(amount: Decimal): Money {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The API's form: a string with exactly two decimals, rounded half-up ("1234.50"). */
export function formatMoney(amount: Decimal): string {
  const text = amount.toFixed(2, Decimal.ROUND_HALF_UP);
  return text === "-0.00" ? "0.00" : text;
}

/** The pages' form: US dollars with thousands separators and cents ("$12,500.01", "−$3.00"). */
export function formatUsd(amount: Decimal): string {
  const text = formatMoney(amount);
  const negative = text.startsWith("-");
  const [whole = "0", cents = "00"] = (negative ? text.slice(1) : text).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "−" : ""}$${grouped}.${cents}`;
}

/** US dollars with cents left off when there are none, as the report prints them: "$3,105,557", "−$481,363", "$10.50". */
export function formatDollars(amount: Decimal): string {
  return formatUsd(amount).replace(/\.00$/, "");
}

/** Whole cents as a bigint, for exact integer arithmetic (the pool allocation). */
export function toCents(amount: Decimal): bigint {
  return BigInt(roundCents(amount).times(100).toFixed(0));
}

export function fromCents(cents: bigint): Money {
  return new Dec(cents.toString()).dividedBy(100);
}

/*
 * Exact integer arithmetic for hot loops (the 40-year projection). Amounts are bigint counts of
 * cents, or of 10^-scale dollar where a computation carries full precision (the projection's
 * scale grows with the decimals each year's arithmetic adds, so nothing is rounded inside it).
 * No float is involved; a division rounds half-up at its own resolution where it says so.
 */

const POWERS_OF_TEN: bigint[] = [1n];
/** Powers kept at hand; larger ones (very long decimals) are worked out when asked. */
const POWERS_KEPT = 512;

/** 10^n as a bigint, n >= 0. */
export function pow10(n: number): bigint {
  if (n < POWERS_OF_TEN.length) return POWERS_OF_TEN[n]!;
  if (n >= POWERS_KEPT) return 10n ** BigInt(n);
  for (let k = POWERS_OF_TEN.length; k <= n; k += 1) POWERS_OF_TEN.push(POWERS_OF_TEN[k - 1]! * 10n);
  return POWERS_OF_TEN[n]!;
}

/** Rounding mode: n ÷ d rounded half-up (half away from zero, like ROUND_HALF_UP), d > 0. */
export function divHalfUp(n: bigint, d: bigint): bigint {
  return n >= 0n ? (n * 2n + d) / (d * 2n) : -((-n * 2n + d) / (d * 2n));
}

/**
 * A divisor prepared for repeated half-up division of non-negative amounts: with an even
 * denominator d, n ÷ d rounded half-up is ⌊(n + d/2) / d⌋, two operations instead of four.
 */
export interface Divisor {
  denominator: bigint;
  half: bigint;
  /** The factor the numerator was scaled by to make the denominator even (1n or 2n). */
  scale: bigint;
}

export function divisor(denominator: bigint): Divisor {
  const scale = denominator % 2n === 0n ? 1n : 2n;
  const even = denominator * scale;
  return { denominator: even, half: even / 2n, scale };
}

/** Rounding mode: n ÷ d half-up for n ≥ 0, with n already scaled by `d.scale`. */
export function divideHalfUp(scaledNumerator: bigint, d: Divisor): bigint {
  return scaledNumerator >= 0n ? (scaledNumerator + d.half) / d.denominator : -((-scaledNumerator + d.half) / d.denominator);
}

/** Multiplying by an exact fraction, rounding half-up: x × times ÷ by. */
export interface Fraction {
  times: bigint;
  by: Divisor;
  /** 1 or 0: multiplying needs no arithmetic (100% and 0% vested, the common cases). */
  one: boolean;
  zero: boolean;
}

export function fraction(numerator: bigint, denominator: bigint): Fraction {
  const by = divisor(denominator);
  return { times: numerator * by.scale, by, one: numerator === denominator, zero: numerator === 0n };
}

/** x × f, rounded half-up to a whole unit. */
export function timesFraction(x: bigint, f: Fraction): bigint {
  if (f.one) return x;
  if (f.zero) return 0n;
  return divideHalfUp(x * f.times, f.by);
}

const ratios = new Map<string, [bigint, bigint]>();

/** A percentage as an exact fraction of one: 26.2 → [131n, 500n] (memoised: the same few recur). */
export function percentRatio(percent: number | Decimal): [numerator: bigint, denominator: bigint] {
  const key = String(percent);
  let ratio = ratios.get(key);
  if (!ratio) {
    const fraction = new Dec(key).dividedBy(HUNDRED).toFraction();
    ratio = [BigInt(fraction[0]!.toFixed(0)), BigInt(fraction[1]!.toFixed(0))];
    ratios.set(key, ratio);
  }
  return ratio;
}

/**
 * An amount as a whole number of 10^-scale dollar: exact when it has at most `scale` decimals,
 * otherwise rounded half-up at that resolution.
 */
export function toScaled(amount: Decimal, scale: number): bigint {
  const [whole = "0", decimals = ""] = amount.toFixed(scale, Decimal.ROUND_HALF_UP).split(".");
  const sign = whole.startsWith("-") ? -1n : 1n;
  return sign * (BigInt(whole.replace("-", "")) * pow10(scale) + BigInt(decimals === "" ? "0" : decimals));
}

const HALVES: bigint[] = [];
/** 10^n / 2 for n >= 1 (memoised like the powers). */
function halfOfPow10(n: number): bigint {
  if (n >= POWERS_KEPT) return pow10(n) / 2n;
  return (HALVES[n] ??= pow10(n) / 2n);
}

/** Whole cents of an amount of 10^-scale dollar (scale >= 2), rounded half-up (half away from zero). */
export function scaledToCents(amount: bigint, scale: number): bigint {
  if (scale === 2) return amount;
  const unit = pow10(scale - 2);
  const half = halfOfPow10(scale - 2);
  return amount >= 0n ? (amount + half) / unit : -((-amount + half) / unit);
}

const decimalFractions = new Map<string, DecimalFraction>();

/** numerator / 10^scale. */
export interface DecimalFraction {
  numerator: bigint;
  scale: number;
}

/**
 * A percentage as an exact decimal fraction of one with the fewest decimals: 26.2 → 262 / 10^3,
 * 6 → 6 / 10^2, 100 → 1 / 10^0 (memoised: the same few recur).
 */
export function percentDecimal(percent: number | Decimal): DecimalFraction {
  const key = String(percent);
  let cached = decimalFractions.get(key);
  if (!cached) {
    const value = new Dec(key).dividedBy(HUNDRED);
    const scale = value.decimalPlaces();
    cached = { numerator: toScaled(value, scale), scale };
    decimalFractions.set(key, cached);
  }
  return cached;
}

/** The API's form straight from cents: "1234.50". */
export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const text = (negative ? -cents : cents).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${text.slice(0, -2)}.${text.slice(-2)}`;
}
