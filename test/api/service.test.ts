/**
 * The fields added in this version of api-v1 (plan-rules §2.4 and §4.1), over HTTP against the
 * production build: `mayDefer` and `longTermPartTime` on eligibility; `hours` on vesting and the
 * `service` record it answers with; and every new error, a 400 naming the field.
 * Expected figures worked out by hand (arithmetic in the comments).
 */
import { describe, expect, it } from "vitest";
import { issueAt, post } from "./client";

describe("POST /api/v1/eligibility: mayDefer and longTermPartTime", () => {
  it("a long-term part-timer: 550 and 640 hours in 2022 and 2023 let them defer from 2025-01-01, with no match", async () => {
    // Start 2021-01-04: initial period 2021-01-04..2022-01-03 (300 h, does not qualify), then plan
    // years 2022 (550 ✓), 2023 (640 ✓), 2024 (200), 2025 (0). The run of 2 ending 2023-12-31 meets
    // the 2-period requirement from max(2024-01-01, 2025-01-01) = 2025-01-01. No period reaches 1,000,
    // so not eligible under the regular rule.
    const { status, json } = await post("eligibility", {
      asOf: "2025-06-30", employer: "SOS", birthDate: "1990-01-01", employmentStartDate: "2021-01-04",
      hours: [{ date: "2021-06-30", hours: 300 }, { date: "2022-06-30", hours: 550 }, { date: "2023-06-30", hours: 640 }, { date: "2024-06-30", hours: 200 }],
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({ eligible: false, eligibilityDate: null, mayDefer: true });
    expect(json.longTermPartTime).toEqual({
      eligible: true, eligibilityDate: "2025-01-01", entryDate: "2025-01-01", employerMatch: false, citation: "IRC 401(k)(2)(D), 401(k)(15)",
      periods: [
        { start: "2021-01-04", end: "2022-01-03", hours: 300, qualifies: false },
        { start: "2022-01-01", end: "2022-12-31", hours: 550, qualifies: true },
        { start: "2023-01-01", end: "2023-12-31", hours: 640, qualifies: true },
        { start: "2024-01-01", end: "2024-12-31", hours: 200, qualifies: false },
        { start: "2025-01-01", end: "2025-12-31", hours: 0, qualifies: false },
      ],
    });
    expect(json.explanation.join(" ")).toContain("no employer match");
  });

  it("the day before: as of 2024-12-31 the date is ahead, so no deferrals yet", async () => {
    const { json } = await post("eligibility", {
      asOf: "2024-12-31", employer: "SOS", birthDate: "1990-01-01", employmentStartDate: "2021-01-04",
      hours: [{ date: "2022-06-30", hours: 550 }, { date: "2023-06-30", hours: 640 }],
    });
    expect(json.mayDefer).toBe(false);
    expect(json.longTermPartTime).toMatchObject({ eligible: false, eligibilityDate: "2025-01-01" });
  });

  it("a regular participant may defer; the part-time finding is there, not eligible, with no counted period in 2003", async () => {
    // 1,040 hours in the initial period 2002-03-15..2003-03-14: eligible on 2003-03-15.
    const { json } = await post("eligibility", {
      asOf: "2003-06-30", employer: "SOS", birthDate: "1980-02-29", employmentStartDate: "2002-03-15",
      hours: [{ date: "2002-03-31", hours: 520 }, { date: "2003-03-14", hours: 520 }], highlyCompensated: false,
    });
    expect(json).toMatchObject({ eligible: true, mayDefer: true });
    expect(json.longTermPartTime).toEqual({ eligible: false, eligibilityDate: null, entryDate: null, employerMatch: false, citation: "IRC 401(k)(2)(D), 401(k)(15)", periods: [] });
  });

  it("an SOS HCE may not defer either way; the part-time date is still given", async () => {
    // 600 in the initial period (2021), 2022 and 2023: a run of 3 ending 2023-12-31 → 2024-01-01.
    const { json } = await post("eligibility", {
      asOf: "2024-06-30", employer: "SOS", birthDate: "1990-01-01", employmentStartDate: "2021-01-04", highlyCompensated: true,
      hours: [{ date: "2021-06-30", hours: 600 }, { date: "2022-06-30", hours: 600 }, { date: "2023-06-30", hours: 600 }],
    });
    expect(json).toMatchObject({ excluded: true, eligible: false, mayDefer: false });
    expect(json.longTermPartTime).toMatchObject({ eligible: false, eligibilityDate: "2024-01-01" });
  });

  it("Inteliant: longTermPartTime is null and mayDefer is its eligibility", async () => {
    // 2002-01-01 + 91 days = 2002-04-02.
    const { json } = await post("eligibility", { asOf: "2002-04-02", employer: "Inteliant", birthDate: "1960-05-05", employmentStartDate: "2002-01-01" });
    expect(json).toMatchObject({ eligible: true, mayDefer: true, longTermPartTime: null });
    const before = await post("eligibility", { asOf: "2002-04-01", employer: "Inteliant", birthDate: "1960-05-05", employmentStartDate: "2002-01-01" });
    expect(before.json).toMatchObject({ eligible: false, mayDefer: false, longTermPartTime: null });
  });
});

describe("POST /api/v1/vesting with hours", () => {
  // Start 2019-01-07. 2019: 500 + 500 (1,000th hour on 2019-09-30) + 240 = 1,240, a year.
  // 2020: 1,100, a year. 2021: 300, a break. 2022: 1,000, a year. 2023: 800 and 2024: 700, neither.
  // 2025 (today's) by 2025-06-30: 620, 1,000 − 620 = 380 to go. Years: 2019, 2020, 2022 = 3 → 50%.
  // Last ended period 2024 is no break: 0 in a row. Last period over 500 hours: 2025 → breaks
  // 2026..2030 → forfeited 2031-01-01.
  const body = {
    employmentStartDate: "2019-01-07", asOf: "2025-06-30",
    hours: [
      { date: "2019-03-31", hours: 500 }, { date: "2019-09-30", hours: 500 }, { date: "2019-12-31", hours: 240 },
      { date: "2020-06-30", hours: 1100 }, { date: "2021-06-30", hours: 300 }, { date: "2022-06-30", hours: 1000 },
      { date: "2023-06-30", hours: 800 }, { date: "2024-06-30", hours: 700 }, { date: "2025-03-31", hours: 620 },
    ],
    balances: { deferral: "10000", rollover: "500", match: "4000.01" },
  };

  it("years, percent, amounts and next step come from the hours; the answer adds the service record", async () => {
    const { status, json } = await post("vesting", body);
    expect(status).toBe(200);
    // 4,000.01 × 50% = 2,000.005 → 2,000.01; forfeitable 2,000.00; total 10,000 + 500 + 2,000.01.
    expect(json).toMatchObject({
      yearsOfService: 3, vestedPercent: 50,
      vested: { deferral: "10000.00", rollover: "500.00", match: "2000.01", total: "12500.01" },
      forfeitable: "2000.00", nextStep: { yearsOfService: 4, vestedPercent: 75 },
    });
    expect(json.service).toMatchObject({
      method: "hoursCounting", yearsOfService: 3, consecutiveBreaks: 0, forfeitsOn: "2031-01-01",
      currentPeriod: { start: "2025-01-01", end: "2025-12-31", hours: 620, hoursToYearOfService: 380 },
    });
    expect(json.service.periods.map((p: any) => [p.start, p.end, p.hours, p.yearOfService, p.creditedOn, p.breakInService])).toEqual([
      ["2019-01-01", "2019-12-31", 1240, true, "2019-09-30", false],
      ["2020-01-01", "2020-12-31", 1100, true, "2020-06-30", false],
      ["2021-01-01", "2021-12-31", 300, false, null, true],
      ["2022-01-01", "2022-12-31", 1000, true, "2022-06-30", false],
      ["2023-01-01", "2023-12-31", 800, false, null, false],
      ["2024-01-01", "2024-12-31", 700, false, null, false],
      ["2025-01-01", "2025-12-31", 620, false, null, false],
    ]);
    // No hours ahead of asOf: the steps ahead have no date.
    expect(json.stepsAhead.map((s: any) => s.reachedOn)).toEqual([null, null]);
  });

  it("hours ahead of asOf date the step they reach, without moving today's percentage", async () => {
    // 1,000 on June 30 of 2001, 2002, 2003; as of 2003-03-31 the third is ahead: 2 years, 0%;
    // the 3-year step (50%) is reached on 2003-06-30.
    const { json } = await post("vesting", {
      employmentStartDate: "2001-01-15", asOf: "2003-03-31",
      hours: [{ date: "2001-06-30", hours: 1000 }, { date: "2002-06-30", hours: 1000 }, { date: "2003-06-30", hours: 1000 }], balances: { match: "100" },
    });
    expect(json).toMatchObject({ yearsOfService: 2, vestedPercent: 0, nextStep: { yearsOfService: 3, vestedPercent: 50 } });
    expect(json.stepsAhead.map((s: any) => [s.yearsOfService, s.reachedOn])).toEqual([[3, "2003-06-30"], [4, null], [5, null]]);
    expect(json.service.currentPeriod).toEqual({ start: "2003-01-01", end: "2003-12-31", hours: 0, hoursToYearOfService: 1000 });
    // 2001 and 2002 are years; the last over 500 hours is 2003 → breaks 2004..2008 → 2009-01-01.
    expect(json.service.forfeitsOn).toBe("2009-01-01");
  });

  it("an empty hours list means hours counting: 0 years where the dates alone give 4", async () => {
    // 2001-01-15 → 2005-06-30: four anniversaries. No hours: 0 years; breaks 2001..2004 in a row.
    const byHours = await post("vesting", { employmentStartDate: "2001-01-15", asOf: "2005-06-30", hours: [], balances: { match: "100" } });
    expect(byHours.json).toMatchObject({ yearsOfService: 0, vestedPercent: 0, service: { yearsOfService: 0, consecutiveBreaks: 4, forfeitsOn: "2006-01-01" } });
    const byDates = await post("vesting", { employmentStartDate: "2001-01-15", asOf: "2005-06-30", balances: { match: "100" } });
    expect(byDates.json.yearsOfService).toBe(4);
    expect(byDates.json).not.toHaveProperty("service");
  });

  it("no match, or 100% on the hours given: forfeitsOn is null", async () => {
    const hours = [2001, 2002, 2003, 2004, 2005].map((year) => ({ date: `${year}-06-30`, hours: 1000 }));
    const full = await post("vesting", { employmentStartDate: "2001-01-15", asOf: "2006-01-01", hours, balances: { match: "100" } });
    expect(full.json).toMatchObject({ yearsOfService: 5, vestedPercent: 100, nextStep: null, service: { forfeitsOn: null } });
    const none = await post("vesting", { employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours: hours.slice(0, 2), balances: { match: "0" } });
    expect(none.json.service.forfeitsOn).toBeNull();
  });

  it("a yearsOfService that agrees with the hours is accepted", async () => {
    const { status, json } = await post("vesting", { ...body, yearsOfService: 3 });
    expect(status).toBe(200);
    expect(json.yearsOfService).toBe(3);
  });
});

describe("the new errors: 400 naming the field", () => {
  const start = { employmentStartDate: "2001-01-15", asOf: "2004-01-01", balances: { match: "100" } };

  it.each([
    ["hours before the start", { ...start, hours: [{ date: "2001-06-30", hours: 8 }, { date: "2001-01-14", hours: 8 }] }, "hours.1.date", /before the employment start date \(2001-01-15\)/],
    ["an entry over 8,784 hours", { ...start, hours: [{ date: "2001-06-30", hours: 8784.0001 }] }, "hours.0.hours", /at most 8784/],
    ["an entry with more than 4 decimals", { ...start, hours: [{ date: "2001-06-30", hours: 999.99996 }] }, "hours.0.hours", /at most 4 decimals/],
    ["negative hours", { ...start, hours: [{ date: "2001-06-30", hours: -1 }] }, "hours.0.hours", /must not be negative/],
    ["an impossible date", { ...start, hours: [{ date: "2003-02-29", hours: 1 }] }, "hours.0.date", /not a real calendar date/],
    ["hours that are not a list", { ...start, hours: { date: "2001-06-30", hours: 8 } }, "hours", /must be a list/],
    ["yearsOfService that contradicts the hours", { ...start, hours: [{ date: "2001-06-30", hours: 1000 }], yearsOfService: 3 }, "yearsOfService", /disagrees with the hours, which give 1 year of service on 2004-01-01/],
    ["hours without a start date", { asOf: "2004-01-01", hours: [], balances: {} }, "employmentStartDate", /is required with hours/],
    ["hours without an as-of date", { employmentStartDate: "2001-01-15", hours: [], balances: {} }, "asOf", /is required with hours/],
    ["an as-of date before the start", { ...start, asOf: "2001-01-14", hours: [] }, "asOf", /before the employment start date/],
  ])("vesting: %s", async (_name, body, path, message) => {
    const { status, json } = await post("vesting", body);
    expect(status).toBe(400);
    expect(json.error).toBe("invalid_request");
    expect(issueAt(json, path)?.message, JSON.stringify(json)).toMatch(message);
  });

  it.each([
    ["an entry over 8,784 hours", [{ date: "2022-06-30", hours: 9000 }], "hours.0.hours", /at most 8784/],
    ["an entry with more than 4 decimals", [{ date: "2022-06-30", hours: 499.99999 }], "hours.0.hours", /at most 4 decimals/],
  ])("eligibility: %s", async (_name, hours, path, message) => {
    const { status, json } = await post("eligibility", { asOf: "2025-06-30", employer: "SOS", birthDate: "1990-01-01", employmentStartDate: "2021-01-04", hours });
    expect(status).toBe(400);
    expect(issueAt(json, path)?.message).toMatch(message);
  });
});
