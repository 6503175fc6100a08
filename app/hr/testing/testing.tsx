"use client";

import { downloadCsv } from "@/app/components/download";
import type { TestingView } from "@/lib/pages/hr-testing/evaluate";
import type { PageWords } from "@/lib/pages/hr-testing/form";
import type { PlanDefinition } from "@/lib/plan/definition";
import { Results, SHOWN } from "./testing-results";
import type { TestingText } from "./testing-text";
import { useTestingForm } from "./use-testing-form";
import type { RunState } from "./use-testing-worker";
import styles from "./testing.module.css";

/** What the server page gives the form: its language's fixed text, the plan and the years and lines to test. */
export interface TestingProps {
  text: TestingText;
  plan: PlanDefinition;
  firstYear: number;
  lastYear: number;
  lines: string[];
}

/** What a language's client entry adds: its sentences, and its Web Worker (which writes the results in that language). */
export interface TestingLanguage {
  words: PageWords;
  createWorker: () => Worker;
}

function PriorField({ line, which, year, text, read, words, onChange }: {
  line: string;
  which: "nhceAdp" | "nhceAcp";
  year: number;
  text: string;
  read: { ok: true; value: number } | { ok: false; problem: string };
  words: PageWords;
  onChange: (line: string, which: "nhceAdp" | "nhceAcp", value: string) => void;
}) {
  const id = `prior-${line}-${which}`;
  const test = which === "nhceAdp" ? "ADP" : "ACP";
  const error = text.trim() === "" || read.ok ? null : read.problem;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{words.priorLabel(line, year, test)}</label>
      <input id={id} type="text" inputMode="decimal" value={text} aria-invalid={error ? true : undefined} aria-describedby={`${id}-message`} onChange={(event) => onChange(line, which, event.target.value)} />
      <span id={`${id}-message`} className={styles.error}>
        {error ? words.priorError(line, test, error) : ""}
      </span>
    </div>
  );
}

/** `plan` comes from the server page and goes on to the worker with each run. */
export function Testing({ text, plan, firstYear, lastYear, lines, words, createWorker }: TestingProps & TestingLanguage) {
  const { planYear, method, prior, priorRead, priorReady, file, state, chooseYear, chooseMethod, chooseFile, changePrior } = useTestingForm(plan, firstYear, lines, words, createWorker, text.workerStopped);

  const view = state.kind === "done" ? state.view : null;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  return (
    <div>
      <div className={styles.form}>
        <div className={styles.field}>
          <label htmlFor="plan-year">{text.planYear}</label>
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
          <span className={styles.hint}>{text.planYearHint}</span>
        </div>
        <fieldset className={styles.group}>
          <legend>{text.compareLegend}</legend>
          {(["current-year", "prior-year"] as const).map((choice) => (
            <label key={choice} className={styles.choice}>
              <input
                type="radio"
                name="method"
                value={choice}
                checked={method === choice}
                onChange={() => chooseMethod(choice)}
              />
              {choice === "current-year" ? text.currentYear : text.priorYear}
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
                    words={words}
                    onChange={changePrior}
                  />
                )),
              )}
            </div>
          )}
        </fieldset>
        <div className={styles.field}>
          <label htmlFor="contributions">{text.contributions}</label>
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
            {text.contributionsHint}
          </span>
        </div>
      </div>

      <TestingStatus state={state} fileChosen={file !== null} priorReady={priorReady} text={text} words={words} />

      {view && !view.fatal && (
        <>
          <Downloads view={view} text={text} words={words} />
          <Results view={view} text={text} words={words} />
        </>
      )}
    </div>
  );
}

/** The run's progress, what stopped it, and how many rows were read. */
function TestingStatus({ state, fileChosen, priorReady, text, words }: { state: RunState; fileChosen: boolean; priorReady: boolean; text: TestingText; words: PageWords }) {
  const view = state.kind === "done" ? state.view : null;
  return (
    <div aria-live="polite" className={styles.status} data-testid="testing-status">
      {state.kind === "idle" && <p>{!fileChosen ? text.noFile : priorReady ? null : text.givePrior}</p>}
      {state.kind === "running" && <p>{words.progress(state.done, state.total)}</p>}
      {state.kind === "failed" && (
        <p className={styles.errorBlock} role="alert">
          {words.runFailed(state.message)}
        </p>
      )}
      {view?.fatal && (
        <p className={styles.errorBlock} role="alert" data-testid="testing-fatal">
          {words.fatalProblem(view.fatal.line, view.fatal.message)}
        </p>
      )}
      {view?.formError && (
        <p className={styles.errorBlock} role="alert">
          {words.notTested(view.formError.message)}
        </p>
      )}
      {view && !view.fatal && (
        <p data-testid="testing-summary">
          {words.summary(view.rows, view.planYear, view.counted, view.notCounted.length, view.problemRows)}
          {view.ignoredColumns.length > 0 && words.ignoredColumns(view.ignoredColumns)}
        </p>
      )}
    </div>
  );
}

/** The results' download and the rows in error (not tested). */
function Downloads({ view, text, words }: { view: TestingView; text: TestingText; words: PageWords }) {
  return (
    <>
      <div className={styles.actions}>
        <button type="button" onClick={() => downloadCsv(`nondiscrimination-${view.planYear}.csv`, view.csv)}>
          {text.download}
        </button>
        <span className={styles.hint}>{text.downloadHint}</span>
      </div>
      {view.problems.length > 0 && (
        <div className={styles.problems} data-testid="testing-problems">
          <h2>{words.problemsHeading(view.problemRows)}</h2>
          <ul>
            {view.problems.slice(0, SHOWN).map((problem, index) => (
              <li key={index}>
                {words.fileLine(problem.line)}
                {problem.column ? (
                  <>
                    , {text.column} <code>{problem.column}</code>
                  </>
                ) : (
                  ""
                )}
                : {problem.message}.
              </li>
            ))}
          </ul>
          {view.problems.length > SHOWN && <p>{words.moreInDownload(view.problems.length - SHOWN)}</p>}
        </div>
      )}
    </>
  );
}
