/**
 * The HR page's forfeiture allocation: the pool as typed and the deferrals as pasted, checked
 * field by field, then shared by `allocateForfeitures` (11-K Note 1.G; plan-rules §5).
 *
 * Nothing here rounds or divides money itself: shares come from lib/rules/forfeiture.ts.
 */
import { RuleInputError } from "../../errors";
import { Dec, formatMoney, formatUsd, roundCents, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import { allocateForfeitures, type AllocationResult } from "../../rules/forfeiture";
import { money } from "../../schemas";
import { toCsv } from "../../csv";
import { MISPLACED_COMMA, misplacedComma, parseDeferrals, type DeferralRow, type LineIssue, type ParsedDeferrals } from "./parse-deferrals";

export interface AllocatedRow extends DeferralRow {
  share: Money;
}

export interface PoolAllocation {
  /** Problem with the pool field, or null. */
  poolIssue: string | null;
  /** Problems with the deferrals, one per faulty line (or for the list as a whole, line 0). */
  lineIssues: LineIssue[];
  /** Participants read without error. */
  rowCount: number;
  headerLine: number | null;
  /** Present only when the pool and every line are valid. */
  result: {
    rows: AllocatedRow[];
    pool: Money;
    totalDeferrals: Money;
    totalShares: Money;
    /** The pool as a percentage of deferrals, to 2 decimals: the effective match rate. */
    matchRatePercent: Money;
    allocation: AllocationResult;
  } | null;
}

/** Reads the pool field: null and a message, or the amount. */
export function readPool(text: string): { pool: Money | null; issue: string | null } {
  if (text.trim() === "") return { pool: null, issue: "Forfeiture pool is required: enter an amount such as 43700.00." };
  if (misplacedComma(text)) return { pool: null, issue: `Forfeiture pool ${MISPLACED_COMMA}.` };
  const parsed = money.safeParse(text);
  if (!parsed.success) return { pool: null, issue: `Forfeiture pool ${parsed.error.issues[0]?.message ?? "is not an amount"}.` };
  return { pool: parsed.data, issue: null };
}

export function allocatePool(poolText: string, deferralsText: string, plan: PlanDefinition): PoolAllocation {
  return allocateParsed(poolText, parseDeferrals(deferralsText), plan);
}

/** The same, from deferrals already parsed (a page re-parses a large file only when it changes). */
export function allocateParsed(poolText: string, parsed: ParsedDeferrals, plan: PlanDefinition): PoolAllocation {
  const { pool, issue: poolIssue } = readPool(poolText);
  const lineIssues = [...parsed.issues];
  if (parsed.dataLines === 0) {
    lineIssues.push({ line: 0, field: "line", message: "Deferrals: paste at least one line such as A-17,5200.00, or choose a CSV file." });
  }
  const base = { poolIssue, lineIssues, rowCount: parsed.rows.length, headerLine: parsed.headerLine };
  if (pool === null || lineIssues.length > 0) return { ...base, result: null };

  let allocation: AllocationResult;
  try {
    allocation = allocateForfeitures(
      pool,
      parsed.rows.map((row) => ({ id: row.id, deferrals: row.deferrals })),
      plan,
    );
  } catch (error) {
    if (error instanceof RuleInputError) {
      return {
        ...base,
        lineIssues: [{ line: 0, field: "deferrals", message: `Deferrals total $0.00, so there is nothing to share a pool of ${formatUsd(pool)} against.` }],
        result: null,
      };
    }
    throw error;
  }
  const rows = parsed.rows.map((row, index) => ({ ...row, share: allocation.allocations[index]!.amount }));
  const totalShares = rows.reduce<Money>((sum, row) => sum.plus(row.share), new Dec(0));
  const matchRatePercent = allocation.totalDeferrals.isZero() ? new Dec(0) : roundCents(pool.times(100).dividedBy(allocation.totalDeferrals));
  return {
    ...base,
    result: { rows, pool, totalDeferrals: allocation.totalDeferrals, totalShares, matchRatePercent, allocation },
  };
}

export const ALLOCATION_CSV_HEADER = ["id", "deferrals", "allocation"] as const;

/** The export: one line per participant in input order, amounts as plain decimals; ids neutralised. */
export function allocationCsv(rows: readonly AllocatedRow[]): string {
  return toCsv(
    ALLOCATION_CSV_HEADER,
    rows.map((row) => [row.id, { numeric: formatMoney(row.deferrals) }, { numeric: formatMoney(row.share) }]),
  );
}
