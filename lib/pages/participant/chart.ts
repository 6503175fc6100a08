/**
 * The arithmetic of the balance chart: a round top for the money axis, its ticks, and short labels.
 * Amounts stay Decimals; only the drawing position (a fraction of the axis) becomes a number.
 */
import { Dec, ZERO, type Money } from "../../money";

export interface MoneyAxis {
  /** The top of the axis: a round figure at or above the largest amount. */
  top: Money;
  ticks: Money[];
}

/** A round top (1, 2, 2.5 or 5 times a power of ten) and 4 to 5 even ticks from 0 to it. */
export function moneyAxis(largest: Money): MoneyAxis {
  if (largest.lessThanOrEqualTo(0)) return { top: new Dec(100), ticks: [ZERO, new Dec(25), new Dec(50), new Dec(75), new Dec(100)] };
  const quarter = largest.dividedBy(4);
  const power = new Dec(10).pow(quarter.log(10).floor());
  const step = [1, 2, 2.5, 5, 10].map((m) => power.times(String(m))).find((candidate) => candidate.times(4).greaterThanOrEqualTo(largest))!;
  const count = largest.dividedBy(step).ceil().toNumber();
  const ticks = Array.from({ length: count + 1 }, (_, index) => step.times(index));
  return { top: ticks[ticks.length - 1]!, ticks };
}

/** A short axis label: "$0", "$750", "$50k", "$1.25M". */
export function shortUsd(amount: Money): string {
  const abs = amount.abs();
  const sign = amount.isNegative() && !amount.isZero() ? "−" : "";
  const trim = (value: Money) => value.toDecimalPlaces(2).toString();
  if (abs.greaterThanOrEqualTo(1e9)) return `${sign}$${trim(abs.dividedBy(1e9))}B`;
  if (abs.greaterThanOrEqualTo(1e6)) return `${sign}$${trim(abs.dividedBy(1e6))}M`;
  if (abs.greaterThanOrEqualTo(1e3)) return `${sign}$${trim(abs.dividedBy(1e3))}k`;
  return `${sign}$${trim(abs)}`;
}

/** Where an amount sits on the axis, as a fraction from 0 (bottom) to 1 (top), for drawing. */
export function axisFraction(amount: Money, axis: MoneyAxis): number {
  if (axis.top.isZero()) return 0;
  return Math.max(0, Math.min(1, amount.dividedBy(axis.top).toNumber()));
}

/**
 * Where to draw labels that want the positions `wanted` (ascending), all on one row between `low`
 * and `high`, each at least `gap` from the next: pushed right as little as needed, then, if the
 * last passes `high`, pulled back left. A label too close to the one before moves over rather than
 * up, so labels are never stacked.
 */
export function spreadLabels(wanted: readonly number[], low: number, high: number, gap: number): number[] {
  const at = wanted.map((position) => Math.min(high, Math.max(low, position)));
  for (let index = 1; index < at.length; index += 1) at[index] = Math.max(at[index]!, at[index - 1]! + gap);
  for (let index = at.length - 1; index >= 0; index -= 1) {
    const limit = index === at.length - 1 ? high : at[index + 1]! - gap;
    at[index] = Math.max(low, Math.min(at[index]!, limit));
  }
  return at;
}
