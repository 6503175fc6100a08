/**
 * The endpoint functions never throw (a route would answer 500) for any well-shaped request, with
 * dates anywhere in years 0001–9999 and numbers anywhere in their ranges: each answer is a 200 or
 * a 400 naming a field. (Dates near 9999 used to throw: their anniversaries fall in year 10000.)
 * Vesting with hours (plan-rules §4.1) is fuzzed with its service record checked.
 */
import fc from "fast-check";
import { nondiscriminationEndpoint } from "@/lib/api/nondiscrimination";
import { describe, expect, it } from "vitest";
import { allocateEndpoint, contributionLimitEndpoint, eligibilityEndpoint, projectionEndpoint, vestingEndpoint, type ApiAnswer } from "@/lib/api/v1";
import { addDays } from "@/lib/dates";
import { batchEndpoint } from "@/lib/api/batch";
import { ENDPOINT_NAMES, type EndpointName } from "@/lib/api/schemas";
import { apiRequestArb } from "./api-requests";
import { isoDateArb } from "./arbitraries";

const anyDate = fc.oneof(isoDateArb(1, 9999), isoDateArb(1990, 2030), fc.constantFrom("9999-12-31", "0001-01-01", "2000-02-29", "9996-02-29"));
const moneyText = fc.bigInt({ min: 0n, max: 10n ** 14n }).map((cents) => `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function check(answer: ApiAnswer) {
  expect([200, 400]).toContain(answer.status);
  if (answer.status === 400) {
    const body = answer.body as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe("invalid_request");
    expect(body.issues.length).toBeGreaterThan(0);
    for (const issue of body.issues) expect(issue.message.length).toBeGreaterThan(0);
  }
  return answer;
}

describe("no request makes an endpoint throw", () => {
  it("eligibility: and an eligible answer has its eligibility date on or before asOf, in calendar order", () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.constantFrom("SOS", "Inteliant"),
        anyDate,
        anyDate,
        maybe(fc.array(fc.record({ date: anyDate, hours: fc.integer({ min: 0, max: 8784 }) }), { maxLength: 5 })),
        maybe(fc.boolean()),
        maybe(moneyText),
        (asOf, employer, birthDate, employmentStartDate, hours, highlyCompensated, priorYearCompensation) => {
          const answer = check(eligibilityEndpoint({ asOf, employer, birthDate, employmentStartDate, hours, highlyCompensated, priorYearCompensation }));
          if (answer.status === 200) {
            const body = answer.body as { eligible: boolean; eligibilityDate: string | null; requirements: { met: boolean; metOn: string | null }[] };
            for (const date of [body.eligibilityDate, ...body.requirements.map((r) => r.metOn)]) {
              if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            }
            if (body.eligible) expect(body.eligibilityDate! <= asOf).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("vesting", () => {
    fc.assert(
      fc.property(maybe(fc.double({ min: 0, max: 100, noNaN: true })), maybe(anyDate), maybe(anyDate), moneyText, maybe(fc.boolean()), (yearsOfService, employmentStartDate, asOf, match, planTerminated) => {
        check(vestingEndpoint({ yearsOfService, employmentStartDate, asOf, balances: { match }, planTerminated }));
      }),
      { numRuns: 500 },
    );
  });

  it("vesting with hours: the service record agrees with the answer, its periods are contiguous and today's contains asOf", () => {
    const entry = fc.record({ offset: fc.integer({ min: -5, max: 4000 }), hours: fc.oneof(fc.integer({ min: 0, max: 8784 }), fc.integer({ min: 0, max: 20_000_000 }).map((u) => u / 10_000)) });
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: -3, max: 4000 }),
        fc.array(entry, { maxLength: 12 }),
        maybe(fc.integer({ min: 0, max: 12 })),
        moneyText,
        maybe(fc.boolean()),
        (employmentStartDate, asOfOffset, rows, yearsOfService, match, planTerminated) => {
          const shift = (days: number) => addDays(employmentStartDate, days);
          const hours = rows.map((row) => ({ date: shift(row.offset), hours: row.hours }));
          const asOf = shift(asOfOffset);
          const answer = check(vestingEndpoint({ employmentStartDate, asOf, hours, yearsOfService, balances: { match }, planTerminated }));
          if (answer.status !== 200) return;
          const body = answer.body as {
            yearsOfService: number;
            service: { yearsOfService: number; consecutiveBreaks: number; currentPeriod: { start: string; end: string; hours: number; hoursToYearOfService: number }; periods: { start: string; end: string; breakInService: boolean }[] };
          };
          expect(body.service.yearsOfService).toBe(body.yearsOfService);
          const periods = body.service.periods;
          for (let i = 1; i < periods.length; i += 1) expect(periods[i]!.start > periods[i - 1]!.end).toBe(true);
          const current = body.service.currentPeriod;
          expect(current.start <= asOf && asOf <= current.end).toBe(true);
          expect(current.hoursToYearOfService).toBeGreaterThanOrEqual(0);
          expect(body.service.consecutiveBreaks).toBeLessThanOrEqual(periods.filter((p) => p.breakInService).length);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("contribution limit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2300 }), moneyText, maybe(anyDate), maybe(fc.double({ min: 0, max: 100, noNaN: true })), (planYear, compensation, birthDate, deferralPercent) => {
        check(contributionLimitEndpoint({ planYear, compensation, birthDate, deferralPercent }));
      }),
      { numRuns: 300 },
    );
  });

  it("projection", () => {
    fc.assert(
      fc.property(
        anyDate,
        anyDate,
        maybe(fc.integer({ min: 0, max: 100 })),
        maybe(anyDate),
        moneyText,
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (asOf, birthDate, yearsOfService, employmentStartDate, compensation, years, annualReturnPercent) => {
          check(
            projectionEndpoint({
              asOf, birthDate, yearsOfService, employmentStartDate, balances: { deferral: compensation }, compensation,
              salaryGrowthPercent: 3, deferralPercent: 10, matchPercentOfDeferral: 26.2, annualReturnPercent, years,
            }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("forfeiture allocation", () => {
    fc.assert(
      fc.property(moneyText, fc.array(fc.record({ id: fc.string({ maxLength: 5 }), deferrals: moneyText }), { maxLength: 8 }), (pool, participants) => {
        check(allocateEndpoint({ pool, participants }));
      }),
      { numRuns: 300 },
    );
  });
});

describe("POST /api/v1/batch: each item is answered exactly as its endpoint alone answers it", () => {
  // The endpoints as the single routes call them, named here (not through the batch's own map).
  const alone: Record<EndpointName, (body: unknown) => ApiAnswer> = {
    eligibility: (body) => eligibilityEndpoint(body),
    "contribution-limit": (body) => contributionLimitEndpoint(body),
    vesting: (body) => vestingEndpoint(body),
    "forfeitures/allocate": (body) => allocateEndpoint(body),
    projection: (body) => projectionEndpoint(body),
    nondiscrimination: (body) => nondiscriminationEndpoint(body),
  };
  const id = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 12 }), fc.constant("x".repeat(200)), fc.constant("x".repeat(201)), fc.integer());
  const item = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(apiRequestArb, id).map(([request, id]) => ({ kind: "request" as const, id, ...request })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("eligibility/", "Vesting", "", "__proto__", "constructor", "health"), id).map(([endpoint, id]) => ({ kind: "unknownEndpoint" as const, id, endpoint })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ENDPOINT_NAMES), id).map(([endpoint, id]) => ({ kind: "noBody" as const, id, endpoint })) },
    { weight: 1, arbitrary: fc.constantFrom(null, 7, "vesting", [], [1]).map((value) => ({ kind: "notAnObject" as const, value })) },
  );

  it("in order, ids echoed (null when absent or not a valid id), bad items answered on their own", () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 25 }), (items) => {
        const requests = items.map((entry) => {
          if (entry.kind === "notAnObject") return entry.value;
          const base: Record<string, unknown> = entry.id === undefined ? {} : { id: entry.id };
          if (entry.kind === "request") return { ...base, endpoint: entry.endpoint, body: entry.body };
          if (entry.kind === "unknownEndpoint") return { ...base, endpoint: entry.endpoint, body: {} };
          return { ...base, endpoint: entry.endpoint };
        });
        const answer = batchEndpoint({ requests });
        expect(answer.status).toBe(200);
        const responses = (answer.body as { responses: { id: unknown; status: number; body: any }[] }).responses;
        expect(responses).toHaveLength(items.length);
        items.forEach((entry, i) => {
          const response = responses[i]!;
          const expectedId = entry.kind !== "notAnObject" && typeof entry.id === "string" && entry.id.length <= 200 ? entry.id : null;
          expect(response.id).toBe(expectedId);
          const badId = entry.kind !== "notAnObject" && entry.id !== undefined && expectedId === null;
          if (entry.kind === "request" && !badId) {
            expect({ status: response.status, body: response.body }).toEqual(alone[entry.endpoint](structuredClone(entry.body)));
          } else {
            expect(response.status).toBe(400);
            expect(response.body.error).toBe("invalid_request");
            const paths = response.body.issues.map((issue: { path: string }) => issue.path);
            if (entry.kind === "notAnObject") expect(paths).toEqual([""]);
            if (entry.kind === "unknownEndpoint") expect(paths).toContain("endpoint");
            if (entry.kind === "noBody") expect(paths).toContain("body");
            if (badId) expect(paths).toContain("id");
          }
        });
      }),
      { numRuns: 300 },
    );
  }, 30_000); // up to 25 items of six endpoints, 300 runs: room on a loaded machine (no time is asserted)
});
