/**
 * Hours of service as dated entries (plan-rules §2.1): "an entry counts in every computation
 * period that contains its date", summed exactly.
 */
import { describe, expect, it } from "vitest";
import { fromHourUnits, HoursLedger, proRataHours, toHourUnits } from "@/lib/rules/hours";

const ledger = new HoursLedger([
  { date: "2003-03-15", hours: 0.5 },
  { date: "2002-06-30", hours: 500 },
  { date: "2003-03-14", hours: 499.5 },
  { date: "2003-03-14", hours: 0.5 },
]);

describe("summing hours in a period", () => {
  it.each([
    ["2002-03-15", "2003-03-14", 1000, "the last day of the period counts: 500 + 499.5 + 0.5 = 1,000 exactly"],
    ["2002-03-15", "2003-03-13", 500, "the day before the last day leaves out both March 14 entries"],
    ["2003-03-15", "2003-12-31", 0.5, "the day after the period counts only in the next"],
    ["2003-01-01", "2003-12-31", 500.5, "an entry counts in every period containing it: 499.5 + 0.5 + 0.5"],
    ["2002-07-01", "2002-12-31", 0, "a period with no entries has none"],
    ["2003-03-14", "2003-03-14", 500, "a one-day period: 499.5 + 0.5"],
  ])("%s to %s: %s hours (%s)", (start, end, hours) => {
    expect(fromHourUnits(ledger.unitsBetween(start, end))).toBe(hours);
  });

  it("999.5 + 0.5 is exactly 1,000, and 999.5 is below it", () => {
    const units = toHourUnits(999.5) + toHourUnits(0.5);
    expect(units).toBe(toHourUnits(1000));
    expect(toHourUnits(999.5) < toHourUnits(1000)).toBe(true);
  });

  it("tenths summed as floats would drift; as units they do not: ten entries of 0.1 are 1 hour", () => {
    const tenths = new HoursLedger(Array.from({ length: 10 }, (_, i) => ({ date: `2002-01-${String(i + 1).padStart(2, "0")}`, hours: 0.1 })));
    expect(tenths.unitsBetween("2002-01-01", "2002-12-31")).toBe(toHourUnits(1));
  });

  it("an empty ledger has no latest date", () => {
    expect(new HoursLedger([]).latestDate).toBeNull();
    expect(ledger.latestDate).toBe("2003-03-15");
  });
});

describe("the entry that reaches a number of hours", () => {
  it.each([
    ["2002-03-15", "2003-03-14", 1000, "2003-03-14", "500 on 2002-06-30, then 999.5 and 1,000 on 2003-03-14"],
    ["2002-03-15", "2003-03-14", 500, "2002-06-30", "exactly 500 on the first entry"],
    ["2002-03-15", "2003-03-14", 1000.5, null, "the period never reaches 1,000.5"],
    ["2003-01-01", "2003-12-31", 500.5, "2003-03-15", "the plan year reaches 500.5 with the entry after the initial period"],
  ])("%s to %s, %s hours: reached on %s (%s)", (start, end, hours, expected, _why) => {
    expect(ledger.dateReaching(start, end, toHourUnits(hours))).toBe(expected);
  });
});

describe("a share of a week's hours, to the hundredth", () => {
  it.each([
    [30, 3, 7, 12.86, "3 days of 30 hours a week: 90/7 = 12.857… → 12.86"],
    [35, 1, 7, 5, "1 day of 35: exactly 5"],
    [0.035, 1, 7, 0.01, "0.005 is half a hundredth: half-up to 0.01"],
    [0.0349, 1, 7, 0, "0.004985… rounds down to 0"],
    [40, 6, 7, 34.29, "6 days of 40: 240/7 = 34.2857… → 34.29"],
  ])("%s hours × %s/%s = %s (%s)", (hours, days, ofDays, expected) => {
    expect(proRataHours(hours, days, ofDays)).toBe(expected);
  });
});
