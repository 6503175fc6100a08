import type { PlanDefinition } from "@/lib/plan/definition";
import { chosenReading, optionDescriptions, otherReadings } from "@/lib/pages/plan-facts/plan-options";
import styles from "./plan.module.css";

export function Options({ plan }: { plan: PlanDefinition }) {
  return (
    <section aria-labelledby="options" className={styles.section}>
      <h2 id="options">Where the report is silent</h2>
      <p>
        The report leaves some points open. For each, the calculator takes the reading below. Another reading can be chosen where the plan document says
        otherwise.
      </p>
      <dl className={styles.options}>
        {optionDescriptions(plan).map((option) => {
          const others = otherReadings(plan, option);
          return (
            <div key={option.key} className={styles.option} data-option={option.key}>
              <dt>{option.label}</dt>
              <dd>
                <p>
                  <strong>This calculator:</strong> {chosenReading(plan, option)}
                </p>
                <p>
                  <strong>Why:</strong> {option.why}
                </p>
                {others.length > 0 ? (
                  <p className={styles.other}>
                    <strong>{others.length === 1 ? "The other reading:" : "Other readings:"}</strong> {others.join(" Or: ")}
                  </p>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
