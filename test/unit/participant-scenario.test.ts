/**
 * What the participant page shows, worked by hand from plan-rules.md (11-K Notes 1.B, 1.D, 1.G, 5).
 * Each figure's arithmetic is written beside it.
 */
import { describe, expect, it } from "vitest";
import { formatUsd } from "@/lib/money";
import { initialState, type TextField } from "@/lib/pages/participant/form";
import {
  defaultYears,
  eligibilityNote,
  limitSection,
  stayOrGoSection,
  vestedToday,
  yearsAhead,
  type Section,
} from "@/lib/pages/participant/scenario";
import { readInputs, type ParticipantInputs } from "@/lib/pages/participant/validate";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { PARTICIPANT_WORDS as W } from "@/lib/words/en/participant-words";

function inputsOf(values: Partial<Record<TextField, string>>, options: { serviceBy?: "years" | "start"; planTerminated?: boolean; employer?: "SOS" | "Inteliant" } = {}): ParticipantInputs {
  const state = initialState("2002-12-31", 26.2);
  Object.assign(state.text, values);
  state.serviceBy = options.serviceBy ?? "years";
  state.planTerminated = options.planTerminated ?? false;
  state.employer = options.employer ?? "SOS";
  const { inputs, errors } = readInputs(state, W);
  expect(errors).toEqual({});
  return inputs;
}

function value<T>(section: Section<T>): T {
  if (!section.ok) throw new Error(`expected figures, got: ${section.missing}`);
  return section.value;
}

describe("vested today (11-K Notes 1.D, 1.G)", () => {
  it("3 years, $10,000 / $500 / $4,000.01: 50% of the match, $12,500.01 vested, $2,000.00 forfeited", () => {
    const today = value(vestedToday(inputsOf({ yearsOfService: "3", "balances.deferral": "10000", "balances.rollover": "500", "balances.match": "4000.01" }), SOS_PLAN, W));
    expect(today.result.vestedPercent).toBe(50);
    // 4000.01 × 0.5 = 2000.005 → half-up 2000.01; forfeitable 4000.01 − 2000.01 = 2000.00
    expect(formatUsd(today.result.vested.match)).toBe("$2,000.01");
    expect(formatUsd(today.result.forfeitable)).toBe("$2,000.00");
    // 10000 + 500 + 2000.01
    expect(formatUsd(today.result.vested.total)).toBe("$12,500.01");
    // Keep the 12,500.01 vested; the 2,000.00 not vested is lost only after 5 breaks in a row (Note 1.G).
    expect(today.forfeitSentence).toBe(
      "If your employment ended on December 31, 2002, you would keep $12,500.01; the other $2,000.00, the part of the employer match not yet vested, stays in your account and is lost for good after 5 plan years in a row with 500 hours or fewer (breaks in service), unless you come back to work before then.",
    );
    expect(today.serviceWords).toBe("after 3 completed years of service");
    expect(today.balances.match.toFixed(2)).toBe("4000.01");
    expect(today.explanation.join(" ")).toContain("11-K Note 1.D");
  });

  it("the plan terminated: everything vests, nothing is forfeited (Note 5)", () => {
    const today = value(vestedToday(inputsOf({ yearsOfService: "1", "balances.match": "1000" }, { planTerminated: true }), SOS_PLAN, W));
    expect(today.result.vestedPercent).toBe(100);
    expect(today.forfeitSentence).toBe("If your employment ended on December 31, 2002, all of your account, $1,000.00, would be yours to keep: none of it is forfeited.");
    // Fully vested by the event: no word about the statutory schedules.
    expect(today.caveat).toBeNull();
  });

  it("without service it says what it needs", () => {
    const section = vestedToday(inputsOf({}), SOS_PLAN, W);
    expect(section).toEqual({ ok: false, missing: "Enter your years of vesting service to see what is vested today." });
    expect(stayOrGoSection(inputsOf({}), SOS_PLAN, section, W)).toEqual({
      ok: false,
      missing: "Enter your years of vesting service to see what staying adds.",
    });
    expect(vestedToday(inputsOf({}, { serviceBy: "start" }), SOS_PLAN, W)).toEqual({ ok: false, missing: "Enter your employment start date to see what is vested today." });
  });

  it("with a start date and no as-of date it asks for both", () => {
    const inputs = { ...inputsOf({ employmentStartDate: "2001-03-15" }, { serviceBy: "start" }), asOf: null };
    expect(vestedToday(inputs, SOS_PLAN, W)).toEqual({ ok: false, missing: "Enter the as-of date to see what is vested today." });
  });
});

describe("stay or go: each coming step, with today's match balance", () => {
  it("start 2001-03-15, as of 2003-11-29, match $4,259.44: the issue's example", () => {
    const inputs = inputsOf({ asOf: "2003-11-29", employmentStartDate: "2001-03-15", "balances.match": "4259.44" }, { serviceBy: "start" });
    const stay = value(stayOrGoSection(inputs, SOS_PLAN, vestedToday(inputs, SOS_PLAN, W), W));
    // 2 completed years (2003-03-15 ≤ 2003-11-29 < 2004-03-15): 0% today.
    // 2003-11-29 → 2004-03-15: 1 + 31 (Dec) + 31 (Jan) + 29 (Feb 2004) + 15 = 107 days; 50% of 4259.44 = 2129.72
    // → 2005-03-15: 107 + 365 = 472 days; 75% of 4259.44 = 3194.58
    // → 2006-03-15: 472 + 365 = 837 days; 100% = 4259.44
    // Nothing is vested today, so each step's amount is simply the total vested then (cumulative).
    expect(stay.steps.map((step) => step.sentence)).toEqual([
      "Stay until March 15, 2004 (107 days): 50% of your match is yours (vested): $2,129.72 in total.",
      "Stay until March 15, 2005 (472 days): 75% of your match is yours (vested): $3,194.58 in total.",
      "Stay until March 15, 2006 (837 days): 100% of your match is yours (vested): $4,259.44 in total.",
    ]);
    expect(stay.steps.map((step) => step.vestedPercent)).toEqual([50, 75, 100]);
    expect(stay.fullyVestedSentence).toBeNull();
    expect(stay.explanation.join(" ")).toContain("anniversary of your employment start date, March 15, 2001");
    expect(stay.explanation.join(" ")).toContain("not an amount added to the step before");
  });

  it("a February 29 start reaches its step on March 1 in a common year", () => {
    const inputs = inputsOf({ asOf: "2002-12-31", employmentStartDate: "2000-02-29", "balances.match": "1000" }, { serviceBy: "start" });
    const stay = value(stayOrGoSection(inputs, SOS_PLAN, vestedToday(inputs, SOS_PLAN, W), W));
    // 2 completed years (2002-03-01); 3 years on 2003-03-01: 31 (Jan) + 28 (Feb) + 1 = 60 days; 50% of 1000 = 500.00
    expect(stay.steps[0]?.sentence).toBe("Stay until March 1, 2003 (60 days): 50% of your match is yours (vested): $500.00 in total.");
  });

  it("years only, 3 years, match $4,000.01: the steps by years of service", () => {
    const inputs = inputsOf({ yearsOfService: "3", "balances.match": "4000.01" });
    const stay = value(stayOrGoSection(inputs, SOS_PLAN, vestedToday(inputs, SOS_PLAN, W), W));
    // 75%: 4000.01 × 0.75 = 3000.0075 → 3000.01; less 2000.01 vested today = 1000.00
    // 100%: 4000.01 − 2000.01 = 2000.00
    // Cumulative: each step says the total vested then, and how much that is above today's 2000.01.
    expect(stay.steps.map((step) => step.sentence)).toEqual([
      "Complete 4 years of service (1 more plan year with 1,000 hours or more): 75% of your match is yours (vested): $3,000.01 in total ($1,000.00 more than today).",
      "Complete 5 years of service (2 more plan years with 1,000 hours or more): 100% of your match is yours (vested): $4,000.01 in total ($2,000.00 more than today).",
    ]);
    expect(stay.steps[0]?.reachedOn).toBeNull();
  });

  it("a match balance of $0: the steps are still shown, with a word on why nothing more vests", () => {
    const inputs = inputsOf({ yearsOfService: "0" });
    const stay = value(stayOrGoSection(inputs, SOS_PLAN, vestedToday(inputs, SOS_PLAN, W), W));
    expect(stay.steps[0]?.sentence).toBe("Complete 3 years of service (3 more plan years with 1,000 hours or more): 50% of your match is yours (vested): $0.00 in total.");
    expect(stay.explanation.at(-1)).toContain("Your match balance today is $0.00");
  });

  it("a figure not counted from hours says so beside it, unless the match is fully vested", () => {
    const note = (inputs: ReturnType<typeof inputsOf>) => value(vestedToday(inputs, SOS_PLAN, W)).methodNote;
    // Start 2001-05-14, as of 2004-05-12: 2 completed years (the 3rd anniversary is 2004-05-14) → 0%, not firm.
    const start = inputsOf({ asOf: "2004-05-12", employmentStartDate: "2001-05-14", "balances.match": "4000.01" }, { serviceBy: "start" });
    expect(note(start)).toBe(
      "This counts every year since your start date as a full year of work. The plan counts a year of service for each plan year in which you work 1,000 hours or more, so part-time hours, gaps between assignments or a rehire can change the answer, up or down. Count from your hours to be sure.",
    );
    expect(note(inputsOf({ yearsOfService: "2.9", "balances.match": "100" }))).toBe(
      "The plan counts a year of service for each plan year in which you work 1,000 hours or more. If you are not sure how many such years you have, count from your hours to be sure.",
    );
    // 5 years → 100%, and a terminated plan → 100%: nothing to doubt.
    expect(note(inputsOf({ yearsOfService: "5", "balances.match": "100" }))).toBeNull();
    expect(note(inputsOf({ yearsOfService: "1", "balances.match": "100" }, { planTerminated: true }))).toBeNull();
  });

  it("5 years: fully vested, leaving costs none of the match", () => {
    const inputs = inputsOf({ yearsOfService: "5", "balances.match": "100" });
    const stay = value(stayOrGoSection(inputs, SOS_PLAN, vestedToday(inputs, SOS_PLAN, W), W));
    expect(stay.steps).toEqual([]);
    expect(stay.fullyVestedSentence).toBe("Your match is 100% vested, the top of the schedule: leaving now costs you none of it.");
  });

  it("the plan terminated: fully vested by Note 5", () => {
    const inputs = inputsOf({ yearsOfService: "1", "balances.match": "100" }, { planTerminated: true });
    const stay = value(stayOrGoSection(inputs, SOS_PLAN, vestedToday(inputs, SOS_PLAN, W), W));
    expect(stay.fullyVestedSentence).toBe("The plan is terminated, so your match is fully vested: leaving now costs you none of it.");
  });
});

describe("the contribution limit of the first projected year (11-K Note 1.B; IRC 402(g))", () => {
  it("20% of $80,000 in 2003: over the plan's 15% cap; $12,000.00 allowed, $4,000.00 over", () => {
    const limit = value(limitSection(inputsOf({ compensation: "80000", deferralPercent: "20" }), SOS_PLAN, W));
    expect(limit.planYear).toBe(2003);
    // 15% × 80000 = 12000; 402(g) 2003 = 12000: a tie goes to the plan cap
    expect(formatUsd(limit.result.maxDeferral)).toBe("$12,000.00");
    expect(limit.result.bindingLimit).toBe("plan15Percent");
    expect(limit.warning).toBe(
      "20% is more than the plan's 15% cap: 20% of $80,000.00 is $16,000.00, but at most $12,000.00 can be deferred in 2003. Only $12,000.00 is allowed ($4,000.00 over); the years ahead use the allowed amount.",
    );
  });

  it("13% of $100,000 in 2003: within 15%, but over the $12,000 dollar limit", () => {
    const limit = value(limitSection(inputsOf({ compensation: "100000", deferralPercent: "13" }), SOS_PLAN, W));
    // 15% × 100000 = 15000 > 12000: 402(g) binds; 13% = 13000, 1000 over
    expect(limit.result.bindingLimit).toBe("402(g)");
    expect(limit.warning).toBe(
      "13% is more than the 2003 dollar limit: 13% of $100,000.00 is $13,000.00, but at most $12,000.00 can be deferred in 2003. Only $12,000.00 is allowed ($1,000.00 over); the years ahead use the allowed amount.",
    );
  });

  it("10% of $40,000: no warning; without a deferral % only the maximum is shown", () => {
    expect(value(limitSection(inputsOf({ compensation: "40000", deferralPercent: "10" }), SOS_PLAN, W)).warning).toBeNull();
    const limit = value(limitSection(inputsOf({ compensation: "40000" }), SOS_PLAN, W));
    expect(limit.result.requested).toBeNull();
    expect(formatUsd(limit.result.maxDeferral)).toBe("$6,000.00");
  });

  it("without pay it says what it needs; a year before the limits table is a message, not a crash", () => {
    expect(limitSection(inputsOf({}), SOS_PLAN, W)).toEqual({ ok: false, missing: "Enter next year's pay to see your contribution limit." });
    const early = { ...inputsOf({ compensation: "1000" }), asOf: "2000-06-30" };
    const section = limitSection(early, SOS_PLAN, W);
    expect(section.ok).toBe(false);
    if (!section.ok) expect(section.missing).toContain("2001");
  });
});

describe("the years ahead (plan-rules §6)", () => {
  const scenario = {
    asOf: "2002-12-31",
    birthDate: "1970-07-04",
    yearsOfService: "2",
    "balances.deferral": "12000",
    "balances.match": "3000",
    compensation: "40000",
    deferralPercent: "10",
    annualReturnPercent: "6",
    salaryGrowthPercent: "0",
  } satisfies Partial<Record<TextField, string>>;

  it("one year: the issue's example, to the cent", () => {
    const ahead = value(yearsAhead(inputsOf({ ...scenario, years: "1" }), SOS_PLAN, W));
    const row = ahead.rows[0]!;
    expect(ahead.rows).toHaveLength(1);
    expect(row.planYear).toBe(2003);
    expect(row.age).toBe(33); // born 1970-07-04: 33 on 2003-07-04
    expect(row.yearsOfService).toBe(3);
    expect(row.vestedPercent).toBe(50);
    expect(formatUsd(row.deferral)).toBe("$4,000.00"); // 10% × 40000
    expect(formatUsd(row.match)).toBe("$1,048.00"); // 26.2% × 4000
    expect(formatUsd(row.balances.deferral)).toBe("$16,840.00"); // 12000 × 1.06 + 4000 × 1.03
    expect(formatUsd(row.balances.match)).toBe("$4,259.44"); // 3000 × 1.06 + 1048 × 1.03 = 3180 + 1079.44
    expect(formatUsd(row.total)).toBe("$21,099.44");
    expect(formatUsd(row.earnings)).toBe("$1,051.44"); // 21099.44 − 15000 − 4000 − 1048
    expect(formatUsd(row.vested)).toBe("$18,969.72"); // 16840 + 4259.44 × 0.5
    expect(formatUsd(row.forfeitable)).toBe("$2,129.72");
    expect(row.totalToday).toBeNull();
    // 2 years today (0%), 3 at the end of 2003 (50%): the first row is a vesting step.
    expect(row.vestingStep).toBe(true);
    expect(ahead.chosenSentence).toBe("Leave at the end of 2003: you keep $18,969.72, you forfeit $2,129.72.");
    expect(ahead.yearsDefaulted).toBe(false);
  });

  it("choosing 2004: 4 years, 75% of the match", () => {
    const ahead = value(yearsAhead(inputsOf({ ...scenario, years: "2", leaveYear: "2004" }), SOS_PLAN, W));
    // deferral 16840 × 1.06 + 4000 × 1.03 = 17850.40 + 4120 = 21970.40
    // match 4259.44 × 1.06 + 1048 × 1.03 = 4515.0064 + 1079.44 = 5594.4464 (carried exact, plan-rules §6)
    // total 21970.40 + 5594.4464 = 27564.8464 → 27564.85
    // vested 21970.40 + 5594.4464 × 0.75 (4195.8348) = 26166.2348 → 26166.23
    // forfeitable as printed: 27564.85 − 26166.23 = 1398.62 (exact 1398.6116, within a cent)
    expect(ahead.chosen.planYear).toBe(2004);
    expect(ahead.chosen.vestingStep).toBe(true);
    expect(ahead.chosenSentence).toBe("Leave at the end of 2004: you keep $26,166.23, you forfeit $1,398.62.");
  });

  it("a year to leave outside the table falls back to the first year", () => {
    const ahead = value(yearsAhead(inputsOf({ ...scenario, years: "1", leaveYear: "2050" }), SOS_PLAN, W));
    expect(ahead.chosen.planYear).toBe(2003);
  });

  it("no step in the first year when the vested % does not rise (5 years today, 6 at the end of 2003)", () => {
    const ahead = value(yearsAhead(inputsOf({ ...scenario, yearsOfService: "5", years: "1" }), SOS_PLAN, W));
    expect(ahead.rows[0]?.vestedPercent).toBe(100);
    expect(ahead.rows[0]?.vestingStep).toBe(false);
  });

  it("with 2% inflation: today's dollars divide by 1.02 a year", () => {
    const ahead = value(yearsAhead(inputsOf({ ...scenario, years: "1", inflationPercent: "2" }), SOS_PLAN, W));
    // 21099.44 / 1.02 = 20685.7254… → 20685.73; 18969.72 / 1.02 = 18597.7647… → 18597.76
    expect(formatUsd(ahead.rows[0]!.totalToday!)).toBe("$20,685.73");
    expect(formatUsd(ahead.rows[0]!.vestedToday!)).toBe("$18,597.76");
    expect(ahead.chosenSentence).toBe("Leave at the end of 2003: you keep $18,969.72, you forfeit $2,129.72. In today's dollars you keep $18,597.76.");
  });

  it("years to project default to age 65: 65 − 32 = 33 years", () => {
    const ahead = value(yearsAhead(inputsOf(scenario), SOS_PLAN, W));
    expect(ahead.yearsDefaulted).toBe(true);
    expect(ahead.years).toBe(33);
    expect(ahead.rows.at(-1)?.planYear).toBe(2035);
    expect(ahead.rows.at(-1)?.age).toBe(65);
  });

  it.each([
    { birthDate: "1970-07-04", years: 33, why: "32 at the end of 2002: 65 − 32" },
    { birthDate: "1930-01-01", years: 1, why: "72 at the end of 2002: at least 1" },
    { birthDate: "1999-01-01", years: 60, why: "3 at the end of 2002: at most 60" },
    { birthDate: "1938-03-01", years: 1, why: "64 at the end of 2002: 1 year" },
  ])("default years: $why", ({ birthDate, years }) => {
    expect(defaultYears(birthDate, "2002-12-31", SOS_PLAN)).toBe(years);
  });

  it("lists every input it still needs", () => {
    const inputs = { ...inputsOf({}), matchPercentOfDeferral: null, annualReturnPercent: null, salaryGrowthPercent: null, asOf: null };
    expect(yearsAhead(inputs, SOS_PLAN, W)).toEqual({
      ok: false,
      missing:
        "Enter your birth date, your years of vesting service, the as-of date, next year's pay, a deferral %, a match %, an annual return % and a salary growth % to see the years ahead.",
    });
  });

  it("a rule's refusal becomes a message (a birth date after the start date)", () => {
    const inputs = { ...inputsOf({ ...scenario, yearsOfService: "" }), employmentStartDate: "1960-01-01" };
    const section = yearsAhead(inputs, SOS_PLAN, W);
    expect(section.ok).toBe(false);
  });
});

describe("words", () => {
  it("lists in words", () => {
    expect(W.listInWords([])).toBe("");
    expect(W.listInWords(["a"])).toBe("a");
    expect(W.listInWords(["a", "b"])).toBe("a and b");
    expect(W.listInWords(["a", "b", "c"])).toBe("a, b and c");
  });

  it("names the employer's eligibility rule (11-K Note 1.A)", () => {
    expect(eligibilityNote(inputsOf({}), SOS_PLAN, W)).toBe(
      "SOS Staffing Services, Inc. and its subsidiaries other than Inteliant: you may take part once you are 21 and have completed 1,000 hours of service in a 12-month period; highly compensated employees are excluded. Vesting is the same for every employer. (11-K Note 1.A)",
    );
    expect(eligibilityNote(inputsOf({}, { employer: "Inteliant" }), SOS_PLAN, W)).toBe(
      "Inteliant Corporation: you may take part once you are 21, from the 91st day following your first hour of service; highly compensated employees may take part. Vesting is the same for every employer. (11-K Note 1.A)",
    );
  });
});
