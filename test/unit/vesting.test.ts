/**
 * Vesting by source (11-K Notes 1.D and 5; plan-rules §4): deferrals and rollovers 100%; the
 * match under 3 years 0%, 3 → 50%, 4 → 75%, 5 or more → 100%; plan termination vests fully.
 */
import { describe, expect, it } from "vitest";
import { RuleInputError } from "@/lib/errors";
import { Dec } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateVesting, scheduledPercent, vestedAmount, yearsOfServiceFrom, type Balances } from "@/lib/rules/vesting";
import { vestingExplanation } from "@/lib/words/en/service-explanation";

const balances = (deferral: string, rollover: string, match: string): Balances => ({
  deferral: new Dec(deferral),
  rollover: new Dec(rollover),
  match: new Dec(match),
});
const cents = (amount: { toFixed(n: number): string }) => amount.toFixed(2);

describe("the match schedule by years of service (11-K Note 1.D)", () => {
  it.each([
    [0, 0, 0, { yearsOfService: 3, vestedPercent: 50 }, "no service: 0%"],
    [2.99, 2, 0, { yearsOfService: 3, vestedPercent: 50 }, "2.99 years count as 2: 0%"],
    [3, 3, 50, { yearsOfService: 4, vestedPercent: 75 }, "3 years: 50%"],
    [3.9, 3, 50, { yearsOfService: 4, vestedPercent: 75 }, "3.9 years count as 3: 50%"],
    [4, 4, 75, { yearsOfService: 5, vestedPercent: 100 }, "4 years: 75%"],
    [4.99, 4, 75, { yearsOfService: 5, vestedPercent: 100 }, "4.99 years count as 4: 75%"],
    [5, 5, 100, null, "5 years: 100%, no next step"],
    [40, 40, 100, null, "40 years: 100%"],
  ])("%s years: %i whole years, %i%% (%s)", (years, whole, percent, next, _why) => {
    const result = evaluateVesting({ yearsOfService: years, balances: balances("0", "0", "1000") }, SOS_PLAN);
    expect(result.yearsOfService).toBe(whole);
    expect(result.vestedPercent).toBe(percent);
    expect(result.nextStep).toEqual(next);
    expect(result.fullyVestedBy).toBeNull();
    expect(result.citation).toBe("11-K Note 1.D");
  });

  it("the explanation says how a fraction is counted", () => {
    const result = evaluateVesting({ yearsOfService: 3.9, balances: balances("0", "0", "1000") }, SOS_PLAN);
    expect(vestingExplanation(result, SOS_PLAN).join(" ")).toContain("3.9 years of service count as 3 completed years");
    expect(vestingExplanation(result, SOS_PLAN).join(" ")).toContain("less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%");
  });
});

describe("vested amounts and the cent that half-up rounding moves (plan-rules §4)", () => {
  it.each([
    // api-v1's example: 4,000.01 × 50% = 2,000.005 → 2,000.01; forfeitable 4,000.01 − 2,000.01 = 2,000.00.
    [3, "10000", "500", "4000.01", "2000.01", "12500.01", "2000.00", "4,000.01 at 50% is 2,000.005: vested 2,000.01, forfeitable 2,000.00"],
    // 0.01 × 50% = 0.005 → 0.01; forfeitable 0.
    [3, "0", "0", "0.01", "0.01", "0.01", "0.00", "one cent at 50% vests the cent"],
    // 0.02 × 75% = 0.015 → 0.02.
    [4, "0", "0", "0.02", "0.02", "0.02", "0.00", "two cents at 75% is 0.015: vests both"],
    // 0.03 × 75% = 0.0225 → 0.02; forfeitable 0.01.
    [4, "0", "0", "0.03", "0.02", "0.02", "0.01", "three cents at 75% is 0.0225: vests two"],
    // 100.01 × 75% = 75.0075 → 75.01; forfeitable 25.00.
    [4, "1.11", "2.22", "100.01", "75.01", "78.34", "25.00", "100.01 at 75% is 75.0075: 75.01 vested"],
    [2, "10000", "500", "4000.01", "0.00", "10500.00", "4000.01", "under 3 years the whole match is forfeitable"],
    [5, "10000", "500", "4000.01", "4000.01", "14500.01", "0.00", "at 5 years nothing is forfeitable"],
  ])("%i years, balances %s / %s / %s: vested match %s, total %s, forfeitable %s (%s)", (years, deferral, rollover, match, vestedMatch, total, forfeitable) => {
    const result = evaluateVesting({ yearsOfService: years, balances: balances(deferral, rollover, match) }, SOS_PLAN);
    expect(cents(result.vested.deferral)).toBe(new Dec(deferral).toFixed(2));
    expect(cents(result.vested.rollover)).toBe(new Dec(rollover).toFixed(2));
    expect(cents(result.vested.match)).toBe(vestedMatch);
    expect(cents(result.vested.total)).toBe(total);
    expect(cents(result.forfeitable)).toBe(forfeitable);
    expect(result.vested.total.plus(result.forfeitable).equals(result.balance)).toBe(true);
  });

  it.each([
    ["0.005", 100, "0.01"],
    ["2000.005", 100, "2000.01"],
    ["4000.01", 50, "2000.01"],
    ["1", 0, "0.00"],
  ])("vestedAmount(%s, %i%%) = %s", (balance, percent, expected) => {
    expect(cents(vestedAmount(new Dec(balance), percent))).toBe(expected);
  });
});

describe("plan termination and other events (11-K Note 5; plan-rules §4)", () => {
  it("plan termination vests the match 100% at 2 years; no next step", () => {
    const result = evaluateVesting({ yearsOfService: 2, balances: balances("10000", "500", "4000.01"), events: ["planTermination"] }, SOS_PLAN);
    expect(result.vestedPercent).toBe(100);
    expect(result.fullyVestedBy).toBe("planTermination");
    expect(cents(result.vested.match)).toBe("4000.01");
    expect(cents(result.forfeitable)).toBe("0.00");
    expect(result.nextStep).toBeNull();
    expect(result.stepsAhead).toEqual([]);
    expect(result.citation).toBe("11-K Note 5");
    expect(vestingExplanation(result, SOS_PLAN).join(" ")).toContain("plan is terminated");
  });

  it.each([["death"], ["disability"], ["retirement"]] as const)("%s does not accelerate vesting under the SOS plan", (event) => {
    const result = evaluateVesting({ yearsOfService: 2, balances: balances("0", "0", "1000"), events: [event] }, SOS_PLAN);
    expect(result.vestedPercent).toBe(0);
    expect(result.fullyVestedBy).toBeNull();
  });

  it("a plan whose options add death vests fully on death", () => {
    const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, fullVestingOn: ["planTermination", "death"] } });
    const result = evaluateVesting({ yearsOfService: 2, balances: balances("0", "0", "1000"), events: ["death"] }, plan);
    expect(result.vestedPercent).toBe(100);
    expect(result.fullyVestedBy).toBe("death");
    expect(result.citation).toBe("11-K Note 1.D");
    expect(vestingExplanation(result, plan).join(" ")).toContain("Full vesting on death");
  });
});

describe("years of service from dates (plan-rules §4: anniversary based)", () => {
  it.each([
    ["1999-12-31", "2002-12-30", 2, 0, "the day before the 3rd anniversary: 2 years, 0%"],
    ["1999-12-31", "2002-12-31", 3, 50, "the day of the 3rd anniversary: 3 years, 50%"],
    ["2000-02-29", "2003-02-28", 2, 0, "started 2000-02-29: 2 years on 2003-02-28"],
    ["2000-02-29", "2003-03-01", 3, 50, "started 2000-02-29: the 3rd anniversary is 2003-03-01"],
    ["2000-02-29", "2004-02-29", 4, 75, "started 2000-02-29: the 4th anniversary is 2004-02-29, a leap day"],
    ["2002-03-15", "2002-03-15", 0, 0, "the first day: 0 years"],
  ])("start %s, as of %s: %i years, %i%% (%s)", (start, asOf, years, percent) => {
    const result = evaluateVesting({ employmentStartDate: start, asOf, balances: balances("0", "0", "100") }, SOS_PLAN);
    expect(result.yearsOfService).toBe(years);
    expect(result.vestedPercent).toBe(percent);
  });

  it("under the feb28 option a 2000-02-29 start has 3 years on 2003-02-28", () => {
    const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, feb29Anniversary: "feb28" } });
    expect(yearsOfServiceFrom({ employmentStartDate: "2000-02-29", asOf: "2003-02-28" }, plan)).toBe(3);
  });

  it("the steps ahead are dated: 75% on 2004-02-29 (365 days on), 100% on 2005-03-01", () => {
    // 4,000.01 at 75% = 3,000.0075 → 3,000.01, 1,000.00 more than today's 2,000.01; at 100%, 2,000.00 more.
    const result = evaluateVesting({ employmentStartDate: "2000-02-29", asOf: "2003-03-01", balances: balances("0", "0", "4000.01") }, SOS_PLAN);
    expect(result.stepsAhead.map((step) => [step.yearsOfService, step.vestedPercent, step.reachedOn, step.daysAway, cents(step.vestedMatch), cents(step.additionalVested)])).toEqual([
      [4, 75, "2004-02-29", 365, "3000.01", "1000.00"],
      [5, 100, "2005-03-01", 731, "4000.01", "2000.00"],
    ]);
    expect(vestingExplanation(result, SOS_PLAN).join(" ")).toContain("3 completed years of service from 2000-02-29 to 2003-03-01");
  });

  it("steps ahead from a number of years carry no date", () => {
    const result = evaluateVesting({ yearsOfService: 3, balances: balances("0", "0", "100") }, SOS_PLAN);
    expect(result.stepsAhead.map((step) => [step.reachedOn, step.daysAway])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it.each([
    [{}, "yearsOfService", "neither years nor dates"],
    [{ employmentStartDate: "2002-01-01" }, "yearsOfService", "a start date without an as-of date"],
    [{ employmentStartDate: "2002-01-01", asOf: "2001-12-31" }, "asOf", "an as-of date before the start"],
  ])("%j is refused naming %s (%s)", (input, path, _why) => {
    expect(() => evaluateVesting({ ...input, balances: balances("0", "0", "0") }, SOS_PLAN)).toThrow(RuleInputError);
    expect(() => evaluateVesting({ ...input, balances: balances("0", "0", "0") }, SOS_PLAN)).toThrow(expect.objectContaining({ path }));
  });
});

describe("scheduledPercent", () => {
  it.each([
    [-1, 0],
    [0, 0],
    [3, 50],
    [100, 100],
  ])("%i years: %i%%", (years, percent) => {
    expect(scheduledPercent(SOS_PLAN.vesting.schedule, years)).toBe(percent);
  });
});
