/**
 * Eligibility to participate (11-K Note 1.A; plan-rules §2): age 21, a year of eligibility
 * service (SOS) or the 91st day (Inteliant), and the HCE exclusion. Dates counted by hand.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { definePlan, type PlanDefinition, type PlanOptions } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { entryDateFor, evaluateEligibility, type EligibilityInput, type EligibilityResult, type HoursServiceRequirement } from "@/lib/rules/eligibility";
import { RuleInputError } from "@/lib/errors";
import { eligibilitySentences } from "@/lib/words/en/eligibility";

/** The result's explanation, as the API gives it (lib/words/en/eligibility). */
const words = (result: EligibilityResult, plan: PlanDefinition = SOS_PLAN) => eligibilitySentences(result, plan);

function withOptions(options: Partial<PlanOptions>): PlanDefinition {
  return definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ...options } });
}

function sos(input: Partial<EligibilityInput> & Pick<EligibilityInput, "asOf" | "employmentStartDate">, plan = SOS_PLAN) {
  return evaluateEligibility({ employer: "SOS", birthDate: "1970-01-01", ...input }, plan);
}

function inteliant(input: Partial<EligibilityInput> & Pick<EligibilityInput, "asOf" | "employmentStartDate">, plan = SOS_PLAN) {
  return evaluateEligibility({ employer: "Inteliant", birthDate: "1970-01-01", ...input }, plan);
}

function service(result: ReturnType<typeof evaluateEligibility>): HoursServiceRequirement {
  const requirement = result.requirements[1];
  if (requirement.kind !== "hoursInPeriod") throw new Error("expected the hours rule");
  return requirement;
}

describe("age 21 (plan-rules §2.1.1)", () => {
  // Inteliant: service met on day 91. From 2001-01-01: 31 + 28 + 31 = 90 days to April 1, so 2001-04-02.
  // From 2000-06-01: 29 + 31 = 60 days to July 31, + 31 = August 31, 2000.
  // The status is stated: these rows are about age alone.
  it.each([
    ["1981-06-15", "2001-01-01", "2002-06-14", false, "2002-06-15", "born 1981-06-15: not eligible the day before the 21st birthday"],
    ["1981-06-15", "2001-01-01", "2002-06-15", true, "2002-06-15", "born 1981-06-15: eligible on the 21st birthday"],
    ["1980-02-29", "2000-06-01", "2001-02-28", false, "2001-03-01", "born 1980-02-29: not yet 21 on 2001-02-28"],
    ["1980-02-29", "2000-06-01", "2001-03-01", true, "2001-03-01", "born 1980-02-29: 21 on 2001-03-01, a common year"],
    ["1980-02-29", "2001-01-01", "2001-03-01", false, "2001-04-02", "born 1980-02-29, started 2001-01-01: 21 on 2001-03-01 but the 91st day is 2001-04-02"],
    ["1980-02-29", "2001-01-01", "2001-04-02", true, "2001-04-02", "born 1980-02-29, started 2001-01-01: eligible on the 91st day, the later date"],
  ])("%s, start %s, as of %s: eligible %s, eligibility date %s (%s)", (birthDate, employmentStartDate, asOf, eligible, date) => {
    const result = inteliant({ birthDate, asOf, employmentStartDate, highlyCompensated: false });
    expect(result.eligible).toBe(eligible);
    expect(result.eligibilityDate).toBe(date);
    expect(result.requirements[0].met).toBe(asOf >= result.requirements[0].metOn);
  });

  it.each([
    ["march1", "2005-03-01", "2005-02-28", false, "born 1984-02-29 attains 21 on 2005-03-01, a common year"],
    ["feb28", "2005-02-28", "2005-02-28", true, "under the feb28 option born 1984-02-29 attains 21 on 2005-02-28"],
  ] as const)("option %s: age met on %s; as of %s eligible %s (%s)", (feb29, metOn, asOf, eligible, _why) => {
    // Inteliant start 2004-06-01: + 91 days = 2004-08-31 (29 days left in June + 31 in July = 60 to July 31; + 31 = Aug 31).
    const result = inteliant({ birthDate: "1984-02-29", asOf, employmentStartDate: "2004-06-01" }, withOptions({ feb29Anniversary: feb29 }));
    expect(result.requirements[0].metOn).toBe(metOn);
    expect(result.requirements[1].metOn).toBe("2004-08-31");
    expect(result.eligible).toBe(eligible);
    expect(result.eligibilityDate).toBe(metOn);
  });

  it("the explanation says where a February 29 birthday falls", () => {
    const result = inteliant({ birthDate: "1984-02-29", asOf: "2005-03-01", employmentStartDate: "2004-06-01" });
    expect(words(result)[0]).toContain("March 1");
    const feb28 = inteliant({ birthDate: "1984-02-29", asOf: "2005-03-01", employmentStartDate: "2004-06-01" }, withOptions({ feb29Anniversary: "feb28" }));
    expect(words(feb28)[0]).toContain("February 28");
  });
});

describe("Inteliant: the 91st day following the first hour (plan-rules §2.2)", () => {
  it.each([
    // 2002: Jan 31 + Feb 28 + Mar 31 = 90 days from Jan 1 to Apr 1; day 91 is Apr 2.
    ["2002-01-01", "2002-04-02", "a common year"],
    // 2004: Jan 31 + Feb 29 + Mar 31 = 91 days from Jan 1 to Apr 2; day 91 is Apr 1.
    ["2004-01-01", "2004-04-01", "a leap year"],
  ])("start %s: eligible on %s (%s)", (start, ninetyFirst) => {
    const dayBefore = ninetyFirst === "2002-04-02" ? "2002-04-01" : "2004-03-31";
    const before = inteliant({ asOf: dayBefore, employmentStartDate: start });
    expect(before.eligible).toBe(false);
    expect(before.requirements[1].met).toBe(false);
    expect(before.eligibilityDate).toBe(ninetyFirst);
    const on = inteliant({ asOf: ninetyFirst, employmentStartDate: start });
    expect(on.eligible).toBe(true);
    expect(on.entryDate).toBe(ninetyFirst);
    expect(on.requirements[1]).toMatchObject({ kind: "daysFollowingFirstHour", days: 91, met: true, metOn: ninetyFirst });
    expect(words(on).join(" ")).toContain("91st day");
  });

  it("no hours are needed", () => {
    const result = inteliant({ asOf: "2002-04-02", employmentStartDate: "2002-01-01", hours: [] });
    expect(result.eligible).toBe(true);
  });
});

describe("SOS: 1,000 hours in a computation period (plan-rules §2.1.2)", () => {
  // Start 2002-03-15: the initial period is 2002-03-15..2003-03-14; the first plan year is 2003
  // (it contains the first anniversary, 2003-03-15).
  const base = [
    { date: "2002-06-30", hours: 500 },
    { date: "2003-03-01", hours: 499.5 },
  ];

  it.each([
    [[], "2004-06-30", null, "999.5 hours in the initial period and none after: not met"],
    [[{ date: "2003-03-14", hours: 0.5 }], "2003-03-15", "2003-03-15", "0.5 more on the period's last day makes exactly 1,000: met the day after the period ends"],
    [[{ date: "2003-03-15", hours: 0.5 }], "2004-06-30", null, "0.5 more on the day after the period: the initial period stays at 999.5; plan year 2003 has 499.5 + 0.5 = 500"],
    [
      [{ date: "2003-03-15", hours: 0.5 }, { date: "2003-12-31", hours: 500 }],
      "2004-01-01",
      "2004-01-01",
      "plan year 2003 reaches 499.5 + 0.5 + 500 = 1,000: met on 2004-01-01",
    ],
  ])("extra hours %j, as of %s: met on %s (%s)", (extra, asOf, metOn, _why) => {
    const result = sos({ asOf, employmentStartDate: "2002-03-15", hours: [...base, ...extra] });
    expect(service(result).metOn).toBe(metOn);
    expect(result.eligibilityDate).toBe(metOn);
    expect(result.eligible).toBe(metOn !== null && metOn <= asOf);
  });

  it("the periods are reported in order of start with their hours", () => {
    const result = sos({
      asOf: "2004-01-01",
      employmentStartDate: "2002-03-15",
      hours: [...base, { date: "2003-03-15", hours: 0.5 }, { date: "2003-12-31", hours: 500 }],
    });
    expect(service(result).periods).toEqual([
      { start: "2002-03-15", end: "2003-03-14", hours: 999.5, kind: "initial", meets: false },
      { start: "2003-01-01", end: "2003-12-31", hours: 1000, kind: "planYear", meets: true },
    ]);
    expect(words(result).join(" ")).toContain("plan year 2003-01-01 to 2003-12-31");
  });

  it("with no hours, the periods run up to the as-of date and none meets", () => {
    const result = sos({ asOf: "2003-06-30", employmentStartDate: "2002-03-15" });
    expect(service(result).periods.map((p) => [p.start, p.end, p.hours])).toEqual([
      ["2002-03-15", "2003-03-14", 0],
      ["2003-01-01", "2003-12-31", 0],
    ]);
    expect(result.eligibilityDate).toBeNull();
    expect(result.entryDate).toBeNull();
    expect(result.eligible).toBe(false);
    expect(words(result).join(" ")).toContain("1,000 to go");
  });

  it("hours entered ahead of time give an eligibility date after the as-of date", () => {
    const result = sos({ asOf: "2002-12-31", employmentStartDate: "2002-03-15", hours: [{ date: "2003-03-01", hours: 1000 }] });
    expect(result.eligibilityDate).toBe("2003-03-15");
    expect(result.eligible).toBe(false);
    expect(service(result).met).toBe(false);
    expect(words(result).join(" ")).toContain("becomes eligible on 2003-03-15");
  });
});

describe("the shift to plan years and the overlap (plan-rules §2.1.2; 29 CFR 2530.202-2(b))", () => {
  // Start 2002-07-01: initial 2002-07-01..2003-06-30; first plan year 2003 (it contains 2003-07-01).
  // 2002-12-31: 400 (initial only); 2003-03-31: 300 and 2003-06-30: 200 (both); 2003-09-30: 500
  // (plan year only); 2004-06-30: 500 (plan year 2004; the second anniversary year).
  const hours = [
    { date: "2002-12-31", hours: 400 },
    { date: "2003-03-31", hours: 300 },
    { date: "2003-06-30", hours: 200 },
    { date: "2003-09-30", hours: 500 },
    { date: "2004-06-30", hours: 500 },
  ];

  it.each([
    [{}, "2004-01-01", "plan years: initial 400 + 300 + 200 = 900; plan year 2003 300 + 200 + 500 = 1,000, met at its end"],
    [{ serviceCredited: "onThousandthHour" }, "2003-09-30", "onThousandthHour: plan year 2003 reaches 1,000 with the 2003-09-30 entry"],
    [{ eligibilityPeriods: "anniversaryYear" }, "2004-07-01", "anniversary years: 2003-07-01..2004-06-30 has 500 + 500 = 1,000, met 2004-07-01"],
    [
      { eligibilityPeriods: "anniversaryYear", serviceCredited: "onThousandthHour" },
      "2004-06-30",
      "anniversary years and onThousandthHour: the 2004-06-30 entry brings the period to 1,000",
    ],
  ] as const)("options %j: met on %s (%s)", (options, metOn, _why) => {
    const result = sos({ asOf: "2005-01-01", employmentStartDate: "2002-07-01", hours }, withOptions(options));
    expect(service(result).metOn).toBe(metOn);
    expect(service(result).periods[0]).toMatchObject({ start: "2002-07-01", end: "2003-06-30", hours: 900, meets: false });
  });

  it("the first plan year overlaps the initial period, and hours of 2003-01..06 count in both", () => {
    const result = sos({ asOf: "2005-01-01", employmentStartDate: "2002-07-01", hours });
    expect(service(result).periods.map((p) => [p.kind, p.start, p.end, p.hours])).toEqual([
      ["initial", "2002-07-01", "2003-06-30", 900],
      ["planYear", "2003-01-01", "2003-12-31", 1000],
    ]);
  });

  it("anniversary years follow the initial period without overlap", () => {
    const result = sos({ asOf: "2005-01-01", employmentStartDate: "2002-07-01", hours }, withOptions({ eligibilityPeriods: "anniversaryYear" }));
    expect(service(result).periods.map((p) => [p.kind, p.start, p.end, p.hours])).toEqual([
      ["initial", "2002-07-01", "2003-06-30", 900],
      ["anniversaryYear", "2003-07-01", "2004-06-30", 1000],
    ]);
  });

  it("onThousandthHour: the explanation names the 1,000th hour", () => {
    const result = sos({ asOf: "2005-01-01", employmentStartDate: "2002-07-01", hours }, withOptions({ serviceCredited: "onThousandthHour" }));
    expect(words(result).join(" ")).toContain("1,000th hour is credited on 2003-09-30");
  });

  it("a January 1 start: the initial period is the calendar year and the first plan year is the next", () => {
    const result = sos({ asOf: "2004-12-31", employmentStartDate: "2002-01-01" });
    expect(service(result).periods.slice(0, 2).map((p) => [p.start, p.end])).toEqual([
      ["2002-01-01", "2002-12-31"],
      ["2003-01-01", "2003-12-31"],
    ]);
  });
});

describe("a February 29 hire (plan-rules §1, §2.1)", () => {
  it.each([
    ["2001-02-28", {}, "2001-03-01", "the initial period 2000-02-29..2001-02-28 includes February 28"],
    ["2001-03-01", {}, "2002-01-01", "an entry on 2001-03-01 falls in plan year 2001 (which contains the first anniversary, 2001-03-01)"],
    ["2001-02-28", { feb29Anniversary: "feb28" }, "2002-01-01", "feb28 option: the anniversary is 2001-02-28, so the initial period ends 2001-02-27"],
    ["2001-02-27", { feb29Anniversary: "feb28" }, "2001-02-28", "feb28 option: an entry on 2001-02-27 completes the initial period"],
  ] as const)("1,000 hours on %s, options %j: met on %s (%s)", (date, options, metOn, _why) => {
    const result = sos({ asOf: "2002-06-30", employmentStartDate: "2000-02-29", hours: [{ date, hours: 1000 }] }, withOptions(options));
    expect(service(result).metOn).toBe(metOn);
  });

  it("anniversary years of a February 29 start run March 1 to February 28, then from the leap day", () => {
    const result = sos(
      { asOf: "2005-06-30", employmentStartDate: "2000-02-29", hours: [{ date: "2004-02-29", hours: 1000 }] },
      withOptions({ eligibilityPeriods: "anniversaryYear" }),
    );
    // Anniversaries: 2001-03-01, 2002-03-01, 2003-03-01, 2004-02-29 (a leap year), 2005-03-01.
    expect(service(result).periods.map((p) => [p.start, p.end, p.hours])).toEqual([
      ["2000-02-29", "2001-02-28", 0],
      ["2001-03-01", "2002-02-28", 0],
      ["2002-03-01", "2003-02-28", 0],
      ["2003-03-01", "2004-02-28", 0],
      ["2004-02-29", "2005-02-28", 1000],
    ]);
    expect(service(result).metOn).toBe("2005-03-01");
  });
});

describe("highly compensated employees (plan-rules §2.1.3, §2.2)", () => {
  // Both meet age and service: SOS with 1,000 hours in the initial period 2002-03-15..2003-03-14;
  // Inteliant on day 91 (2002-03-15 + 91 = 2002-06-14: 16 days to Mar 31, + 30 + 31 = 77 to May 31, + 14).
  const sosInput = { asOf: "2003-06-30", employmentStartDate: "2002-03-15", hours: [{ date: "2002-12-31", hours: 1000 }] };
  const inteliantInput = { asOf: "2003-06-30", employmentStartDate: "2002-03-15" };

  it.each([
    ["SOS", { highlyCompensated: true }, false, true, "an HCE of SOS is excluded and not eligible"],
    ["Inteliant", { highlyCompensated: true }, true, false, "an HCE of Inteliant may participate"],
    ["SOS", { highlyCompensated: false, priorYearCompensation: new Dec("500000") }, true, false, "a stated status decides over pay"],
    ["SOS", { priorYearCompensation: new Dec("90000.00") }, true, false, "2003 looks back to 2002: $90,000.00 is not above $90,000"],
    ["SOS", { priorYearCompensation: new Dec("90000.01") }, false, true, "2003 looks back to 2002: $90,000.01 is above $90,000"],
    ["SOS", { fivePercentOwner: true }, false, true, "a 5% owner is an HCE"],
  ] as const)("%s with %j: eligible %s, excluded %s (%s)", (employer, hce, eligible, excluded, _why) => {
    const input = employer === "SOS" ? sosInput : inteliantInput;
    const result = evaluateEligibility({ employer, birthDate: "1970-01-01", ...input, ...hce }, SOS_PLAN);
    expect(result.eligible).toBe(eligible);
    expect(result.excluded).toBe(excluded);
    expect(result.eligibilityDate).toBe(employer === "SOS" ? "2003-03-15" : "2002-06-14");
  });

  it.each([
    ["85000.00", false, "plan year 2002 looks back to 2001's $85,000: $85,000.00 is not above"],
    ["85000.01", true, "$85,000.01 is above"],
  ])("as of 2002-12-31, 2001 pay %s: HCE %s (%s)", (pay, hce) => {
    const result = inteliant({ asOf: "2002-12-31", employmentStartDate: "2002-01-01", priorYearCompensation: new Dec(pay) });
    expect(result.highlyCompensated).toBe(hce);
    expect(result.eligible).toBe(true);
    expect(result.hce.threshold?.toString()).toBe("85000");
    const atSos = sos({ asOf: "2002-12-31", employmentStartDate: "2001-01-01", hours: [{ date: "2001-06-30", hours: 1000 }], priorYearCompensation: new Dec(pay) });
    expect(atSos.excluded).toBe(hce);
    expect(atSos.eligible).toBe(!hce);
  });

  it("the explanations say why", () => {
    const excluded = evaluateEligibility({ employer: "SOS", birthDate: "1970-01-01", ...sosInput, highlyCompensated: true }, SOS_PLAN);
    expect(words(excluded).join(" ")).toContain("excludes highly compensated employees");
    expect(words(excluded).join(" ")).toContain("whatever the other requirements say");
    const allowed = evaluateEligibility({ employer: "Inteliant", birthDate: "1970-01-01", ...inteliantInput, highlyCompensated: true }, SOS_PLAN);
    expect(words(allowed).join(" ")).toContain("may participate");
  });

  it("a plan year whose look-back year is before 1997: no pay decides nothing, a stated pay is refused naming it", () => {
    // Plan year 1997 looks back to 1996, which has no threshold (plan-rules §2.3).
    const early = { asOf: "1997-06-30", employmentStartDate: "1997-01-01" };
    expect(inteliant(early)).toMatchObject({ highlyCompensated: false, eligible: true });
    expect(() => inteliant({ ...early, priorYearCompensation: new Dec("50000") })).toThrow(RuleInputError);
    expect(() => inteliant({ ...early, priorYearCompensation: new Dec("50000") })).toThrow(expect.objectContaining({ path: "priorYearCompensation" }));
    expect(inteliant({ ...early, priorYearCompensation: new Dec("50000"), highlyCompensated: false }).eligible).toBe(true);
    // Plan year 2001 looks back to 2000's $85,000.
    expect(inteliant({ asOf: "2001-06-30", employmentStartDate: "2001-01-01", priorYearCompensation: new Dec("85000.01") }).highlyCompensated).toBe(true);
  });
});

describe("entry dates (plan-rules §2.1; IRC 410(a)(4))", () => {
  it.each([
    ["2003-03-15", "immediate", "2003-03-15", "immediate entry is the eligibility date (the default)"],
    ["2003-03-15", "firstOfNextMonth", "2003-04-01", "the first of the next month"],
    ["2003-04-01", "firstOfNextMonth", "2003-04-01", "already the first of a month"],
    ["2003-12-15", "firstOfNextMonth", "2004-01-01", "over the year end"],
    ["2003-03-15", "semiAnnual", "2003-07-01", "the next July 1"],
    ["2003-08-10", "semiAnnual", "2004-01-01", "the next January 1"],
    ["2003-07-01", "semiAnnual", "2003-07-01", "already an entry date"],
    ["2003-01-01", "semiAnnual", "2003-01-01", "January 1 itself"],
  ] as const)("eligible %s, entry %s: enters %s (%s)", (date, entry, expected, _why) => {
    expect(entryDateFor(date, entry)).toBe(expected);
  });

  it("the entry option reaches the result", () => {
    const result = inteliant({ asOf: "2002-12-31", employmentStartDate: "2002-01-01" }, withOptions({ entry: "semiAnnual" }));
    expect(result.eligibilityDate).toBe("2002-04-02");
    expect(result.entryDate).toBe("2002-07-01");
  });
});

describe("input that contradicts itself", () => {
  it("a birth date after the employment start date is refused, naming birthDate", () => {
    expect(() => sos({ asOf: "2003-01-01", birthDate: "2002-04-01", employmentStartDate: "2002-03-15" })).toThrow(
      expect.objectContaining({ path: "birthDate" }),
    );
  });

  it("hours dated before the employment start date are refused, naming the entry", () => {
    expect(() =>
      sos({ asOf: "2003-01-01", employmentStartDate: "2002-03-15", hours: [{ date: "2002-03-15", hours: 8 }, { date: "2002-03-14", hours: 8 }] }),
    ).toThrow(expect.objectContaining({ path: "hours.1.date" }));
  });

  it("an employer the plan does not have is refused", () => {
    expect(() => evaluateEligibility({ employer: "Acme", birthDate: "1970-01-01", asOf: "2003-01-01", employmentStartDate: "2002-01-01" }, SOS_PLAN)).toThrow(
      RangeError,
    );
  });
});

describe("explanations", () => {
  it.each([
    [
      "600 hours in the first year only, as of 2026-06-30: the initial period 2024-03-01..2025-02-28 came closest, not the empty plan year 2026",
      "2024-03-01",
      [{ date: "2024-06-30", hours: 600 }],
      "2026-06-30",
      "Service: not met on the hours given. The most hours in one period were 600, in the initial computation period 2024-03-01 to 2025-02-28; the current period, plan year 2026-01-01 to 2026-12-31, has 0 of 1,000 hours: 1,000 to go by 2026-12-31. (11-K Note 1.A)",
    ],
    [
      "640 hours so far in the initial period, as of 2003-02-01: it is the current period and the closest (1,000 − 640 = 360 to go)",
      "2002-03-15",
      [{ date: "2002-09-30", hours: 640 }],
      "2003-02-01",
      "Service: not met on the hours given. The current period, initial computation period 2002-03-15 to 2003-03-14, has 640 of 1,000 hours: 360 to go by 2003-03-14. (11-K Note 1.A)",
    ],
    [
      "hired after the as-of date",
      "2026-09-01",
      [],
      "2026-06-30",
      "Service: not met on the hours given. Employment begins on 2026-09-01, after 2026-06-30. (11-K Note 1.A)",
    ],
  ])("of hours not met name the period that came closest and the current one: %s", (_, start, hours, asOf, line) => {
    const result = evaluateEligibility({ asOf, employer: "SOS", birthDate: "1980-01-01", employmentStartDate: start, hours }, SOS_PLAN);
    expect(words(result)).toContain(line);
  });

  it("are not built by the rule: a large roster that shows none builds none", () => {
    const result = evaluateEligibility({ asOf: "2002-04-02", employer: "Inteliant", birthDate: "1970-01-01", employmentStartDate: "2002-01-01" }, SOS_PLAN);
    expect(result.eligible).toBe(true);
    expect(result).not.toHaveProperty("explanation");
  });

  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [90, "90th"],
    [91, "91st"],
    [112, "112th"],
  ])("a wait of %i days reads \"the %s day\"", (days, nth) => {
    const plan = definePlan({
      ...SOS_PLAN,
      employers: [{ ...SOS_PLAN.employers[1]!, service: { kind: "daysFollowingFirstHour", days } }],
    });
    const result = inteliant({ asOf: "2002-12-31", employmentStartDate: "2002-01-01" }, plan);
    expect(words(result, plan).join(" ")).toContain(`the ${nth} day following`);
  });
});
