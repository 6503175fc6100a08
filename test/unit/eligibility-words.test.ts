/**
 * The eligibility explanation in words (lib/words/en/eligibility, part-time, hce): for a rule
 * result, the sentences the rule itself used to write (lib/rules/eligibility's explainEligibility
 * before issue 15), each worked out by hand from that template and the dates of the case.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { definePlan, type PlanOptions } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateEligibility, type EligibilityInput } from "@/lib/rules/eligibility";
import { eligibilitySentences } from "@/lib/words/en/eligibility";
import { longTermPartTimeSentences } from "@/lib/words/en/part-time";

const withOptions = (options: Partial<PlanOptions>) => definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ...options } });
const explained = (input: EligibilityInput, plan = SOS_PLAN) => eligibilitySentences(evaluateEligibility(input, plan), plan);

/** SOS, hired 2002-03-15, 1,000 hours on 2002-09-30: the initial period 2002-03-15..2003-03-14 meets the requirement. */
const met = { asOf: "2003-06-30", employer: "SOS", birthDate: "1970-01-01", employmentStartDate: "2002-03-15", hours: [{ date: "2002-09-30", hours: 1000 }] };

describe("the eligibility explanation, sentence by sentence", () => {
  it("SOS, met at the end of the initial period: age, service, verdict; no HCE line and nothing of the part-time rule in 2003", () => {
    expect(explained(met)).toEqual([
      "Age 21: born 1970-01-01, attains age 21 on 1991-01-01; met on 2003-06-30. (11-K Note 1.A)",
      "Service: 1,000 hours in the initial computation period 2002-03-15 to 2003-03-14, at least 1,000; the year of service is completed at the end of that period, so the requirement is met on 2003-03-15. (11-K Note 1.A)",
      // max(1991-01-01, 2003-03-15); immediate entry.
      "Eligible as of 2003-06-30: eligibility date 2003-03-15, entry date 2003-03-15.",
    ]);
  });

  it("onThousandthHour: the 1,000th hour (600 on 2002-06-01, 400 on 2002-09-30) meets it on its date", () => {
    const input = { ...met, hours: [{ date: "2002-06-01", hours: 600 }, { date: "2002-09-30", hours: 400 }] };
    expect(explained(input, withOptions({ serviceCredited: "onThousandthHour" }))[1]).toBe(
      "Service: 1,000 hours in the initial computation period 2002-03-15 to 2003-03-14, at least 1,000; the 1,000th hour is credited on 2002-09-30, when the requirement is met. (11-K Note 1.A)",
    );
  });

  it("SOS, highly compensated by pay: excluded, with the HCE sentence inside", () => {
    // Plan year 2003 looks back to 2002, whose threshold is $90,000: $90,000.01 is above it.
    const lines = explained({ ...met, priorYearCompensation: new Dec("90000.01") });
    expect(lines.slice(2)).toEqual([
      "Excluded from the plan. 2002 pay of $90,000.01 is above the 2002 threshold of $90,000.00, so a highly compensated employee for plan year 2003 (IRC 414(q)(1)(B)). " +
        "The plan excludes highly compensated employees of SOS Staffing Services, Inc. and its subsidiaries other than Inteliant. (11-K Note 1.A)",
      "Not eligible: excluded from the plan whatever the other requirements say.",
    ]);
  });

  it("Inteliant, stated HCE, before the 91st day: the days rule, the HCE may participate, not yet", () => {
    // 2002-01-01 + 91 days: January 31, February 28, March 31 make 90 to 2002-04-01, so 2002-04-02.
    expect(explained({ asOf: "2002-03-01", employer: "Inteliant", birthDate: "1970-01-01", employmentStartDate: "2002-01-01", highlyCompensated: true })).toEqual([
      "Age 21: born 1970-01-01, attains age 21 on 1991-01-01; met on 2002-03-01. (11-K Note 1.A)",
      "Service: Inteliant Corporation employees become eligible on the 91st day following their first hour of service (2002-01-01 + 91 days = 2002-04-02); not yet met on 2002-03-01. No hours requirement applies. (11-K Note 1.A)",
      "Stated as a highly compensated employee for plan year 2002. Highly compensated employees of Inteliant Corporation may participate. (11-K Note 1.A)",
      "Not yet eligible on 2002-03-01: becomes eligible on 2002-04-02, the later of the two dates above.",
    ]);
  });

  it("a February 29 birthday: the common-year anniversary is named, March 1 or (by option) February 28", () => {
    const input = { asOf: "2005-03-01", employer: "Inteliant", birthDate: "1984-02-29", employmentStartDate: "2004-06-01" };
    expect(explained(input)[0]).toBe("Age 21: born 1984-02-29, attains age 21 on 2005-03-01 (a February 29 birthday falls on March 1 in a common year); met on 2005-03-01. (11-K Note 1.A)");
    expect(explained(input, withOptions({ feb29Anniversary: "feb28" }))[0]).toBe(
      "Age 21: born 1984-02-29, attains age 21 on 2005-02-28 (a February 29 birthday falls on February 28 in a common year); met on 2005-03-01. (11-K Note 1.A)",
    );
  });

  it("no hours at all: the current period (plan year 2003) and the verdict on the data given", () => {
    // Periods: initial 2002-03-15..2003-03-14 and plan year 2003, both 0 hours; 2003-06-30 is in the plan year only.
    expect(explained({ ...met, hours: [] }).slice(1)).toEqual([
      "Service: not met on the hours given. The current period, plan year 2003-01-01 to 2003-12-31, has 0 of 1,000 hours: 1,000 to go by 2003-12-31. (11-K Note 1.A)",
      "Not eligible on the data given: the hours requirement is not met in any computation period.",
    ]);
  });
});

describe("the long-term part-time sentences", () => {
  // Hired 2020-07-01: the initial period begins before 2021-01-01 and is not counted; plan years 2021 to 2023
  // have 600 hours each (500 or more), 2024 none. The run of 3 ends with 2023, so the 2024 requirement is met
  // on 2024-01-01; the run of 2 ending with 2022 would only meet the 2025 requirement, on 2025-01-01.
  const input = {
    asOf: "2024-06-30",
    employer: "SOS",
    birthDate: "1980-01-01",
    employmentStartDate: "2020-07-01",
    highlyCompensated: false,
    hours: [2021, 2022, 2023].map((year) => ({ date: `${year}-06-30`, hours: 600 })),
  };
  const rule =
    "Long-term part-time rule: an employee may make their own deferrals after enough computation periods in a row with 500 hours or more in each (3 in a row from 2024-01-01, 2 in a row from 2025-01-01). " +
    "Only periods that begin on or after 2021-01-01 count, and age 21 must be reached by the end of the last of them. (IRC 401(k)(2)(D), 401(k)(15))";
  const periods = "Your periods: plan year 2021, 600 hours (500 or more); plan year 2022, 600 hours (500 or more); plan year 2023, 600 hours (500 or more); plan year 2024, 0 hours.";
  const runMet = "3 periods in a row end with plan year 2023 (3 needed), so the rule is met on 2024-01-01. This plan gives long-term part-time employees no employer match.";

  it("a long-term part-time employee on the as-of date: the whole explanation", () => {
    expect(explained(input)).toEqual([
      "Age 21: born 1980-01-01, attains age 21 on 2001-01-01; met on 2024-06-30. (11-K Note 1.A)",
      // The initial period has 600 hours too; of equals the latest, plan year 2023, came closest.
      "Service: not met on the hours given. The most hours in one period were 600, in the plan year 2023-01-01 to 2023-12-31; the current period, plan year 2024-01-01 to 2024-12-31, has 0 of 1,000 hours: 1,000 to go by 2024-12-31. (11-K Note 1.A)",
      "Not eligible on the data given: the hours requirement is not met in any computation period.",
      rule,
      periods,
      runMet,
      "You may make your own deferrals as a long-term part-time employee on 2024-06-30 (entry date 2024-01-01).",
    ]);
  });

  it("not yet on the as-of date, an excluded HCE, and a regular participant", () => {
    const result = evaluateEligibility(input, SOS_PLAN);
    const partTime = result.longTermPartTime!;
    // The same finding read on 2023-12-31 (the date is after it), for an SOS HCE, and for someone eligible to join.
    expect(longTermPartTimeSentences({ ...partTime, eligible: false }, { ...result, asOf: "2023-12-31" }, SOS_PLAN).at(-1)).toBe(
      "Not yet on 2023-12-31: on the hours given you may make your own deferrals from 2024-01-01.",
    );
    expect(longTermPartTimeSentences({ ...partTime, eligible: false, excluded: true }, result, SOS_PLAN).at(-1)).toBe(
      "Highly compensated employees of SOS are excluded from the plan, so this rule does not let them defer either.",
    );
    expect(longTermPartTimeSentences({ ...partTime, eligible: false }, { ...result, eligible: true }, SOS_PLAN).at(-1)).toBe(
      "You are a regular participant on 2024-06-30, so the part-time rule does not apply to you now.",
    );
    expect(longTermPartTimeSentences({ ...partTime, employerMatch: true }, result, SOS_PLAN)[2]).toBe(
      "3 periods in a row end with plan year 2023 (3 needed), so the rule is met on 2024-01-01. Long-term part-time employees get the employer match too.",
    );
  });

  it("an SOS HCE, from the rule: excluded this way too", () => {
    expect(explained({ ...input, highlyCompensated: true }).slice(-4)).toEqual([rule, periods, runMet, "Highly compensated employees of SOS are excluded from the plan, so this rule does not let them defer either."]);
  });
});
