"use client";

import { Field } from "@/app/components/field";
import { useMemo, useState } from "react";
import type { RosterResult } from "@/lib/pages/hr-eligibility/roster-builder";
import { longDate } from "@/lib/dates";
import { countByFilter, employeesByFilter, rowsInFilter, TEMPLATE_FILES } from "@/lib/pages/hr-eligibility/view";
import { readFormDate } from "@/lib/pages/hr-eligibility/form-text";
import type { PlanDefinition } from "@/lib/plan/definition";
import { useToday } from "@/app/components/today";
import styles from "./eligibility.module.css";
import { formatCount } from "@/lib/words/format";
import { CsvFileField } from "./csv-file-field";
import { RosterResults, type RosterView } from "./roster-results";
import { useRosterWorker, type RunState } from "./use-roster-worker";

const PHASE_TEXT = { census: "Reading the census", hours: "Reading the hours", evaluate: "Evaluating every employee" } as const;

const number = (value: number) => formatCount(value);
const megabytes = (bytes: number) => formatCount(bytes / 1_000_000, 1);

/** The as-of date as typed (MM/DD/YYYY or YYYY-MM-DD), read: the ISO date, or what is wrong. */
function readAsOf(text: string): { ok: true; value: string } | { ok: false; message: string } {
  if (text.trim() === "") return { ok: false, message: "As-of date is required." };
  const read = readFormDate(text);
  return read.ok ? read : { ok: false, message: `As-of date ${read.problem}.` };
}

/** `plan` comes from the server page and goes on to the worker with each run. */
export function Roster({ plan }: { plan: PlanDefinition }) {
  const today = useToday();
  /** What was typed in the as-of field; null until then (today is the default). */
  const [asOfText, setAsOf] = useState<string | null>(null);
  const asOf = asOfText ?? today;
  const [census, setCensus] = useState<File | null>(null);
  const [hours, setHours] = useState<File | null>(null);
  const { state, result, elapsedMs, start } = useRosterWorker(plan);
  /** The filter and page chosen, for the result they were chosen on: a new result shows all its rows from the first. */
  const [view, setView] = useState<RosterView & { of: RosterResult | null }>({ of: null, filter: "all", page: 0 });
  const shownView: RosterView = view.of === result ? view : { filter: "all", page: 0 };

  const counts = useMemo(() => (result && !result.fatal ? { employees: employeesByFilter(result), rows: countByFilter(result) } : null), [result]);
  const shown = useMemo(() => (result && !result.fatal ? rowsInFilter(result, shownView.filter) : []), [result, shownView.filter]);

  const asOfRead = readAsOf(asOf);
  const asOfError = asOfRead.ok ? null : asOfRead.message;
  /** Starts (or restarts) the evaluation: choosing a file or changing the as-of date is enough. */
  const run = (nextCensus: File | null, nextHours: File | null, nextAsOf: string) => {
    const read = readAsOf(nextAsOf);
    start({ census: nextCensus, hours: nextHours, asOf: read.ok ? read.value : null });
  };

  return (
    <div className={styles.roster}>
      <RosterIntro />
      <div className={styles.fields}>
        <Field
          id="roster-as-of"
          label="Roster as-of date"
          kind="date"
          hint="Today by default."
          value={asOf}
          error={asOfError ?? undefined}
          onChange={(value) => {
            setAsOf(value);
            run(census, hours, value);
          }}
        />
        <div className={styles.field}>
          <CsvFileField
            id="roster-census"
            label="Census CSV"
            hint="Required. One row per employee (a rehire: one per employment spell)."
            file={census}
            onFile={(file) => {
              setCensus(file);
              run(file, hours, asOf);
            }}
          />
        </div>
        <div className={styles.field}>
          <CsvFileField
            id="roster-hours"
            label="Hours CSV"
            hint="Optional. Without it, SOS employees have no hours credited."
            file={hours}
            onFile={(file) => {
              setHours(file);
              run(census, file, asOf);
            }}
          />
          {hours && (
            <button
              type="button"
              className={styles.clearFile}
              onClick={() => {
                setHours(null);
                run(census, null, asOf);
              }}
            >
              Evaluate without hours
            </button>
          )}
        </div>
      </div>

      <div aria-live="polite" className={styles.status} data-testid="roster-status">
        <RunStatus state={state} census={census} asOfError={asOfError} />
        {result && counts && <Summary result={result} withHours={hours !== null} elapsedMs={elapsedMs} />}
      </div>

      {result && counts && (
        <RosterResults result={result} counts={counts} shown={shown} view={shownView} onView={(next) => setView({ ...next, of: result })} />
      )}
    </div>
  );
}

/** What to choose, and the two templates. */
function RosterIntro() {
  return (
    <>
      <p>
        Choose the payroll census and, if you have them, the hours. The evaluation starts as soon as a file is chosen, and runs again when you
        choose another file or change the as-of date. Every census row appears in the results, or among the rows in error with its line,
        column and what is wrong.
      </p>
      <ul className={styles.templates}>
        <li>
          <a href={TEMPLATE_FILES.census} download="census-template.csv">
            Census template (CSV)
          </a>
          : <code>employeeId,employer,birthDate,employmentStartDate,highlyCompensated</code>, optional{" "}
          <code>priorYearCompensation,fivePercentOwner,terminationDate</code>. Employer is SOS or Inteliant; dates are MM/DD/YYYY or
          YYYY-MM-DD; leave highlyCompensated blank to work it out from last year&apos;s pay and 5% ownership. A rehire has one row per
          employment spell (the same employeeId, each spell&apos;s start and, if it ended, its last day as terminationDate); the rows are one
          employee whose service counts from the first start.
        </li>
        <li>
          <a href={TEMPLATE_FILES.hours} download="hours-template.csv">
            Hours template (CSV)
          </a>
          : <code>employeeId,date,hours</code>, any number of rows per employee; each row credits its hours on its date.
        </li>
      </ul>
    </>
  );
}

/** The run's state: nothing chosen, the progress, or what stopped it. */
function RunStatus({ state, census, asOfError }: { state: RunState; census: File | null; asOfError: string | null }) {
  const result = state.kind === "done" ? state.result : null;
  return (
    <>
    {state.kind === "idle" && (census === null ? <p>No census chosen yet.</p> : asOfError ? <p>Fix the as-of date to evaluate.</p> : null)}
    {state.kind === "running" && (
      <div className={styles.progress}>
        <label htmlFor="roster-progress">
          {PHASE_TEXT[state.phase]}: {megabytes(state.done)} of {megabytes(state.total)} MB
        </label>
        <progress id="roster-progress" max={Math.max(1, state.total)} value={state.done} />
      </div>
    )}
    {state.kind === "failed" && (
      <p className={styles.errorBlock} role="alert">
        Could not evaluate the files: {state.message} If a file changed since you chose it, choose it again.
      </p>
    )}
    {result?.fatal && (
      <p className={styles.errorBlock} role="alert" data-testid="roster-fatal">
        {result.fatal.file === "census" ? "Census CSV" : "Hours CSV"}, line {result.fatal.line}: {result.fatal.message}. Nothing was
        evaluated; fix the file and choose it again.
      </p>
    )}
    </>
  );
}

/** What was evaluated, how fast, and what was skipped. */
function Summary({ result, withHours, elapsedMs }: { result: RosterResult; withHours: boolean; elapsedMs: number | null }) {
  return (
      <p data-testid="roster-summary">
        {number(result.count)} census row{result.count === 1 ? "" : "s"}
        {result.rehires > 0 &&
          ` (${number(result.employees)} employee${result.employees === 1 ? "" : "s"}: ${number(result.rehires)} rehired, with a row for each employment spell)`}{" "}
        evaluated as of {longDate(result.asOf)}
        {withHours ? `, with ${number(result.hoursRows)} hours row${result.hoursRows === 1 ? "" : "s"}` : ", with no hours file"}
        {elapsedMs !== null && (
          <span data-testid="roster-elapsed" data-ms={Math.round(elapsedMs)}>
            {" "}
            in {elapsedMs < 100 ? "under 0.1" : formatCount(elapsedMs / 1000, 1)} s
          </span>
        )}
        .
        {result.blankLines.census + result.blankLines.hours > 0 &&
          ` Blank lines skipped: ${number(result.blankLines.census)} in the census, ${number(result.blankLines.hours)} in the hours.`}
        {result.ignoredColumns.census.length + result.ignoredColumns.hours.length > 0 &&
          ` Columns not used: ${[...result.ignoredColumns.census, ...result.ignoredColumns.hours].join(", ")}.`}
      </p>
  );
}
