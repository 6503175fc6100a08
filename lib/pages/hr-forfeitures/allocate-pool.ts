/**
 * The HR page's forfeiture allocation: the pool as typed and the deferrals as pasted, checked
 * field by field, then shared by `allocateForfeitures` (11-K Note 1.G; plan-rules §5).
 *
 * Nothing here rounds or divides money itself: shares come from lib/rules/forfeiture.ts. The text
 * is read with lib/parse.ts (the reader of the API's schemas), never with zod, so the page ships
 * without it.
 *
 * Two warnings, which never stop the allocation (plan-rules §3, §5):
 * - the pool is more than all the deferrals: a match above 100% of deferrals (exactly 100% is not
 *   warned of);
 * - a participant's deferrals plus their share, the annual additions this page can see, are more
 *   than the IRC 415(c) limit of the plan year: decided by `checkAnnualAdditions`
 *   (lib/rules/annual-additions.ts), put into words by lib/words/<language>/annual-additions.ts.
 */
import { RuleInputError } from "../../errors";
import { Dec, formatMoney, roundCents, type Money } from "../../money";
import { readMoney } from "../../parse";
import type { PlanDefinition } from "../../plan/definition";
import type { LimitsLookup } from "../../plan/limits";
import { checkAnnualAdditions, type AnnualAdditionsCheck } from "../../rules/annual-additions";
import { allocateForfeitures, type AllocationResult } from "../../rules/forfeiture";
import { toCsv } from "../../csv";
import { misplacedComma, type DeferralRow, type LineIssue, type ParsedDeferrals } from "./parse-deferrals";
import type { ForfeituresWords } from "./words";

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
    /** How the pool was shared, in sentences (lib/words/<language>/forfeiture.ts). */
    explanation: string[];
  } | null;
}

/** Reads the pool field: null and a message, or the amount. */
export function readPool(text: string, words: ForfeituresWords): { pool: Money | null; issue: string | null } {
  if (text.trim() === "") return { pool: null, issue: words.form.poolRequired() };
  if (misplacedComma(text)) return { pool: null, issue: words.form.poolProblem(words.problemWords({ code: "misplacedComma" })) };
  const read = readMoney(text);
  if (!read.ok) return { pool: null, issue: words.form.poolProblem(words.problemWords(read.issue)) };
  return { pool: read.value, issue: null };
}

/** The same, from deferrals already parsed (a page re-parses a large file only when it changes). */
export function allocateParsed(poolText: string, parsed: ParsedDeferrals, plan: PlanDefinition, words: ForfeituresWords): PoolAllocation {
  const { pool, issue: poolIssue } = readPool(poolText, words);
  const lineIssues = [...parsed.issues];
  if (parsed.dataLines === 0) {
    lineIssues.push({ line: 0, field: "line", message: words.form.noDeferralLines() });
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
        lineIssues: [{ line: 0, field: "deferrals", message: words.form.deferralsTotalZero(pool) }],
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
    result: { rows, pool, totalDeferrals: allocation.totalDeferrals, totalShares, matchRatePercent, allocation, explanation: words.allocationExplanation(allocation, plan) },
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

export { PLAN_YEAR_RANGE, readPlanYear } from "./plan-year";

/** A participant whose deferrals and share together exceed the 415(c) limit. */
export interface OverLimit {
  row: AllocatedRow;
  /** Deferrals + share. */
  additions: Money;
  /** Additions − limit. */
  excess: Money;
}

export interface PoolWarnings {
  /** The pool is more than all the deferrals (a match above 100% of them). */
  matchAbove100: boolean;
  /** The plan year's limits, when the plan year was read. */
  limits: LimitsLookup | null;
  /** The rule's 415(c) check of deferrals plus share, when the plan year was read. */
  annualAdditions: AnnualAdditionsCheck | null;
  /** Participants above the year's 415(c) limit, in input order (empty when the year was not read). */
  overLimit: OverLimit[];
}

/** The warnings of an allocation (they never stop it). */
export function poolWarnings(result: NonNullable<PoolAllocation["result"]>, limits: LimitsLookup | null): PoolWarnings {
  const annualAdditions = limits
    ? checkAnnualAdditions(limits.planYear, result.rows.map((row) => ({ deferrals: row.deferrals, employerContribution: row.share })))
    : null;
  const overLimit = (annualAdditions?.over ?? []).map(({ index, additions, excess }) => ({ row: result.rows[index]!, additions, excess }));
  return { matchAbove100: result.pool.greaterThan(result.totalDeferrals), limits, annualAdditions, overLimit };
}
