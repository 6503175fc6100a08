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
 */
import { RuleInputError } from "../errors";
import { FIRST_HCE_LOOK_BACK_YEAR, hceThresholdFor, UnsupportedYearError } from "../plan/limits";
import { formatUsd, type Money } from "../money";

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
    return { highlyCompensated, basis: "stated", planYear, lookBackYear, threshold: null, priorYearCompensation: null, citation };
  }
  if (input.fivePercentOwner) {
    return { highlyCompensated: true, basis: "fivePercentOwner", planYear, lookBackYear, threshold: null, priorYearCompensation: null, citation };
  }
  const pay = input.priorYearCompensation ?? null;
  let threshold;
  try {
    threshold = hceThresholdFor(lookBackYear);
  } catch (error) {
    if (!(error instanceof UnsupportedYearError)) throw error;
    if (pay !== null) {
      throw new RuleInputError(
        payField,
        `cannot decide highly compensated status for plan year ${planYear}: this calculator has no threshold for ${lookBackYear} (its first is ${FIRST_HCE_LOOK_BACK_YEAR}'s, for plan year ${FIRST_HCE_LOOK_BACK_YEAR + 1}); state highlyCompensated instead`,
      );
    }
    // No pay stated and no threshold: pay decides nothing, so not an HCE by pay.
    return { highlyCompensated: false, basis: "compensation", planYear, lookBackYear, threshold: null, priorYearCompensation: null, citation };
  }
  return {
    highlyCompensated: pay !== null && pay.greaterThan(threshold.amount),
    basis: "compensation",
    planYear,
    lookBackYear,
    threshold: threshold.amount,
    priorYearCompensation: pay,
    citation,
  };
}

/** The HCE finding in a sentence. */
export function explainHce(result: HceResult): string {
  const { planYear, lookBackYear } = result;
  if (result.basis === "stated") {
    return `Stated as ${result.highlyCompensated ? "" : "not "}a highly compensated employee for plan year ${planYear}.`;
  }
  if (result.basis === "fivePercentOwner") {
    return `A 5% owner in ${planYear} or ${lookBackYear} is a highly compensated employee for plan year ${planYear} (IRC 414(q)(1)(A)).`;
  }
  if (result.threshold === null) {
    return `No ${lookBackYear} pay stated, and no threshold for ${lookBackYear}: pay does not make an employee highly compensated for plan year ${planYear} (IRC 414(q)(1)(B)).`;
  }
  const above = result.highlyCompensated;
  const payText = result.priorYearCompensation === null ? "no pay stated" : `pay of ${formatUsd(result.priorYearCompensation)}`;
  return `${lookBackYear} ${payText} is ${above ? "above" : "not above"} the ${lookBackYear} threshold of ${formatUsd(result.threshold)}, so ${above ? "a" : "not a"} highly compensated employee for plan year ${planYear} (IRC 414(q)(1)(B)).`;
}
