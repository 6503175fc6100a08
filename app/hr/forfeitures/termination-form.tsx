"use client";

import { useMemo, useState } from "react";
import { evaluateTermination, TERMINATION_LABELS, type TerminationField, type TerminationForm as Form } from "@/lib/pages/hr-forfeitures/termination";
import { formatUsd } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import styles from "./forfeitures.module.css";

const EMPTY: Form = {
  serviceBy: "years",
  yearsOfService: "",
  employmentStartDate: "",
  terminationDate: "",
  matchBalance: "",
  deferralBalance: "",
  rolloverBalance: "",
  planTerminated: false,
};

const TERMINATION_FIELDS = Object.keys(TERMINATION_LABELS) as TerminationField[];

const HINTS: Partial<Record<TerminationField, string>> = {
  yearsOfService: "Completed years of vesting service; 3.9 counts as 3.",
  employmentStartDate: "YYYY-MM-DD, such as 1999-06-15.",
  terminationDate: "YYYY-MM-DD: the last day worked. It counts in full: service runs through the end of that day.",
  matchBalance: "Employer matching contributions and their earnings, in dollars.",
  deferralBalance: "Optional. Always fully vested.",
  rolloverBalance: "Optional. Always fully vested.",
};

export function TerminationForm() {
  const [form, setForm] = useState<Form>(EMPTY);
  const [touched, setTouched] = useState<Partial<Record<TerminationField, boolean>>>({});
  const outcome = useMemo(() => evaluateTermination(form, SOS_PLAN), [form]);

  const set = (field: keyof Form) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = field === "planTerminated" ? event.target.checked : event.target.value;
    setForm((before) => ({ ...before, [field]: value }));
  };
  const shownIssue = (field: TerminationField) => (touched[field] || form[field] !== "" ? outcome.issues[field] : undefined);

  const field = (name: TerminationField, inputMode: "decimal" | "numeric" | "text" = "decimal") => {
    const issue = shownIssue(name);
    const id = `term-${name}`;
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{TERMINATION_LABELS[name]}</label>
        <input
          id={id}
          name={name}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          value={form[name]}
          onChange={set(name)}
          onBlur={() => setTouched((before) => ({ ...before, [name]: true }))}
          aria-invalid={issue ? true : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
        />
        <span id={`${id}-hint`} className={styles.fieldHint}>
          {HINTS[name]}
        </span>
        <span id={`${id}-error`} className={styles.error} aria-live="polite">
          {issue ?? ""}
        </span>
      </div>
    );
  };

  const result = outcome.result;
  const rows = result
    ? ([
        ["Employer match", result.vested.match.plus(result.forfeited), result.vestedPercent, result.vested.match, result.forfeited],
        ["Deferrals", result.vested.deferral, 100, result.vested.deferral, null],
        ["Rollovers", result.vested.rollover, 100, result.vested.rollover, null],
      ] as const)
    : [];

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label="A participant leaving">
      <fieldset className={styles.radios}>
        <legend>Service given as</legend>
        <label>
          <input type="radio" name="serviceBy" value="years" checked={form.serviceBy === "years"} onChange={() => setForm((before) => ({ ...before, serviceBy: "years" }))} />
          A number of years
        </label>
        <label>
          <input type="radio" name="serviceBy" value="dates" checked={form.serviceBy === "dates"} onChange={() => setForm((before) => ({ ...before, serviceBy: "dates" }))} />
          Start date and last day worked
        </label>
      </fieldset>
      <div className={styles.grid}>
        {form.serviceBy === "years" ? (
          field("yearsOfService")
        ) : (
          <>
            {field("employmentStartDate", "numeric")}
            {field("terminationDate", "numeric")}
          </>
        )}
        {field("matchBalance")}
        {field("deferralBalance")}
        {field("rolloverBalance")}
      </div>
      <label className={styles.check}>
        <input type="checkbox" name="planTerminated" checked={form.planTerminated} onChange={set("planTerminated")} />
        The plan has been terminated ({SOS_PLAN.vesting.terminationCitation}: everyone becomes fully vested)
      </label>

      <div className={styles.result} data-testid="termination-result">
        <div role="status" aria-live="polite">
          {result ? (
            <p className={styles.headline}>
              <strong>{result.vestedPercent}%</strong> of the match is vested ({result.yearsOfService} completed {result.yearsOfService === 1 ? "year" : "years"}
              {result.fullyVestedBy === "planTermination" ? ", plan terminated" : ""}). Keeps <strong>{formatUsd(result.vested.total)}</strong>; forfeits{" "}
              <strong>{formatUsd(result.forfeited)}</strong>.
            </p>
          ) : (
            <p className={styles.waiting}>
              {TERMINATION_FIELDS.some((name) => shownIssue(name))
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
                    <th scope="col" className="num">Balance</th>
                    <th scope="col" className="num">Vested %</th>
                    <th scope="col" className="num">Vested</th>
                    <th scope="col" className="num">Forfeited</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(([name, balance, percent, vested, forfeited]) => (
                    <tr key={name}>
                      <th scope="row">{name}</th>
                      <td className="num">{formatUsd(balance)}</td>
                      <td className="num">{percent}%</td>
                      <td className="num">{formatUsd(vested)}</td>
                      <td className="num">{forfeited ? formatUsd(forfeited) : "–"}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Total</th>
                    <td className="num">{formatUsd(result.balance)}</td>
                    <td />
                    <td className="num">{formatUsd(result.vested.total)}</td>
                    <td className="num">{formatUsd(result.forfeited)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
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
