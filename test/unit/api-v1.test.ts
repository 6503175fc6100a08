/**
 * The v1 endpoint functions (api-v1.md) called directly: JSON in, { status, body } out. Every
 * expected answer is worked by hand from plan-rules.md; every bad input is a 400 naming the field.
 */
import { describe, expect, it } from "vitest";
import { RuleInputError } from "@/lib/errors";
import { UnsupportedYearError } from "@/lib/plan/limits";
import { definePlan, type PlanDefinition } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { allocateEndpoint, contributionLimitEndpoint, eligibilityEndpoint, invalid, projectionEndpoint, vestingEndpoint } from "@/lib/api/v1";

type Issues = { error: string; issues: { path: string; message: string }[] };

function issuesOf(answer: { status: number; body: unknown }): Issues["issues"] {
  expect(answer.status).toBe(400);
  const body = answer.body as Issues;
  expect(body.error).toBe("invalid_request");
  return body.issues;
}

// 12 month-end entries of 80 (2002-03-31 .. 2003-02-28) and 80 on 2003-03-14: 13 × 80 = 1,040
// hours in the initial period 2002-03-15..2003-03-14.
const monthEnds = ["2002-03-31", "2002-04-30", "2002-05-31", "2002-06-30", "2002-07-31", "2002-08-31", "2002-09-30", "2002-10-31", "2002-11-30", "2002-12-31", "2003-01-31", "2003-02-28", "2003-03-14"];
const eligibilityExample = {
  asOf: "2003-06-30",
  employer: "SOS",
  birthDate: "1980-02-29",
  employmentStartDate: "2002-03-15",
  hours: monthEnds.map((date) => ({ date, hours: 80 })),
  highlyCompensated: false,
  priorYearCompensation: "95000.00",
  fivePercentOwner: false,
};

describe("POST /api/v1/eligibility", () => {
  it("api-v1's example: eligible on 2003-03-15 with 1,040 hours; born 1980-02-29, 21 on 2001-03-01", () => {
    const answer = eligibilityEndpoint(eligibilityExample);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      eligible: true,
      eligibilityDate: "2003-03-15",
      entryDate: "2003-03-15",
      excluded: false,
      highlyCompensated: false,
      requirements: [
        { id: "age", met: true, metOn: "2001-03-01", citation: "11-K Note 1.A" },
        { id: "service", met: true, metOn: "2003-03-15", citation: "11-K Note 1.A", periods: [{ start: "2002-03-15", end: "2003-03-14", hours: 1040 }] },
      ],
    });
    expect((answer.body as { explanation: string[] }).explanation.length).toBeGreaterThan(0);
  });

  it("without the stated status, 2002 pay of 95,000 is above 2002's 90,000: an HCE of SOS, excluded", () => {
    const { highlyCompensated: _, ...rest } = eligibilityExample;
    const answer = eligibilityEndpoint(rest);
    expect(answer.body).toMatchObject({ eligible: false, excluded: true, highlyCompensated: true, eligibilityDate: "2003-03-15" });
  });

  it("Inteliant: the service requirement is the 91st day and has no periods", () => {
    const answer = eligibilityEndpoint({ asOf: "2002-04-02", employer: "Inteliant", birthDate: "1970-01-01", employmentStartDate: "2002-01-01" });
    expect(answer.status).toBe(200);
    const service = (answer.body as { requirements: Record<string, unknown>[] }).requirements[1]!;
    expect(service).toEqual({ id: "service", met: true, metOn: "2002-04-02", citation: "11-K Note 1.A" });
  });

  it("999.9999 hours (4 decimals, the finest accepted) are below 1,000: not met", () => {
    const answer = eligibilityEndpoint({ ...eligibilityExample, hours: [{ date: "2002-12-31", hours: 999.9999 }] });
    expect(answer.body).toMatchObject({ eligible: false, eligibilityDate: null, requirements: [{ met: true }, { met: false, metOn: null, periods: [{ hours: 999.9999 }, {}] }] });
  });

  it("hours that never reach 1,000: eligibilityDate and metOn are null", () => {
    const answer = eligibilityEndpoint({ ...eligibilityExample, hours: [{ date: "2002-12-31", hours: 999.5 }] });
    expect(answer.body).toMatchObject({ eligible: false, eligibilityDate: null, entryDate: null, requirements: [{ met: true }, { met: false, metOn: null }] });
  });
});

describe("POST /api/v1/eligibility before 2002: HCE thresholds of look-back years 1997 to 2001 (plan-rules §2.3)", () => {
  // SOS, born 1970-01-01, started 1997-01-01, 1,000 hours on 1997-06-30: the initial period
  // 1997-01-01..1997-12-31 holds 1,000, so service is met on 1998-01-01; age 21 long since.
  const early = { employer: "SOS", birthDate: "1970-01-01", employmentStartDate: "1997-01-01", hours: [{ date: "1997-06-30", hours: 1000 }] };

  it("as of 2001-03-01 with no HCE fields: plan year 2001 looks back to 2000's $85,000, and no pay is not above it", () => {
    const answer = eligibilityEndpoint({ ...early, asOf: "2001-03-01" });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ eligible: true, eligibilityDate: "1998-01-01", excluded: false, highlyCompensated: false });
  });

  it.each([
    ["80000.00", false, true, "exactly 1997's $80,000 is not above it: eligible"],
    ["80000.01", true, false, "a cent above: an HCE of SOS, excluded"],
  ])("plan year 1998 (look-back 1997), 1997 pay %s: HCE %s, eligible %s (%s)", (pay, hce, eligible) => {
    const answer = eligibilityEndpoint({ ...early, asOf: "1998-06-30", priorYearCompensation: pay });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ eligible, eligibilityDate: "1998-01-01", excluded: hce, highlyCompensated: hce });
  });

  it("plan year 1997 (look-back 1996, no threshold) with no pay stated: not an HCE, answered", () => {
    const answer = eligibilityEndpoint({ ...early, asOf: "1997-06-30" });
    expect(answer.status).toBe(200);
    // Service is met on 1998-01-01, after the as-of date.
    expect(answer.body).toMatchObject({ eligible: false, eligibilityDate: "1998-01-01", excluded: false, highlyCompensated: false });
  });

  it("plan year 1997 with 1996 pay stated: 400 naming priorYearCompensation", () => {
    const issues = issuesOf(eligibilityEndpoint({ ...early, asOf: "1997-06-30", priorYearCompensation: "50000" }));
    expect(issues).toEqual([
      { path: "priorYearCompensation", message: expect.stringMatching(/^Prior-year compensation is 1996 pay, .*state highlyCompensated instead/) },
    ]);
  });

  it("plan year 1997: a 5% owner is an HCE, and a stated status decides, with or without pay", () => {
    const owner = eligibilityEndpoint({ ...early, asOf: "1997-06-30", fivePercentOwner: true, priorYearCompensation: "50000" });
    expect(owner.status).toBe(200);
    expect(owner.body).toMatchObject({ excluded: true, highlyCompensated: true });
    const stated = eligibilityEndpoint({ ...early, asOf: "1997-06-30", highlyCompensated: false, priorYearCompensation: "50000" });
    expect(stated.status).toBe(200);
    expect(stated.body).toMatchObject({ excluded: false, highlyCompensated: false });
  });
});

describe("POST /api/v1/contribution-limit", () => {
  it("api-v1's example: 2002, 80,000, 20% → 16,000 asked, 11,000 allowed under 402(g), 5,000 excess", () => {
    const answer = contributionLimitEndpoint({ planYear: 2002, compensation: "80000", birthDate: "1950-06-01", deferralPercent: 20 });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      planYear: 2002,
      compensationCounted: "80000.00",
      planPercentCap: 15,
      planCap: "12000.00",
      electiveDeferralLimit: "11000.00",
      catchUp: "0.00",
      maxDeferral: "11000.00",
      bindingLimit: "402(g)",
      requestedDeferral: "16000.00",
      allowedDeferral: "11000.00",
      excess: "5000.00",
      limitsAssumed: false,
    });
  });

  it("the tie at the cent: 73,333.33 → planCap 11,000.00, binding plan15Percent; no requested fields without a percent", () => {
    const answer = contributionLimitEndpoint({ planYear: 2002, compensation: 73333.33 });
    expect(answer.body).toMatchObject({ planCap: "11000.00", maxDeferral: "11000.00", bindingLimit: "plan15Percent" });
    expect(answer.body).not.toHaveProperty("requestedDeferral");
    expect(answer.body).not.toHaveProperty("excess");
  });

  it("2027 carries the 2026 limits: 402(g) 24,500, limitsAssumed true", () => {
    const answer = contributionLimitEndpoint({ planYear: 2027, compensation: "200000" });
    expect(answer.body).toMatchObject({ electiveDeferralLimit: "24500.00", maxDeferral: "24500.00", limitsAssumed: true });
  });
});

describe("POST /api/v1/vesting", () => {
  it("api-v1's example: 3 years, match 4,000.01 → vested 2,000.01, forfeitable 2,000.00, next 4 years 75%", () => {
    const answer = vestingEndpoint({ yearsOfService: 3, balances: { deferral: "10000", rollover: "500", match: "4000.01" }, planTerminated: false });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      yearsOfService: 3,
      vestedPercent: 50,
      vested: { deferral: "10000.00", rollover: "500.00", match: "2000.01", total: "12500.01" },
      forfeitable: "2000.00",
      nextStep: { yearsOfService: 4, vestedPercent: 75 },
    });
  });

  it("plan termination: 100%, nextStep null", () => {
    const answer = vestingEndpoint({ yearsOfService: 1, balances: { match: "4000.01" }, planTerminated: true });
    expect(answer.body).toMatchObject({ vestedPercent: 100, vested: { deferral: "0.00", rollover: "0.00", match: "4000.01", total: "4000.01" }, forfeitable: "0.00", nextStep: null });
  });

  it.each([
    ["2002-12-30", 2, 0, "the day before the 3rd anniversary of 1999-12-31"],
    ["2002-12-31", 3, 50, "the day of the 3rd anniversary"],
  ])("from dates, start 1999-12-31 as of %s: %i years, %i%% (%s)", (asOf, years, percent, _why) => {
    const answer = vestingEndpoint({ employmentStartDate: "1999-12-31", asOf, balances: { match: "100" } });
    expect(answer.body).toMatchObject({ yearsOfService: years, vestedPercent: percent });
  });

  it("years of service agreeing with the dates are accepted", () => {
    expect(vestingEndpoint({ yearsOfService: 3.5, employmentStartDate: "1999-12-31", asOf: "2002-12-31", balances: {} }).status).toBe(200);
  });

  describe("years stated beside the dates are checked under the plan's February 29 option", () => {
    // Start 2000-02-29. Under feb28 the 3rd anniversary in 2003 (no Feb 29) is 2003-02-28, so on
    // 2003-02-28 there are 3 completed years; under march1 (the default) it is 2003-03-01, so 2.
    const feb28 = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, feb29Anniversary: "feb28" } });
    const body = { employmentStartDate: "2000-02-29", asOf: "2003-02-28", balances: { match: "100" } };

    it("feb28: the dates give 3 years, and yearsOfService 3 beside them is accepted (3 years → 50%)", () => {
      expect(vestingEndpoint(body, feb28).body).toMatchObject({ yearsOfService: 3, vestedPercent: 50 });
      const answer = vestingEndpoint({ ...body, yearsOfService: 3 }, feb28);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ yearsOfService: 3, vestedPercent: 50 });
    });

    it("feb28: yearsOfService 2 beside the same dates disagrees with 3", () => {
      expect(vestingEndpoint({ ...body, yearsOfService: 2 }, feb28)).toMatchObject({
        status: 400,
        body: { issues: [{ path: "yearsOfService", message: expect.stringContaining("Years of service (2) disagrees with the 3 completed years") }] },
      });
    });

    it("march1 (default): the same dates give 2 years, so yearsOfService 3 disagrees", () => {
      expect(vestingEndpoint({ ...body, yearsOfService: 2 }).status).toBe(200);
      expect(vestingEndpoint({ ...body, yearsOfService: 3 })).toMatchObject({ status: 400, body: { issues: [{ path: "yearsOfService" }] } });
    });
  });
});

describe("POST /api/v1/forfeitures/allocate", () => {
  it("100.00 over three equal deferrals: 33.34, 33.33, 33.33 in input order", () => {
    const answer = allocateEndpoint({
      pool: "100.00",
      participants: [
        { id: "C", deferrals: "500" },
        { id: "A", deferrals: "500.00" },
        { id: "B", deferrals: 500 },
      ],
    });
    expect(answer).toEqual({
      status: 200,
      body: {
        allocations: [
          { id: "C", amount: "33.34" },
          { id: "A", amount: "33.33" },
          { id: "B", amount: "33.33" },
        ],
        total: "100.00",
      },
    });
  });
});

describe("POST /api/v1/projection", () => {
  it("the worked example for two years (see test/unit/projection.test.ts for the arithmetic)", () => {
    const answer = projectionEndpoint({
      asOf: "2002-12-31",
      birthDate: "1970-07-04",
      yearsOfService: 2,
      balances: { deferral: "12000", rollover: "0", match: "3000" },
      compensation: "40000",
      salaryGrowthPercent: 3,
      deferralPercent: 10,
      matchPercentOfDeferral: 26.2,
      annualReturnPercent: 6,
      years: 2,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      rows: [
        {
          planYear: 2003, age: 33, yearsOfService: 3, vestedPercent: 50, compensation: "40000.00", deferral: "4000.00", match: "1048.00", earnings: "1051.44",
          balances: { deferral: "16840.00", rollover: "0.00", match: "4259.44" }, total: "21099.44", vested: "18969.72", forfeitable: "2129.72",
        },
        {
          planYear: 2004, age: 34, yearsOfService: 4, vestedPercent: 75, compensation: "41200.00", deferral: "4120.00", match: "1079.44", earnings: "1421.95",
          balances: { deferral: "22094.00", rollover: "0.00", match: "5626.83" }, total: "27720.83", vested: "26314.12", forfeitable: "1406.71",
        },
      ],
      limitsAssumed: false,
    });
  });

  it("planTerminated vests the projection fully", () => {
    const answer = projectionEndpoint({
      asOf: "2002-12-31", birthDate: "1970-07-04", yearsOfService: 0, balances: { match: "1000" }, compensation: "40000",
      salaryGrowthPercent: 0, deferralPercent: 0, matchPercentOfDeferral: 0, annualReturnPercent: 0, years: 1, planTerminated: true,
    });
    expect(answer.body).toMatchObject({ rows: [{ vestedPercent: 100, vested: "1000.00", forfeitable: "0.00" }] });
  });
});

describe("bad input: 400 with the field named", () => {
  const contribution = { planYear: 2002, compensation: "80000" };
  const projection = {
    asOf: "2002-12-31", birthDate: "1970-07-04", yearsOfService: 2, balances: {}, compensation: "40000",
    salaryGrowthPercent: 3, deferralPercent: 10, matchPercentOfDeferral: 26.2, annualReturnPercent: 6, years: 2,
  };
  const { asOf: _asOf, ...eligibilityWithoutAsOf } = eligibilityExample;
  const { compensation: _c, ...contributionWithoutPay } = contribution;

  it.each([
    // missing
    ["eligibility", eligibilityWithoutAsOf, "asOf", "As-of date is required", "a missing as-of date"],
    ["contribution", contributionWithoutPay, "compensation", "Compensation is required", "a missing compensation"],
    ["vesting", { balances: {} }, "yearsOfService", "Years of service is required", "neither years nor dates"],
    ["vesting", { yearsOfService: 3 }, "balances", "Balances is required", "missing balances"],
    ["allocate", { participants: [{ id: "A", deferrals: "1" }] }, "pool", "Forfeiture pool is required", "a missing pool"],
    ["projection", { ...projection, years: undefined }, "years", "Years to project is required", "a missing number of years"],
    // wrong type
    ["eligibility", { ...eligibilityExample, employer: 5 }, "employer", "Employer must be \"SOS\"", "an employer that is a number"],
    ["contribution", { ...contribution, compensation: true }, "compensation", "Compensation must be an amount in dollars", "compensation that is a boolean"],
    ["contribution", { ...contribution, planYear: "2002" }, "planYear", "Plan year must be a year", "a plan year in quotes"],
    ["eligibility", { ...eligibilityExample, hours: "lots" }, "hours", "Hours must be a list", "hours that are not a list"],
    ["eligibility", { ...eligibilityExample, hours: [{ date: "2002-04-30", hours: "80" }] }, "hours.0.hours", "Hours entry 1: hours must be a number", "hours in quotes"],
    ["vesting", { yearsOfService: 3, balances: { match: "4,000.0x" } }, "balances.match", "Balances: employer match balance must be an amount", "a balance that is not an amount"],
    ["vesting", { yearsOfService: 3, balances: {}, planTerminated: "yes" }, "planTerminated", "Plan terminated must be true or false", "planTerminated in words"],
    ["allocate", { pool: "1", participants: [{ id: 7, deferrals: "1" }] }, "participants.0.id", "Participant 1: id must be a text id", "a numeric id"],
    // impossible date
    ["eligibility", { ...eligibilityExample, birthDate: "2003-02-29" }, "birthDate", "Birth date is not a real calendar date", "February 29, 2003"],
    ["eligibility", { ...eligibilityExample, asOf: "2003/06/30" }, "asOf", "As-of date must be a date written YYYY-MM-DD", "slashes"],
    ["vesting", { employmentStartDate: "2002-04-31", asOf: "2003-01-01", balances: {} }, "employmentStartDate", "Employment start date is not a real calendar date", "April 31"],
    // out of range: a date whose derived dates would pass year 9999 (these threw a RangeError, a 500)
    ["eligibility", { ...eligibilityExample, employmentStartDate: "9999-06-01", hours: [] }, "employmentStartDate", "Employment start date must be a date from 1800-01-01 to 2200-12-31", "a start in 9999, whose 12 months end in 10000"],
    ["eligibility", { ...eligibilityExample, birthDate: "9990-01-01", employmentStartDate: "9999-12-31", asOf: "9999-12-31", hours: [] }, "birthDate", "Birth date must be a date from 1800-01-01 to 2200-12-31", "a birth in 9990, 21 in 10011"],
    ["vesting", { employmentStartDate: "9999-12-31", asOf: "9999-12-31", balances: {} }, "employmentStartDate", "Employment start date must be a date from 1800-01-01 to 2200-12-31", "a start whose 3rd anniversary is in 10002"],
    ["contribution", { ...contribution, birthDate: "1799-12-31" }, "birthDate", "Birth date must be a date from 1800-01-01 to 2200-12-31", "a birth date before 1800"],
    // out of range
    ["contribution", { ...contribution, deferralPercent: 101 }, "deferralPercent", "Deferral percent must be at most 100", "a deferral percent above 100"],
    ["contribution", { ...contribution, compensation: "-1" }, "compensation", "Compensation must not be negative", "negative pay"],
    ["contribution", { ...contribution, compensation: "1.005" }, "compensation", "Compensation must have at most 2 decimals", "a fraction of a cent"],
    ["contribution", { ...contribution, planYear: 2001 }, "planYear", "Plan year must be 2002 or later", "a plan year before the table"],
    ["contribution", { ...contribution, planYear: 2002.5 }, "planYear", "Plan year must be a whole year", "half a year"],
    ["eligibility", { ...eligibilityExample, hours: [{ date: "2002-04-30", hours: -1 }] }, "hours.0.hours", "Hours entry 1: hours must not be negative", "negative hours"],
    // 999.99996 hours were credited as 1,000 (the ledger keeps ten-thousandths of an hour) and met the requirement.
    ["eligibility", { ...eligibilityExample, hours: [{ date: "2002-04-30", hours: 999.99996 }] }, "hours.0.hours", "Hours entry 1: hours must have at most 4 decimals", "hours finer than a ten-thousandth"],
    ["vesting", { yearsOfService: -1, balances: {} }, "yearsOfService", "Years of service must not be negative", "negative years"],
    ["projection", { ...projection, years: 61 }, "years", "Years to project must be at most 60", "61 years"],
    ["projection", { ...projection, annualReturnPercent: -101 }, "annualReturnPercent", "Annual return percent must be at least -100", "a return below −100%"],
    ["projection", { ...projection, asOf: "2000-12-31" }, "asOf", "As-of date must be in 2001 or later", "a projection starting in 2001"],
    ["allocate", { pool: "1", participants: [] }, "participants", "Participants must list at least one participant", "no participants"],
    // contradictory
    ["eligibility", { ...eligibilityExample, hours: [{ date: "2002-03-15", hours: 8 }, { date: "2002-03-14", hours: 8 }] }, "hours.1.date", "Hours entry 2: date is before the employment start date", "hours before the start"],
    ["eligibility", { ...eligibilityExample, birthDate: "2002-03-16" }, "birthDate", "Birth date is after the employment start date", "a birth date after the start"],
    ["eligibility", { ...eligibilityExample, asOf: "1997-06-30", employmentStartDate: "1997-01-15", hours: [], highlyCompensated: undefined }, "priorYearCompensation", "Prior-year compensation is 1996 pay, but this calculator has highly compensated thresholds only from 1997", "pay stated for a plan year whose look-back year (1996) has no threshold"],
    ["vesting", { yearsOfService: 5, employmentStartDate: "1999-12-31", asOf: "2002-12-31", balances: {} }, "yearsOfService", "Years of service (5) disagrees with the 3 completed years", "years that disagree with the dates"],
    ["vesting", { employmentStartDate: "2002-01-01", balances: {} }, "asOf", "As-of date is required with employmentStartDate", "a start date without an as-of date"],
    ["vesting", { employmentStartDate: "2002-01-01", asOf: "2001-12-31", balances: {} }, "asOf", "As-of date is before the employment start date", "an as-of date before the start"],
    ["projection", { ...projection, birthDate: "2003-01-01" }, "birthDate", "Birth date is after asOf", "a birth date after the as-of date"],
    ["projection", { ...projection, employmentStartDate: "2003-01-01" }, "employmentStartDate", "Employment start date is after asOf", "a start after the as-of date"],
    ["projection", { ...projection, yearsOfService: undefined }, "yearsOfService", "Years of service is required", "neither years nor a start date"],
    ["allocate", { pool: "1", participants: [{ id: "A", deferrals: "1" }, { id: "A", deferrals: "2" }] }, "participants.1.id", "Participant 2: id repeats the id \"A\"", "a repeated id"],
    ["allocate", { pool: "1", participants: [{ id: "A", deferrals: "0" }] }, "participants", "Participants have deferrals totalling 0", "a pool with no deferrals"],
    // The repeat is named even when another participant's field fails (one answer names every problem).
    ["allocate", { pool: "1", participants: [{ id: "A", deferrals: "1" }, { id: "B", deferrals: "1.001" }, { id: "A", deferrals: "2" }] }, "participants.2.id", "Participant 3: id repeats the id \"A\" of participants.0", "a repeat beside a bad amount"],
  ] as const)("%s with %j: %s — \"%s…\" (%s)", (endpoint, body, path, message, _why) => {
    const call = { eligibility: eligibilityEndpoint, contribution: contributionLimitEndpoint, vesting: vestingEndpoint, allocate: allocateEndpoint, projection: projectionEndpoint }[endpoint];
    const issues = issuesOf(call(JSON.parse(JSON.stringify(body))));
    const issue = issues.find((candidate) => candidate.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message.startsWith(message), issue!.message).toBe(true);
  });

  it.each([[null], [[]], ["text"], [42], [undefined]])("a body that is not a JSON object (%j) is a 400 naming the request", (body) => {
    const issues = issuesOf(vestingEndpoint(body));
    expect(issues).toEqual([{ path: "", message: expect.stringContaining("must be a JSON object") }]);
  });

  it("an unknown field is ignored", () => {
    const answer = contributionLimitEndpoint({ ...contribution, favouriteColour: "green", planYear: 2002 });
    expect(answer.status).toBe(200);
    expect(answer.body).not.toHaveProperty("favouriteColour");
  });

  it("a __proto__ key cannot supply a field, and pollutes nothing", () => {
    const smuggled = JSON.parse('{"__proto__": {"planYear": 2002}, "compensation": "80000"}');
    const issues = issuesOf(contributionLimitEndpoint(smuggled));
    expect(issues.map((issue) => issue.path)).toEqual(["planYear"]);
    expect(issues[0]!.message).toBe("Plan year is required.");
    expect(({} as Record<string, unknown>).planYear).toBeUndefined();
  });

  it("a __proto__ key beside valid fields is ignored like any unknown field", () => {
    const body = JSON.parse('{"planYear": 2002, "compensation": "80000", "__proto__": {"isAdmin": true}}');
    expect(contributionLimitEndpoint(body).status).toBe(200);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("several problems are all reported", () => {
    const issues = issuesOf(contributionLimitEndpoint({ planYear: 1999, compensation: "x", deferralPercent: -1 }));
    expect(issues.map((issue) => issue.path).sort()).toEqual(["compensation", "deferralPercent", "planYear"]);
  });

  it("invalid() may carry another status (413 for a body that is too large)", () => {
    expect(invalid([{ path: "", message: "The request body is over 1 MiB." }], 413)).toEqual({
      status: 413,
      body: { error: "invalid_request", issues: [{ path: "", message: "The request body is over 1 MiB." }] },
    });
  });
});

describe("errors a rule raises become answers", () => {
  /** A plan that fails as soon as a rule reads it, to see how the endpoint answers. */
  const failing = (error: Error) => new Proxy({} as PlanDefinition, { get: () => { throw error; } });
  const request = { planYear: 2002, compensation: "80000" };

  it("a rule's input error is a 400 naming its field", () => {
    expect(contributionLimitEndpoint(request, failing(new RuleInputError("birthDate", { code: "birthAfterStart" })))).toEqual({
      status: 400,
      body: { error: "invalid_request", issues: [{ path: "birthDate", message: "birthDate is after employmentStartDate: a person cannot start work before being born" }] },
    });
  });

  it("an unsupported year is a 400 naming the endpoint's year field", () => {
    const answer = contributionLimitEndpoint(request, failing(new UnsupportedYearError({ code: "beforeLimits", year: 2001, first: 2002 })));
    expect(issuesOf(answer)).toEqual([{ path: "planYear", message: "plan year 2001 is before 2002, the first year this calculator's IRS limits table covers" }]);
  });

  it("anything else is not disguised as the caller's fault", () => {
    expect(() => contributionLimitEndpoint(request, failing(new TypeError("bug")))).toThrow(TypeError);
  });
});
