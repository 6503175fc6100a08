"use client";

import { Fragment, useCallback, useEffect, useRef, useState } from "react";
import { downloadCsv } from "@/app/components/download";
import type { LineView, TestingOptions, TestingView, TestView } from "@/lib/pages/hr-testing/evaluate";
import { CONTRIBUTIONS_COLUMNS } from "@/lib/pages/hr-testing/census";
import { CONTRIBUTIONS_TEMPLATE_FILE } from "@/lib/pages/hr-testing/template";
import { readPriorFigure } from "@/lib/pages/hr-testing/form";
import type { PlanDefinition } from "@/lib/plan/definition";
import { formatCount } from "@/lib/rules/words";
import type { TestingMessage, TestingRequest } from "./testing-protocol";
import styles from "./testing.module.css";

const SHOWN = 100;

/** The first letter a capital: a deadline's meaning stands alone beside its date. */
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type RunState = { kind: "idle" } | { kind: "running"; done: number; total: number } | { kind: "done"; view: TestingView } | { kind: "failed"; message: string };

function TestTable({ line }: { line: LineView }) {
  const row = (name: string, test: TestView) => (
    <tr>
      <th scope="row">{name}</th>
      <td>{test.hce === null ? "none counted" : `${test.hce}%`}</td>
      <td>{test.nhce}%</td>
      <td>{test.limit}%</td>
      <td className={test.passed ? styles.pass : styles.fail}>{test.passed ? "passes" : "fails"}</td>
    </tr>
  );
  return (
    <div className={styles.scroll} role="region" tabIndex={0} aria-label={`${line.line}: ADP and ACP figures`}>
      <table className={styles.figures}>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">Highly paid</th>
            <th scope="col">Others</th>
            <th scope="col">Limit</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {row("ADP (deferrals)", line.adp)}
          {row("ACP (match)", line.acp)}
        </tbody>
      </table>
    </div>
  );
}

function Refunds({ line, test }: { line: LineView; test: "adp" | "acp" }) {
  const facts = line[test];
  if (facts.passed || facts.refunds.length === 0) return null;
  const title = test === "adp" ? `${line.line}: refunds of deferrals, ${facts.excess} in all` : `${line.line}: excess match, ${facts.excess} in all`;
  return (
    <>
      <h3>{title}</h3>
      <table className={styles.table} data-testid={`${test}-refunds-${line.line}`}>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Employee</th>
            <th scope="col" className={styles.money}>
              {test === "adp" ? "Refund" : "Excess match"}
            </th>
            {test === "adp" && (
              <th scope="col" className={styles.money}>
                Match forfeited
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {facts.refunds.slice(0, SHOWN).map((refund) => (
            <tr key={refund.line}>
              <td data-label="Line">{refund.line}</td>
              <td data-label="Employee">{refund.id}</td>
              <td data-label={test === "adp" ? "Refund" : "Excess match"} className={styles.money}>
                {refund.amount}
              </td>
              {test === "adp" && (
                <td data-label="Match forfeited" className={styles.money}>
                  {refund.forfeitedMatch ?? ""}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {facts.refunds.length > SHOWN && <p>…and {formatCount(facts.refunds.length - SHOWN)} more, in the download.</p>}
    </>
  );
}

function Line({ line }: { line: LineView }) {
  return (
    <section className={styles.line} aria-labelledby={`line-${line.line}`} data-testid={`line-${line.line}`}>
      <h2 id={`line-${line.line}`}>
        {line.line}: {formatCount(line.hce)} highly paid and {formatCount(line.nhce)} other employee{line.nhce === 1 ? "" : "s"} counted
      </h2>
      <TestTable line={line} />
      {(["adp", "acp"] as const).map((test) => (
        <div key={test}>
          <p className={styles.verdict}>{line[test].verdict}</p>
          <p>{line[test].limitSentence}</p>
          {line[test].correction.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <Refunds line={line} test={test} />
        </div>
      ))}
    </section>
  );
}

function Results({ view }: { view: TestingView }) {
  return (
    <>
      {view.lines.map((line) => (
        <Line key={line.line} line={line} />
      ))}
      {view.deadlines && (
        <section aria-labelledby="deadlines">
          <h2 id="deadlines">When the refunds must be paid</h2>
          <dl className={styles.deadlines} data-testid="deadlines">
            {view.deadlines.map((deadline) => (
              <div key={deadline.date} style={{ display: "contents" }}>
                <dt>{deadline.date}</dt>
                <dd>{sentenceCase(deadline.meaning.replace(/^By [^:]+: /, ""))}</dd>
              </div>
            ))}
          </dl>
          <p>{view.earnings}</p>
        </section>
      )}
      {view.notCounted.length > 0 && (
        <section aria-labelledby="not-counted">
          <h2 id="not-counted">Not counted: {formatCount(view.notCounted.length)}</h2>
          <ul className={styles.list} data-testid="not-counted">
            {view.notCounted.slice(0, SHOWN).map((entry) => (
              <li key={entry.line}>
                Line {entry.line}, {entry.id}: {entry.sentence}
              </li>
            ))}
          </ul>
          {view.notCounted.length > SHOWN && <p>…and {formatCount(view.notCounted.length - SHOWN)} more, in the download.</p>}
        </section>
      )}
    </>
  );
}

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
  const [planYear, setPlanYear] = useState(firstYear);
  const [method, setMethod] = useState<TestingOptions["method"]>(plan.options.testingMethod);
  const [prior, setPrior] = useState<Record<string, { nhceAdp: string; nhceAcp: string }>>(() => Object.fromEntries(lines.map((line) => [line, { nhceAdp: "", nhceAcp: "" }])));
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<RunState>({ kind: "idle" });
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);

  const priorRead = lines.map((line) => ({ line, adp: readPriorFigure(prior[line]!.nhceAdp), acp: readPriorFigure(prior[line]!.nhceAcp) }));
  const priorReady = method === "current-year" || priorRead.every((entry) => entry.adp.ok && entry.acp.ok);

  const start = useCallback(
    (next: { file: File | null; planYear: number; method: TestingOptions["method"]; prior: typeof priorRead }) => {
      runId.current += 1;
      const ready = next.method === "current-year" || next.prior.every((entry) => entry.adp.ok && entry.acp.ok);
      if (next.file === null || !ready) {
        setState({ kind: "idle" });
        return;
      }
      worker.current?.terminate();
      const created = new Worker(new URL("./testing.worker.ts", import.meta.url), { type: "module", name: "testing" });
      worker.current = created;
      created.onmessage = (event: MessageEvent<TestingMessage>) => {
        const message = event.data;
        if (message.run !== runId.current) return;
        if (message.type === "progress") setState({ kind: "running", done: message.done, total: message.total });
        else if (message.type === "done") setState({ kind: "done", view: message.view });
        else setState({ kind: "failed", message: message.message });
      };
      created.onerror = () => setState({ kind: "failed", message: "The background worker stopped unexpectedly; choose the file again." });
      const priorYear =
        next.method === "prior-year"
          ? Object.fromEntries(next.prior.map((entry) => [entry.line, { nhceAdp: entry.adp.ok ? entry.adp.value : 0, nhceAcp: entry.acp.ok ? entry.acp.value : 0 }]))
          : undefined;
      setState({ kind: "running", done: 0, total: next.file.size });
      const request: TestingRequest = { run: runId.current, file: next.file, options: { planYear: next.planYear, method: next.method, priorYear }, plan };
      created.postMessage(request);
    },
    [plan],
  );
  useEffect(() => () => worker.current?.terminate(), []);

  const changePrior = (line: string, key: "nhceAdp" | "nhceAcp", value: string) => {
    const nextPrior = { ...prior, [line]: { ...prior[line]!, [key]: value } };
    setPrior(nextPrior);
    const reread = lines.map((name) => ({ line: name, adp: readPriorFigure(nextPrior[name]!.nhceAdp), acp: readPriorFigure(nextPrior[name]!.nhceAcp) }));
    start({ file, planYear, method, prior: reread });
  };

  const view = state.kind === "done" ? state.view : null;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  return (
    <div>
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
      <div className={styles.form}>
        <div className={styles.field}>
          <label htmlFor="plan-year">Plan year</label>
          <select
            id="plan-year"
            value={planYear}
            onChange={(event) => {
              const year = Number(event.target.value);
              setPlanYear(year);
              start({ file, planYear: year, method, prior: priorRead });
            }}
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
                onChange={() => {
                  setMethod(choice);
                  start({ file, planYear, method: choice, prior: priorRead });
                }}
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
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              start({ file: chosen, planYear, method, prior: priorRead });
            }}
          />
          <span id="contributions-hint" className={styles.hint}>
            Tested as soon as it is chosen, and again when the year or the method changes.
          </span>
        </div>
      </div>

      <div aria-live="polite" className={styles.status} data-testid="testing-status">
        {state.kind === "idle" && <p>{file === null ? "No file chosen yet." : priorReady ? null : "Give the prior year's figures of each line to test."}</p>}
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

      {view && !view.fatal && (
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
          <Results view={view} />
        </>
      )}
    </div>
  );
}
