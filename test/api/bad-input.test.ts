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
  const hugeNumber = fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), 1e-320, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, -0);
  const numericString = fc.constantFrom("1e309", "-0", "NaN", "Infinity", "0x10", "1_000", "12,50", "$1,000.00", " 5 ", "9".repeat(400), "0.0000000001");
  const sneakyKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf");
  const junk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small" }, fc.jsonValue(), hugeNumber, numericString, tie("object"), tie("array")),
    object: fc.dictionary(fc.oneof(sneakyKey, fc.string()), tie("value"), { maxKeys: 4 }),
    array: fc.array(tie("value"), { maxLength: 4 }),
  })).value;
  const field = fc.oneof(
    junk,
    fc.constantFrom("2003-02-29", "2002-03-15", "1980-02-29", "9999-12-31", "0000-01-01", "1799-12-31", "2201-01-01", "__proto__"),
    fc.double(),
    fc.integer(),
    hugeNumber,
    numericString,
  );
  const keys = ["asOf", "employer", "birthDate", "employmentStartDate", "hours", "highlyCompensated", "priorYearCompensation", "fivePercentOwner",
    "planYear", "compensation", "deferralPercent", "yearsOfService", "balances", "planTerminated", "pool", "participants",
    "salaryGrowthPercent", "matchPercentOfDeferral", "annualReturnPercent", "years", "__proto__", "constructor", "prototype"];
  const body = fc.oneof(
    junk,
    fc.dictionary(fc.constantFrom(...keys), field),
    fc.record({
      asOf: fc.constantFrom("2003-06-30", "2001-01-01", "1900-01-01", "2200-12-31"),
      employer: fc.constantFrom("SOS", "Inteliant", "sos", ""),
      birthDate: fc.constantFrom("1980-02-29", "2010-01-01", "1800-01-01"),
      employmentStartDate: fc.constantFrom("2002-03-15", "1901-01-01", "2200-12-31"),
      hours: fc.array(fc.record({ date: fc.constantFrom("2002-03-15", "2003-12-31", "x", "__proto__"), hours: fc.oneof(fc.double(), fc.integer(), hugeNumber, numericString) }), { maxLength: 5 }),
      planYear: fc.oneof(fc.integer(), hugeNumber, numericString), compensation: field,
      balances: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom("deferral", "rollover", "match"), sneakyKey), field), junk),
      pool: field, participants: fc.oneof(fc.array(fc.record({ id: fc.oneof(fc.string(), sneakyKey, fc.integer()), deferrals: field }), { maxLength: 5 }), junk),
      years: fc.oneof(fc.integer({ min: -5, max: 70 }), hugeNumber, numericString), yearsOfService: fc.oneof(fc.double(), hugeNumber, numericString),
      deferralPercent: fc.oneof(fc.double(), numericString), salaryGrowthPercent: fc.oneof(fc.double(), hugeNumber), matchPercentOfDeferral: fc.double(),
      annualReturnPercent: fc.oneof(fc.double(), hugeNumber), planTerminated: fc.oneof(fc.boolean(), junk),
    }, { requiredKeys: [] }),
  );

  it("every endpoint answers 200, 400 or 413 with JSON, whatever the body", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ENDPOINTS), body, async (endpoint, value) => {
        const { status, json } = await post(endpoint, value);
        expect([200, 400, 413]).toContain(status);
        expect(json).not.toHaveProperty("notJson");
        if (status === 400) expect(json.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  }, 180_000);

  // The fields added with hours counting and the part-time rule: hours lists for vesting (with or
  // without a start, a stated yearsOfService beside them) and eligibility dates in the part-time years.
  const hoursEntry = fc.record(
    {
      date: fc.oneof(fc.constantFrom("2000-12-31", "2001-01-14", "2001-01-15", "2004-02-29", "2024-06-30", "2025-01-01", "2003-02-29", "", "__proto__"), field),
      hours: fc.oneof(fc.integer({ min: -10, max: 9000 }), fc.double(), fc.constantFrom(8784, 8784.0001, 999.99996, 500, 1000, 999.5, 41.66), hugeNumber, numericString, junk),
    },
    { requiredKeys: [] },
  );
  const serviceBody = fc.record(
    {
      employmentStartDate: fc.oneof(fc.constantFrom("2001-01-15", "2021-01-04", "2000-02-29", "1800-01-01", "2200-12-31"), field),
      asOf: fc.oneof(fc.constantFrom("2001-01-14", "2005-06-30", "2025-06-30", "2200-12-31"), field),
      hours: fc.oneof(fc.array(hoursEntry, { maxLength: 8 }), fc.constant([]), junk),
      yearsOfService: fc.oneof(fc.integer({ min: -1, max: 101 }), fc.double(), numericString, junk),
      balances: fc.oneof(fc.record({ match: fc.constantFrom("0", "100", "4000.01", "-1", "1.001") }), junk),
      planTerminated: fc.oneof(fc.boolean(), junk),
      employer: fc.constantFrom("SOS", "Inteliant", "x"),
      birthDate: fc.constantFrom("1980-02-29", "2003-01-01", "2030-01-01"),
      highlyCompensated: fc.oneof(fc.boolean(), junk),
    },
    { requiredKeys: [] },
  );

  it("vesting with hours and eligibility in the part-time years answer 200 or 400 with JSON, whatever the fields", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("vesting", "eligibility"), serviceBody, async (endpoint, value) => {
        const { status, json } = await post(endpoint, value);
        expect([200, 400]).toContain(status);
        expect(json).not.toHaveProperty("notJson");
        if (status === 400) expect(json.issues.length).toBeGreaterThan(0);
        if (status === 200 && endpoint === "vesting" && Array.isArray((value as { hours?: unknown }).hours)) {
          expect(json.service.method).toBe("hoursCounting");
          expect(json.service.yearsOfService).toBe(json.yearsOfService);
        }
        if (status === 200 && endpoint === "eligibility") {
          expect(typeof json.mayDefer).toBe("boolean");
          if (json.eligible) expect(json.mayDefer).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  }, 180_000);

  it("the batch: arbitrary envelopes and items answer 200, 400 or 413 with JSON; each item 200 or 400", async () => {
    const item = fc.oneof(
      junk,
      fc.record({ id: fc.oneof(fc.string(), fc.integer(), junk), endpoint: fc.oneof(fc.constantFrom(...ENDPOINTS, "health", "__proto__", "constructor"), junk), body }, { requiredKeys: [] }),
    );
    const envelope = fc.oneof(junk, fc.record({ requests: fc.oneof(fc.array(item, { maxLength: 6 }), junk) }, { requiredKeys: [] }), fc.dictionary(fc.oneof(sneakyKey, fc.constant("requests")), junk));
    await fc.assert(
      fc.asyncProperty(envelope, async (value) => {
        const { status, json } = await post("batch", value);
        expect([200, 400, 413]).toContain(status);
        expect(json).not.toHaveProperty("notJson");
        if (status === 400) expect(json.issues.length).toBeGreaterThan(0);
        if (status === 200) for (const response of json.responses) expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 300 },
    );
  }, 180_000);

  it("a body nested 10,000 deep, and one with 100,000 keys, are answered 400 (not a crash)", async () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    for (const endpoint of ENDPOINTS) expect((await post(endpoint, deep, true)).status).toBe(400);
    expect((await post("batch", deep, true)).status).toBe(400);
    const deepItem = `{"requests":[{"endpoint":"vesting","body":${deep}},{"endpoint":"vesting","body":{"yearsOfService":3,"balances":{}}}]}`;
    const batch = await post("batch", deepItem, true);
    expect(batch.status).toBe(200);
    expect(batch.json.responses.map((r: { status: number }) => r.status)).toEqual([400, 200]);
    const wide = JSON.stringify(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])));
    for (const endpoint of ENDPOINTS) expect([400, 413]).toContain((await post(endpoint, wide, true)).status);
  });
});
