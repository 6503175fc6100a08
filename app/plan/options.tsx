import type { PlanDefinition } from "@/lib/plan/definition";
import { chosenReading, optionDescriptions, otherReadings } from "@/lib/pages/plan-facts/plan-options";
import { html, type Html } from "@/app/components/static-html";
import styles from "./plan.module.css";

/** How the calculator reads what the report leaves open, as HTML (see static-html). */
export function options(plan: PlanDefinition): Html {
  const items = optionDescriptions(plan).map((option) => {
    const others = otherReadings(plan, option);
    return html`<div class="${styles.option}" data-option="${option.key}"><dt>${option.label}</dt><dd><p><strong>This calculator:</strong> ${chosenReading(plan, option)}</p><p><strong>Why:</strong> ${option.why}</p>${
      others.length > 0 ? html`<p class="${styles.other}"><strong>${others.length === 1 ? "The other reading:" : "Other readings:"}</strong> ${others.join(" Or: ")}</p>` : ""
    }</dd></div>`;
  });
  return html`<section aria-labelledby="options" class="${styles.section}"><h2 id="options">Where the report is silent</h2><p>The report leaves some points open. For each, the calculator takes the reading below. Another reading can be chosen where the plan document says otherwise.</p><dl class="${styles.options}">${items}</dl></section>`;
}
