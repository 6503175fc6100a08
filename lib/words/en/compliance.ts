/**
 * The vesting schedule against the law's minimum schedules, in words (English): the reasoning of
 * a compliance finding (lib/rules/compliance.ts), written from its facts. Pure: facts in, strings out.
 */
import type { PlanDefinition } from "../../plan/definition";
import type { ComplianceFinding } from "../../rules/compliance";
import { describeSchedule } from "./format";

/** The finding's reasoning: the plan's schedule, the minimums in force, each test's verdict, the conclusion. */
export function complianceReasoning(finding: ComplianceFinding, plan: PlanDefinition): string[] {
  const { planYear } = finding;
  return [
    `The plan vests employer matching contributions ${describeSchedule(plan.vesting.schedule)}. (${plan.vesting.citation})`,
    `For plan year ${planYear} the minimum is set by ${finding.statute}: a schedule must meet the ${finding.minimums.map((minimum) => `${minimum.name} (${describeSchedule(minimum.schedule)})`).join(" or the ")} at every year of service.`,
    ...finding.tests.map((test) =>
      test.firstShortfall === null
        ? `It meets the ${test.name} minimum at every year of service. (${test.citation})`
        : `It fails the ${test.name} minimum: at ${test.firstShortfall.yearsOfService} years it gives ${test.firstShortfall.planPercent}% where ${test.firstShortfall.requiredPercent}% is required. (${test.citation})`,
    ),
    finding.passes
      ? `So the schedule complies for plan year ${planYear}.`
      : `So the schedule meets neither minimum for matching contributions of plan year ${planYear}. The calculator still applies the schedule the 11-K describes; this finding is for the plan administrator.`,
  ];
}

/** The statute that sets the minimums, as the finding names it. */
export function statuteInWords(statute: string): string {
  return statute;
}

/** A minimum schedule's name: "3-year cliff". */
export function minimumScheduleName(minimum: { id: string; name: string }): string {
  return minimum.name;
}
