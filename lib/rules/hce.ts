/**
 * Who is a highly compensated employee (IRC 414(q); plan-rules §2.3).
 *
 * For plan year Y: a 5% owner in Y or Y − 1, or compensation in Y − 1 above the HCE threshold of
 * the look-back year Y − 1. A caller may state the status directly. The top-paid-group election
 * is not modelled.
 *
 * "For an earlier plan year [before 1998] the pay test has no threshold here: an absent
 * priorYearCompensation decides nothing (not HCE by pay; fivePercentOwner still counts), and a
 * stated one is a 400 naming priorYearCompensation (state highlyCompensated instead)." (plan-rules §2.3)
 * `undecidablePay` is the one place that decides that case; the API's schema asks it too. The
 * finding in words is lib/words/en/hce.ts.
 */
import { RuleInputError } from "../errors";
import { FIRST_HCE_LOOK_BACK_YEAR, hceThresholdFor, UnsupportedYearError } from "../plan/limits";
import type { Money } from "../money";

export interface HceInput {
  /** Stated status; when given it decides. */
  highlyCompensated?: boolean | undefined;
  fivePercentOwner?: boolean | undefined;
  priorYearCompensation?: Money | undefined;
}

export interface HceResult {
  highlyCompensated: boolean;
  basis: "stated" | "fivePercentOwner" | "compensation";
  planYear: number;
  lookBackYear: number;
  threshold: Money | null;
  priorYearCompensation: Money | null;
  citation: "IRC 414(q)";
  /** The paragraph that decided: (1)(A) for a 5% owner, (1)(B) for pay; null for a stated status. */
  basisCitation: "IRC 414(q)(1)(A)" | "IRC 414(q)(1)(B)" | null;
}

/** The facts of plan-rules §2.3's refusal: pay stated for a plan year whose look-back year has no threshold. */
export interface UndecidablePay {
  planYear: number;
  lookBackYear: number;
  /** The first look-back year with a threshold in the limits table, and its plan year. */
  firstLookBackYear: number;
  firstPlanYear: number;
}

/** The HCE threshold of a look-back year from the limits table, or null when the table has none (the pay test has no threshold). */
export function hceThresholdOrNull(lookBackYear: number): Money | null {
  try {
    return hceThresholdFor(lookBackYear).amount;
  } catch (error) {
    if (error instanceof UnsupportedYearError) return null;
    throw error;
  }
}

/**
 * Whether pay would have to decide HCE status for plan year `planYear` (no stated status, no 5%
 * ownership, pay stated) while its look-back year has no threshold (plan-rules §2.3): then it cannot,
 * and the facts of the refusal are returned; otherwise null. An absent pay decides nothing and is
 * never refused.
 */
export function undecidablePay(input: HceInput, planYear: number): UndecidablePay | null {
  // (Without pay there is nothing to refuse, and no threshold to look up.)
  if (input.highlyCompensated !== undefined || input.fivePercentOwner || input.priorYearCompensation === undefined) return null;
  return refusedPay(input, planYear, hceThresholdOrNull(planYear - 1));
}

/** The refusal once status and ownership have not decided, given the look-back year's threshold: pay stated, and no threshold. */
function refusedPay(input: HceInput, planYear: number, threshold: Money | null): UndecidablePay | null {
  if (input.priorYearCompensation === undefined || threshold !== null) return null;
  return { planYear, lookBackYear: planYear - 1, firstLookBackYear: FIRST_HCE_LOOK_BACK_YEAR, firstPlanYear: FIRST_HCE_LOOK_BACK_YEAR + 1 };
}

/**
 * HCE status for plan year `planYear`. `payField` names the prior-year pay in the caller's input,
 * for the error when pay is stated for a plan year whose look-back year has no threshold.
 */
export function highlyCompensatedStatus(input: HceInput, planYear: number, payField = "priorYearCompensation"): HceResult {
  const lookBackYear = planYear - 1;
  const citation = "IRC 414(q)";
  if (input.highlyCompensated !== undefined) {
    const highlyCompensated = input.highlyCompensated;
    return { highlyCompensated, basis: "stated", planYear, lookBackYear, threshold: null, priorYearCompensation: null, citation, basisCitation: null };
  }
  const byOwnership = { planYear, lookBackYear, threshold: null, priorYearCompensation: null, citation, basisCitation: "IRC 414(q)(1)(A)" } as const;
  if (input.fivePercentOwner) return { highlyCompensated: true, basis: "fivePercentOwner", ...byOwnership };
  const threshold = hceThresholdOrNull(lookBackYear);
  const refused = refusedPay(input, planYear, threshold);
  if (refused) {
    throw new RuleInputError(payField, { code: "noHceThreshold", planYear, lookBackYear, firstLookBackYear: refused.firstLookBackYear, firstPlanYear: refused.firstPlanYear });
  }
  const pay = input.priorYearCompensation ?? null;
  return {
    // No threshold (then no pay was stated): pay decides nothing, so not an HCE by pay.
    highlyCompensated: threshold !== null && pay !== null && pay.greaterThan(threshold),
    basis: "compensation",
    planYear,
    lookBackYear,
    threshold,
    priorYearCompensation: threshold === null ? null : pay,
    citation,
    basisCitation: "IRC 414(q)(1)(B)",
  };
}
