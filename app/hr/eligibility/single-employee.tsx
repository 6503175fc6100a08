"use client";

import { Field } from "@/app/components/field";
import type { PlanDefinition } from "@/lib/plan/definition";
import type { HceMode } from "@/lib/pages/hr-eligibility/single";
import { HoursFieldset } from "./single-hours";
import { Result } from "./single-result";
import { useEmployeeForm, type FormFields } from "./use-employee-form";
import styles from "./eligibility.module.css";

/** `plan` comes from the server page, so the plan's schema (zod) never ships to the browser. */
export function SingleEmployee({ plan }: { plan: PlanDefinition }) {
  const { fields, answer, fillExample, clear } = useEmployeeForm(plan);
  const { form, update } = fields;
  const waiting = form.birthDate.trim() === "" || form.employmentStartDate.trim() === "";

  return (
    <div className={styles.single}>
      <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-describedby="one-intro">
        <p id="one-intro">
          The answer below is worked out again as you type.{" "}
          <button type="button" className={styles.linkButton} onClick={fillExample}>
            Fill in an example
          </button>{" "}
          <button type="button" className={styles.linkButton} onClick={clear}>
            Clear
          </button>
        </p>
        <div className={styles.fields}>
          <div className={`${styles.field} ${styles.wide}`}>
            <label htmlFor="one-employer">Employer</label>
            <select id="one-employer" value={form.employer} onChange={(event) => update({ employer: event.target.value })}>
              {plan.employers.map((employer) => (
                <option key={employer.id} value={employer.id}>
                  {employer.shortName}
                </option>
              ))}
            </select>
          </div>
          <DateField fields={fields} name="birthDate" label="Birth date" hint="" />
          <DateField fields={fields} name="employmentStartDate" label="Employment start date" hint="A rehire's first start." />
          <DateField fields={fields} name="asOf" label="As-of date" hint="Today by default." />
        </div>
        <HceFieldset fields={fields} />
        <GapsFieldset fields={fields} />
        <HoursFieldset fields={fields} hours={answer.hours} />
      </form>

      <section className={styles.answer} aria-labelledby="one-answer" aria-live="polite" data-testid="one-answer">
        <h3 id="one-answer">Answer</h3>
        {answer.result && answer.asOf ? (
          <Result result={answer.result} asOf={answer.asOf} gaps={answer.gaps} plan={plan} />
        ) : waiting ? (
          <p>Fill in the birth date and the employment start date to see the answer.</p>
        ) : (
          <p>Fix the fields marked above to see the answer.</p>
        )}
      </section>
    </div>
  );
}

/** One of the form's three dates. */
function DateField({ fields, name, label, hint }: { fields: FormFields; name: "birthDate" | "employmentStartDate" | "asOf"; label: string; hint: string }) {
  const { form, update, touch, messages } = fields;
  return (
    <Field
      id={`one-${name}`}
      label={label}
      kind="date"
      hint={hint}
      value={form[name]}
      error={messages(name, form[name])}
      onChange={(value) => update({ [name]: value })}
      onBlur={() => touch(name)}
    />
  );
}

/** Whether the employee is highly compensated: stated, or worked out from last year's pay and ownership. */
function HceFieldset({ fields }: { fields: FormFields }) {
  const { form, update, touch, messages } = fields;
  return (
    <fieldset className={styles.group}>
      <legend>Highly compensated employee (IRC 414(q))</legend>
      {(
        [
          ["no", "Not highly compensated"],
          ["yes", "Highly compensated"],
          ["workOut", "Work it out from last year's pay and ownership"],
        ] as [HceMode, string][]
      ).map(([value, label]) => (
        <label key={value} className={styles.choice}>
          <input type="radio" name="one-hce" value={value} checked={form.hce === value} onChange={() => update({ hce: value })} />
          {label}
        </label>
      ))}
      {form.hce === "workOut" && (
        <div className={styles.fields}>
          <Field
            id="one-pay"
            label="Last year's pay (USD)"
            kind="money"
            hint="Pay in the year before the as-of date's plan year; blank counts as none."
            value={form.priorYearCompensation}
            error={messages("priorYearCompensation", form.priorYearCompensation)}
            onChange={(value) => update({ priorYearCompensation: value })}
            onBlur={() => touch("priorYearCompensation")}
          />
          <label className={styles.choice}>
            <input type="checkbox" checked={form.fivePercentOwner} onChange={(event) => update({ fivePercentOwner: event.target.checked })} />
            A 5% owner this plan year or last
          </label>
        </div>
      )}
    </fieldset>
  );
}

/** A rehire's gaps in employment, each its last day worked and the day rehired. */
function GapsFieldset({ fields }: { fields: FormFields }) {
  const { form, update, touch, messages } = fields;
  return (
    <fieldset className={styles.group} data-testid="gaps">
      <legend>Rehired? Gaps in employment</legend>
      <p className={styles.hint}>
        For someone who left and came back: each gap&apos;s last day worked and the day they were rehired. Every hour counts from the
        first start, so a gap changes no date; it is shown beside the hours.
      </p>
      {form.gaps.length > 0 && (
        <ol className={styles.hourRows}>
          {form.gaps.map((gap, index) => (
            <li key={index} className={styles.hourRow}>
              <Field
                id={`one-gap-${index}-last`}
                label={`Gap ${index + 1}: last day worked`}
                kind="date"
                value={gap.lastDay}
                error={messages(`gaps.${index}.lastDay`, gap.lastDay)}
                onChange={(value) => update({ gaps: form.gaps.map((g, at) => (at === index ? { ...g, lastDay: value } : g)) })}
                onBlur={() => touch(`gaps.${index}.lastDay`)}
              />
              <Field
                id={`one-gap-${index}-back`}
                label={`Gap ${index + 1}: rehired on`}
                kind="date"
                value={gap.rehired}
                error={messages(`gaps.${index}.rehired`, gap.rehired)}
                onChange={(value) => update({ gaps: form.gaps.map((g, at) => (at === index ? { ...g, rehired: value } : g)) })}
                onBlur={() => touch(`gaps.${index}.rehired`)}
              />
              <button
                type="button"
                className={styles.remove}
                aria-label={`Remove gap ${index + 1}`}
                onClick={() => update({ gaps: form.gaps.filter((_, at) => at !== index) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" onClick={() => update({ gaps: [...form.gaps, { lastDay: "", rehired: "" }] })}>
        Add a gap
      </button>
    </fieldset>
  );
}
