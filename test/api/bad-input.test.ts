/**
 * Bad input of every kind gets 400 (or 413) with the field named, never a 5xx; and a fast-check
 * property posts arbitrary JSON to every endpoint.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base, issueAt, post } from "./client";

const ENDPOINTS = ["eligibility", "contribution-limit", "vesting", "forfeitures/allocate", "projection"];

const eligibility = { asOf: "2003-06-30", employer: "SOS", birthDate: "1980-02-29", employmentStartDate: "2002-03-15" };

describe("bad input is answered 400 with the field named", () => {
  it.each([
    ["a missing field", { ...eligibility, birthDate: undefined }, "birthDate", /Birth date is required/],
    ["a wrong type", { ...eligibility, employer: 7 }, "employer", /Employer must be "SOS"/],
    ["an impossible date", { ...eligibility, asOf: "2003-02-29" }, "asOf", /not a real calendar date/],
    ["a date in another format", { ...eligibility, asOf: "06/30/2003" }, "asOf", /YYYY-MM-DD/],
    ["negative hours", { ...eligibility, hours: [{ date: "2002-04-01", hours: -1 }] }, "hours.0.hours", /must not be negative/],
    ["hours before the start (contradictory)", { ...eligibility, hours: [{ date: "2002-03-14", hours: 8 }] }, "hours.0.date", /before the employment start date/],
    ["a birth date after the start (contradictory)", { ...eligibility, birthDate: "2002-03-16" }, "birthDate", /after the employment start date/],
    ["money with three decimals", { ...eligibility, priorYearCompensation: "1.005" }, "priorYearCompensation", /at most 2 decimals/],
  ])("eligibility: %s", async (_name, body, path, message) => {
    const { status, json } = await post("eligibility", body);
    expect(status).toBe(400);
    expect(json.error).toBe("invalid_request");
    expect(issueAt(json, path)?.message).toMatch(message);
  });

  it.each([
    ["a negative balance", "vesting", { yearsOfService: 1, balances: { match: "-1" } }, "balances.match", /must not be negative/],
    ["a string for a number", "vesting", { yearsOfService: "3", balances: {} }, "yearsOfService", /must be a number/],
    ["out of range years", "projection", { asOf: "2002-12-31", birthDate: "1970-01-01", yearsOfService: 1, balances: {}, compensation: "1", salaryGrowthPercent: 0, deferralPercent: 1, matchPercentOfDeferral: 0, annualReturnPercent: 0, years: 61 }, "years", /at most 60/],
    ["a deferral percent over 100", "contribution-limit", { planYear: 2002, compensation: "1", deferralPercent: 101 }, "deferralPercent", /at most 100/],
    ["no participants", "forfeitures/allocate", { pool: "1", participants: [] }, "participants", /at least one/],
  ])("%s (%s)", async (_name, endpoint, body, path, message) => {
    const { status, json } = await post(endpoint, body);
    expect(status).toBe(400);
    expect(issueAt(json, path)?.message).toMatch(message);
  });

  it.each(ENDPOINTS)("%s: a body that is not JSON, or not an object", async (endpoint) => {
    for (const raw of ["nope", "", "[1,2]", "null", "42", '"text"', "{"]) {
      const { status, json } = await post(endpoint, raw, true);
      expect(status, raw).toBe(400);
      expect(json.error).toBe("invalid_request");
      expect(json.issues[0].path).toBe("");
    }
  });

  it.each(ENDPOINTS)("%s: a body over 1 MiB gets 413", async (endpoint) => {
    const big = JSON.stringify({ padding: "x".repeat(1024 * 1024) });
    const { status, json } = await post(endpoint, big, true);
    expect(status).toBe(413);
    expect(json.issues[0].message).toMatch(/larger than 1 MiB/);
  });

  it("an unknown field is ignored, and a __proto__ key does nothing", async () => {
    const body = `{"yearsOfService":3,"balances":{"match":"10","__proto__":{"match":"999"}},"__proto__":{"planTerminated":true},"extra":1}`;
    const { status, json } = await post("vesting", body, true);
    expect(status).toBe(200);
    expect(json).toMatchObject({ vestedPercent: 50, vested: { match: "5.00" } });
  });

  it("only POST is served", async () => {
    const response = await fetch(`${base()}/api/v1/vesting`);
    expect(response.status).toBe(405);
  });
});

describe("fuzz: arbitrary JSON never gets a 5xx", () => {
  const field = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom("2003-02-29", "2002-03-15", "1980-02-29", "9999-12-31", "0000-01-01", "1e309", "-0", "NaN", "__proto__"),
    fc.double(),
    fc.integer(),
  );
  const keys = ["asOf", "employer", "birthDate", "employmentStartDate", "hours", "highlyCompensated", "priorYearCompensation", "fivePercentOwner",
    "planYear", "compensation", "deferralPercent", "yearsOfService", "balances", "planTerminated", "pool", "participants",
    "salaryGrowthPercent", "matchPercentOfDeferral", "annualReturnPercent", "years", "__proto__", "constructor"];
  const body = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.constantFrom(...keys), field),
    fc.record({
      asOf: fc.constantFrom("2003-06-30", "2001-01-01", "1900-01-01"),
      employer: fc.constantFrom("SOS", "Inteliant"),
      birthDate: fc.constantFrom("1980-02-29", "2010-01-01"),
      employmentStartDate: fc.constantFrom("2002-03-15", "1901-01-01"),
      hours: fc.array(fc.record({ date: fc.constantFrom("2002-03-15", "2003-12-31", "x"), hours: fc.oneof(fc.double(), fc.integer()) }), { maxLength: 5 }),
      planYear: fc.integer(), compensation: field, balances: fc.dictionary(fc.constantFrom("deferral", "rollover", "match"), field),
      pool: field, participants: fc.array(fc.record({ id: fc.string(), deferrals: field }), { maxLength: 5 }),
      years: fc.integer({ min: -5, max: 70 }), yearsOfService: fc.double(), deferralPercent: fc.double(),
      salaryGrowthPercent: fc.double(), matchPercentOfDeferral: fc.double(), annualReturnPercent: fc.double(),
    }, { requiredKeys: [] }),
  );

  it("every endpoint answers 200, 400 or 413 with JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ENDPOINTS), body, async (endpoint, value) => {
        const { status, json } = await post(endpoint, value);
        expect([200, 400, 413]).toContain(status);
        expect(json).not.toHaveProperty("notJson");
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
