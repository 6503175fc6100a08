/**
 * Who is a highly compensated employee (IRC 414(q); plan-rules §2.3).
 *
 * For plan year Y: a 5% owner in Y or Y − 1, or compensation in Y − 1 above the HCE threshold of
 * the look-back year Y − 1. A caller may state the status directly. The top-paid-group election
 * is not modelled.
 */
import { RuleInputError } from "../errors";
import { hceThresholdFor, UnsupportedYearError } from "../limits";
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
  citation: "IRC 414(q)";
  explanation: string;
}

export function highlyCompensatedStatus(input: HceInput, planYear: number, fieldForYear = "asOf"): HceResult {
  const lookBackYear = planYear - 1;
  const base = { planYear, lookBackYear, citation: "IRC 414(q)" as const };
  if (input.highlyCompensated !== undefined) {
    return {
      ...base,
      highlyCompensated: input.highlyCompensated,
      basis: "stated",
      threshold: null,
      explanation: `Stated as ${input.highlyCompensated ? "" : "not "}a highly compensated employee for plan year ${planYear}.`,
    };
  }
  if (input.fivePercentOwner) {
    return {
      ...base,
      highlyCompensated: true,
      basis: "fivePercentOwner",
      threshold: null,
      explanation: `A 5% owner in ${planYear} or ${lookBackYear} is a highly compensated employee for plan year ${planYear} (IRC 414(q)(1)(A)).`,
    };
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
  const pay = input.priorYearCompensation;
  const above = pay !== undefined && pay.greaterThan(threshold.amount);
  const payText = pay === undefined ? "no pay stated" : `pay of ${formatUsd(pay)}`;
  return {
    ...base,
    highlyCompensated: above,
    basis: "compensation",
    threshold: threshold.amount,
    explanation: `${lookBackYear} ${payText} is ${above ? "above" : "not above"} the ${lookBackYear} threshold of ${formatUsd(threshold.amount)}, so ${above ? "a" : "not a"} highly compensated employee for plan year ${planYear} (IRC 414(q)(1)(B)).`,
  };
}
