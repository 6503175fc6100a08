/**
 * Handing out whole cents left over after flooring (plan-rules §5, and §9's refunds "as in §5"):
 * one cent at a time to the largest fractional remainders, ties in input order. Remainders are
 * compared exactly (bigint numerators over one shared denominator), so no cent goes astray.
 */

/**
 * Adds one unit to `shares[i]` for each of the `leftover` largest `remainders[i]` (ties: lower
 * index first), in place. `leftover` is at most the number of shares.
 */
export function distributeByLargestRemainder(shares: bigint[], remainders: readonly bigint[], leftover: bigint): void {
  if (leftover <= 0n) return;
  const order = remainders.map((remainder, index) => ({ remainder, index }));
  order.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (leftover === 0n) break;
    shares[index] = shares[index]! + 1n;
    leftover -= 1n;
  }
}
