/**
 * The IRS limits table in words (English): what a page or the API says when a plan year is after
 * the table (lib/plan/limits.ts carries its last row forward), and where each value comes from.
 * Pure functions: facts in, strings out.
 */
import { COLA_TABLE, LIMIT_SECTIONS, type LimitKind, type LimitSource } from "../../plan/limits";

/** "IRS limits for 2030 are not yet in the table; the 2026 limits are carried forward." */
export function carriedForwardSentence(planYear: number, limitsYear: number): string {
  return `IRS limits for ${planYear} are not yet in the table; the ${limitsYear} limits are carried forward.`;
}

/** Over several plan years: "IRS limits are known through 2026; from 2027 the 2026 limits are carried forward." */
export function knownThroughSentence(lastLimitsYear: number, firstAssumedYear: number): string {
  return `IRS limits are known through ${lastLimitsYear}; from ${firstAssumedYear} the ${lastLimitsYear} limits are carried forward.`;
}

/** After the citation: the year's notice, and the statute as amended, where cited. */
export function sourceNotes(notice: string | null, amendedIn: number | null, kind: LimitKind): string {
  return `${notice ? `; ${notice}` : ""}${amendedIn ? `; IRC ${LIMIT_SECTIONS[kind]} as amended in ${amendedIn}` : ""}`;
}

/**
 * Where a value comes from, cited after a sentence that names the limit and its IRC section:
 * 'IRS, "COLA Increases …", 2002 column', with the year's notice where cited. (The plan page's
 * list of sources names each limit's row too: lib/words/en/plan-facts.ts' limitSourceLine.)
 */
export function limitSourceText({ year, kind, notice, amendedIn }: LimitSource): string {
  return `${COLA_TABLE}, ${year} column${sourceNotes(notice, amendedIn, kind)}`;
}
