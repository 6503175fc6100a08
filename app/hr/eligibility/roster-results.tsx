"use client";

import { downloadCsv } from "@/app/components/download";
import type { RosterResult } from "@/lib/pages/hr-eligibility/roster-builder";
import { STATUS } from "@/lib/pages/hr-eligibility/status";
import { dateText, FILTERS, resultsCsv, resultsFileName, type Filter } from "@/lib/pages/hr-eligibility/view";
import type { PageWords } from "@/lib/pages/hr-eligibility/words";
import type { RosterText } from "./roster";
import styles from "./eligibility.module.css";
import { formatCount } from "@/lib/words/format";

/** Matches the pager's words ("Previous 100", "Next 100"). */
const PAGE_SIZE = 100;
const PROBLEMS_SHOWN = 100;

const number = (value: number) => formatCount(value);

/** Each filter's label, by its name. */
const FILTER_KEYS = {
  all: "filterAll",
  eligible: "filterEligible",
  partTime: "filterPartTime",
  within30: "filterWithin30",
  within60: "filterWithin60",
  within90: "filterWithin90",
  notYet: "filterNotYet",
  excluded: "filterExcluded",
  error: "filterError",
} as const satisfies Record<Filter, keyof RosterText>;

/** The words of each status on screen, by STATUS value. */
const STATUS_KEYS = ["statusEligible", "statusNotYet", "statusExcluded", "statusError", "statusPartTime"] as const satisfies readonly (keyof RosterText)[];

/** "yes", "no", and the date the part-time rule is met when there is one (the excluded and the eligible aside). */
function mayDeferText(result: RosterResult, i: number, words: PageWords): string {
  const status = result.status[i];
  if (status === STATUS.error) return "";
  const partTime = dateText(result.partTimeDate[i]!);
  const shown = partTime === "" || status === STATUS.eligible || status === STATUS.excluded ? null : { date: partTime, since: partTime <= result.asOf };
  return words.mayDeferCell(result.mayDefer[i] === 1, shown);
}

/** Which rows are shown: a filter and a page of it. */
export interface RosterView {
  filter: Filter;
  page: number;
}

/** A result's counts by filter, its filter choice, the export buttons, the hours problems and the table of the rows shown. */
export function RosterResults({ result, counts, shown, view, onView, text, words }: {
  result: RosterResult;
  /** Employees in each filter (a rehire once), and rows (a rehire's spells each). */
  counts: { employees: Record<Filter, number>; rows: Record<Filter, number> };
  /** The row indexes in the filter chosen. */
  shown: readonly number[];
  view: RosterView;
  onView: (view: RosterView) => void;
  text: RosterText;
  words: PageWords;
}) {
  const { filter } = view;
  const label = (name: Filter) => text[FILTER_KEYS[name]];
  /** The export: every row, or the rows of the filter shown (its name in the file name). */
  const download = (which: "all" | "shown") => {
    if (which === "all") downloadCsv(resultsFileName(result.asOf, null), resultsCsv(result));
    else downloadCsv(resultsFileName(result.asOf, filter), resultsCsv(result, shown));
  };
  return (
    <>
      <fieldset className={styles.filters} data-testid="roster-counts">
        <legend>{text.show}</legend>
        {FILTERS.map((name) => (
          <label key={name} className={styles.filter}>
            <input type="radio" name="roster-filter" value={name} checked={filter === name} onChange={() => onView({ filter: name, page: 0 })} />
            <span>
              {label(name)} <strong data-count={name}>{number(counts.employees[name])}</strong>
              {counts.rows[name] !== counts.employees[name] && <span data-rows={name}>{words.filterRows(counts.rows[name])}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <p className={styles.hint}>{text.filtersHint}</p>
      <div className={styles.actions}>
        <button type="button" onClick={() => download("all")}>
          {words.downloadAll(result.count)}
        </button>
        {filter !== "all" && (
          <button type="button" onClick={() => download("shown")} data-testid="download-shown">
            {words.downloadShown(shown.length, label(filter))}
          </button>
        )}
        <span className={styles.hint}>
          {filter === "all" ? text.allHint : words.shownHint(label(filter))}
        </span>
      </div>
      <HoursProblems result={result} text={text} words={words} />
      <h3 id="roster-table-title">{words.tableTitle(label(filter), shown.length)}</h3>
      {shown.length > 0 ? <RosterTable result={result} shown={shown} view={view} onView={onView} text={text} words={words} /> : <p>{text.noRows}</p>}
    </>
  );
}

/** The hours file's problems, the first hundred of them listed. */
function HoursProblems({ result, text, words }: { result: RosterResult; text: RosterText; words: PageWords }) {
  if (result.hoursProblemCount === 0) return null;
  return (
    <div className={styles.problems} data-testid="hours-problems">
      <h3>{words.hoursProblemsTitle(result.hoursProblemCount)}</h3>
      <p className={styles.hint}>{text.hoursProblemsHint}</p>
      <ul>
        {result.hoursProblems.slice(0, PROBLEMS_SHOWN).map((problem, index) => (
          <li key={index}>{words.hoursProblemLine(problem.line, problem.column, problem.message)}</li>
        ))}
      </ul>
      {result.hoursProblemCount > PROBLEMS_SHOWN && <p>{words.moreProblems(result.hoursProblemCount - PROBLEMS_SHOWN)}</p>}
    </div>
  );
}

/** One page of the rows shown, with the pager. */
function RosterTable({ result, shown, view, onView, text, words }: {
  result: RosterResult;
  shown: readonly number[];
  view: RosterView;
  onView: (view: RosterView) => void;
  text: RosterText;
  words: PageWords;
}) {
  const { page } = view;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const pageRows = shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <>
      <table className={styles.table} aria-labelledby="roster-table-title" data-testid="roster-table">
        <thead>
          <tr>
            <th scope="col">{text.line}</th>
            <th scope="col">{text.employee}</th>
            <th scope="col">{text.status}</th>
            <th scope="col">{text.eligibilityDate}</th>
            <th scope="col">{text.entryDate}</th>
            <th scope="col">{text.mayDefer}</th>
            <th scope="col">{text.reason}</th>
          </tr>
        </thead>
        <tbody>
          {pageRows.map((i) => {
            const status = result.status[i]!;
            return (
              <tr key={i} className={styles[`status${status}`]}>
                <td data-label={text.line}>{result.lines[i]}</td>
                <td data-label={text.employee}>{result.ids[i] || text.noId}</td>
                <td data-label={text.status}>{text[STATUS_KEYS[status]!]}</td>
                <td data-label={text.eligibilityDate}>{words.dateCell(dateText(result.eligibilityDate[i]!))}</td>
                <td data-label={text.entryDate}>{status === STATUS.excluded ? text.noneExcluded : words.dateCell(dateText(result.entryDate[i]!))}</td>
                <td data-label={text.mayDefer} className={styles.mayDefer}>
                  {mayDeferText(result, i, words)}
                </td>
                <td data-label={text.reason} className={styles.reason}>
                  {words.datesInText(result.reasons[i]!)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <nav className={styles.pager} aria-label={text.pages}>
        <button type="button" disabled={page === 0} onClick={() => onView({ ...view, page: page - 1 })}>
          {text.previous}
        </button>
        <span>{words.pageOfRows(page * PAGE_SIZE + 1, Math.min(shown.length, (page + 1) * PAGE_SIZE), shown.length)}</span>
        <button type="button" disabled={page >= pages - 1} onClick={() => onView({ ...view, page: page + 1 })}>
          {text.next}
        </button>
      </nav>
    </>
  );
}
