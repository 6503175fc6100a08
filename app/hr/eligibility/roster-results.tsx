"use client";

import { downloadCsv } from "@/app/components/download";
import { STATUS, type RosterResult } from "@/lib/pages/hr-eligibility/roster-builder";
import { datesInWords, longDate } from "@/lib/dates";
import { dateText, FILTER_LABELS, FILTERS, resultsCsv, resultsFileName, STATUS_LABELS, type Filter } from "@/lib/pages/hr-eligibility/view";
import styles from "./eligibility.module.css";
import { formatCount } from "@/lib/words/format";

const PAGE_SIZE = 100;
const PROBLEMS_SHOWN = 100;

const number = (value: number) => formatCount(value);

/** "yes", "no", and the date the part-time rule is met when there is one (the excluded and the eligible aside). */
function mayDeferText(result: RosterResult, i: number): string {
  const status = result.status[i];
  if (status === STATUS.error) return "";
  const partTime = dateText(result.partTimeDate[i]!);
  const answer = result.mayDefer[i] === 1 ? "yes" : "no";
  if (partTime === "" || status === STATUS.eligible || status === STATUS.excluded) return answer;
  return `${answer} (part-time ${partTime <= result.asOf ? "since" : "from"} ${longDate(partTime)})`;
}

/** Which rows are shown: a filter and a page of it. */
export interface RosterView {
  filter: Filter;
  page: number;
}

/** A result's counts by filter, its filter choice, the export buttons, the hours problems and the table of the rows shown. */
export function RosterResults({ result, counts, shown, view, onView }: {
  result: RosterResult;
  /** Employees in each filter (a rehire once), and rows (a rehire's spells each). */
  counts: { employees: Record<Filter, number>; rows: Record<Filter, number> };
  /** The row indexes in the filter chosen. */
  shown: readonly number[];
  view: RosterView;
  onView: (view: RosterView) => void;
}) {
  const { filter } = view;
  /** The export: every row, or the rows of the filter shown (its name in the file name). */
  const download = (which: "all" | "shown") => {
    if (which === "all") downloadCsv(resultsFileName(result.asOf, null), resultsCsv(result));
    else downloadCsv(resultsFileName(result.asOf, filter), resultsCsv(result, shown));
  };
  return (
    <>
      <fieldset className={styles.filters} data-testid="roster-counts">
        <legend>Show</legend>
        {FILTERS.map((name) => (
          <label key={name} className={styles.filter}>
            <input type="radio" name="roster-filter" value={name} checked={filter === name} onChange={() => onView({ filter: name, page: 0 })} />
            <span>
              {FILTER_LABELS[name]} <strong data-count={name}>{number(counts.employees[name])}</strong>
              {counts.rows[name] !== counts.employees[name] && <span data-rows={name}> ({number(counts.rows[name])} rows)</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <p className={styles.hint}>
        &ldquo;Part-time, may defer&rdquo;: not eligible to join, but a long-term part-time employee, who may make their own deferrals
        with no employer match (the status <code>part-time</code> in the export). &ldquo;Within 30/60/90 days&rdquo; counts employees not
        yet eligible to join (part-time ones included) whose eligibility date is at most that many days after the as-of date. Each
        figure counts employees: a rehire with a row for each employment spell counts once, and the rows are given beside it.
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
      <HoursProblems result={result} />
      <h3 id="roster-table-title">
        {FILTER_LABELS[filter]}: {number(shown.length)} row{shown.length === 1 ? "" : "s"}
      </h3>
      {shown.length > 0 ? <RosterTable result={result} shown={shown} view={view} onView={onView} /> : <p>No rows in this group.</p>}
    </>
  );
}

/** The hours file's problems, the first hundred of them listed. */
function HoursProblems({ result }: { result: RosterResult }) {
  if (result.hoursProblemCount === 0) return null;
  return (
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
  );
}

/** One page of the rows shown, with the pager. */
function RosterTable({ result, shown, view, onView }: { result: RosterResult; shown: readonly number[]; view: RosterView; onView: (view: RosterView) => void }) {
  const { page } = view;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const pageRows = shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
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
                <td data-label="Eligibility date">{longDate(dateText(result.eligibilityDate[i]!))}</td>
                <td data-label="Entry date">{status === STATUS.excluded ? "none (excluded)" : longDate(dateText(result.entryDate[i]!))}</td>
                <td data-label="May defer" className={styles.mayDefer}>
                  {mayDeferText(result, i)}
                </td>
                <td data-label="Reason" className={styles.reason}>
                  {datesInWords(result.reasons[i]!)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <nav className={styles.pager} aria-label="Result pages">
        <button type="button" disabled={page === 0} onClick={() => onView({ ...view, page: page - 1 })}>
          Previous {PAGE_SIZE}
        </button>
        <span>
          Rows {number(page * PAGE_SIZE + 1)}–{number(Math.min(shown.length, (page + 1) * PAGE_SIZE))} of {number(shown.length)}
        </span>
        <button type="button" disabled={page >= pages - 1} onClick={() => onView({ ...view, page: page + 1 })}>
          Next {PAGE_SIZE}
        </button>
      </nav>
    </>
  );
}
