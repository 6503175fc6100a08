"use client";

import { Field } from "@/app/components/field";
import type { PlanDefinition } from "@/lib/plan/definition";
import type { HoursBy, ServiceBy, TerminationField } from "@/lib/pages/hr-forfeitures/termination";
import type { ForfeituresWords } from "@/lib/pages/hr-forfeitures/words";
import type en from "@/messages/en.json";
import { TerminationDetails, TerminationStatus } from "./termination-result";
import { useTerminationForm, type TerminationFields } from "./use-termination-form";
import styles from "./forfeitures.module.css";

type TextField = Exclude<TerminationField, "hours">;

/** The form's text in the page's language: its messages (plain), and the plan-terminated box's label formatted on the server. */
export type TerminationText = (typeof en)["forfeitures"]["termination"] & { planTerminated: string };

const HINT_KEYS = {
  yearsOfService: "hintYearsOfService",
  employmentStartDate: "hintEmploymentStartDate",
  terminationDate: "hintTerminationDate",
  matchBalance: "hintMatchBalance",
  deferralBalance: "hintDeferralBalance",
  rolloverBalance: "hintRolloverBalance",
} as const satisfies Record<TextField, keyof TerminationText>;

const KIND: Record<TextField, "date" | "money" | "number"> = {
  yearsOfService: "number",
  employmentStartDate: "date",
  terminationDate: "date",
  matchBalance: "money",
  deferralBalance: "money",
  rolloverBalance: "money",
};

const SERVICE_CHOICES = [
  ["years", "serviceYears"],
  ["dates", "serviceDates"],
  ["hours", "serviceHours"],
] as const satisfies readonly (readonly [ServiceBy, keyof TerminationText])[];

export interface TerminationFormProps {
  plan: PlanDefinition;
  text: TerminationText;
  words: ForfeituresWords;
}

export function TerminationForm({ plan, text, words }: TerminationFormProps) {
  const { fields, shown } = useTerminationForm(plan, words);
  const { form, update, touch, shownIssue } = fields;
  const result = fields.outcome.result;

  const field = (name: TextField) => (
    <Field
      key={name}
      id={`term-${name}`}
      name={name}
      label={words.form.LEAVING_LABELS[name]}
      kind={KIND[name]}
      hint={text[HINT_KEYS[name]]}
      value={form[name]}
      onChange={(value) => update({ [name]: value })}
      onBlur={() => touch(name)}
      error={shownIssue(name)}
    />
  );

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label={text.formLabel}>
      <fieldset className={styles.radios}>
        <legend>{text.serviceLegend}</legend>
        {SERVICE_CHOICES.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="serviceBy" value={value} checked={form.serviceBy === value} onChange={() => update({ serviceBy: value })} />
            {text[label]}
          </label>
        ))}
      </fieldset>

      <div className={form.serviceBy === "years" ? styles.grid : styles.dates}>{shown.filter((name): name is TextField => name !== "hours" && !name.endsWith("Balance")).map(field)}</div>

      {form.serviceBy === "hours" ? <HoursFieldset fields={fields} text={text} words={words} /> : null}

      <div className={styles.grid}>{shown.filter((name): name is TextField => name.endsWith("Balance")).map(field)}</div>

      <label className={styles.check}>
        <input type="checkbox" name="planTerminated" checked={form.planTerminated} onChange={(event) => update({ planTerminated: event.target.checked })} />
        {text.planTerminated}
      </label>

      <div className={styles.result} data-testid="termination-result">
        <TerminationStatus result={result} waitingForFixes={shown.some((name) => shownIssue(name))} text={text} words={words} />
        {result ? <TerminationDetails result={result} text={text} words={words} /> : null}
      </div>
    </form>
  );
}

/** The hours of service: a box for each plan year, or pasted lines, and their problems. */
function HoursFieldset({ fields, text, words }: { fields: TerminationFields; text: TerminationText; words: ForfeituresWords }) {
  const { form, update, touch, outcome, problemsOf, listProblems } = fields;
  const hoursIssue = fields.shownIssue("hours");
  return (
    <fieldset className={styles.hours} aria-describedby="term-hours-message">
      <legend>{text.hoursLegend}</legend>
      <p className={styles.fieldHint}>{text.hoursHint}</p>
      <div className={styles.radios} role="radiogroup" aria-label={text.hoursByLabel}>
        {(
          [
            ["years", text.hoursByYears],
            ["lines", text.hoursByLines],
          ] as [HoursBy, string][]
        ).map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="hoursBy" value={value} checked={form.hoursBy === value} onChange={() => update({ hoursBy: value })} />
            {label}
          </label>
        ))}
      </div>
      {form.hoursBy === "years" ? (
        outcome.planYears.length === 0 ? (
          <p className={styles.waiting}>{text.hoursWaiting}</p>
        ) : (
          <div className={styles.yearGrid} data-testid="hours-by-year">
            {outcome.planYears.map((box) => (
              <Field
                key={box.year}
                id={`term-hours-${box.year}`}
                name={`hours-${box.year}`}
                label={words.form.boxLabel(box.year)}
                kind="hours"
                hint={words.form.boxHint(box.from, box.through)}
                value={form.hoursByYear[String(box.year)] ?? ""}
                onChange={(value) => update({ hoursByYear: { ...form.hoursByYear, [String(box.year)]: value } })}
                onBlur={() => touch("hours")}
                error={problemsOf(`year:${box.year}`)}
              />
            ))}
          </div>
        )
      ) : (
        <div className={styles.field}>
          <label htmlFor="term-hours-lines">{text.linesLabel}</label>
          <span id="term-hours-lines-hint" className={styles.fieldHint}>
            {text.linesHint}
          </span>
          <textarea
            id="term-hours-lines"
            name="hoursLines"
            rows={6}
            spellCheck={false}
            autoComplete="off"
            value={form.hoursLines}
            onChange={(event) => update({ hoursLines: event.target.value })}
            onBlur={() => touch("hours")}
            aria-invalid={listProblems.length > 0 ? true : undefined}
            aria-describedby="term-hours-lines-hint term-hours-message"
            className={styles.textarea}
          />
        </div>
      )}
      <div id="term-hours-message" className={styles.messageLine} aria-live="polite">
        {listProblems.length > 1 ? (
          <ul className={styles.problemList}>
            {listProblems.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : (
          (hoursIssue ?? "")
        )}
      </div>
    </fieldset>
  );
}
