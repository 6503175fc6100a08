import type { Metadata } from "next";
import type { Language } from "@/lib/languages";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { vestingComplianceFinding } from "@/lib/rules/compliance";
import { checkFooting } from "@/lib/pages/plan-facts/footing";
import { html } from "@/app/components/static-html";
import { provisions } from "./provisions";
import { options } from "./options";
import { compliance } from "./compliance";
import { limits } from "./limits";
import { funds, statements } from "./statements";
import { planText } from "./words";
import styles from "./plan.module.css";

const SECTIONS = [
  ["provisions", "tocProvisions"],
  ["options", "tocOptions"],
  ["compliance", "tocCompliance"],
  ["limits", "tocLimits"],
  ["funds", "tocFunds"],
  ["statements", "tocStatements"],
  ["footing", "tocFooting"],
] as const;

/** The page's title and description in a language. */
export function planMetadata(language: Language): Metadata {
  const { t } = planText(language);
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/**
 * The plan facts page in a language: nothing on it changes in the browser, so it is sent as one
 * HTML string (see static-html) and React has nothing to walk inside it when the page loads.
 */
export function PlanFacts({ language }: { language: Language }) {
  const text = planText(language);
  const { t, words } = text;
  const plan = SOS_PLAN;
  const findings = [vestingComplianceFinding(plan, 2002), vestingComplianceFinding(plan, 2001)];
  const footing = checkFooting();
  const count = footing.discrepancies.length;
  const lead = t("lead", {
    source: t("source", { periodEnd: words.longDate(plan.sourcePeriodEnd) }),
    count: words.facts.countInWords(count),
    figures: count === 1 ? t("leadFigureOne") : t("leadFigureOther"),
  });
  const content = html`<h1>${t("title", { planName: plan.name })}</h1><p class="${styles.lead}">${lead}</p><nav aria-label="${t("tocLabel")}" class="${styles.toc}"><ul>${SECTIONS.map(
    ([id, title]) => html`<li><a href="#${id}">${t(title)}</a></li>`,
  )}</ul></nav>${provisions(plan, text)}${options(plan, text)}${compliance(findings, plan, text)}${limits(plan, text)}${funds(footing, text)}${statements(footing, text)}`;
  return <main className={styles.page} dangerouslySetInnerHTML={content} />;
}
