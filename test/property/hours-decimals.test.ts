/**
 * An hours figure is accepted with at most 4 decimals: the schema's verdict is the one read off
 * the figure written out in its shortest form (how a person reads it), for figures on the
 * ten-thousandth grid, on the finer hundred-thousandth grid, and anywhere in 0..8,784.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hoursEntrySchema } from "@/lib/api/schemas";

/** At most 4 decimals in its shortest decimal form ("80.5", "999.9999"; not "0.00001", "1e-7"). */
function writtenWithAtMostFourDecimals(value: number): boolean {
  const text = String(value);
  if (/e/.test(text)) return Number.isInteger(value);
  const [, decimals = ""] = text.split(".");
  return decimals.length <= 4;
}

describe("hours: at most 4 decimals", () => {
  it.each([
    [999.9999, true],
    [999.99996, false],
    [0.0001, true],
    [0.00001, false],
    [8784, true],
    [80.5, true],
    [0.1 + 0.2, false], // 0.30000000000000004
  ])("%s → %s", (hours, accepted) => {
    expect(hoursEntrySchema.safeParse({ date: "2002-01-01", hours }).success).toBe(accepted);
  });

  it("agrees with the figure written out", () => {
    const figure = fc.oneof(
      fc.double({ min: 0, max: 8784, noNaN: true }),
      fc.integer({ min: 0, max: 87_840_000 }).map((n) => n / 10_000),
      fc.integer({ min: 0, max: 878_400_000 }).map((n) => n / 100_000),
    );
    fc.assert(
      fc.property(figure, (hours) => {
        expect(hoursEntrySchema.safeParse({ date: "2002-01-01", hours }).success, String(hours)).toBe(writtenWithAtMostFourDecimals(hours));
      }),
      { numRuns: 50_000 },
    );
  }, 60_000);
});
