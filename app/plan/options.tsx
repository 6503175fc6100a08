import type { PlanDefinition } from "@/lib/plan/definition";
import { isChosen, OPTION_DESCRIPTIONS, optionValueText } from "@/lib/pages/plan-facts/plan-options";
import styles from "./plan.module.css";

export function Options({ plan }: { plan: PlanDefinition }) {
  return (
    <section aria-labelledby="options" className={styles.section}>
      <h2 id="options">Readings where the report is silent</h2>
      <p>
        The 11-K leaves some points open. For each, the calculator takes the reading below by default; each is a plan option, so another reading can be
        chosen where the plan document says otherwise.
      </p>
      <dl className={styles.options}>
        {OPTION_DESCRIPTIONS.map((option) => (
          <div key={option.key} className={styles.option}>
            <dt>
              {option.label} <code>{option.key}</code>
            </dt>
            <dd>
              <p>
                This plan: <strong>{optionValueText(plan, option.key)}</strong> ({option.rule}). {option.why}
              </p>
              <ul>
                {option.choices.map((choice) => {
                  const chosen = isChosen(plan, option.key, choice.value);
                  return (
                    <li key={choice.value} className={chosen ? styles.chosen : undefined}>
                      <code>{choice.value}</code>
                      {chosen ? <strong> (in force)</strong> : null}: {choice.meaning}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
