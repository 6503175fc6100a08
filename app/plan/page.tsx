import type { Metadata } from "next";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { vestingComplianceFinding } from "@/lib/rules/compliance";
import { checkFooting } from "@/lib/pages/plan-facts/footing";
import { html } from "@/app/components/static-html";
import { provisions } from "./provisions";
import { options } from "./options";
import { compliance } from "./compliance";
import { limits } from "./limits";
import { countInWords, funds, statements } from "./statements";
import styles from "./plan.module.css";

export const metadata: Metadata = { title: "Plan facts" };

const SECTIONS = [
  ["provisions", "The plan's rules"],
  ["options", "Where the report is silent"],
  ["compliance", "Does vesting meet the law?"],
  ["limits", "IRS limits"],
  ["funds", "Fund line-up"],
  ["statements", "2002 and 2001 statements"],
  ["footing", "Figures that do not add up"],
] as const;

/**
 * The plan facts page: nothing on it changes in the browser, so it is sent as one HTML string
 * (see static-html) and React has nothing to walk inside it when the page loads.
 */
export default function PlanPage() {
  const plan = SOS_PLAN;
  const findings = [vestingComplianceFinding(plan, 2002), vestingComplianceFinding(plan, 2001)];
  const footing = checkFooting();
  const source = plan.source.charAt(0).toLowerCase() + plan.source.slice(1);
  const figures = footing.discrepancies.length === 1 ? "figure that does" : "figures that do";
  const content = html`<h1>${plan.name}: plan facts</h1><p class="${styles.lead}">The plan as its report describes it (${source}): the rules the calculator applies, each with the note it comes from; how the calculator reads what the report leaves open; whether the vesting schedule meets the law; the IRS limits used; and the plan's money as reported, including ${countInWords(
    footing.discrepancies.length,
  )} ${figures} not add up.</p><nav aria-label="On this page" class="${styles.toc}"><ul>${SECTIONS.map(([id, title]) => html`<li><a href="#${id}">${title}</a></li>`)}</ul></nav>${provisions(plan)}${options(
    plan,
  )}${compliance(findings, plan)}${limits(plan)}${funds(footing)}${statements(footing)}`;
  return <main className={styles.page} dangerouslySetInnerHTML={content} />;
}
