/**
 * Properties of the ADP and ACP corrections (plan-rules §9), on random censuses: the leveled rates
 * average exactly the limit (so the HCEs' ADP recomputed at the level is at most it), refunds sum
 * to the total excess to the cent, no refund exceeds what it is taken from, and raising one HCE's
 * deferrals never lowers the total excess.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pow10 } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { testNondiscrimination, type CensusEmployee, type TestFacts } from "@/lib/rules/nondiscrimination";
import { censusArb, toEmployees } from "./census";

const run = (employees: CensusEmployee[]) => testNondiscrimination({ planYear: 2005, employees }, SOS_PLAN);
const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

describe("nondiscrimination properties", () => {
  it("after leveling, the HCEs' rates capped at the level average exactly the limit, so the recomputed ADP is at most it", () => {
    fc.assert(
      fc.property(censusArb(), (rows) => {
        const result = run(toEmployees(rows));
        for (const line of result.lines) {
          for (const [facts, rateOf] of [[line.adp, "deferralRate"], [line.acp, "contributionRate"]] as [TestFacts, "deferralRate" | "contributionRate"][]) {
            if (facts.passed || facts.failedOnRounding) continue;
            const { numerator, denominator } = facts.levelExact!;
            const rates = result.employees.filter((e) => e.line === line.line && e.counted && e.highlyCompensated).map((e) => BigInt(e[rateOf]!));
            // Σ min(r, L) = m × limit, cross-multiplied: Σ min(r × den, num) × 10^scale = m × units × den.
            const capped = sum(rates.map((r) => (r * denominator < numerator ? r * denominator : numerator)));
            expect(capped * pow10(facts.limit.scale)).toBe(BigInt(rates.length) * facts.limit.units * denominator);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("refunds sum to the total excess to the cent, and none exceeds the deferrals (ADP) or the match left (ACP)", () => {
    fc.assert(
      fc.property(censusArb(), (rows) => {
        const employees = toEmployees(rows);
        const result = run(employees);
        for (const line of result.lines) {
          expect(sum(line.adp.refunds.map((r) => r.amountCents))).toBe(line.adp.excessCents);
          expect(sum(line.acp.refunds.map((r) => r.amountCents))).toBe(line.acp.excessCents);
          for (const refund of line.adp.refunds) expect(refund.amountCents <= BigInt(employees[refund.index]!.deferralsCents)).toBe(true);
          for (const refund of line.acp.refunds) {
            const left = employees[refund.index]!.matchCents - result.employees[refund.index]!.forfeitedMatchCents;
            expect(refund.amountCents <= BigInt(left)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("raising one HCE's deferrals never lowers the total excess of their line", () => {
    fc.assert(
      fc.property(censusArb(), fc.nat(), fc.integer({ min: 1, max: 2_000_000 }), (rows, pick, raise) => {
        const employees = toEmployees(rows);
        const hces = employees.map((e, i) => [e, i] as const).filter(([e]) => e.highlyCompensated && e.employer === "Inteliant" && e.compensationCents > 0);
        fc.pre(hces.length > 0);
        const [chosen, index] = hces[pick % hces.length]!;
        const before = run(employees).lines.find((line) => line.line === "Inteliant")!.adp.excessCents;
        const raised = employees.map((e, i) => (i === index ? { ...chosen, deferralsCents: chosen.deferralsCents + raise } : e));
        const after = run(raised).lines.find((line) => line.line === "Inteliant")!.adp.excessCents;
        expect(after >= before).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
