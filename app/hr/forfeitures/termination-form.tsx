"use client";

import { useMemo, useState } from "react";
import { Field } from "@/app/components/field";
import { longDate } from "@/lib/dates";
import { formatUsd } from "@/lib/money";
import type { PlanDefinition } from "@/lib/plan/definition";
import { formatHours } from "@/lib/rules/words";
import {
  EMPTY_TERMINATION_FORM,
  evaluateTermination,
  fieldsShown,
  TERMINATION_LABELS,
  type HoursBy,
  type ServiceBy,
  type TerminationField,
  type TerminationForm as Form,
} from "@/lib/pages/hr-forfeitures/termination";
import styles from "./forfeitures.module.css";

type TextField = Exclude<TerminationField, "hours">;

const HINTS: Record<TextField, string> = {
  yearsOfService: "Completed years of vesting service; 3.9 counts as 3.",
  employmentStartDate: "The first day worked.",
  terminationDate: "The last day worked. It counts in full.",
  matchBalance: "Employer match and its earnings, in dollars.",
  deferralBalance: "Optional. Always fully vested.",
  rolloverBalance: "Optional. Always fully vested.",
};

const KIND: Record<TextField, "date" | "money" | "number"> = {
  yearsOfService: "number",
  employmentStartDate: "date",
  terminationDate: "date",
  matchBalance: "money",
  deferralBalance: "money",
  rolloverBalance: "money",
};

const SERVICE_CHOICES: [ServiceBy, string][] = [
  ["years", "A number of years"],
  ["dates", "Start date and last day worked"],
  ["hours", "Hours in each plan year"],
];

export function TerminationForm({ plan }: { plan: PlanDefinition }) {
  const [form, setForm] = useState<Form>(EMPTY_TERMINATION_FORM);
  const [touched, setTouched] = useState<Partial<Record<TerminationField, boolean>>>({});
  const outcome = useMemo(() => evaluateTermination(form, plan), [form, plan]);
  const shown = fieldsShown(form.serviceBy);

  const update = (patch: Partial<Form>) => setForm((before) => ({ ...before, ...patch }));
  const touch = (field: TerminationField) => () => setTouched((before) => (before[field] ? before : { ...before, [field]: true }));
  const typedHours = form.hoursBy === "years" ? Object.values(form.hoursByYear).some((text) => text.trim() !== "") : form.hoursLines.trim() !== "";
  const shownIssue = (field: TerminationField): string | undefined => {
    const typed = field === "hours" ? typedHours : form[field].trim() !== "";
    return touched[field] || typed ? outcome.issues[field] : undefined;
  };
  const problemsOf = (source: string) => outcome.hoursProblems.filter((problem) => problem.source === source).map((problem) => problem.message);

  const field = (name: TextField) => (
    <Field
      key={name}
      id={`term-${name}`}
      name={name}
      label={TERMINATION_LABELS[name]}
      kind={KIND[name]}
      hint={HINTS[name]}
      value={form[name]}
      onChange={(value) => update({ [name]: value })}
      onBlur={touch(name)}
      error={shownIssue(name)}
    />
  );

  const result = outcome.result;
  const fromHours = result?.fromHours ?? null;
  const rows = result
    ? ([
        ["Employer match", result.vested.match.plus(result.forfeited), result.vestedPercent, result.vested.match, result.forfeited],
        ["Deferrals", result.vested.deferral, 100, result.vested.deferral, null],
        ["Rollovers", result.vested.rollover, 100, result.vested.rollover, null],
      ] as const)
    : [];
  const hoursIssue = shownIssue("hours");
  const listProblems = form.hoursBy === "lines" && typedHours ? outcome.hoursProblems.map((problem) => problem.message) : [];

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label="A participant leaving">
      <fieldset className={styles.radios}>
        <legend>Service given as</legend>
        {SERVICE_CHOICES.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="serviceBy" value={value} checked={form.serviceBy === value} onChange={() => update({ serviceBy: value })} />
            {label}
          </label>
        ))}
      </fieldset>

      <div className={form.serviceBy === "years" ? styles.grid : styles.dates}>{shown.filter((name): name is TextField => name !== "hours" && !name.endsWith("Balance")).map(field)}</div>

      {form.serviceBy === "hours" ? (
        <fieldset className={styles.hours} aria-describedby="term-hours-message">
          <legend>Hours of service</legend>
          <p className={styles.fieldHint}>
            All hours count, with gaps between assignments and after a rehire: a plan year with no hours is left blank. Hours after the last day are not
            possible.
          </p>
          <div className={styles.radios} role="radiogroup" aria-label="Hours given as">
            {(
              [
                ["years", "A box for each plan year"],
                ["lines", "Paste lines from a spreadsheet"],
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
              <p className={styles.waiting}>Enter the start date and the last day: a box appears for each plan year.</p>
            ) : (
              <div className={styles.yearGrid} data-testid="hours-by-year">
                {outcome.planYears.map((box) => (
                  <Field
                    key={box.year}
                    id={`term-hours-${box.year}`}
                    name={`hours-${box.year}`}
                    label={`Hours in ${box.year}`}
                    kind="hours"
                    hint={`${shortDate(box.from)} to ${shortDate(box.through)}`}
                    value={form.hoursByYear[String(box.year)] ?? ""}
                    onChange={(value) => update({ hoursByYear: { ...form.hoursByYear, [String(box.year)]: value } })}
                    onBlur={touch("hours")}
                    error={problemsOf(`year:${box.year}`)}
                  />
                ))}
              </div>
            )
          ) : (
            <div className={styles.field}>
              <label htmlFor="term-hours-lines">Hours, one line each</label>
              <span id="term-hours-lines-hint" className={styles.fieldHint}>
                A date and the hours credited on it (2005-06-30, 40), or a plan year and its hours (2003, 1040). Copy two columns from a spreadsheet; a
                header line is skipped.
              </span>
              <textarea
                id="term-hours-lines"
                name="hoursLines"
                rows={6}
                spellCheck={false}
                autoComplete="off"
                value={form.hoursLines}
                onChange={(event) => update({ hoursLines: event.target.value })}
                onBlur={touch("hours")}
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
      ) : null}

      <div className={styles.grid}>{shown.filter((name): name is TextField => name.endsWith("Balance")).map(field)}</div>

      <label className={styles.check}>
        <input type="checkbox" name="planTerminated" checked={form.planTerminated} onChange={(event) => update({ planTerminated: event.target.checked })} />
        The plan has been terminated ({plan.vesting.terminationCitation}: everyone becomes fully vested)
      </label>

      <div className={styles.result} data-testid="termination-result">
        <div role="status" aria-live="polite">
          {result ? (
            <p className={styles.headline}>
              <strong>{result.vestedPercent}%</strong> of the match is vested (
              {fromHours
                ? `${result.yearsOfService} ${result.yearsOfService === 1 ? "year" : "years"} of service from the hours`
                : `${result.yearsOfService} completed ${result.yearsOfService === 1 ? "year" : "years"}`}
              {result.fullyVestedBy === "planTermination" ? ", plan terminated" : ""}). Keeps <strong>{formatUsd(result.vested.total)}</strong>; forfeits{" "}
              <strong>{formatUsd(result.forfeited)}</strong>
              {fromHours?.forfeitsOn ? (
                <>
                  {" "}
                  on <strong>{longDate(fromHours.forfeitsOn)}</strong> if not back at work before then
                </>
              ) : null}
              .
            </p>
          ) : (
            <p className={styles.waiting}>
              {shown.some((name) => shownIssue(name))
                ? "Fix the fields marked above to see what vests and what is forfeited."
                : "Enter the service and the match balance to see what vests and what is forfeited."}
            </p>
          )}
        </div>
        {result ? (
          <>
            <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Vested and forfeited by source">
              <table className={styles.table}>
                <caption className={styles.caption}>By source</caption>
                <thead>
                  <tr>
                    <th scope="col">Source</th>
                    <th scope="col" className="num">
                      Balance
                    </th>
                    <th scope="col" className="num">
                      Vested
                    </th>
                    <th scope="col" className="num">
                      Forfeited
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(([name, balance, percent, vested, forfeited]) => (
                    <tr key={name}>
                      <th scope="row">
                        {name}
                        <span className={styles.sub}>{percent}% vested</span>
                      </th>
                      <td className="num">{formatUsd(balance)}</td>
                      <td className="num">{formatUsd(vested)}</td>
                      <td className="num">{forfeited ? formatUsd(forfeited) : "–"}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Total</th>
                    <td className="num">{formatUsd(result.balance)}</td>
                    <td className="num">{formatUsd(result.vested.total)}</td>
                    <td className="num">{formatUsd(result.forfeited)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
            {fromHours ? (
              <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Service year by year">
                <table className={styles.table} data-testid="service-record">
                  <caption className={styles.caption}>Service year by year, through the last day</caption>
                  <thead>
                    <tr>
                      <th scope="col">Plan year</th>
                      <th scope="col" className="num">
                        Hours
                      </th>
                      <th scope="col">Counts as</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fromHours.record.map((row) => (
                      <tr key={row.start} data-status={row.status}>
                        <th scope="row">{row.label}</th>
                        <td className="num">{formatHours(row.hours)}</td>
                        <td>{row.words}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            <h3 className={styles.why}>Why</h3>
            <ul className={styles.sentences}>
              {result.sentences.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </form>
  );
}

/** "May 14" for a box's hint (its year is in the label). */
function shortDate(iso: string): string {
  return longDate(iso).replace(/, \d{4}$/, "");
}
