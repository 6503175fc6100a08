/**
 * Allocating a forfeiture pool as matching contributions (11-K Note 1.G; plan-rules §5).
 *
 * "During 2002, approximately $127,800 from forfeited accounts was allocated to participants'
 * accounts as employer contributions." The pool is shared pro rata to each participant's
 * deferrals for the period. Each share is floored to the cent; the cents left over go one at a
 * time to the largest fractional remainders (ties: input order). Worked in whole cents with
 * bigint, so every comparison of remainders is exact and the shares sum to the pool.
 * The result holds facts; its sentences are lib/words/en/forfeiture.ts.
 */
import { RuleInputError } from "../errors";
import { fromCents, toCents, type Money } from "../money";
import type { PlanDefinition } from "../plan/definition";
import { distributeByLargestRemainder } from "./largest-remainder";

export interface AllocationParticipant {
  id: string;
  deferrals: Money;
}

export interface Allocation {
  id: string;
  amount: Money;
}

export interface AllocationResult {
  allocations: Allocation[];
  total: Money;
  totalDeferrals: Money;
  /** Cents handed out by largest remainder after flooring. */
  centsByRemainder: number;
  citation: string;
}

export function allocateForfeitures(pool: Money, participants: readonly AllocationParticipant[], plan: PlanDefinition): AllocationResult {
  const poolCents = toCents(pool);
  const deferralCents = participants.map((participant) => toCents(participant.deferrals));
  const totalCents = deferralCents.reduce((sum, cents) => sum + cents, 0n);
  if (totalCents === 0n && poolCents > 0n) {
    throw new RuleInputError("participants", { code: "deferralsTotalZero" });
  }

  const shares = deferralCents.map((cents) => (totalCents === 0n ? 0n : (poolCents * cents) / totalCents));
  const remainders = deferralCents.map((cents) => (totalCents === 0n ? 0n : (poolCents * cents) % totalCents));
  const leftover = poolCents - shares.reduce((sum, cents) => sum + cents, 0n);
  const centsByRemainder = Number(leftover);

  distributeByLargestRemainder(shares, remainders, leftover);

  const allocations = participants.map((participant, index) => ({ id: participant.id, amount: fromCents(shares[index]!) }));
  const total = fromCents(poolCents);
  return {
    allocations,
    total,
    totalDeferrals: fromCents(totalCents),
    centsByRemainder,
    citation: plan.forfeitures.citation,
  };
}
