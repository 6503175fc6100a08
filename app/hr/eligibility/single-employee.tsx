"use client";

import { Field } from "@/app/components/field";
import type { PlanDefinition } from "@/lib/plan/definition";
import type { HceMode } from "@/lib/pages/hr-eligibility/single";
import type { PageWords } from "@/lib/pages/hr-eligibility/words";
import type en from "@/messages/en.json";
import { HoursFieldset } from "./single-hours";
import { Result, type AnswerWords } from "./single-result";
import { useEmployeeForm, type FormFields } from "./use-employee-form";
import styles from "./eligibility.module.css";

/** The form's fixed words, in the page's language (messages/<language>.json "eligibility.single"; `#` stands for a row's number). */
export type SingleText = typeof en.eligibility.single;

/** `text` with `#` replaced by a number. */
export const numbered = (text: string, n: number) => text.replace("#", String(n));

/**
 * `plan` comes from the server page, so the plan's schema (zod) never ships to the browser; the
 * words come from the page's language's client entry (./tools-en, ./tools-es).
 */
export function SingleEmployee({ plan, text, words, answerWords }: { plan: PlanDefinition; text: SingleText; words: PageWords; answerWords: AnswerWords }) {
  const { fields, answer, periodLines, fillExample, clear } = useEmployeeForm(plan, words);
  const { form, update } = fields;
  // Until the rules arrive (use-engine.ts) nothing is checked yet, so nothing is to fix.
  const waiting = form.birthDate.trim() === "" || form.employmentStartDate.trim() === "" || periodLines === null;

  return (
    <div className={styles.single}>
      <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-describedby="one-intro">
        <p id="one-intro">
          {text.intro}{" "}
          <button type="button" className={styles.linkButton} onClick={fillExample}>
            {text.fillExample}
          </button>{" "}
          <button type="button" className={styles.linkButton} onClick={clear}>
            {text.clear}
          </button>
        </p>
        <div className={styles.fields}>
          <div className={`${styles.field} ${styles.wide}`}>
            <label htmlFor="one-employer">{text.employer}</label>
            <select id="one-employer" value={form.employer} onChange={(event) => update({ employer: event.target.value })}>
              {plan.employers.map((employer) => (
                <option key={employer.id} value={employer.id}>
                  {words.employerOption(employer)}
                </option>
              ))}
            </select>
          </div>
          <DateField fields={fields} name="birthDate" label={text.birthDate} hint="" />
          <DateField fields={fields} name="employmentStartDate" label={text.employmentStartDate} hint={text.employmentStartHint} />
          <DateField fields={fields} name="asOf" label={text.asOf} hint={text.todayDefault} />
        </div>
        <HceFieldset fields={fields} text={text} />
        <GapsFieldset fields={fields} text={text} />
        <HoursFieldset fields={fields} hours={answer.hours} text={text} words={words} />
      </form>

      <section className={styles.answer} aria-labelledby="one-answer" aria-live="polite" data-testid="one-answer">
        <h3 id="one-answer">{text.answer}</h3>
        {answer.result && answer.asOf && periodLines ? (
          <Result result={answer.result} asOf={answer.asOf} gaps={answer.gaps} periodLines={periodLines} plan={plan} text={text} words={answerWords} />
        ) : waiting ? (
          <p>{text.waiting}</p>
        ) : (
          <p>{text.fixFields}</p>
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
function HceFieldset({ fields, text }: { fields: FormFields; text: SingleText }) {
  const { form, update, touch, messages } = fields;
  return (
    <fieldset className={styles.group}>
      <legend>{text.hceLegend}</legend>
      {(
        [
          ["no", text.hceNo],
          ["yes", text.hceYes],
          ["workOut", text.hceWorkOut],
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
            label={text.pay}
            kind="money"
            hint={text.payHint}
            value={form.priorYearCompensation}
            error={messages("priorYearCompensation", form.priorYearCompensation)}
            onChange={(value) => update({ priorYearCompensation: value })}
            onBlur={() => touch("priorYearCompensation")}
          />
          <label className={styles.choice}>
            <input type="checkbox" checked={form.fivePercentOwner} onChange={(event) => update({ fivePercentOwner: event.target.checked })} />
            {text.owner}
          </label>
        </div>
      )}
    </fieldset>
  );
}

/** A rehire's gaps in employment, each its last day worked and the day rehired. */
function GapsFieldset({ fields, text }: { fields: FormFields; text: SingleText }) {
  const { form, update, touch, messages } = fields;
  return (
    <fieldset className={styles.group} data-testid="gaps">
      <legend>{text.gapsLegend}</legend>
      <p className={styles.hint}>{text.gapsHint}</p>
      {form.gaps.length > 0 && (
        <ol className={styles.hourRows}>
          {form.gaps.map((gap, index) => (
            <li key={index} className={styles.hourRow}>
              <Field
                id={`one-gap-${index}-last`}
                label={numbered(text.gapLast, index + 1)}
                kind="date"
                value={gap.lastDay}
                error={messages(`gaps.${index}.lastDay`, gap.lastDay)}
                onChange={(value) => update({ gaps: form.gaps.map((g, at) => (at === index ? { ...g, lastDay: value } : g)) })}
                onBlur={() => touch(`gaps.${index}.lastDay`)}
              />
              <Field
                id={`one-gap-${index}-back`}
                label={numbered(text.gapBack, index + 1)}
                kind="date"
                value={gap.rehired}
                error={messages(`gaps.${index}.rehired`, gap.rehired)}
                onChange={(value) => update({ gaps: form.gaps.map((g, at) => (at === index ? { ...g, rehired: value } : g)) })}
                onBlur={() => touch(`gaps.${index}.rehired`)}
              />
              <button
                type="button"
                className={styles.remove}
                aria-label={numbered(text.removeGap, index + 1)}
                onClick={() => update({ gaps: form.gaps.filter((_, at) => at !== index) })}
              >
                {text.remove}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" onClick={() => update({ gaps: [...form.gaps, { lastDay: "", rehired: "" }] })}>
        {text.addGap}
      </button>
    </fieldset>
  );
}
