"use client";

import { Fragment } from "react";
import { downloadCsv } from "@/app/components/download";
import type { TestingView } from "@/lib/pages/hr-testing/evaluate";
import { CONTRIBUTIONS_COLUMNS } from "@/lib/pages/hr-testing/census";
import { CONTRIBUTIONS_TEMPLATE_FILE } from "@/lib/pages/hr-testing/template";
import type { PlanDefinition } from "@/lib/plan/definition";
import { formatCount } from "@/lib/words/format";
import { Results, SHOWN } from "./testing-results";
import { useTestingForm } from "./use-testing-form";
import type { RunState } from "./use-testing-worker";
import styles from "./testing.module.css";

function PriorField({ line, which, year, text, read, onChange }: {
  line: string;
  which: "nhceAdp" | "nhceAcp";
  year: number;
  text: string;
  read: { ok: true; value: number } | { ok: false; problem: string };
  onChange: (line: string, which: "nhceAdp" | "nhceAcp", value: string) => void;
}) {
  const id = `prior-${line}-${which}`;
  const test = which === "nhceAdp" ? "ADP" : "ACP";
  const error = text.trim() === "" || read.ok ? null : read.problem;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {line}: {year} {test} of the others (%)
      </label>
      <input id={id} type="text" inputMode="decimal" value={text} aria-invalid={error ? true : undefined} aria-describedby={`${id}-message`} onChange={(event) => onChange(line, which, event.target.value)} />
      <span id={`${id}-message`} className={styles.error}>
        {error ? `${line} ${test} ${error}.` : ""}
      </span>
    </div>
  );
}

/** `plan` comes from the server page and goes on to the worker with each run. */
export function Testing({ plan, firstYear, lastYear, lines }: { plan: PlanDefinition; firstYear: number; lastYear: number; lines: string[] }) {
  const { planYear, method, prior, priorRead, priorReady, file, state, chooseYear, chooseMethod, chooseFile, changePrior } = useTestingForm(plan, firstYear, lines);

  const view = state.kind === "done" ? state.view : null;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  return (
    <div>
      <ContributionsTemplate />
      <div className={styles.form}>
        <div className={styles.field}>
          <label htmlFor="plan-year">Plan year</label>
          <select
            id="plan-year"
            value={planYear}
            onChange={(event) => chooseYear(Number(event.target.value))}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
          <span className={styles.hint}>The calendar year tested.</span>
        </div>
        <fieldset className={styles.group}>
          <legend>Compare the highly paid with</legend>
          {(["current-year", "prior-year"] as const).map((choice) => (
            <label key={choice} className={styles.choice}>
              <input
                type="radio"
                name="method"
                value={choice}
                checked={method === choice}
                onChange={() => chooseMethod(choice)}
              />
              {choice === "current-year" ? "the other employees of the same year (current year)" : "the other employees' figures of the year before (prior year)"}
            </label>
          ))}
          {method === "prior-year" && (
            <div className={styles.prior}>
              {priorRead.flatMap((entry) =>
                (["nhceAdp", "nhceAcp"] as const).map((key) => (
                  <PriorField
                    key={`${entry.line}-${key}`}
                    line={entry.line}
                    which={key}
                    year={planYear - 1}
                    text={prior[entry.line]![key]}
                    read={key === "nhceAdp" ? entry.adp : entry.acp}
                    onChange={changePrior}
                  />
                )),
              )}
            </div>
          )}
        </fieldset>
        <div className={styles.field}>
          <label htmlFor="contributions">Contributions CSV</label>
          <input
            id="contributions"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="contributions-hint"
            onClick={(event) => {
              event.currentTarget.value = "";
            }}
            onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
          />
          <span id="contributions-hint" className={styles.hint}>
            Tested as soon as it is chosen, and again when the year or the method changes.
          </span>
        </div>
      </div>

      <TestingStatus state={state} fileChosen={file !== null} priorReady={priorReady} />

      {view && !view.fatal && (
        <>
          <Downloads view={view} />
          <Results view={view} />
        </>
      )}
    </div>
  );
}

/** The template to download and the columns it has. */
function ContributionsTemplate() {
  return (
    <p>
      <a href={CONTRIBUTIONS_TEMPLATE_FILE} download="contributions-template.csv">
        Contributions template (CSV)
      </a>
      : one row per employee eligible to defer at any time in the plan year, deferring or not, with the columns{" "}
      <code className={styles.columns}>
        {CONTRIBUTIONS_COLUMNS.map((column, index) => (
          <Fragment key={column}>
            {index > 0 && (
              <>
                ,<wbr />
              </>
            )}
            {column}
          </Fragment>
        ))}
      </code>. Employer is SOS or Inteliant; money in dollars with at most 2 decimals; leave
      highlyCompensated blank to work it out from last year&apos;s pay and 5% ownership; match and longTermPartTime may be blank (0, no).
    </p>
  );
}

/** The run's progress, what stopped it, and how many rows were read. */
function TestingStatus({ state, fileChosen, priorReady }: { state: RunState; fileChosen: boolean; priorReady: boolean }) {
  const view = state.kind === "done" ? state.view : null;
  return (
    <div aria-live="polite" className={styles.status} data-testid="testing-status">
      {state.kind === "idle" && <p>{!fileChosen ? "No file chosen yet." : priorReady ? null : "Give the prior year's figures of each line to test."}</p>}
      {state.kind === "running" && (
        <p>
          Reading and testing: {formatCount(state.done / 1_000_000, 1)} of {formatCount(state.total / 1_000_000, 1)} MB
        </p>
      )}
      {state.kind === "failed" && (
        <p className={styles.errorBlock} role="alert">
          Could not test the file: {state.message}
        </p>
      )}
      {view?.fatal && (
        <p className={styles.errorBlock} role="alert" data-testid="testing-fatal">
          Contributions CSV, line {view.fatal.line}: {view.fatal.message}. Nothing was tested; fix the file and choose it again.
        </p>
      )}
      {view?.formError && (
        <p className={styles.errorBlock} role="alert">
          Not tested: {view.formError.message}.
        </p>
      )}
      {view && !view.fatal && (
        <p data-testid="testing-summary">
          {formatCount(view.rows)} row{view.rows === 1 ? "" : "s"} read for plan year {view.planYear}: {formatCount(view.counted)} counted,{" "}
          {formatCount(view.notCounted.length)} not counted, {formatCount(view.problemRows)} in error.
          {view.ignoredColumns.length > 0 && ` Columns not used: ${view.ignoredColumns.join(", ")}.`}
        </p>
      )}
    </div>
  );
}

/** The results' download and the rows in error (not tested). */
function Downloads({ view }: { view: TestingView }) {
  return (
    <>
      <div className={styles.actions}>
        <button type="button" onClick={() => downloadCsv(`nondiscrimination-${view.planYear}.csv`, view.csv)}>
          Download results (CSV)
        </button>
        <span className={styles.hint}>Every row of the file, in its order, errors included.</span>
      </div>
      {view.problems.length > 0 && (
        <div className={styles.problems} data-testid="testing-problems">
          <h2>
            Rows in error: {formatCount(view.problemRows)} (not tested; the other rows are)
          </h2>
          <ul>
            {view.problems.slice(0, SHOWN).map((problem, index) => (
              <li key={index}>
                Line {problem.line}
                {problem.column ? `, column ${problem.column}` : ""}: {problem.message}.
              </li>
            ))}
          </ul>
          {view.problems.length > SHOWN && <p>…and {formatCount(view.problems.length - SHOWN)} more, in the download.</p>}
        </div>
      )}
    </>
  );
}
