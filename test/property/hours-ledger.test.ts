/**
 * The hours ledger (plan-rules §2.1: "an entry counts in every computation period that contains its
 * date") against the definition itself: summing the entries whose dates fall in the period, one by
 * one. Entries come in any order, several on one date, and both ways of building a ledger (one
 * person's entries, and a roster's shared arrays) must agree with it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packDate } from "@/lib/dates";
import { HoursLedger, toHourUnits, type HoursEntry } from "@/lib/rules/hours";
import { isoDateArb } from "./arbitraries";

const entryArb = fc.record({ date: isoDateArb(2000, 2003), hours: fc.integer({ min: 0, max: 2_000_000 }).map((units) => units / 10_000) });
const entriesArb = fc.array(entryArb, { maxLength: 30 });
const rangeArb = fc.tuple(isoDateArb(1999, 2004), isoDateArb(1999, 2004)).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);

const unitsIn = (entries: readonly HoursEntry[], start: string, end: string) =>
  entries.filter((entry) => entry.date >= start && entry.date <= end).reduce((sum, entry) => sum + toHourUnits(entry.hours), 0);

/** The first date, in date order (entries of one date in their given order), at which the running total reaches `units`. */
function dateReachingByHand(entries: readonly HoursEntry[], start: string, end: string, units: number): string | null {
  const inPeriod = entries.map((entry, index) => ({ ...entry, index })).filter((entry) => entry.date >= start && entry.date <= end);
  inPeriod.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
  let running = 0;
  for (const entry of inPeriod) {
    running += toHourUnits(entry.hours);
    if (running >= units) return entry.date;
  }
  return null;
}

function grouped(people: readonly (readonly HoursEntry[])[]): (person: number) => HoursLedger {
  const all = people.flat();
  const dates = Int32Array.from(all, (entry) => packDate(entry.date));
  const units = Float64Array.from(all, (entry) => toHourUnits(entry.hours));
  const starts = new Int32Array(people.length + 1);
  people.forEach((entries, p) => (starts[p + 1] = starts[p]! + entries.length));
  return HoursLedger.group(dates, units, starts);
}

describe("the hours ledger sums what the entries say", () => {
  it("a person's ledger: the units in any period are the sum of the entries dated in it", () => {
    fc.assert(
      fc.property(entriesArb, rangeArb, (entries, [start, end]) => {
        expect(new HoursLedger(entries).unitsBetween(start, end)).toBe(unitsIn(entries, start, end));
      }),
    );
  });

  it("a person's ledger: the entry that reaches a total is the first one, in date order, whose running total gets there", () => {
    fc.assert(
      fc.property(entriesArb, rangeArb, fc.integer({ min: 1, max: 20_000_000 }), (entries, [start, end], units) => {
        expect(new HoursLedger(entries).dateReaching(start, end, units)).toBe(dateReachingByHand(entries, start, end, units));
      }),
    );
  });

  it("a roster's ledgers, windows on shared arrays, give each person the same sums as their own ledger", () => {
    fc.assert(
      fc.property(fc.array(entriesArb, { minLength: 1, maxLength: 5 }), rangeArb, (people, [start, end]) => {
        const ledgerOf = grouped(people);
        people.forEach((entries, p) => {
          const ledger = ledgerOf(p);
          expect(ledger.unitsBetween(start, end)).toBe(unitsIn(entries, start, end));
          expect(ledger.size).toBe(entries.length);
          const dates = entries.map((entry) => entry.date).sort();
          expect(ledger.earliestDate).toBe(dates[0] ?? null);
          expect(ledger.latestDate).toBe(dates.at(-1) ?? null);
        });
      }),
    );
  });
});
