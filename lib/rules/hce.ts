/**
 * Who is a highly compensated employee (IRC 414(q); plan-rules §2.3).
 *
 * For plan year Y: a 5% owner in Y or Y − 1, or compensation in Y − 1 above the HCE threshold of
 * the look-back year Y − 1. A caller may state the status directly. The top-paid-group election
 * is not modelled.
 */
import { RuleInputError } from "../errors";
import { hceThresholdFor, UnsupportedYearError } from "../plan/limits";
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

export function highlyCompensatedStatus(input: HceInput, planYear: number, fieldForYear = "asOf"): HceResult {
  const lookBackYear = planYear - 1;
  const citation = "IRC 414(q)";
  if (input.highlyCompensated !== undefined) {
    const highlyCompensated = input.highlyCompensated;
    return { highlyCompensated, basis: "stated", planYear, lookBackYear, threshold: null, priorYearCompensation: null, citation };
  }
  if (input.fivePercentOwner) {
    return { highlyCompensated: true, basis: "fivePercentOwner", planYear, lookBackYear, threshold: null, priorYearCompensation: null, citation };
  }
  let threshold;
  try {
    threshold = hceThresholdFor(lookBackYear);
  } catch (error) {
    if (error instanceof UnsupportedYearError) {
      throw new RuleInputError(
        fieldForYear,
        `highly compensated status for plan year ${planYear} would need the ${lookBackYear} threshold, which this calculator does not have; state highlyCompensated instead`,
      );
    }
    throw error;
  }
  const pay = input.priorYearCompensation ?? null;
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
  const above = result.highlyCompensated;
  const payText = result.priorYearCompensation === null ? "no pay stated" : `pay of ${formatUsd(result.priorYearCompensation)}`;
  return `${lookBackYear} ${payText} is ${above ? "above" : "not above"} the ${lookBackYear} threshold of ${formatUsd(result.threshold!)}, so ${above ? "a" : "not a"} highly compensated employee for plan year ${planYear} (IRC 414(q)(1)(B)).`;
}
