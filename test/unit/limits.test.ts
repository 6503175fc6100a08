/**
 * IRS limits by year (plan-rules §7): the table, the refusal of years before 2002, and the
 * carrying forward of the last year.
 */
import { describe, expect, it } from "vitest";
import { FIRST_LIMITS_YEAR, hceThresholdFor, LAST_LIMITS_YEAR, LIMITS_TABLE, limitsFor, limitsInCents, UnsupportedYearError } from "@/lib/plan/limits";
import { carriedForwardSentence, limitSourceText } from "@/lib/words/en/limits";
import { limitSourceText as limitSourceTextEs } from "@/lib/words/es/limits";

describe("the limits of a plan year (plan-rules §7)", () => {
  it.each([
    // year, 402(g), catch-up 50+, catch-up 60–63, 415(c), 401(a)(17), HCE threshold
    // plan-rules §7, every row transcribed by hand.
    [2002, "11000", "1000", null, "40000", "200000", "90000"],
    [2003, "12000", "2000", null, "40000", "200000", "90000"],
    [2004, "13000", "3000", null, "41000", "205000", "90000"],
    [2005, "14000", "4000", null, "42000", "210000", "95000"],
    [2006, "15000", "5000", null, "44000", "220000", "100000"],
    [2007, "15500", "5000", null, "45000", "225000", "100000"],
    [2008, "15500", "5000", null, "46000", "230000", "105000"],
    [2009, "16500", "5500", null, "49000", "245000", "110000"],
    [2010, "16500", "5500", null, "49000", "245000", "110000"],
    [2011, "16500", "5500", null, "49000", "245000", "110000"],
    [2012, "17000", "5500", null, "50000", "250000", "115000"],
    [2013, "17500", "5500", null, "51000", "255000", "115000"],
    [2014, "17500", "5500", null, "52000", "260000", "115000"],
    [2015, "18000", "6000", null, "53000", "265000", "120000"],
    [2016, "18000", "6000", null, "53000", "265000", "120000"],
    [2017, "18000", "6000", null, "54000", "270000", "120000"],
    [2018, "18500", "6000", null, "55000", "275000", "120000"],
    [2019, "19000", "6000", null, "56000", "280000", "125000"],
    [2020, "19500", "6500", null, "57000", "285000", "130000"],
    [2021, "19500", "6500", null, "58000", "290000", "130000"],
    [2022, "20500", "6500", null, "61000", "305000", "135000"],
    [2023, "22500", "7500", null, "66000", "330000", "150000"],
    [2024, "23000", "7500", null, "69000", "345000", "155000"],
    [2025, "23500", "7500", "11250", "70000", "350000", "160000"],
    [2026, "24500", "8000", "11250", "72000", "360000", "160000"],
  ])("plan year %i: 402(g) %s, catch-up %s / %s, 415(c) %s, 401(a)(17) %s, HCE %s", (year, g, c50, c60, c, a17, hce) => {
    const lookup = limitsFor(year);
    expect(lookup.assumed).toBe(false);
    expect(lookup.limits.year).toBe(year);
    expect(lookup.limits.electiveDeferral.amount.toString()).toBe(g);
    expect(lookup.limits.catchUp50.amount.toString()).toBe(c50);
    expect(lookup.limits.catchUp60to63?.amount.toString() ?? null).toBe(c60);
    expect(lookup.limits.annualAdditions.amount.toString()).toBe(c);
    expect(lookup.limits.compensation.amount.toString()).toBe(a17);
    expect(lookup.limits.hceThreshold.amount.toString()).toBe(hce);
  });

  it("covers every year from 2002 to 2026, once each, in order", () => {
    expect(FIRST_LIMITS_YEAR).toBe(2002);
    expect(LAST_LIMITS_YEAR).toBe(2026);
    expect(LIMITS_TABLE.map((row) => row.year)).toEqual(Array.from({ length: 25 }, (_, i) => 2002 + i));
  });

  it("every value carries its source", () => {
    for (const row of LIMITS_TABLE) {
      for (const kind of ["electiveDeferral", "catchUp50", "annualAdditions", "compensation", "hceThreshold"] as const) {
        expect(row[kind].source).toMatchObject({ year: row.year, kind, amendedIn: null });
      }
    }
    // A year's values cite one notice (the plan page's source lines rely on it): 2023 to 2026 theirs, earlier years none.
    for (const row of LIMITS_TABLE) {
      const notices = new Set([row.electiveDeferral, row.catchUp50, row.catchUp60to63, row.annualAdditions, row.compensation, row.hceThreshold].flatMap((value) => (value ? [value.source.notice] : [])));
      expect([...notices]).toEqual([row.year >= 2023 ? `IRS Notice ${{ 2023: "2022-55", 2024: "2023-75", 2025: "2024-80", 2026: "2025-67" }[row.year]}` : null]);
    }
    expect(limitsFor(2022).limits.electiveDeferral.source.notice).toBeNull();
    expect(limitsFor(2026).limits.electiveDeferral.source).toEqual({ year: 2026, kind: "electiveDeferral", notice: "IRS Notice 2025-67", amendedIn: null });
    expect(limitSourceText(limitsFor(2026).limits.catchUp60to63!.source)).toBe(
      'IRS, "COLA Increases for Dollar Limitations on Benefits and Contributions", 2026 column; IRS Notice 2025-67',
    );
    expect(limitSourceTextEs(limitsFor(2004).limits.catchUp50.source)).toBe(
      'IRS, "COLA Increases for Dollar Limitations on Benefits and Contributions", columna de 2004',
    );
  });

  it.each([
    [2027, "a year past the table carries 2026 forward and says so"],
    [2040, "so does a year well past it"],
  ])("plan year %i: %s", (year) => {
    const lookup = limitsFor(year);
    expect(lookup.assumed).toBe(true);
    expect(lookup.planYear).toBe(year);
    expect(lookup.limits.year).toBe(2026);
    expect(lookup.limits.electiveDeferral.amount.toString()).toBe("24500");
    expect(carriedForwardSentence(lookup.planYear, lookup.limits.year)).toBe(`IRS limits for ${year} are not yet in the table; the 2026 limits are carried forward.`);
  });

  it.each([
    [2001, "the year before the table"],
    [1990, "a year long before it"],
    [2002.5, "a year that is not whole"],
  ])("plan year %s is refused: %s", (year) => {
    expect(() => limitsFor(year)).toThrow(UnsupportedYearError);
  });

  it("the refusal names the year and the first supported one", () => {
    expect(() => limitsFor(2001)).toThrow(expect.objectContaining({ issue: { code: "beforeLimits", year: 2001, first: 2002 } }));
  });
});

describe("the HCE threshold of a look-back year (plan-rules §2.3)", () => {
  it.each([
    [2001, "85000", "plan year 2002 looks back to 2001, whose threshold was $85,000"],
    [2002, "90000", "plan year 2003 looks back to 2002's $90,000"],
    [2005, "95000", "plan year 2006 looks back to 2005's $95,000"],
  ])("look-back year %i: %s (%s)", (year, amount) => {
    const threshold = hceThresholdFor(year);
    expect(threshold.amount.toString()).toBe(amount);
    expect(threshold.assumed).toBe(false);
    // 2001 is before the table: its threshold cites the statute as amended in 1996.
    expect(threshold.source).toEqual({ year, kind: "hceThreshold", notice: null, amendedIn: year === 2001 ? 1996 : null });
  });

  it("a look-back year past the table carries 2026's threshold and says it is assumed", () => {
    const threshold = hceThresholdFor(2030);
    expect(threshold.amount.toString()).toBe("160000");
    expect(threshold.assumed).toBe(true);
  });

  it.each([
    [1997, "80000"],
    [1998, "80000"],
    [1999, "80000"],
    [2000, "85000"],
    [2001, "85000"],
  ])("look-back year %i before the table: %s, with its source", (year, amount) => {
    const threshold = hceThresholdFor(year);
    expect(threshold.amount.toString()).toBe(amount);
    expect(threshold.assumed).toBe(false);
    expect(threshold.source).toEqual({ year, kind: "hceThreshold", notice: null, amendedIn: 1996 });
    expect(limitSourceText(threshold.source)).toBe(
      `IRS, "COLA Increases for Dollar Limitations on Benefits and Contributions", ${year} column; IRC 414(q)(1)(B) as amended in 1996`,
    );
  });

  it("a look-back year before 1997 is refused, naming 1997", () => {
    expect(() => hceThresholdFor(1996)).toThrow(UnsupportedYearError);
    expect(() => hceThresholdFor(1996)).toThrow(expect.objectContaining({ issue: { code: "beforeHceThreshold", year: 1996, first: 1997 } }));
  });

  it("those thresholds serve the HCE test alone: every other limit of 1997 to 2001 is still refused", () => {
    for (const year of [1997, 1998, 1999, 2000, 2001]) expect(() => limitsFor(year)).toThrow(UnsupportedYearError);
  });
});

describe("limits in whole cents", () => {
  it.each([
    [2002, { electiveDeferral: 1100000n, catchUp50: 100000n, catchUp60to63: null, annualAdditions: 4000000n, compensation: 20000000n }],
    [2025, { electiveDeferral: 2350000n, catchUp50: 750000n, catchUp60to63: 1125000n, annualAdditions: 7000000n, compensation: 35000000n }],
  ])("plan year %i", (year, cents) => {
    expect(limitsInCents(limitsFor(year).limits)).toEqual(cents);
    expect(limitsInCents(limitsFor(year).limits)).toBe(limitsInCents(limitsFor(year).limits));
  });
});
