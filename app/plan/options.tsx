import type { PlanDefinition } from "@/lib/plan/definition";
import { chosenReading, optionDescriptions, otherReadings } from "@/lib/pages/plan-facts/plan-options";
import { html, type Html } from "@/app/components/static-html";
import type { PlanText } from "./words";
import styles from "./plan.module.css";

/** How the calculator reads what the report leaves open, as HTML (see static-html). */
export function options(plan: PlanDefinition, { t, words }: PlanText): Html {
  const items = optionDescriptions(plan, words.options).map((option) => {
    const others = otherReadings(plan, option);
    return html`<div class="${styles.option}" data-option="${option.key}"><dt>${option.label}</dt><dd><p><strong>${t("thisCalculator")}</strong> ${chosenReading(plan, option, words.options)}</p><p><strong>${t(
      "why",
    )}</strong> ${option.why}</p>${
      others.length > 0 ? html`<p class="${styles.other}"><strong>${others.length === 1 ? t("otherReading") : t("otherReadings")}</strong> ${others.join(` ${t("orReading")} `)}</p>` : ""
    }</dd></div>`;
  });
  return html`<section aria-labelledby="options" class="${styles.section}"><h2 id="options">${t("optionsHeading")}</h2><p>${t("optionsIntro")}</p><dl class="${styles.options}">${items}</dl></section>`;
}
