/**
 * The allocation of a forfeiture pool in words (English): the sentences a page says about an
 * allocation, written from the rule's facts (lib/rules/forfeiture.ts). Pure: facts in, strings out.
 */
import { formatUsd } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import type { AllocationResult } from "../../rules/forfeiture";

/** How the pool was shared: where forfeitures go, the pro rata share, and the cents left after flooring. */
export function allocationExplanation(result: Pick<AllocationResult, "total" | "totalDeferrals" | "centsByRemainder">, plan: PlanDefinition): string[] {
  const cents = result.centsByRemainder;
  return [
    `Forfeitures reduce future employer contributions; here the pool of ${formatUsd(result.total)} is allocated as matching contributions. (${plan.forfeitures.citation})`,
    `Each participant's share is the pool × their deferrals ÷ all deferrals (${formatUsd(result.totalDeferrals)}), floored to the cent.`,
    cents === 0
      ? `The floored shares already sum to the pool.`
      : `${cents} cent${cents === 1 ? "" : "s"} left after flooring went one at a time to the largest remainders (ties in input order), so the shares sum to the pool exactly.`,
  ];
}
