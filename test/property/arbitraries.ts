/** Shared fast-check generators for the property tests. */
import fc from "fast-check";
import { isoOf } from "@/lib/dates";
import { Dec, type Money } from "@/lib/money";

/** A calendar date between two years, February 29 included in leap years. */
export function isoDateArb(fromYear = 1940, toYear = 2040): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date(Date.UTC(fromYear, 0, 1)), max: new Date(Date.UTC(toYear, 11, 31)), noInvalidDate: true })
    .map((date) => isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
}

/** An amount in whole cents, as a Decimal. */
export function moneyArb(maxCents = 100_000_000_00): fc.Arbitrary<Money> {
  return fc.bigInt({ min: 0n, max: BigInt(maxCents) }).map((cents) => new Dec(cents.toString()).dividedBy(100));
}

/** A percentage with at most 3 decimals in [min, max]. */
export function percentArb(min: number, max: number): fc.Arbitrary<number> {
  return fc.integer({ min: min * 1000, max: max * 1000 }).map((thousandths) => thousandths / 1000);
}
