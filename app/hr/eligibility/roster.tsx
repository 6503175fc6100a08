"use client";

import { downloadCsv } from "@/app/components/download";
import { Field } from "@/app/components/field";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { STATUS, type RosterResult } from "@/lib/pages/hr-eligibility/evaluate";
import {
  countByFilter,
  dateText,
  FILTER_LABELS,
  FILTERS,
  resultsCsv,
  resultsFileName,
  rowsInFilter,
  STATUS_LABELS,
  TEMPLATE_FILES,
  type Filter,
} from "@/lib/pages/hr-eligibility/view";
import { readFormDate } from "@/lib/pages/hr-eligibility/form-text";
import type { RunRequest, WorkerMessage } from "./roster-protocol";
import type { PlanDefinition } from "@/lib/plan/definition";
import { useToday } from "@/app/components/today";
import styles from "./eligibility.module.css";
import { formatCount } from "@/lib/rules/words";

const PAGE_SIZE = 100;
const PROBLEMS_SHOWN = 100;

type RunState =
  | { kind: "idle" }
  | { kind: "running"; phase: "census" | "hours" | "evaluate"; done: number; total: number }
  | { kind: "done"; result: RosterResult; workerMs: number }
  | { kind: "failed"; message: string };

const PHASE_TEXT = { census: "Reading the census", hours: "Reading the hours", evaluate: "Evaluating every employee" } as const;

const number = (value: number) => formatCount(value);
const megabytes = (bytes: number) => formatCount(bytes / 1_000_000, 1);

/** The as-of date as typed (MM/DD/YYYY or YYYY-MM-DD), read: the ISO date, or what is wrong. */
function readAsOf(text: string): { ok: true; value: string } | { ok: false; message: string } {
  if (text.trim() === "") return { ok: false, message: "As-of date is required." };
  const read = readFormDate(text);
  return read.ok ? read : { ok: false, message: `As-of date ${read.problem}.` };
}

/**
 * A labelled CSV file input. Clicking it clears the last choice, so choosing the same file again
 * (after editing it) starts the evaluation again.
 */
function CsvFileField({ id, label, hint, inputRef, onFile }: {
  id: string;
  label: string;
  hint: string;
  inputRef: React.RefObject<HTMLInputElement | null>;
  onFile: (file: File | null) => void;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        onClick={(event) => {
          event.currentTarget.value = "";
        }}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-hint`}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
      <span id={`${id}-hint`} className={styles.hint}>
        {hint}
      </span>
    </>
  );
}

/** "yes", "no", and the date the part-time rule is met when there is one (the excluded and the eligible aside). */
function mayDeferText(result: RosterResult, i: number): string {
  const status = result.status[i];
  if (status === STATUS.error) return "";
  const partTime = dateText(result.partTimeDate[i]!);
  const answer = result.mayDefer[i] === 1 ? "yes" : "no";
  if (partTime === "" || status === STATUS.eligible || status === STATUS.excluded) return answer;
  return `${answer} (part-time ${partTime <= result.asOf ? "since" : "from"} ${partTime})`;
}

/** `plan` comes from the server page and goes on to the worker with each run. */
export function Roster({ plan }: { plan: PlanDefinition }) {
  const today = useToday();
  /** What was typed in the as-of field; null until then (today is the default). */
  const [asOfText, setAsOf] = useState<string | null>(null);
  const asOf = asOfText ?? today;
  const [census, setCensus] = useState<File | null>(null);
  const [hours, setHours] = useState<File | null>(null);
  const [state, setState] = useState<RunState>({ kind: "idle" });
  const [filter, setFilter] = useState<Filter>("all");
  const [page, setPage] = useState(0);
  const [elapsedMs, setElapsedMs] = useState<number | null>(null);
  const worker = useRef<Worker | null>(null);
  const running = useRef(false);
  const runId = useRef(0);
  const startedAt = useRef(0);
  const censusInput = useRef<HTMLInputElement>(null);
  const hoursInput = useRef<HTMLInputElement>(null);
  const chosen = useRef<{ census: File | null; hours: File | null }>({ census: null, hours: null });
  useEffect(() => {
    chosen.current = { census, hours };
  }, [census, hours]);

  // To re-read a file after editing it, it can be chosen again: the input is emptied as the picker
  // opens (so the same file fires a change), and given its file back if the picker is cancelled.
  useEffect(() => {
    const pairs = [
      [censusInput.current, "census"],
      [hoursInput.current, "hours"],
    ] as const;
    const cleanups = pairs.map(([input, which]) => {
      if (!input) return () => {};
      const onCancel = () => {
        const file = chosen.current[which];
        if (file && (input.files?.length ?? 0) === 0) {
          const transfer = new DataTransfer();
          transfer.items.add(file);
          input.files = transfer.files;
        }
      };
      input.addEventListener("cancel", onCancel);
      return () => input.removeEventListener("cancel", onCancel);
    });
    return () => cleanups.forEach((cleanup) => cleanup());
  }, []);

  const makeWorker = useCallback(() => {
    const created = new Worker(new URL("./roster.worker.ts", import.meta.url), { type: "module", name: "roster" });
    created.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.run !== runId.current) return;
      if (message.type === "progress") setState({ kind: "running", phase: message.phase, done: message.done, total: message.total });
      else if (message.type === "done") {
        running.current = false;
        setFilter("all");
        setPage(0);
        setState({ kind: "done", result: message.result, workerMs: message.workerMs });
      } else {
        running.current = false;
        setState({ kind: "failed", message: message.message });
      }
    };
    created.onerror = () => {
      running.current = false;
      setState({ kind: "failed", message: "The background worker stopped unexpectedly; choose the files again." });
    };
    return created;
  }, []);

  // The worker starts with the first evaluation (not with the page, whose loading it would slow).
  useEffect(() => () => worker.current?.terminate(), []);

  /** Starts (or restarts) the evaluation: choosing a file or changing the as-of date is enough. */
  const start = useCallback(
    (nextCensus: File | null, nextHours: File | null, nextAsOf: string) => {
      const asOfRead = readAsOf(nextAsOf);
      if (nextCensus === null || !asOfRead.ok) {
        runId.current += 1;
        setState({ kind: "idle" });
        return;
      }
      if (running.current || worker.current === null) {
        worker.current?.terminate();
        worker.current = makeWorker();
      }
      runId.current += 1;
      running.current = true;
      startedAt.current = performance.now();
      setElapsedMs(null);
      const total = nextCensus.size + (nextHours?.size ?? 0);
      setState({ kind: "running", phase: "census", done: 0, total });
      const request: RunRequest = { run: runId.current, census: nextCensus, hours: nextHours, asOf: asOfRead.value, plan };
      worker.current!.postMessage(request);
    },
    [makeWorker, plan],
  );

  const result = state.kind === "done" ? state.result : null;
  useEffect(() => {
    if (result) setElapsedMs(performance.now() - startedAt.current);
  }, [result]);

  const counts = useMemo(() => (result && !result.fatal ? countByFilter(result) : null), [result]);
  const shown = useMemo(() => (result && !result.fatal ? rowsInFilter(result, filter) : []), [result, filter]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const pageRows = shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);

  const asOfRead = readAsOf(asOf);
  const asOfError = asOfRead.ok ? null : asOfRead.message;

  /** The export: every row, or the rows of the filter shown (its name in the file name). */
  const download = (which: "all" | "shown") => {
    if (!result) return;
    if (which === "all") downloadCsv(resultsFileName(result.asOf, null), resultsCsv(result));
    else downloadCsv(resultsFileName(result.asOf, filter), resultsCsv(result, shown));
  };

  return (
    <div className={styles.roster}>
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
            start(census, hours, value);
          }}
        />
        <div className={styles.field}>
          <CsvFileField
            id="roster-census"
            label="Census CSV"
            hint="Required. One row per employee (a rehire: one per employment spell)."
            inputRef={censusInput}
            onFile={(file) => {
              setCensus(file);
              start(file, hours, asOf);
            }}
          />
        </div>
        <div className={styles.field}>
          <CsvFileField
            id="roster-hours"
            label="Hours CSV"
            hint="Optional. Without it, SOS employees have no hours credited."
            inputRef={hoursInput}
            onFile={(file) => {
              setHours(file);
              start(census, file, asOf);
            }}
          />
          {hours && (
            <button
              type="button"
              className={styles.clearFile}
              onClick={() => {
                if (hoursInput.current) hoursInput.current.value = "";
                setHours(null);
                start(census, null, asOf);
              }}
            >
              Evaluate without hours
            </button>
          )}
        </div>
      </div>

      <div aria-live="polite" className={styles.status} data-testid="roster-status">
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
        {result && counts && (
          <p data-testid="roster-summary">
            {number(result.count)} census row{result.count === 1 ? "" : "s"}
            {result.rehires > 0 &&
              ` (${number(result.employees)} employee${result.employees === 1 ? "" : "s"}: ${number(result.rehires)} rehired, with a row for each employment spell)`}{" "}
            evaluated as of {result.asOf}
            {hours ? `, with ${number(result.hoursRows)} hours row${result.hoursRows === 1 ? "" : "s"}` : ", with no hours file"}
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
        )}
      </div>

      {result && counts && (
        <>
          <fieldset className={styles.filters} data-testid="roster-counts">
            <legend>Show</legend>
            {FILTERS.map((name) => (
              <label key={name} className={styles.filter}>
                <input
                  type="radio"
                  name="roster-filter"
                  value={name}
                  checked={filter === name}
                  onChange={() => {
                    setFilter(name);
                    setPage(0);
                  }}
                />
                <span>
                  {FILTER_LABELS[name]} <strong data-count={name}>{number(counts[name])}</strong>
                </span>
              </label>
            ))}
          </fieldset>
          <p className={styles.hint}>
            &ldquo;Part-time, may defer&rdquo;: not eligible to join, but a long-term part-time employee, who may make their own deferrals
            with no employer match (the status <code>part-time</code> in the export). &ldquo;Within 30/60/90 days&rdquo; counts employees not
            yet eligible to join (part-time ones included) whose eligibility date is at most that many days after the as-of date.
          </p>
          <div className={styles.actions}>
            <button type="button" onClick={() => download("all")}>
              Download all {number(result.count)} rows (CSV)
            </button>
            {filter !== "all" && (
              <button type="button" onClick={() => download("shown")} data-testid="download-shown">
                Download the {number(shown.length)} rows shown: {FILTER_LABELS[filter]} (CSV)
              </button>
            )}
            <span className={styles.hint}>
              {filter === "all"
                ? "Every census row, in census order, errors included."
                : `“All” holds every census row; “shown” only the rows of “${FILTER_LABELS[filter]}”, and says so in its file name.`}
            </span>
          </div>

          {result.hoursProblemCount > 0 && (
            <div className={styles.problems} data-testid="hours-problems">
              <h3>
                Problems in the hours file: {number(result.hoursProblemCount)} row{result.hoursProblemCount === 1 ? "" : "s"}
              </h3>
              <p className={styles.hint}>
                An employee with a faulty hours row is listed among the rows in error (it cannot be evaluated on part of its hours). Rows for
                ids not in the census are listed only here.
              </p>
              <ul>
                {result.hoursProblems.slice(0, PROBLEMS_SHOWN).map((problem, index) => (
                  <li key={index}>
                    Hours CSV line {problem.line}
                    {problem.column ? `, column ${problem.column}` : ""}: {problem.message}.
                  </li>
                ))}
              </ul>
              {result.hoursProblemCount > PROBLEMS_SHOWN && <p>…and {number(result.hoursProblemCount - PROBLEMS_SHOWN)} more.</p>}
            </div>
          )}

          <h3 id="roster-table-title">
            {FILTER_LABELS[filter]}: {number(shown.length)} row{shown.length === 1 ? "" : "s"}
          </h3>
          {shown.length > 0 ? (
            <>
              <table className={styles.table} aria-labelledby="roster-table-title" data-testid="roster-table">
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Employee</th>
                    <th scope="col">Status</th>
                    <th scope="col">Eligibility date</th>
                    <th scope="col">Entry date</th>
                    <th scope="col">May defer</th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  {pageRows.map((i) => {
                    const status = result.status[i]!;
                    return (
                      <tr key={i} className={styles[`status${status}`]}>
                        <td data-label="Line">{result.lines[i]}</td>
                        <td data-label="Employee">{result.ids[i] || "(no id)"}</td>
                        <td data-label="Status">{STATUS_LABELS[status]}</td>
                        <td data-label="Eligibility date">{dateText(result.eligibilityDate[i]!)}</td>
                        <td data-label="Entry date">{status === STATUS.excluded ? "none (excluded)" : dateText(result.entryDate[i]!)}</td>
                        <td data-label="May defer" className={styles.mayDefer}>
                          {mayDeferText(result, i)}
                        </td>
                        <td data-label="Reason" className={styles.reason}>
                          {result.reasons[i]}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <nav className={styles.pager} aria-label="Result pages">
                <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                  Previous {PAGE_SIZE}
                </button>
                <span>
                  Rows {number(page * PAGE_SIZE + 1)}–{number(Math.min(shown.length, (page + 1) * PAGE_SIZE))} of {number(shown.length)}
                </span>
                <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
                  Next {PAGE_SIZE}
                </button>
              </nav>
            </>
          ) : (
            <p>No rows in this group.</p>
          )}
        </>
      )}
    </div>
  );
}
