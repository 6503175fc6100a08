/**
 * The participant page's words module (lib/words/en/participant.ts) says what the page's adapters
 * (lib/pages/participant/record.ts, scenario.ts, years-ahead.ts) used to write themselves: each
 * expected sentence is the old template filled in by hand from the rule's answer.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateVesting, type Balances } from "@/lib/rules/vesting";
import {
  eligibilityNoteSentence,
  fullyVestedSentence,
  hoursAssumptionSentence,
  leaveYearSentence,
  methodNoteSentence,
  serviceCountedWords,
  stayExplanation,
  stayStepSentence,
  underAgeSentence,
  vestedAmountSentence,
} from "@/lib/words/en/participant";
import { aheadPeriodWords, currentPeriodWords, recordProgressSentence, recordYearsSentence } from "@/lib/words/en/participant-hours";
import { GAP_WORKER_HOURS } from "./cases";

const match = (amount: string): Balances => ({ deferral: new Dec(0), rollover: new Dec(0), match: new Dec(amount) });

// The home page's temp worker with a gap: 1,400 / 300 / 0 / 700 / 1,200 hours in 2000-2004 and 620
// by June 30, 2005. Years of service: 2000 and 2004 (1,000 or more); 2001 and 2002 are breaks, 2003
// neither; the rule of parity is off, so 2 years count: 0% vested. The 3rd year reaches 50%:
// 50% of $1,777.78 = $888.89. 2005 needs 1,000 - 620 = 380 more hours.
const GAP = GAP_WORKER_HOURS;
const gap = evaluateVesting({ employmentStartDate: "2000-03-06", asOf: "2005-06-30", hours: GAP, balances: match("1777.78") }, SOS_PLAN);
const gapService = gap.service!;

describe("the record of service from hours", () => {
  it("the years counted and this year's progress to the next step", () => {
    expect(recordYearsSentence(gapService, gap.vestedPercent)).toBe("2 years of service counted: 0% of your employer match is vested.");
    expect(recordProgressSentence(gap, gapService, SOS_PLAN)).toBe(
      "You have 620 hours this year (2005) so far. Work 380 more hours by December 31, 2005 and 50% of your match vests: $888.89.",
    );
    expect(currentPeriodWords(gapService, SOS_PLAN)).toBe("This year so far: 380 more hours make it a year of service");
  });

  it("a year of service already this year; the next year is not a step", () => {
    // 1,000 hours on June 30 of 2001 and 2002: 2 years on 2002-07-01, 2002 already counted.
    const hours = [2001, 2002].map((year) => ({ date: `${year}-06-30`, hours: 1000 }));
    const done = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2002-07-01", hours, balances: match("1000") }, SOS_PLAN);
    expect(recordProgressSentence(done, done.service!, SOS_PLAN)).toBe("You already have 1,000 hours this year (2002): it is a year of service.");
    expect(currentPeriodWords(done.service!, SOS_PLAN)).toBe("Year of service (this year)");
    // One year (2001) as of 2002-01-10: the 2nd year is not a step; the next, 50%, is at 3 years.
    const one = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2002-01-10", hours: hours.slice(0, 1), balances: match("1000") }, SOS_PLAN);
    expect(recordProgressSentence(one, one.service!, SOS_PLAN)).toBe(
      "You have 0 hours this year (2002) so far. Work 1,000 more hours by December 31, 2002 and this year (2002) is your 2nd year of service. The next step, 50%, comes at 3 years.",
    );
  });

  it("the periods ahead of the as-of date", () => {
    expect(aheadPeriodWords(true)).toBe("Ahead: a year of service on the hours given");
    expect(aheadPeriodWords(false)).toBe("Ahead: hours after the as-of date");
  });

  it("the years ahead start from the hours: 620 of 1,000 by June 30 is on pace (620 × 365 ≥ 1,000 × 181)", () => {
    expect(hoursAssumptionSentence(gapService, "2005-06-30", SOS_PLAN)).toBe(
      "They start from your 2 years of service counted from your hours on June 30, 2005, and assume you work 1,000 hours or more in each plan year from now: " +
        "2005 counts once you work 380 more hours by December 31, 2005, and each plan year after it adds one more. At the pace of your hours so far (620 by June 30, 2005), you would get there.",
    );
  });
});

describe("what is vested today", () => {
  it("the service in words, for each way it is given", () => {
    expect(serviceCountedWords(gap)).toBe("after 2 years of service counted from your hours");
    expect(serviceCountedWords(evaluateVesting({ yearsOfService: 1, balances: match("1") }, SOS_PLAN))).toBe("after 1 completed year of service");
    expect(serviceCountedWords(evaluateVesting({ yearsOfService: 3.5, balances: match("1") }, SOS_PLAN))).toBe("after 3 completed years of service");
  });

  it("the method note and the amounts", () => {
    expect(methodNoteSentence("years", SOS_PLAN)).toBe(
      "The plan counts a year of service for each plan year in which you work 1,000 hours or more. If you are not sure how many such years you have, count from your hours to be sure.",
    );
    expect(methodNoteSentence("start", SOS_PLAN)).toBe(
      "This counts every year since your start date as a full year of work. The plan counts a year of service for each plan year in which you work 1,000 hours or more, so part-time hours, gaps between assignments or a rehire can change the answer, up or down. Count from your hours to be sure.",
    );
    expect(vestedAmountSentence(SOS_PLAN)).toBe(
      "Vested amount of each source = balance × vested %, rounded half-up to the cent; the forfeitable amount is the match balance less its vested part. (11-K Note 1.D, 11-K Note 1.G)",
    );
  });
});

describe("stay or go", () => {
  it("from a start date: the anniversary and the days to it", () => {
    // Started 2001-01-01, as of 2003-01-01: 2 years, 0%. 3 years on 2004-01-01, 365 days on; 50% of $1,000.
    const result = evaluateVesting({ employmentStartDate: "2001-01-01", asOf: "2003-01-01", balances: match("1000") }, SOS_PLAN);
    const step = result.stepsAhead[0]!;
    expect(stayStepSentence(step, { by: "date", fromHours: false, reachedOn: step.reachedOn!, daysAway: step.daysAway! }, result.vested.match, SOS_PLAN)).toBe(
      "Stay until January 1, 2004 (365 days): 50% of your match is yours (vested): $500.00 in total.",
    );
  });

  it("a stated number of years, with some of the match vested already", () => {
    // 3 years: 50% of $1,000 = $500 vested; 4 years: 75% = $750, $250 more.
    const result = evaluateVesting({ yearsOfService: 3, balances: match("1000") }, SOS_PLAN);
    expect(stayStepSentence(result.stepsAhead[0]!, { by: "years", more: 1 }, result.vested.match, SOS_PLAN)).toBe(
      "Complete 4 years of service (1 more plan year with 1,000 hours or more): 75% of your match is yours (vested): $750.00 in total ($250.00 more than today).",
    );
    expect(stayExplanation({ fromHours: false, start: null, asOf: "2003-01-01", noMatchYet: false }, SOS_PLAN)[1]).toBe(
      "You gave completed years of service, so the dates of the steps are not known. Give your employment start date or your hours instead to see dates.",
    );
  });

  it("from hours still to come: this year and more plan years", () => {
    // The gap example: 2 years; 5 years (100%) needs 2005 (380 more hours) and 2 more plan years, so 2007.
    const step = gap.stepsAhead[2]!;
    expect(stayStepSentence(step, { by: "hours", more: 3, open: true, hoursToGo: 380, periodEnd: "2005-12-31", lastEnd: "2007-12-31" }, gap.vested.match, SOS_PLAN)).toBe(
      "Reach 5 years of service: this year (380 more hours) and 2 more plan years with 1,000 hours or more, so by December 31, 2007 at the earliest. Then 100% of your match is yours (vested): $1,777.78 in total.",
    );
    expect(stayStepSentence(gap.stepsAhead[0]!, { by: "hours", more: 1, open: true, hoursToGo: 380, periodEnd: "2005-12-31", lastEnd: "2005-12-31" }, gap.vested.match, SOS_PLAN)).toBe(
      "Reach 3 years of service: work 380 more hours by December 31, 2005. Then 50% of your match is yours (vested): $888.89 in total.",
    );
  });

  it("no step ahead: the top of the schedule, or a terminated plan", () => {
    expect(fullyVestedSentence(evaluateVesting({ yearsOfService: 6, balances: match("1") }, SOS_PLAN))).toBe(
      "Your match is 100% vested, the top of the schedule: leaving now costs you none of it.",
    );
    expect(fullyVestedSentence(evaluateVesting({ yearsOfService: 1, balances: match("1"), events: ["planTermination"] }, SOS_PLAN))).toBe(
      "The plan is terminated, so your match is fully vested: leaving now costs you none of it.",
    );
  });
});

describe("the years ahead", () => {
  it("the year of leaving, with and without today's dollars", () => {
    expect(leaveYearSentence(2005, new Dec("1500"), new Dec("500"), null)).toBe("Leave at the end of 2005: you keep $1,500.00, you forfeit $500.00.");
    expect(leaveYearSentence(2005, new Dec("1500"), new Dec("500"), new Dec("1400"))).toBe(
      "Leave at the end of 2005: you keep $1,500.00, you forfeit $500.00. In today's dollars you keep $1,400.00.",
    );
  });
});

describe("who can take part", () => {
  it("under the minimum age, and each employer's rule from the plan", () => {
    expect(underAgeSentence({ age: 20, asOf: "2005-06-30", minimumAge: 21, joinsOn: "2005-07-01" })).toBe(
      "You are 20 on June 30, 2005: under 21. The plan lets you join at 21, from July 1, 2005, once you also meet the service rule. Your service for vesting still counts from your first hour of work.",
    );
    const inteliant = SOS_PLAN.employers.find((employer) => employer.service.kind === "daysFollowingFirstHour")!;
    expect(eligibilityNoteSentence(inteliant, SOS_PLAN)).toBe(
      "Inteliant Corporation: you may take part once you are 21, from the 91st day following your first hour of service; highly compensated employees may take part. Vesting is the same for every employer. (11-K Note 1.A)",
    );
  });
});
