import type { PlanDefinition } from "@/lib/plan/definition";
import type { ComplianceFinding } from "@/lib/rules/compliance";
import { html, type Html } from "@/app/components/static-html";
import type { PlanText } from "./words";
import styles from "./plan.module.css";

/** One plan year's finding: its verdict, the minimum schedules it was tested against, and the reasoning. */
function finding(finding: ComplianceFinding, plan: PlanDefinition, { t, words }: PlanText): Html {
  const year = finding.planYear;
  const rows = finding.tests.map(
    (test) =>
      html`<tr><th scope="row">${words.compliance.minimumScheduleName(test)}</th><td>${test.citation}</td><td>${
        test.passes
          ? html`<span class="${styles.pass}">${t("metEveryYear")}</span>`
          : html`<span class="${styles.fail}">${t("notMet", {
              planPercent: String(test.firstShortfall!.planPercent),
              years: String(test.firstShortfall!.yearsOfService),
              requiredPercent: String(test.firstShortfall!.requiredPercent),
            })}</span>`
      }</td></tr>`,
  );
  return html`<article class="${styles.finding}" data-testid="finding-${year}" aria-labelledby="finding-${year}-title"><h3 id="finding-${year}-title">${t("findingYear", { year: String(year) })} <span class="${
    finding.passes ? styles.pass : styles.fail
  }">${finding.passes ? t("findingMeets") : t("findingFails")}</span></h3><p class="${styles.statute}">${words.compliance.statuteInWords(finding.statute)}</p><div class="${
    styles.scroll
  }" role="region" aria-label="${t("minimumsRegion", { year: String(year) })}" tabindex="0"><table><thead><tr><th scope="col">${t("colMinimum")}</th><th scope="col">${t("colCitation")}</th><th scope="col">${t(
    "colResult",
  )}</th></tr></thead><tbody>${rows}</tbody></table></div><ol class="${styles.reasoning}">${words.compliance.complianceReasoning(finding, plan).map(
    (sentence) => html`<li>${sentence}</li>`,
  )}</ol></article>`;
}

/** Whether the vesting schedule meets the law, as HTML (see static-html). */
export function compliance(findings: ComplianceFinding[], plan: PlanDefinition, text: PlanText): Html {
  return html`<section aria-labelledby="compliance" class="${styles.section}"><h2 id="compliance">${text.t("complianceHeading")}</h2><p>${text.t("complianceIntro")}</p>${findings.map(
    (each) => finding(each, plan, text),
  )}</section>`;
}
