/**
 * Requests to every v1 endpoint, valid and invalid: a plausible body for each endpoint (dates,
 * amounts and hours in their ranges, so most are answered 200), which is then sometimes spoiled
 * (a field dropped, a wrong type, a value out of range or contradicting another), and junk bodies.
 * Shared by the in-process batch property and the HTTP batch test.
 */
import fc from "fast-check";
import { ENDPOINT_NAMES, type EndpointName } from "@/lib/api/schemas";
import { isoDateArb } from "./arbitraries";

const date = fc.oneof({ weight: 19, arbitrary: isoDateArb(2000, 2030) }, { weight: 1, arbitrary: fc.constantFrom("2003-02-29", "2000-02-29", "06/30/2003", "1799-12-31", "") });
const moneyText = fc.oneof(
  { weight: 15, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 9n }).map((cents) => `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10 ** 7 }) },
  { weight: 1, arbitrary: fc.constantFrom("-1", "1.005", "$1,000.00", "abc", "1e3") },
);
const percent = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 30 }) }, { weight: 1, arbitrary: fc.double({ min: -200, max: 200, noNaN: true }) });
const hours = fc.array(
  fc.record({
    date: fc.oneof({ weight: 19, arbitrary: isoDateArb(2004, 2012) }, { weight: 1, arbitrary: date }),
    hours: fc.oneof({ weight: 19, arbitrary: fc.integer({ min: 0, max: 400 }) }, { weight: 1, arbitrary: fc.constantFrom(999.5, 0.00001, -1, 9000) }),
  }),
  { maxLength: 14 },
);
const balances = fc.record({ deferral: moneyText, rollover: moneyText, match: moneyText }, { requiredKeys: [] });

const bodies: Record<EndpointName, fc.Arbitrary<Record<string, unknown>>> = {
  eligibility: fc.record(
    {
      asOf: date,
      employer: fc.constantFrom("SOS", "SOS", "Inteliant", "Inteliant", "sos"),
      birthDate: isoDateArb(1940, 1990),
      employmentStartDate: isoDateArb(1998, 2003),
      hours,
      highlyCompensated: fc.boolean(),
      priorYearCompensation: moneyText,
      fivePercentOwner: fc.boolean(),
    },
    { requiredKeys: ["asOf", "employer", "birthDate", "employmentStartDate"] },
  ),
  "contribution-limit": fc.record(
    { planYear: fc.integer({ min: 1998, max: 2032 }), compensation: moneyText, birthDate: isoDateArb(1940, 1990), deferralPercent: percent },
    { requiredKeys: ["planYear", "compensation"] },
  ),
  vesting: fc.oneof(
    fc.record({ yearsOfService: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 8 }) }, { weight: 1, arbitrary: fc.double({ min: -1, max: 120, noNaN: true }) }), balances, planTerminated: fc.boolean() }, { requiredKeys: ["yearsOfService", "balances"] }),
    fc.record({ employmentStartDate: isoDateArb(1995, 2004), asOf: fc.oneof({ weight: 9, arbitrary: isoDateArb(2004, 2012) }, { weight: 1, arbitrary: date }), balances, planTerminated: fc.boolean() }, { requiredKeys: ["employmentStartDate", "asOf", "balances"] }),
  ),
  "forfeitures/allocate": fc.record({
    pool: moneyText,
    participants: fc.uniqueArray(fc.record({ id: fc.oneof(fc.constantFrom("A", "B", "C"), fc.string({ minLength: 1, maxLength: 4 })), deferrals: moneyText }), { maxLength: 6, selector: (p) => p.id }),
  }),
  projection: fc.record(
    {
      asOf: isoDateArb(2000, 2030),
      birthDate: isoDateArb(1940, 1985),
      yearsOfService: fc.integer({ min: 0, max: 10 }),
      employmentStartDate: isoDateArb(1990, 2000),
      balances,
      compensation: moneyText,
      salaryGrowthPercent: fc.integer({ min: -5, max: 8 }),
      deferralPercent: fc.integer({ min: 0, max: 25 }),
      matchPercentOfDeferral: fc.constantFrom(0, 26.2, 50, 100),
      annualReturnPercent: fc.integer({ min: -20, max: 12 }),
      years: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 61) }),
      planTerminated: fc.boolean(),
    },
    { requiredKeys: ["asOf", "birthDate", "balances", "compensation", "salaryGrowthPercent", "deferralPercent", "matchPercentOfDeferral", "annualReturnPercent", "years"] },
  ),
  nondiscrimination: fc.record(
    {
      planYear: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 2002, max: 2026 }) }, { weight: 1, arbitrary: fc.constantFrom(2001, 2027, 2002.5) }),
      method: fc.constantFrom("current-year", "current-year", "prior-year", "previous"),
      priorYear: fc.record({ SOS: fc.record({ nhceAdp: percent, nhceAcp: percent }), Inteliant: fc.record({ nhceAdp: percent, nhceAcp: percent }) }, { requiredKeys: [] }),
      employees: fc.array(
        fc.record(
          {
            id: fc.oneof(fc.constantFrom("A", "B", "C", "D"), fc.string({ minLength: 1, maxLength: 4 })),
            employer: fc.constantFrom("SOS", "Inteliant", "Inteliant", "Acme"),
            highlyCompensated: fc.boolean(),
            priorYearCompensation: moneyText,
            fivePercentOwner: fc.boolean(),
            compensation: moneyText,
            deferrals: moneyText,
            match: moneyText,
            longTermPartTime: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
          },
          { requiredKeys: ["id", "employer", "compensation", "deferrals"] },
        ),
        { minLength: 1, maxLength: 8 },
      ),
    },
    { requiredKeys: ["planYear", "employees"] },
  ),
};

/** Spoils a body: drops a key, or puts a value of the wrong kind in it. */
function spoiled(body: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(body, fc.nat(), fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 1 }))).map(([value, pick, replacement]) => {
    const keys = Object.keys(value);
    if (keys.length === 0) return value;
    const key = keys[pick % keys.length]!;
    const copy = { ...value };
    if (replacement === undefined) delete copy[key];
    else copy[key] = replacement;
    return copy;
  });
}

/** A body for an endpoint: mostly plausible, sometimes spoiled, now and then junk. */
export function bodyArb(endpoint: EndpointName): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 7, arbitrary: bodies[endpoint] }, { weight: 2, arbitrary: spoiled(bodies[endpoint]) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
}

/** An endpoint and a body for it. */
export const apiRequestArb: fc.Arbitrary<{ endpoint: EndpointName; body: unknown }> = fc
  .constantFrom(...ENDPOINT_NAMES)
  .chain((endpoint) => bodyArb(endpoint).map((body) => ({ endpoint, body })));
