import type { PlanDefinition } from "@/lib/plan/definition";
import type { ComplianceFinding } from "@/lib/rules/compliance";
import { complianceReasoning } from "@/lib/words/en/compliance";
import { html, type Html } from "@/app/components/static-html";
import styles from "./plan.module.css";

/** One plan year's finding: its verdict, the minimum schedules it was tested against, and the reasoning. */
function finding(finding: ComplianceFinding, plan: PlanDefinition): Html {
  const year = finding.planYear;
  const rows = finding.tests.map(
    (test) =>
      html`<tr><th scope="row">${test.name}</th><td>${test.citation}</td><td>${
        test.passes
          ? html`<span class="${styles.pass}">Met at every year</span>`
          : html`<span class="${styles.fail}">Not met: ${test.firstShortfall!.planPercent}% at ${test.firstShortfall!.yearsOfService} years, ${test.firstShortfall!.requiredPercent}% required</span>`
      }</td></tr>`,
  );
  return html`<article class="${styles.finding}" data-testid="finding-${year}" aria-labelledby="finding-${year}-title"><h3 id="finding-${year}-title">Plan year ${year}: <span class="${finding.passes ? styles.pass : styles.fail}">${
    finding.passes ? "meets the minimum vesting rules" : "does not meet the minimum vesting rules"
  }</span></h3><p class="${styles.statute}">${finding.statute}</p><div class="${styles.scroll}" role="region" aria-label="Minimum schedules for ${year}" tabindex="0"><table><thead><tr><th scope="col">Minimum schedule</th><th scope="col">Citation</th><th scope="col">Result</th></tr></thead><tbody>${rows}</tbody></table></div><ol class="${styles.reasoning}">${complianceReasoning(finding, plan).map(
    (sentence) => html`<li>${sentence}</li>`,
  )}</ol></article>`;
}

/** Whether the vesting schedule meets the law, as HTML (see static-html). */
export function compliance(findings: ComplianceFinding[], plan: PlanDefinition): Html {
  return html`<section aria-labelledby="compliance" class="${styles.section}"><h2 id="compliance">Does the vesting schedule meet the law?</h2><p>The law sets a slowest allowed vesting schedule for the match, in two kinds: a “cliff” schedule gives nothing until a set number of years, then 100%; a “graded” schedule rises step by step. A plan must be at least as fast as one of them at every year. Below, the plan's schedule is tested against both (the minimum vesting schedules of the Internal Revenue Code). This is a finding for the plan administrator: the calculator still applies the schedule the report describes, and the plan administrator can say which schedule applies to you.</p>${findings.map(
    (each) => finding(each, plan),
  )}</section>`;
}
