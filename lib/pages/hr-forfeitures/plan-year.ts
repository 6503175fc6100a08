/**
 * The pool form's plan year: read from its box, with the year's IRS limits (lib/plan/limits.ts).
 * Apart from allocate-pool.ts, which holds the rules, so the form can say which limit applies
 * (its hint) from the first screen, before the rules load (app/hr/forfeitures/use-engine.ts).
 */
import { readNumber } from "../../parse";
import { FIRST_LIMITS_YEAR, limitsFor, type LimitsLookup } from "../../plan/limits";
import type { ForfeituresWords } from "./words";

/** The plan year whose 415(c) limit the shares are checked against. */
export const PLAN_YEAR_RANGE = { min: FIRST_LIMITS_YEAR, max: 2200, whole: true, example: "2002 or 2026" } as const;

/** Reads the plan year field: the year's limits, or a message naming the field. */
export function readPlanYear(text: string, words: ForfeituresWords): { lookup: LimitsLookup | null; issue: string | null } {
  if (text.trim() === "") return { lookup: null, issue: words.form.planYearRequired() };
  const read = readNumber(text, PLAN_YEAR_RANGE);
  if (!read.ok) {
    // Below the range: the year is before the IRS limits table.
    const before = read.issue.code === "tooSmall" ? FIRST_LIMITS_YEAR : null;
    return { lookup: null, issue: words.form.planYearProblem(words.problemWords(read.issue), before) };
  }
  return { lookup: limitsFor(read.value), issue: null };
}
