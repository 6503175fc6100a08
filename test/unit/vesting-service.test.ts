/**
 * Years of vesting service counted from hours (plan-rules §4.1): plan-year periods (option:
 * anniversary years), a year credited on the date of the entry that reaches 1,000 hours, breaks at
 * 500 hours or fewer in a period that has ended, hours ahead of the as-of date, the rule of parity
 * (off by default), the forfeiture date after the fifth consecutive break, and today's period.
 * Every expected figure is worked out by hand from the plan text; the arithmetic is beside it.
 */
import { describe, expect, it } from "vitest";
import { RuleInputError } from "@/lib/errors";
import { Dec } from "@/lib/money";
import { definePlan, type PlanDefinition, type PlanOptions, type VestingStep } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { HoursLedger, type HoursEntry } from "@/lib/rules/hours";
import { evaluateVesting, type Balances } from "@/lib/rules/vesting";
import { vestingPeriod, vestingService } from "@/lib/rules/vesting-service";
import { serviceExplanation, vestingExplanation } from "@/lib/words/en/service-explanation";
import { REHIRE_HOURS } from "./cases";

const withOptions = (options: Partial<PlanOptions>, plan: PlanDefinition = SOS_PLAN) => definePlan({ ...plan, options: { ...plan.options, ...options } });
const withSchedule = (schedule: VestingStep[], options: Partial<PlanOptions> = {}) =>
  definePlan({ ...SOS_PLAN, vesting: { ...SOS_PLAN.vesting, schedule }, options: { ...SOS_PLAN.options, ...options } });
const PARITY = withOptions({ ruleOfParity: true });
/** A 5-year cliff (the pre-2002 minimum): 4 years are still 0% vested. */
const CLIFF5 = [{ years: 0, percent: 0 }, { years: 5, percent: 100 }];
/** A 6-year cliff: 5 years are still 0% vested. */
const CLIFF6 = [{ years: 0, percent: 0 }, { years: 6, percent: 100 }];
/** A 7-year cliff: 6 years are still 0% vested. */
const CLIFF7 = [{ years: 0, percent: 0 }, { years: 7, percent: 100 }];

const match = (amount: string): Balances => ({ deferral: new Dec(0), rollover: new Dec(0), match: new Dec(amount) });

/** One entry on June 30 of each year from `firstYear`, with the hours given (0 = no entry). */
function yearly(firstYear: number, hours: number[]): HoursEntry[] {
  return hours.flatMap((h, i) => (h === 0 ? [] : [{ date: `${firstYear + i}-06-30`, hours: h }]));
}

const service = (start: string, asOf: string, hours: HoursEntry[], plan = SOS_PLAN, balance = "1000") =>
  vestingService({ employmentStartDate: start, asOf, hours, matchBalance: new Dec(balance) }, plan);

describe("years of service and breaks, year by year (plan-rules §4.1)", () => {
  it.each([
    // 2001 1,000 (year), 2002 1,000 (year), 2003 700 (501–999: neither), 2004 1,000 (year): 3 years.
    // Last period ended by 2005-01-01 is 2004, a year: 0 breaks in a row. 3 years → 50%.
    [2001, [1000, 1000, 700, 1000], "2005-01-01", 3, 50, [], 0, "1,000 / 1,000 / 700 / 1,000 hours: 3 years, no break"],
    // 2001 year, 2002 500 (a break: exactly 500), 2003 year, 2004 700 (neither), 2005 year, 2006 year: 4 years → 75%.
    [2001, [1000, 500, 1000, 700, 1000, 1000], "2007-01-01", 4, 75, ["2002"], 0, "1,000 / 500 / 1,000 / 700 / 1,000 / 1,000 hours: 4 years, one break"],
    // 2001 year, 2002 500: a break, and the last period ended by 2003-01-01: 1 break in a row.
    [2001, [1000, 500], "2003-01-01", 1, 0, ["2002"], 1, "500 hours in a period is a break"],
    // 501 is more than 500: no break; fewer than 1,000: no year.
    [2001, [1000, 501], "2003-01-01", 1, 0, [], 0, "501 hours is neither a year nor a break"],
    // 2000 and 2001 years, 2002 and 2003 no hours (two breaks), 2004 a year: all 3 years count.
    [2000, [1200, 1200, 0, 0, 1200], "2005-01-01", 3, 50, ["2002", "2003"], 0, "a two-year gap: the years before it still count"],
    // The same gap as of 2004-01-01: 2003 is the last period ended, and 2002 and 2003 are breaks in a row.
    [2000, [1200, 1200, 0, 0], "2004-01-01", 2, 0, ["2002", "2003"], 2, "in the gap: two breaks in a row so far"],
  ])("from %i, %j as of %s: %i years, %i%%, breaks %j, %i in a row (%s)", (first, hours, asOf, years, percent, breaks, inRow, _why) => {
    const result = evaluateVesting({ employmentStartDate: `${first}-01-15`, asOf, hours: yearly(first, hours), balances: match("1000") }, SOS_PLAN);
    expect(result.yearsOfService).toBe(years);
    expect(result.vestedPercent).toBe(percent);
    expect(result.service!.periods.filter((period) => period.breakInService).map((period) => period.start.slice(0, 4))).toEqual(breaks);
    expect(result.service!.consecutiveBreaks).toBe(inRow);
  });

  it.each([
    [[{ date: "2001-06-30", hours: 999.5 }], 0, null, "999.5 hours: no year"],
    [[{ date: "2001-06-30", hours: 1000 }], 1, "2001-06-30", "1,000 hours: a year, credited on the entry's date"],
    // 999.5 on June 30, then 0.5 on July 31: 999.5 + 0.5 = 1,000 exactly, reached on July 31.
    [[{ date: "2001-06-30", hours: 999.5 }, { date: "2001-07-31", hours: 0.5 }], 1, "2001-07-31", "999.5 + 0.5: the year is credited on the entry that reaches 1,000"],
  ])("%j: %i years, credited on %s (%s)", (hours, years, creditedOn, _why) => {
    const result = service("2001-01-15", "2002-01-01", hours);
    expect(result.yearsOfService).toBe(years);
    expect(result.periods[0]!.creditedOn).toBe(creditedOn);
    expect(result.periods[0]!.yearOfService).toBe(creditedOn !== null);
  });

  it("the plan year that contains the start date counts in full: a December 20 start with 1,000 hours by December 31 has a year", () => {
    // Start 2001-12-20: the first vesting period is plan year 2001 (2001-01-01 to 2001-12-31).
    const result = service("2001-12-20", "2002-01-01", [{ date: "2001-12-31", hours: 1000 }]);
    expect(result.periods[0]).toMatchObject({ start: "2001-01-01", end: "2001-12-31", hours: 1000, creditedOn: "2001-12-31" });
    expect(result.yearsOfService).toBe(1);
  });
});

describe("a year reached in May by someone who leaves in June", () => {
  // 200 hours at the end of each month January to May 2003: 5 × 200 = 1,000 on 2003-05-31.
  // Then 50 hours on the last day, 2003-06-13.
  const hours = [
    { date: "2003-01-31", hours: 200 },
    { date: "2003-02-28", hours: 200 },
    { date: "2003-03-31", hours: 200 },
    { date: "2003-04-30", hours: 200 },
    { date: "2003-05-31", hours: 200 },
    { date: "2003-06-13", hours: 50 },
  ];

  it.each([
    // By 2003-05-30: 4 × 200 = 800 hours, 1,000 − 800 = 200 still needed; no year yet.
    ["2003-05-30", 0, 800, 200, "the day before the 1,000th hour"],
    // On 2003-05-31 the fifth entry reaches 1,000: the year is credited.
    ["2003-05-31", 1, 1000, 0, "the day of the 1,000th hour"],
    // After leaving: 1,050 hours in 2003, still 1 year; the period has not ended yet.
    ["2003-12-30", 1, 1050, 0, "after leaving, the year is kept"],
    // A year later: 2003 ended as a year (not a break); 2004 is today's period with 0 hours.
    ["2004-06-30", 1, 0, 1000, "a year later, the year is still there"],
  ])("as of %s: %i years; today's period has %s hours and needs %s more (%s)", (asOf, years, hoursToDate, needed) => {
    const result = service("2003-01-06", asOf, hours);
    expect(result.yearsOfService).toBe(years);
    expect(result.periods[0]!.creditedOn).toBe("2003-05-31");
    expect(result.currentPeriod.hours).toBe(hoursToDate);
    expect(result.currentPeriod.hoursToYearOfService).toBe(needed);
    expect(result.consecutiveBreaks).toBe(0);
  });

  it("the nonvested match is forfeited on 2009-01-01: the 5th break after 2003 is 2008", () => {
    // The last period with more than 500 hours is 2003; breaks 2004, 2005, 2006, 2007, 2008; the
    // fifth ends 2008-12-31, so the match goes on the day after.
    const result = service("2003-01-06", "2004-06-30", hours);
    expect(result.forfeitingBreakEnds).toBe("2008-12-31");
    expect(result.forfeitsOn).toBe("2009-01-01");
    expect(serviceExplanation(result, SOS_PLAN).join(" ")).toContain("It is forfeited on 2009-01-01");
  });
});

describe("the rule of parity (IRC 411(a)(6)(D); off by default)", () => {
  it.each([
    // SOS schedule. 1995 and 1996 years (0% vested: under 3 years), 1997–2002 no hours: six breaks,
    // 2003 a year. Off: 2 + 1 = 3 years. On: 5 breaks ≥ max(5, 2) = 5 → the 2 earlier years go; 1 year.
    [SOS_PLAN, [1200, 1200, 0, 0, 0, 0, 0, 0, 1200], 3, 50, 0, "rehired after six years away, SOS, rule of parity off: all 3 years count"],
    [PARITY, [1200, 1200, 0, 0, 0, 0, 0, 0, 1200], 1, 0, 2, "rehired after six years away, SOS, rule of parity on: 2 unvested years erased"],
    // SOS schedule, on: 2 years then only 4 breaks (1997–2000), back in 2001: 4 < 5, all 3 years count.
    [PARITY, [1200, 1200, 0, 0, 0, 0, 1200], 3, 50, 0, "4 breaks after 2 unvested years do not erase them"],
    // SOS schedule, on: 4 years are 75% vested, so the participant is not nonvested; 6 breaks change nothing: 4 + 1 = 5 years.
    [PARITY, [1200, 1200, 1200, 1200, 0, 0, 0, 0, 0, 0, 1200], 5, 100, 0, "4 years at 75% are vested: 6 breaks do not erase them"],
    // 5-year cliff, on: 4 years (1995–1998) are 0% vested; 5 breaks (1999–2003) ≥ max(5, 4) = 5 → erased; 2004 a year: 1.
    [withSchedule(CLIFF5, { ruleOfParity: true }), [1200, 1200, 1200, 1200, 0, 0, 0, 0, 0, 1200], 1, 0, 4, "5 breaks after 4 unvested years erase them (5-year cliff)"],
    // The same off: 4 + 1 = 5 years → 100% under the cliff.
    [withSchedule(CLIFF5), [1200, 1200, 1200, 1200, 0, 0, 0, 0, 0, 1200], 5, 100, 0, "with the rule off the 4 years stay (5-year cliff)"],
    // 5-year cliff, on: 5 years (1995–1999) are 100% vested, and 4 breaks (2000–2003) < 5 anyway: 5 + 1 = 6 years.
    [withSchedule(CLIFF5, { ruleOfParity: true }), [1200, 1200, 1200, 1200, 1200, 0, 0, 0, 0, 1200], 6, 100, 0, "4 breaks after 5 years do not erase them (5-year cliff)"],
    // 6-year cliff, on: 5 years are 0% vested; 4 breaks < max(5, 5) = 5: kept, 5 + 1 = 6 years → 100%.
    [withSchedule(CLIFF6, { ruleOfParity: true }), [1200, 1200, 1200, 1200, 1200, 0, 0, 0, 0, 1200], 6, 100, 0, "4 breaks after 5 unvested years do not erase them (6-year cliff)"],
    // 6-year cliff, on: 5 unvested years, then 5 breaks (2000–2004) ≥ max(5, 5) = 5: erased; 2005 a year: 1.
    [withSchedule(CLIFF6, { ruleOfParity: true }), [1200, 1200, 1200, 1200, 1200, 0, 0, 0, 0, 0, 1200], 1, 0, 5, "5 breaks after 5 unvested years erase them (6-year cliff)"],
    // 7-year cliff, on: 6 unvested years (1995–2000), then 5 breaks (2001–2005) < max(5, 6) = 6: kept, 6 + 1 = 7.
    [withSchedule(CLIFF7, { ruleOfParity: true }), [1200, 1200, 1200, 1200, 1200, 1200, 0, 0, 0, 0, 0, 1200], 7, 100, 0, "5 breaks after 6 unvested years do not erase them: the years count, not just 5"],
    // 7-year cliff, on: 6 unvested years, 6 breaks (2001–2006) ≥ 6: erased; 2007 a year: 1.
    [withSchedule(CLIFF7, { ruleOfParity: true }), [1200, 1200, 1200, 1200, 1200, 1200, 0, 0, 0, 0, 0, 0, 1200], 1, 0, 6, "6 breaks after 6 unvested years erase them"],
  ])("%#: %j → %i years, %i%%, %i disregarded (%s)", (plan, hours, years, percent, disregarded) => {
    const list = hours as number[];
    const asOf = `${1995 + list.length}-01-01`;
    const result = evaluateVesting({ employmentStartDate: "1995-01-09", asOf, hours: yearly(1995, list), balances: match("1000") }, plan);
    expect(result.yearsOfService).toBe(years);
    expect(result.vestedPercent).toBe(percent);
    expect(result.service!.disregardedYears).toBe(disregarded);
    expect(result.service!.periods.filter((period) => period.disregarded).length).toBe(disregarded);
  });

  it("the explanation says which years no longer count and why", () => {
    const result = service("1995-01-09", "2004-01-01", yearly(1995, [1200, 1200, 0, 0, 0, 0, 0, 0, 1200]), PARITY);
    const text = serviceExplanation(result, PARITY).join(" ");
    // The fifth break is 2001: 1997, 1998, 1999, 2000, 2001.
    expect(text).toContain("then had 5 breaks in a row (1997 to 2001)");
    expect(text).toContain("greater of 5 and those 2 years");
    expect(text).toContain("(IRC 411(a)(6)(D))");
  });

  it("with the rule off, the explanation says breaks take nothing away", () => {
    const result = service("1995-01-09", "2004-01-01", yearly(1995, [1200, 1200, 0, 0, 0, 0, 0, 0, 1200]));
    expect(serviceExplanation(result, SOS_PLAN).join(" ")).toContain("Breaks do not take away the years you had before them");
  });
});

describe("the date the nonvested match is forfeited (IRC 411(a)(6)(C))", () => {
  it.each([
    // Last period with more than 500 hours: 2004 → breaks 2005..2009, the fifth ends 2009-12-31.
    ["2001-01-15", "2005-01-01", yearly(2001, [1000, 1000, 700, 1000]), "2010-01-01", "after the last period with hours over 500"],
    // No period has more than 500 hours (300 in 2001, 200 in 2002): count from the first period,
    // 2001 is break 1 and 2005 break 5, so 2006-01-01.
    ["2001-03-15", "2003-06-30", yearly(2001, [300, 200]), "2006-01-01", "no period ever had more than 500 hours: counted from the first"],
    // Exactly 500 in 2001 is still a break: the same date.
    ["2001-03-15", "2003-06-30", yearly(2001, [500]), "2006-01-01", "500 hours in the only period: counted from the first"],
    // 501 in 2001 is not a break: breaks 2002..2006, so 2007-01-01.
    ["2001-03-15", "2003-06-30", yearly(2001, [501]), "2007-01-01", "501 hours in the first period: counted after it"],
    // The current period (2003, 600 hours by 2003-03-31) is the last with more than 500: breaks 2004..2008 → 2009-01-01.
    ["2001-01-15", "2003-06-30", [...yearly(2001, [1000, 1000]), { date: "2003-03-31", hours: 600 }], "2009-01-01", "the last period with hours over 500 is today's"],
    // No hours at all (an empty list): from the first period, 2001..2005 → 2006-01-01.
    ["2001-01-15", "2005-06-30", [], "2006-01-01", "no hours at all"],
  ])("start %s, as of %s: forfeited on %s (%s)", (start, asOf, hours, forfeitsOn) => {
    expect(service(start, asOf, hours).forfeitsOn).toBe(forfeitsOn);
  });

  it("nothing to forfeit: no match balance, 100% on all the hours given, or plan termination", () => {
    const hours = yearly(2001, [1000, 1000]);
    expect(service("2001-01-15", "2003-01-01", hours, SOS_PLAN, "0").forfeitsOn).toBeNull();
    // 4 years by 2005-01-01 and a fifth credited 2005-06-30, ahead of asOf: 5 years on all hours → 100%.
    expect(service("2001-01-15", "2005-01-01", yearly(2001, [1000, 1000, 1000, 1000, 1000])).forfeitsOn).toBeNull();
    const terminated = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours, balances: match("1000"), events: ["planTermination"] }, SOS_PLAN);
    expect(terminated.service!.forfeitsOn).toBeNull();
    expect(terminated.vestedPercent).toBe(100);
  });
});

describe("hours ahead of the as-of date move the steps ahead, not today's percentage", () => {
  // 1,000 hours on June 30 of 2001, 2002 and 2003; as of 2003-03-31 the third is still ahead.
  const result = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2003-03-31", hours: yearly(2001, [1000, 1000, 1000]), balances: match("4000.01") }, SOS_PLAN);

  it("2 years today (0%); the 2003 period lists all 1,000 hours, credited 2003-06-30", () => {
    expect(result.yearsOfService).toBe(2);
    expect(result.vestedPercent).toBe(0);
    expect(result.service!.periods[2]).toMatchObject({ start: "2003-01-01", end: "2003-12-31", hours: 1000, yearOfService: true, creditedOn: "2003-06-30", breakInService: false });
    // Today's period holds only the hours on or before 2003-03-31: none.
    // Open (credited 2003-06-30, after the as-of date); not on pace: 0 × 365 < 1,000 × 90 days (Jan 1 to Mar 31).
    expect(result.service!.currentPeriod).toEqual({ start: "2003-01-01", end: "2003-12-31", hours: 0, hoursToYearOfService: 1000, countedOn: null, open: true, onPace: false });
  });

  it("the 50% step is reached on 2003-06-30, 91 days on; no hours give the 75% and 100% steps a date", () => {
    // 2003-03-31 → 2003-06-30: 30 (April) + 31 (May) + 30 (June) = 91 days.
    // 4,000.01 × 50% = 2,000.005 → 2,000.01 more than today's 0.
    expect(result.stepsAhead.map((step) => [step.yearsOfService, step.vestedPercent, step.reachedOn, step.daysAway])).toEqual([
      [3, 50, "2003-06-30", 91],
      [4, 75, null, null],
      [5, 100, null, null],
    ]);
    expect(result.stepsAhead[0]!.additionalVested.toFixed(2)).toBe("2000.01");
    expect(result.nextStep).toEqual({ yearsOfService: 3, vestedPercent: 50 });
  });
});

describe("anniversary-year vesting periods (plan option) and February 29", () => {
  const ANNIVERSARY = withOptions({ vestingPeriods: "anniversaryYear" });

  it.each([
    [SOS_PLAN, 0, "2001-01-01", "2001-12-31", "plan years: the first is the plan year containing the start"],
    [SOS_PLAN, 3, "2004-01-01", "2004-12-31", "plan years: the 4th is 2004"],
    [ANNIVERSARY, 0, "2000-02-29", "2001-02-28", "anniversary years from 2000-02-29: the first ends the day before 2001-03-01"],
    [ANNIVERSARY, 1, "2001-03-01", "2002-02-28", "the second begins on the first anniversary, March 1 in a common year"],
    [ANNIVERSARY, 3, "2003-03-01", "2004-02-28", "the fourth ends the day before the next anniversary, 2004-02-29"],
    [ANNIVERSARY, 4, "2004-02-29", "2005-02-28", "the fifth begins on February 29 of a leap year"],
    [withOptions({ vestingPeriods: "anniversaryYear", feb29Anniversary: "feb28" }), 0, "2000-02-29", "2001-02-27", "under feb28 the first anniversary is 2001-02-28"],
    [withOptions({ vestingPeriods: "anniversaryYear", feb29Anniversary: "feb28" }), 1, "2001-02-28", "2002-02-27", "under feb28 the second begins 2001-02-28"],
  ])("%#: period %i runs %s to %s (%s)", (plan, n, start, end) => {
    const anchor = plan.options.vestingPeriods === "planYear" ? "2001-05-14" : "2000-02-29";
    expect(vestingPeriod(anchor, n, plan.options)).toMatchObject({ start, end });
  });

  it("the same hours give different years under the two options", () => {
    // Start 2002-03-15. 600 on 2002-12-31, 400 on 2003-03-14, 600 on 2003-03-15.
    // Plan years: 2002 has 600 (neither), 2003 has 400 + 600 = 1,000, credited 2003-03-15.
    // Anniversary years: 2002-03-15..2003-03-14 has 600 + 400 = 1,000, credited 2003-03-14;
    // 2003-03-15..2004-03-14 has 600 (neither).
    const hours = [
      { date: "2002-12-31", hours: 600 },
      { date: "2003-03-14", hours: 400 },
      { date: "2003-03-15", hours: 600 },
    ];
    const byPlanYear = service("2002-03-15", "2004-03-15", hours);
    expect(byPlanYear.periods.map((p) => [p.start, p.hours, p.creditedOn])).toEqual([
      ["2002-01-01", 600, null],
      ["2003-01-01", 1000, "2003-03-15"],
      ["2004-01-01", 0, null],
    ]);
    const byAnniversary = service("2002-03-15", "2004-03-15", hours, ANNIVERSARY);
    expect(byAnniversary.periods.map((p) => [p.start, p.end, p.hours, p.creditedOn])).toEqual([
      ["2002-03-15", "2003-03-14", 1000, "2003-03-14"],
      ["2003-03-15", "2004-03-14", 600, null],
      ["2004-03-15", "2005-03-14", 0, null],
    ]);
    expect(byPlanYear.yearsOfService).toBe(1);
    expect(byAnniversary.yearsOfService).toBe(1);
    expect(serviceExplanation(byPlanYear, SOS_PLAN)[0]).toContain("one plan year (January 1 to December 31) at a time");
    expect(serviceExplanation(byAnniversary, ANNIVERSARY)[0]).toContain("the first 12 months are 2002-03-15 to 2003-03-14");
    expect(serviceExplanation(byAnniversary, ANNIVERSARY).join(" ")).toContain("2002-03-15 to 2003-03-14 (1,000 hours, counted on 2003-03-14)");
    // As of 2003-03-14 only the anniversary reading has the year.
    expect(service("2002-03-15", "2003-03-14", hours).yearsOfService).toBe(0);
    expect(service("2002-03-15", "2003-03-14", hours, ANNIVERSARY).yearsOfService).toBe(1);
  });

  it("a February 29 hire, anniversary years: hours on 2004-02-28 and 2004-02-29 fall in different periods", () => {
    // Period 3: 2003-03-01..2004-02-28 (600 + 500 = 1,100, credited 2004-02-28); period 4 starts 2004-02-29.
    const hours = [
      { date: "2003-06-30", hours: 600 },
      { date: "2004-02-28", hours: 500 },
      { date: "2004-02-29", hours: 500 },
    ];
    const result = service("2000-02-29", "2004-03-01", hours, ANNIVERSARY);
    expect(result.periods[3]).toMatchObject({ start: "2003-03-01", end: "2004-02-28", hours: 1100, creditedOn: "2004-02-28" });
    // Open; on pace: 500 × 366 days (2004-02-29 to 2005-02-28) = 183,000 ≥ 1,000 × 2 days (Feb 29, Mar 1).
    expect(result.currentPeriod).toEqual({ start: "2004-02-29", end: "2005-02-28", hours: 500, hoursToYearOfService: 500, countedOn: null, open: true, onPace: true });
    // Periods 0, 1 and 2 ended with no hours: breaks. Period 3 is a year, so 0 breaks in a row.
    expect(result.periods.filter((p) => p.breakInService).length).toBe(3);
    expect(result.consecutiveBreaks).toBe(0);
    expect(result.yearsOfService).toBe(1);
  });
});

describe("the stated years must agree with the hours, and hours start with the employment", () => {
  const hours = yearly(2001, [1000, 1000, 1000]);

  it.each([
    [3, true, "3 years stated, 3 from the hours"],
    [3.5, true, "3.5 counts as 3"],
    [4, false, "4 years stated, 3 from the hours"],
    [2.99, false, "2.99 counts as 2"],
  ])("yearsOfService %s: accepted %s (%s)", (yearsOfService, accepted) => {
    const run = () => evaluateVesting({ yearsOfService, employmentStartDate: "2001-01-15", asOf: "2004-01-01", hours, balances: match("1") }, SOS_PLAN);
    if (accepted) expect(run().yearsOfService).toBe(3);
    else expect(run).toThrow(expect.objectContaining({ path: "yearsOfService" }));
  });

  it.each([
    [{ employmentStartDate: "2001-01-15", asOf: "2004-01-01", hours: [{ date: "2001-01-14", hours: 8 }] }, "hours.0.date", "hours the day before the start"],
    [{ employmentStartDate: "2001-01-15", asOf: "2001-01-14", hours: [] }, "asOf", "an as-of date before the start"],
    [{ asOf: "2004-01-01", hours }, "employmentStartDate", "hours without a start date"],
    [{ employmentStartDate: "2001-01-15", hours }, "asOf", "hours without an as-of date"],
  ])("%j is refused naming %s (%s)", (input, path, _why) => {
    const run = () => evaluateVesting({ ...input, balances: match("1") }, SOS_PLAN);
    expect(run).toThrow(RuleInputError);
    expect(run).toThrow(expect.objectContaining({ path }));
  });

  it("an empty hours list counts hours: 0 years, where elapsed time would give 4", () => {
    // 2001-01-15 → 2005-06-30 is 4 completed years by anniversaries, but no hours are credited.
    const byHours = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2005-06-30", hours: [], balances: match("1") }, SOS_PLAN);
    const byDates = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2005-06-30", balances: match("1") }, SOS_PLAN);
    expect(byHours.yearsOfService).toBe(0);
    expect(byHours.service!.method).toBe("hoursCounting");
    expect(byDates.yearsOfService).toBe(4);
    expect(byDates.service).toBeNull();
  });

  it("a ledger built by the caller gives the same answer as the hours", () => {
    const fromHours = service("2001-01-15", "2004-01-01", hours);
    const fromLedger = vestingService({ employmentStartDate: "2001-01-15", asOf: "2004-01-01", ledger: new HoursLedger(hours), matchBalance: new Dec(1000) }, SOS_PLAN);
    expect(fromLedger).toEqual(fromHours);
  });
});

describe("the issue's first hire and rehire, counted from hours", () => {
  it("first hire 2000-03-06, rehired 2003-04-07, as of 2005-06-30: the hours decide, not either date", () => {
    // 2000: 1,400 hours (year), 2001: 1,800 (year), 2002: 0 (break), 2003 from April: 1,300
    // (year), 2004: 1,900 (year), 2005 by June 30: 900 (today's period, 100 to go).
    // Years: 2000, 2001, 2003, 2004 = 4 → 75% (the first date alone gave 100%, the rehire date 0%).
    const hours = REHIRE_HOURS;
    const result = evaluateVesting({ employmentStartDate: "2000-03-06", asOf: "2005-06-30", hours, balances: match("1000") }, SOS_PLAN);
    expect(result.yearsOfService).toBe(4);
    expect(result.vestedPercent).toBe(75);
    // Open; on pace: 900 × 365 = 328,500 ≥ 1,000 × 181 days (Jan 1 to Jun 30) = 181,000.
    expect(result.service!.currentPeriod).toEqual({ start: "2005-01-01", end: "2005-12-31", hours: 900, hoursToYearOfService: 100, countedOn: null, open: true, onPace: true });
    expect(result.service!.periods.map((p) => p.breakInService)).toEqual([false, false, true, false, false, false]);
    // Last period over 500: 2005 (today's) → breaks 2006..2010 → forfeited 2011-01-01.
    expect(result.service!.forfeitsOn).toBe("2011-01-01");
    const text = vestingExplanation(result, SOS_PLAN).join(" ");
    expect(text).toContain("4 years of service counted from your hours vest 75%");
    expect(text).toContain("A plan year with 1,000 hours or more is one year of service");
    expect(text).toContain("(29 CFR 2530.200b-1, 2530.203-2)");
    expect(text).toContain("2000 (1,400 hours, counted on 2000-12-31), 2001 (1,800 hours, counted on 2001-12-31), 2003 (1,300 hours, counted on 2003-12-31) and 2004 (1,900 hours, counted on 2004-12-31)");
    expect(text).toContain("(29 CFR 2530.200b-4)");
    expect(text).toContain("Your breaks: 2002");
    expect(text).toContain("100 more hours in it make a year of service");
  });
});

describe("the run of breaks that forfeits, at exactly the break's 500 hours (plan-rules §4.1; 29 CFR 2530.200b-4)", () => {
  // Start 2000-01-01; 2000: 1,000 hours (a year of service, 50% nowhere near: 1 year → 0%);
  // 2001: the hours below; nothing after. As of 2010-12-31 every period to 2010 has ended.
  const run = (hours2001: number) =>
    vestingService(
      { employmentStartDate: "2000-01-01", asOf: "2010-12-31", hours: [{ date: "2000-06-30", hours: 1000 }, { date: "2001-06-30", hours: hours2001 }], matchBalance: new Dec("1000") },
      SOS_PLAN,
    );

  it("2001 with exactly 500 hours is a break: the run is 2001 to 2005, forfeited 2006-01-01", () => {
    // 500 ≤ 500 → break. The last period with more than 500 hours is 2000, so the 5 breaks are
    // 2001, 2002, 2003, 2004, 2005; the fifth ends 2005-12-31 and the match is forfeited the day after.
    const service = run(500);
    expect(service.periods[1]).toMatchObject({ start: "2001-01-01", hours: 500, breakInService: true, withinBreakHours: true });
    expect(service.forfeitingBreaks).toEqual({
      first: { start: "2001-01-01", end: "2001-12-31", kind: "planYear" },
      last: { start: "2005-01-01", end: "2005-12-31", kind: "planYear" },
      count: 5,
    });
    expect(service.forfeitingBreakEnds).toBe("2005-12-31");
    expect(service.forfeitsOn).toBe("2006-01-01");
  });

  it("2001 with 500.0001 hours is not a break: the run is 2002 to 2006, forfeited 2007-01-01", () => {
    // 500.0001 > 500 → neither a break nor a year (< 1,000). The last period with more than 500
    // hours is 2001, so the breaks are 2002..2006; the fifth ends 2006-12-31.
    const service = run(500.0001);
    expect(service.periods[1]).toMatchObject({ breakInService: false, withinBreakHours: false, yearOfService: false });
    expect(service.forfeitingBreaks.first.start).toBe("2002-01-01");
    expect(service.forfeitingBreaks.last.end).toBe("2006-12-31");
    expect(service.forfeitsOn).toBe("2007-01-01");
  });

  it("a period that has not ended with exactly 500 hours would be a break when it ends", () => {
    // As of 2001-12-30, 2001 (500 hours) has not ended: no break yet, but its hours are within the break's.
    const service = vestingService({ employmentStartDate: "2000-01-01", asOf: "2001-12-30", hours: [{ date: "2000-06-30", hours: 1000 }, { date: "2001-06-30", hours: 500 }] }, SOS_PLAN);
    expect(service.periods[1]).toMatchObject({ ended: false, breakInService: false, withinBreakHours: true });
  });
});

describe("the current period: still open, and on pace for a year (words only)", () => {
  const now = (asOf: string, hours: HoursEntry[]) => service("2004-03-01", asOf, hours).currentPeriod;

  it("open until it is credited or ends: credited by the as-of date, or the as-of date its last day, it is not", () => {
    expect(now("2005-06-30", [{ date: "2005-03-31", hours: 999.5 }]).open).toBe(true);
    // 1,000 hours by 2005-03-31: credited then, before the as-of date.
    expect(now("2005-06-30", [{ date: "2005-03-31", hours: 1000 }]).open).toBe(false);
    // As of December 31 the plan year has ended: it counts as it is (no year here, 999.5 < 1,000).
    expect(now("2005-12-31", [{ date: "2005-03-31", hours: 999.5 }]).open).toBe(false);
    expect(now("2005-12-30", [{ date: "2005-03-31", hours: 999.5 }]).open).toBe(true);
  });

  it("on pace when hours so far × 365 ≥ 1,000 × days so far: as of 2005-01-10 (10 days), 27.4 hours is (10,001), 27.39 is not (9,997.35)", () => {
    expect(now("2005-01-10", [{ date: "2005-01-05", hours: 27.4 }]).onPace).toBe(true);
    expect(now("2005-01-10", [{ date: "2005-01-05", hours: 27.39 }]).onPace).toBe(false);
    // Exactly on pace: 1,000 × 73 days (Jan 1 to Mar 14) = 73,000 = 200 × 365.
    expect(now("2005-03-14", [{ date: "2005-03-01", hours: 200 }]).onPace).toBe(true);
    expect(now("2005-03-15", [{ date: "2005-03-01", hours: 200 }]).onPace).toBe(false);
  });
});
