/** Random censuses for the nondiscrimination tests (plan-rules §9): two lines, HCEs and NHCEs, money in cents. */
import fc from "fast-check";
import type { CensusEmployee } from "@/lib/rules/nondiscrimination";

export interface CensusRowArb {
  employer: "SOS" | "Inteliant";
  highlyCompensated: boolean;
  compensationCents: number;
  deferralsCents: number;
  matchCents: number;
}

const row: fc.Arbitrary<CensusRowArb> = fc
  .record({
    employer: fc.constantFrom("SOS" as const, "Inteliant" as const, "Inteliant" as const),
    highlyCompensated: fc.boolean(),
    compensationCents: fc.oneof(fc.integer({ min: 0, max: 40_000_000 }), fc.integer({ min: 1_000_000, max: 25_000_000 })),
    deferralsCents: fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.constant(0)),
    matchCents: fc.integer({ min: 0, max: 800_000 }),
  })
  .map((r) => (r.compensationCents === 0 ? { ...r, deferralsCents: 0, matchCents: 0 } : r));

/** 1 to `max` employees. */
export function censusArb(max = 30): fc.Arbitrary<CensusRowArb[]> {
  return fc.array(row, { minLength: 1, maxLength: max });
}

export function toEmployees(rows: readonly CensusRowArb[]): CensusEmployee[] {
  return rows.map((r, index) => ({ id: `E-${index + 1}`, ...r }));
}
