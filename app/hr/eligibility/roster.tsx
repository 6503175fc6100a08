"use client";

import { Field } from "@/app/components/field";
import { useMemo, useState } from "react";
import type { RosterResult } from "@/lib/pages/hr-eligibility/roster-builder";
import { countByFilter, employeesByFilter, rowsInFilter, TEMPLATE_FILES } from "@/lib/pages/hr-eligibility/view";
import { readFormDate } from "@/lib/pages/hr-eligibility/form-text";
import type { PlanDefinition } from "@/lib/plan/definition";
import { useToday } from "@/app/components/today";
import styles from "./eligibility.module.css";
import type { Language } from "@/lib/languages";
import type { PageWords } from "@/lib/pages/hr-eligibility/words";
import type en from "@/messages/en.json";
import { CsvFileField } from "./csv-file-field";
import { RosterResults, type RosterView } from "./roster-results";
import { useRosterWorker, type RunState } from "./use-roster-worker";

/** The roster's fixed words, in the page's language (messages/<language>.json "eligibility.roster"). */
export type RosterText = typeof en.eligibility.roster;

/** The as-of date as typed (MM/DD/YYYY or YYYY-MM-DD), read: the ISO date, or what is wrong. */
function readAsOf(text: string, words: PageWords): { ok: true; value: string } | { ok: false; message: string } {
  if (text.trim() === "") return { ok: false, message: words.fieldRequired(words.FIELD_NAMES.asOf!) };
  const read = readFormDate(text, words);
  return read.ok ? read : { ok: false, message: words.fieldProblem(words.FIELD_NAMES.asOf!, read.problem) };
}

/**
 * `plan` comes from the server page and goes on to the worker with each run, with the page's
 * language (the worker writes the reasons in it).
 */
export function Roster({ plan, text, words, language }: { plan: PlanDefinition; text: RosterText; words: PageWords; language: Language }) {
  const today = useToday();
  /** What was typed in the as-of field; null until then (today is the default). */
  const [asOfText, setAsOf] = useState<string | null>(null);
  const asOf = asOfText ?? today;
  const [census, setCensus] = useState<File | null>(null);
  const [hours, setHours] = useState<File | null>(null);
  const { state, result, elapsedMs, start } = useRosterWorker(plan, language, text.workerStopped);
  /** The filter and page chosen, for the result they were chosen on: a new result shows all its rows from the first. */
  const [view, setView] = useState<RosterView & { of: RosterResult | null }>({ of: null, filter: "all", page: 0 });
  const shownView: RosterView = view.of === result ? view : { filter: "all", page: 0 };

  const counts = useMemo(() => (result && !result.fatal ? { employees: employeesByFilter(result), rows: countByFilter(result) } : null), [result]);
  const shown = useMemo(() => (result && !result.fatal ? rowsInFilter(result, shownView.filter) : []), [result, shownView.filter]);

  const asOfRead = readAsOf(asOf, words);
  const asOfError = asOfRead.ok ? null : asOfRead.message;
  /** Starts (or restarts) the evaluation: choosing a file or changing the as-of date is enough. */
  const run = (nextCensus: File | null, nextHours: File | null, nextAsOf: string) => {
    const read = readAsOf(nextAsOf, words);
    start({ census: nextCensus, hours: nextHours, asOf: read.ok ? read.value : null });
  };

  return (
    <div className={styles.roster}>
      <RosterIntro text={text} />
      <div className={styles.fields}>
        <Field
          id="roster-as-of"
          label={text.asOf}
          kind="date"
          hint={text.todayDefault}
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
            label={text.census}
            hint={text.censusHint}
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
            label={text.hours}
            hint={text.hoursHint}
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
              {text.withoutHours}
            </button>
          )}
        </div>
      </div>

      <div aria-live="polite" className={styles.status} data-testid="roster-status">
        <RunStatus state={state} census={census} asOfError={asOfError} text={text} words={words} />
        {result && counts && <Summary result={result} withHours={hours !== null} elapsedMs={elapsedMs} words={words} />}
      </div>

      {result && counts && (
        <RosterResults
          result={result}
          counts={counts}
          shown={shown}
          view={shownView}
          onView={(next) => setView({ ...next, of: result })}
          text={text}
          words={words}
        />
      )}
    </div>
  );
}

/** What to choose, and the two templates. */
function RosterIntro({ text }: { text: RosterText }) {
  return (
    <>
      <p>{text.intro}</p>
      <ul className={styles.templates}>
        <li>
          <a href={TEMPLATE_FILES.census} download="census-template.csv">
            {text.censusTemplate}
          </a>
          : <code>employeeId,employer,birthDate,employmentStartDate,highlyCompensated</code>, {text.optional}{" "}
          <code>priorYearCompensation,fivePercentOwner,terminationDate</code>. {text.censusTemplateText}
        </li>
        <li>
          <a href={TEMPLATE_FILES.hours} download="hours-template.csv">
            {text.hoursTemplate}
          </a>
          : <code>employeeId,date,hours</code>, {text.hoursTemplateText}
        </li>
      </ul>
    </>
  );
}

/** The run's state: nothing chosen, the progress, or what stopped it. */
function RunStatus({ state, census, asOfError, text, words }: { state: RunState; census: File | null; asOfError: string | null; text: RosterText; words: PageWords }) {
  const result = state.kind === "done" ? state.result : null;
  const phases = { census: text.phaseCensus, hours: text.phaseHours, evaluate: text.phaseEvaluate } as const;
  return (
    <>
    {state.kind === "idle" && (census === null ? <p>{text.noCensus}</p> : asOfError ? <p>{text.fixAsOf}</p> : null)}
    {state.kind === "running" && (
      <div className={styles.progress}>
        <label htmlFor="roster-progress">{words.progress(phases[state.phase], state.done, state.total)}</label>
        <progress id="roster-progress" max={Math.max(1, state.total)} value={state.done} />
      </div>
    )}
    {state.kind === "failed" && (
      <p className={styles.errorBlock} role="alert">
        {words.runFailed(state.message)}
      </p>
    )}
    {result?.fatal && (
      <p className={styles.errorBlock} role="alert" data-testid="roster-fatal">
        {words.fatalProblem(result.fatal.file, result.fatal.line, result.fatal.message)}
      </p>
    )}
    </>
  );
}

/** What was evaluated, how fast, and what was skipped. */
function Summary({ result, withHours, elapsedMs, words }: { result: RosterResult; withHours: boolean; elapsedMs: number | null; words: PageWords }) {
  const facts = { count: result.count, employees: result.employees, rehires: result.rehires, asOf: result.asOf, hoursRows: withHours ? result.hoursRows : null };
  return (
      <p data-testid="roster-summary">
        {words.summaryStart(facts)}
        {elapsedMs !== null && (
          <span data-testid="roster-elapsed" data-ms={Math.round(elapsedMs)}>
            {words.summaryTime(elapsedMs)}
          </span>
        )}
        {words.summaryEnd(result.blankLines, [...result.ignoredColumns.census, ...result.ignoredColumns.hours])}
      </p>
  );
}
