/**
 * Highly compensated employee status in words (English): the sentence a page or the API says about
 * an HCE finding, written from the rule's facts (lib/rules/hce.ts). Pure: facts in, a string out.
 */
import { formatUsd } from "../../money";
import type { HceResult } from "../../rules/hce";

/** The HCE finding in a sentence. */
export function hceSentence(result: HceResult): string {
  const { planYear, lookBackYear } = result;
  const cited = result.basisCitation === null ? "" : ` (${result.basisCitation})`;
  if (result.basis === "stated") {
    return `Stated as ${result.highlyCompensated ? "" : "not "}a highly compensated employee for plan year ${planYear}.`;
  }
  if (result.basis === "fivePercentOwner") {
    return `A 5% owner in ${planYear} or ${lookBackYear} is a highly compensated employee for plan year ${planYear}${cited}.`;
  }
  if (result.threshold === null) {
    return `No ${lookBackYear} pay stated, and no threshold for ${lookBackYear}: pay does not make an employee highly compensated for plan year ${planYear}${cited}.`;
  }
  const above = result.highlyCompensated;
  const payText = result.priorYearCompensation === null ? "no pay stated" : `pay of ${formatUsd(result.priorYearCompensation)}`;
  return `${lookBackYear} ${payText} is ${above ? "above" : "not above"} the ${lookBackYear} threshold of ${formatUsd(result.threshold)}, so ${above ? "a" : "not a"} highly compensated employee for plan year ${planYear}${cited}.`;
}
