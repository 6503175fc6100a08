/**
 * The ADP and ACP tests in words (English): every sentence a page or the API says about a
 * nondiscrimination result, written from the rule's facts (lib/rules/nondiscrimination.ts).
 * Pure functions: facts in, strings out.
 */
import { longDate } from "../../dates";
import { formatUsd, fromCents } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import { formatLimit, formatRate, type LineFacts, type NondiscriminationResult, type NotCountedReason, type TestFacts } from "../../rules/nondiscrimination";
import { formatCount } from "../format";

export type TestName = "ADP" | "ACP";

const usd = (cents: bigint | number) => formatUsd(fromCents(BigInt(cents)));
const percent = (units: number, decimals: number) => `${formatRate(units, decimals)}%`;

/** What the HCEs' figure measures, completing "highly paid employees …". */
function measured(test: TestName, rate: string): string {
  return test === "ADP" ? `deferred ${rate} on average` : `received matching contributions of ${rate} on average`;
}

/** "Inteliant fails the ADP test: highly paid employees deferred 5.83% of pay on average; the limit is 5.00%." */
export function verdictSentence(line: LineFacts, test: TestName, result: NondiscriminationResult, plan: PlanDefinition): string {
  const facts = test === "ADP" ? line.adp : line.acp;
  const decimals = result.rateDecimals;
  const limit = `${formatLimit(facts.limit, decimals)}%`;
  if (facts.hce === null) {
    return `${line.line} passes the ${test} test: it counts no highly paid employee, so there is no one whose ${test === "ADP" ? "deferrals" : "match"} could be too high. ${noHceReason(line, plan)}`;
  }
  const verb = facts.passed ? "passes" : "fails";
  return `${line.line} ${verb} the ${test} test: highly paid employees ${measured(test, percent(facts.hce, decimals))}; the limit is ${limit}.`;
}

/** Why a line counts no HCE: its employers exclude them (SOS), or none was in the census. */
export function noHceReason(line: LineFacts, plan: PlanDefinition): string {
  const excluding = plan.employers.filter((employer) => line.employers.includes(employer.id) && employer.excludesHighlyCompensated);
  if (excluding.length === line.employers.length && excluding.length > 0) {
    return `Highly paid employees of ${excluding.map((employer) => employer.shortName).join(" and ")} are excluded from the plan (${excluding[0]!.citation}), so they are not eligible employees and are not tested.`;
  }
  return "No employee in this line was highly compensated in the plan year.";
}

/** How the limit came from the NHCE figure, in a sentence. */
export function limitSentence(facts: TestFacts, test: TestName, result: NondiscriminationResult, plan: PlanDefinition): string {
  const decimals = result.rateDecimals;
  const rule = plan.nondiscrimination.limit;
  const n = percent(facts.nhce, decimals);
  const whose = result.method === "prior-year" ? `In ${result.planYear - 1} the other employees` : "The other employees";
  const did = test === "ADP" ? `deferred ${n} of pay on average` : `received matching contributions of ${n} of pay on average`;
  const multiple = `${rule.alternativeMultiple} times ${n}`;
  const spread = `${n} plus ${rule.alternativeSpread} points`;
  const how =
    facts.limit.branch === "basic"
      ? `${rule.basic} times ${n}`
      : facts.limit.alternativesEqual
        ? `${multiple}, which is equal to ${spread}`
        : facts.limit.branch === "alternativeMultiple"
          ? `${multiple}, which is less than ${spread}`
          : `${spread}, which is less than ${multiple}`;
  return `${whose} ${did}, so the limit is ${formatLimit(facts.limit, decimals)}%: ${how}, whichever of the two ways allows more (${test === "ADP" ? plan.nondiscrimination.adpCitation : plan.nondiscrimination.acpCitation}).`;
}

/** The correction of a failed test, in sentences. */
export function correctionSentences(facts: TestFacts, test: TestName, result: NondiscriminationResult, plan: PlanDefinition): string[] {
  if (facts.passed) return [];
  if (facts.failedOnRounding) {
    return [`Before their average is rounded, the highly paid employees' rates are within the limit, so leveling them to the limit takes nothing back: the excess is ${usd(0)}.`];
  }
  const what = test === "ADP" ? "deferrals" : "matching contributions";
  const people = facts.refunds.length;
  const who = `${formatCount(people)} highly paid employee${people === 1 ? "" : "s"}`;
  // The ADP's excess deferrals are refunded (Treas. Reg. 1.401(k)-2(b)(2)); the ACP's excess match is
  // distributed, or forfeited where not vested (1.401(m)-2(b)(2)). The rule gives each HCE's excess, not its vested part.
  const citation = test === "ADP" ? plan.nondiscrimination.correction.citation : plan.nondiscrimination.acpCorrection.citation;
  const sentences = [
    `To correct it, the highest rates are brought down to ${facts.level?.toDecimalPlaces(2).toFixed(2)}% until the average meets the limit: ${usd(facts.excessCents)} of excess ${what} in all (${citation}).`,
    test === "ADP"
      ? `That amount is taken from the largest ${what} first, not the highest rates: ${who} ${people === 1 ? "is" : "are"} refunded.`
      : `That amount is taken from the largest ${what} first, not the highest rates: ${who} ${people === 1 ? "has" : "have"} excess ${what}, which are distributed, or forfeited where not vested (${citation}).`,
  ];
  if (test === "ADP" && plan.options.forfeitMatchOnRefund) {
    const forfeited = facts.refunds.reduce((total, refund) => total + (refund.forfeitedMatchCents ?? 0n), 0n);
    sentences.push(`The match on refunded deferrals is forfeited with them: ${usd(forfeited)} (${plan.nondiscrimination.matchForfeiture.citation}).`);
  }
  if (test === "ACP") {
    sentences.push("This calculator works out each one's excess, not how much of it is vested: that split is the plan administrator's.");
  }
  return sentences;
}

/** What each deadline means: two sentences. */
export function deadlineSentences(result: NondiscriminationResult, plan: PlanDefinition): string[] {
  const { deadlines } = plan.nondiscrimination;
  return [
    `By ${longDate(result.deadlines.withoutExciseTax)}: refunds paid by then spare the employer an excise tax on the excess (${deadlines.withoutExciseTax.citation}).`,
    `By ${longDate(result.deadlines.final)}: the last day to correct the ${result.planYear} tests without putting the plan's tax qualification at risk (${deadlines.final.citation}).`,
  ];
}

/** Refunds carry earnings the calculator does not compute. */
export function earningsSentence(): string {
  return "Each refund also carries the earnings on it, which this calculator does not work out; add them before paying.";
}

/** Why an employee was not counted. */
export function notCountedSentence(reason: NotCountedReason, plan: PlanDefinition): string {
  if (reason === "excluded-hce") {
    const excluding = plan.employers.filter((employer) => employer.excludesHighlyCompensated);
    return `Highly compensated, and ${excluding.map((employer) => employer.shortName).join(" and ")} exclude${excluding.length === 1 ? "s" : ""} highly compensated employees from the plan (${excluding[0]?.citation ?? plan.eligibility.citation}): not an eligible employee, so not tested.`;
  }
  return `A long-term part-time employee: the plan leaves them out of the tests (${plan.nondiscrimination.longTermPartTime.citation}).`;
}

/** A line's explanation, as the API gives it. */
export function lineExplanation(line: LineFacts, result: NondiscriminationResult, plan: PlanDefinition): string[] {
  const sentences: string[] = [];
  for (const test of ["ADP", "ACP"] as const) {
    const facts = test === "ADP" ? line.adp : line.acp;
    sentences.push(verdictSentence(line, test, result, plan), limitSentence(facts, test, result, plan), ...correctionSentences(facts, test, result, plan));
  }
  if (!line.adp.passed || !line.acp.passed) sentences.push(...deadlineSentences(result, plan), earningsSentence());
  return sentences;
}
