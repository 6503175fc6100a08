/**
 * The vesting words module (lib/words/en/vesting.ts) says what the vesting rules used to say in
 * their `explanation`: each expected sentence is the old template (lib/rules/vesting.ts
 * explainVesting, lib/rules/vesting-service.ts explainService) filled in by hand from the rule.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateVesting, type Balances } from "@/lib/rules/vesting";
import { vestingService } from "@/lib/rules/vesting-service";
import { alwaysVestedSentence, breaksWord, fullVestingWhen, fullVestingWords, hoursWord, moreHours, periodStatusWords } from "@/lib/words/en/vesting";
import { leavingForfeitSentence } from "@/lib/words/en/forfeiture";
import { paritySentences, serviceRuleSentences } from "@/lib/words/en/vesting-service";
import { serviceExplanation, vestingExplanation } from "@/lib/words/en/service-explanation";
import { recordForfeitSentence } from "@/lib/words/en/participant-hours";
import { REHIRE_HOURS } from "./cases";

const match = (amount: string): Balances => ({ deferral: new Dec(0), rollover: new Dec(0), match: new Dec(amount) });
const ALWAYS = "Your own deferrals and rollovers, with their earnings, are always 100% vested. (11-K Note 1.D)";
const SCHEDULE = "less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%";
const UNVESTED = "The unvested part of the match would be forfeited if employment ended now. (11-K Note 1.G)";
const RULE =
  "Years of service are counted from your hours, one plan year (January 1 to December 31) at a time. A plan year with 1,000 hours or more is one year of service. " +
  "The year counts from the day of the hours entry that reaches 1,000 hours, even if you leave later in that plan year. (29 CFR 2530.200b-1, 2530.203-2)";

describe("vestingExplanation: the API's explanation, sentence for sentence", () => {
  it("a stated 3.9 years: counted as 3, 50% under the schedule", () => {
    const result = evaluateVesting({ yearsOfService: 3.9, balances: match("1000") }, SOS_PLAN);
    expect(vestingExplanation(result, SOS_PLAN)).toEqual([
      ALWAYS,
      `Employer match: 3.9 years of service count as 3 completed years vest 50% under the schedule (${SCHEDULE}). (11-K Note 1.D)`,
      UNVESTED,
    ]);
  });

  it("a stated whole 4 years: 75%", () => {
    const result = evaluateVesting({ yearsOfService: 4, balances: match("1000") }, SOS_PLAN);
    expect(vestingExplanation(result, SOS_PLAN)[1]).toBe(`Employer match: 4 years of service vest 75% under the schedule (${SCHEDULE}). (11-K Note 1.D)`);
  });

  it("one year is a year, not years (the HR page already said so; the API said \"1 years\"), and it vests", () => {
    const stated = evaluateVesting({ yearsOfService: 1, balances: match("1000") }, SOS_PLAN);
    expect(vestingExplanation(stated, SOS_PLAN)[1]).toBe(`Employer match: 1 year of service vests 0% under the schedule (${SCHEDULE}). (11-K Note 1.D)`);
    const fraction = evaluateVesting({ yearsOfService: 1.5, balances: match("1000") }, SOS_PLAN);
    expect(vestingExplanation(fraction, SOS_PLAN)[1]).toBe(`Employer match: 1.5 years of service count as 1 completed year vest 0% under the schedule (${SCHEDULE}). (11-K Note 1.D)`);
    const dates = evaluateVesting({ employmentStartDate: "2001-05-14", asOf: "2002-05-14", balances: match("1000") }, SOS_PLAN);
    expect(vestingExplanation(dates, SOS_PLAN)[1]).toBe(`Employer match: 1 completed year of service from 2001-05-14 to 2002-05-14 vests 0% under the schedule (${SCHEDULE}). (11-K Note 1.D)`);
  });

  it("the dates: completed years from the start to the as-of date", () => {
    const result = evaluateVesting({ employmentStartDate: "2000-02-29", asOf: "2003-03-01", balances: match("4000.01") }, SOS_PLAN);
    expect(vestingExplanation(result, SOS_PLAN)[1]).toBe(
      `Employer match: 3 completed years of service from 2000-02-29 to 2003-03-01 vest 50% under the schedule (${SCHEDULE}). (11-K Note 1.D)`,
    );
  });

  it("a terminated plan: the match is 100% vested, citing Note 5", () => {
    const result = evaluateVesting({ yearsOfService: 2, balances: match("1000"), events: ["planTermination"] }, SOS_PLAN);
    expect(vestingExplanation(result, SOS_PLAN)).toEqual([
      ALWAYS,
      "The plan is terminated, so every account is fully vested: the employer match is 100% vested. (11-K Note 5)",
      UNVESTED,
    ]);
  });

  it("each full-vesting event in words, never its code name", () => {
    const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, fullVestingOn: ["planTermination", "death", "disability", "retirement"] } });
    const said = (event: "death" | "disability" | "retirement") => vestingExplanation(evaluateVesting({ yearsOfService: 2, balances: match("1000"), events: [event] }, plan), plan)[1];
    expect(said("disability")).toBe("Full vesting on disability, as this plan's options provide: the employer match is 100% vested.");
    expect(said("retirement")).toBe("Full vesting at normal retirement age, as this plan's options provide: the employer match is 100% vested.");
    expect(fullVestingWords("planTermination")).toBe("Full vesting on the plan's termination");
  });

  it("from hours, 1 year of service vests; 2 years vest", () => {
    // 1,000 hours on June 30, 2001: one year of service on 2001-06-30, 0% under the schedule.
    const one = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2002-01-01", hours: [{ date: "2001-06-30", hours: 1000 }], balances: match("1000") }, SOS_PLAN);
    expect(vestingExplanation(one, SOS_PLAN)[1]).toBe(`Employer match: 1 year of service counted from your hours vests 0% under the schedule (${SCHEDULE}). (11-K Note 1.D)`);
    const two = evaluateVesting(
      { employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours: [{ date: "2001-06-30", hours: 1000 }, { date: "2002-06-30", hours: 1000 }], balances: match("1000") },
      SOS_PLAN,
    );
    expect(vestingExplanation(two, SOS_PLAN)[1]).toBe(`Employer match: 2 years of service counted from your hours vest 0% under the schedule (${SCHEDULE}). (11-K Note 1.D)`);
  });

  it("another full-vesting event the plan's options add", () => {
    const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, fullVestingOn: ["planTermination", "death"] } });
    const result = evaluateVesting({ yearsOfService: 2, balances: match("1000"), events: ["death"] }, plan);
    expect(vestingExplanation(result, plan)[1]).toBe("Full vesting on death, as this plan's options provide: the employer match is 100% vested.");
  });

  it("from hours: the service sentences come between the match and the forfeiture", () => {
    // 2000 1,400; 2001 1,800; 2002 none (a break); 2003 1,300; 2004 1,900; 2005 900 by June 30.
    // The last period over 500 hours is 2005, so the 5th break is 2010: forfeited 2011-01-01.
    const hours = REHIRE_HOURS;
    const result = evaluateVesting({ employmentStartDate: "2000-03-06", asOf: "2005-06-30", hours, balances: match("1000") }, SOS_PLAN);
    expect(vestingExplanation(result, SOS_PLAN)).toEqual([
      ALWAYS,
      `Employer match: 4 years of service counted from your hours vest 75% under the schedule (${SCHEDULE}). (11-K Note 1.D)`,
      RULE,
      "On 2005-06-30 you have 4 years of service: 2000 (1,400 hours, counted on 2000-12-31), 2001 (1,800 hours, counted on 2001-12-31), 2003 (1,300 hours, counted on 2003-12-31) and 2004 (1,900 hours, counted on 2004-12-31).",
      "A plan year that has ended with 500 hours or fewer is a break in service. Your breaks: 2002. (29 CFR 2530.200b-4)",
      "Breaks do not take away the years you had before them: every year of service counts.",
      "This plan year (2005-01-01 to 2005-12-31) has 900 hours up to 2005-06-30: 100 more hours in it make a year of service.",
      "If no hours follow the last entry (2005-06-30), the unvested part of the match stays in your account until the end of the 5th break in service in a row (2010-12-31). " +
        "It is forfeited on 2011-01-01. If you come back to work before then, you can still vest it. (IRC 411(a)(6)(C); 11-K Note 1.G)",
      UNVESTED,
    ]);
  });
});

describe("serviceExplanation", () => {
  it("the rule of parity applied: 2 years at 0%, then 5 breaks in a row (1997 to 2001)", () => {
    const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ruleOfParity: true } });
    // June 30 entries: 1,200 in 1995, 1996 and 2003; 1997-2002 none. As of 2004-01-01 only 2003 counts (0%).
    const hours = [1995, 1996, 2003].map((year) => ({ date: `${year}-06-30`, hours: 1200 }));
    const service = vestingService({ employmentStartDate: "1995-01-09", asOf: "2004-01-01", hours, matchBalance: new Dec(1000) }, plan);
    expect(serviceExplanation(service, plan)).toEqual([
      RULE,
      "On 2004-01-01 you have 1 year of service: 2003 (1,200 hours, counted on 2003-06-30).",
      // 2003 ended as a year of service on 2003-12-31, so no break is in a row on 2004-01-01.
      "A plan year that has ended with 500 hours or fewer is a break in service. Your breaks: 1997, 1998, 1999, 2000, 2001 and 2002. (29 CFR 2530.200b-4)",
      "Rule of parity: you were 0% vested with 2 years of service, then had 5 breaks in a row (1997 to 2001). " +
        "That is at least the greater of 5 and those 2 years, so the years before the breaks no longer count. (IRC 411(a)(6)(D))",
      "This plan year (2004-01-01 to 2004-12-31) has 0 hours up to 2004-01-01: 1,000 more hours in it make a year of service.",
      // The last period over 500 hours is 2003: the 5th break is 2008.
      "If no hours follow the last entry (2003-06-30), the unvested part of the match stays in your account until the end of the 5th break in service in a row (2008-12-31). " +
        "It is forfeited on 2009-01-01. If you come back to work before then, you can still vest it. (IRC 411(a)(6)(C); 11-K Note 1.G)",
    ]);
  });

  it("hours ahead of the as-of date, and a period that is already a year of service", () => {
    // 1,000 hours on June 30 of 2001, 2002 and 2003; as of 2003-03-31 the 2003 year is ahead.
    const hours = [2001, 2002, 2003].map((year) => ({ date: `${year}-06-30`, hours: 1000 }));
    const ahead = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-03-31", hours }, SOS_PLAN);
    expect(serviceExplanation(ahead, SOS_PLAN)).toContain(
      "Hours dated after 2003-03-31 are counted for the dates ahead, not for today's percentage: on all the hours given you reach 3 years of service.",
    );
    const done = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-07-01", hours }, SOS_PLAN);
    expect(serviceExplanation(done, SOS_PLAN)).toContain(
      "This plan year (2003-01-01 to 2003-12-31) has 1,000 hours up to 2003-07-01: it is already a year of service (counted on 2003-06-30).",
    );
  });

  it("a period with more than 500 but fewer than 1,000 hours is neither", () => {
    const hours = [
      { date: "2001-06-30", hours: 1000 },
      { date: "2002-06-30", hours: 700 },
    ];
    const service = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours }, SOS_PLAN);
    expect(serviceExplanation(service, SOS_PLAN)).toContain("A plan year with more than 500 but fewer than 1,000 hours is neither a year of service nor a break: 2002.");
  });
});

describe("singular and plural", () => {
  it("1 hour, 1 break, 1 more hour; otherwise plural", () => {
    expect([hoursWord(1), hoursWord(0), hoursWord(1000), hoursWord(999.5)]).toEqual(["1 hour", "0 hours", "1,000 hours", "999.5 hours"]);
    expect([breaksWord(1), breaksWord(5)]).toEqual(["1 break", "5 breaks"]);
    expect([moreHours(1), moreHours(380)]).toEqual(["1 more hour", "380 more hours"]);
  });

  it("this plan year's hours: 999 of 1,000 leave 1 more hour, which makes a year of service", () => {
    const service = vestingService({ employmentStartDate: "2001-01-15", asOf: "2001-07-01", hours: [{ date: "2001-06-30", hours: 999 }] }, SOS_PLAN);
    expect(serviceExplanation(service, SOS_PLAN)).toContain(
      "This plan year (2001-01-01 to 2001-12-31) has 999 hours up to 2001-07-01: 1 more hour in it makes a year of service.",
    );
  });
});

describe("always 100% vested: one decision, one sentence", () => {
  it("names the sources the plan vests immediately, for each reader", () => {
    expect(alwaysVestedSentence(SOS_PLAN, "participant")).toBe(ALWAYS);
    expect(alwaysVestedSentence(SOS_PLAN, "hr")).toBe("Own deferrals and rollovers, with their earnings, are always 100% vested. (11-K Note 1.D)");
  });

  it("follows the plan's immediatelyVested list", () => {
    const plan = definePlan({ ...SOS_PLAN, vesting: { ...SOS_PLAN.vesting, immediatelyVested: ["deferral"] } });
    expect(alwaysVestedSentence(plan, "participant")).toBe("Your own deferrals, with their earnings, are always 100% vested. (11-K Note 1.D)");
  });
});

describe("the service rule, written once for the participant's record and HR's", () => {
  it("names each status the same way on both records", () => {
    expect(periodStatusWords("yearOfService", "2003-12-31", SOS_PLAN)).toBe("Year of service");
    expect(periodStatusWords("break", "2003-12-31", SOS_PLAN)).toBe("Break in service (500 hours or fewer)");
    expect(periodStatusWords("neither", "2003-12-31", SOS_PLAN)).toBe("Neither (more than 500, fewer than 1,000 hours)");
    expect(periodStatusWords("disregarded", "2003-12-31", SOS_PLAN)).toBe("Year of service, no longer counted (rule of parity)");
    expect(periodStatusWords("breakWhenItEnds", "2006-12-31", SOS_PLAN)).toBe("Break in service when it ends on December 31, 2006");
    expect(periodStatusWords("neitherWhenItEnds", "2006-12-31", SOS_PLAN)).toBe("Neither, when it ends on December 31, 2006");
  });

  it("the rule of parity, on but not applied: one sentence for both readers", () => {
    const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ruleOfParity: true } });
    // 2001 a year, 2002 a break (no hours), as of 2003-01-01.
    const service = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours: [{ date: "2001-06-30", hours: 1000 }] }, plan);
    const sentence =
      "Rule of parity: earlier years stop counting only after a 0% vested participant has breaks in a row at least the greater of 5 and the years before them. That has not happened, so every year counts. (IRC 411(a)(6)(D))";
    expect(paritySentences(service, plan, "participant")).toEqual([sentence]);
    expect(paritySentences(service, plan, "hr")).toEqual([sentence]);
  });

  it("for HR a period of leaving within the break's hours counts as a break when it ends; for the participant it does not yet", () => {
    // 2001 a year; 2002 has 100 hours by the last day 2002-03-31 (not ended).
    const hours = [
      { date: "2001-06-30", hours: 1000 },
      { date: "2002-03-31", hours: 100 },
    ];
    const service = vestingService({ employmentStartDate: "2001-01-15", asOf: "2002-03-31", hours }, SOS_PLAN);
    expect(paritySentences(service, SOS_PLAN, "hr")).toEqual(["Breaks do not take away the years the participant had before them: every year of service counts."]);
    expect(paritySentences(service, SOS_PLAN, "participant")).toEqual([]);
  });

  it("the participant's record: the forfeiture date if no more hours come, and once it has passed", () => {
    // 1,000 hours in 2001 only: the 5 breaks are 2002-2006, forfeited 2007-01-01.
    const hours = [{ date: "2001-06-30", hours: 1000 }];
    const before = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours, matchBalance: new Dec(500) }, SOS_PLAN);
    expect(recordForfeitSentence(before, new Dec(500), SOS_PLAN)).toBe(
      "If no more hours come after the last ones given, the part of your match that is not vested ($500.00 today) stays in your account until the end of your 5th break in service in a row " +
        "(2002 to 2006) and is forfeited on January 1, 2007. Come back before January 1, 2007 and it can still vest: a plan year with more than 500 hours is not a break.",
    );
    const after = vestingService({ employmentStartDate: "2001-01-15", asOf: "2007-01-01", hours, matchBalance: new Dec(500) }, SOS_PLAN);
    expect(after.alreadyForfeited).toBe(true);
    expect(recordForfeitSentence(after, new Dec(500), SOS_PLAN)).toBe("After 5 breaks in service in a row (2002 to 2006), the part of your match that was not vested ($500.00) was forfeited on January 1, 2007.");
    expect(recordForfeitSentence(before, new Dec(0), SOS_PLAN)).toBeNull();
  });

  it("HR, service not given as hours: the run of breaks in words", () => {
    expect(leavingForfeitSentence(null, new Dec("2000"), new Dec("4000.01"), "2003-06-13", SOS_PLAN)).toBe(
      "On leaving on June 13, 2003, the nonvested $2,000.00 of the $4,000.01 match balance is forfeited unless the participant comes back: it stays in the account until the end of the 5th break in service in a row " +
        "(a plan year with 500 hours or fewer). Give the hours in each plan year to see the date. (IRC 411(a)(6)(C); 11-K Note 1.G)",
    );
  });
});

describe("the service rule on the plan's facts page", () => {
  it("by plan year, as /plan has said it", () => {
    expect(serviceRuleSentences(SOS_PLAN)).toEqual([
      "Where the hours are known, years of service for vesting are counted from them, one plan year (January 1 to December 31) at a time, from the plan year in which the employee started. A plan year with 1,000 hours or more is a year of service, even if the employee leaves later that year.",
      "A plan year that has ended with 500 hours or fewer is a break in service (for example a long gap between assignments). A plan year with more than 500 hours but fewer than 1,000 is neither.",
      "A break in service does not take away the years of service before it: all hours count, before and after a gap or a rehire.",
      "Someone who leaves before the match is fully vested keeps the unvested part in the account until the end of the 5th break in service in a row, and can still vest it by coming back before then. It is forfeited the day after.",
    ]);
  });

  it("by anniversary year it names the 12-month period, as the participant's and HR's explanations do (it said \"A plan year\")", () => {
    const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, vestingPeriods: "anniversaryYear", ruleOfParity: true } });
    const [counted, breaks, parity] = serviceRuleSentences(plan);
    expect(counted).toBe(
      "Where the hours are known, years of service for vesting are counted from them, 12 months at a time, from the start date and from each anniversary of it. A 12-month period with 1,000 hours or more is a year of service, even if the employee leaves later that year.",
    );
    expect(breaks).toBe(
      "A 12-month period that has ended with 500 hours or fewer is a break in service (for example a long gap between assignments). A 12-month period with more than 500 hours but fewer than 1,000 is neither.",
    );
    expect(parity).toBe("A break can take away earlier years only under the rule of parity (see “Where the report is silent”).");
  });

  it("each full-vesting event as a clause after \"when\"", () => {
    expect(["planTermination", "death", "disability", "retirement"].map((event) => fullVestingWhen(event as "death"))).toEqual([
      "the plan is terminated (ended)",
      "the participant dies",
      "the participant becomes disabled",
      "the participant retires",
    ]);
  });
});
