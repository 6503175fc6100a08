/**
 * What the roster page shows and exports: the filters and their counts, the results CSV, and the
 * two file templates (the census template shows a rehire: one row per employment spell).
 */
import { toCsv } from "../../csv";
import { unpackDate, type PackedDate } from "../../dates";
import type { RosterResult } from "./roster-builder";
import { STATUS } from "./status";
import { CENSUS_OPTIONAL, CENSUS_REQUIRED, HOURS_REQUIRED } from "./rows";

export const FILTERS = ["all", "eligible", "partTime", "within30", "within60", "within90", "notYet", "excluded", "error"] as const;
export type Filter = (typeof FILTERS)[number];

/** The days of a "within N days" filter. */
function withinDays(filter: "within30" | "within60" | "within90"): number {
  return Number(filter.slice(6));
}

/**
 * Whether row i belongs to a filter. "Within N days": not yet eligible to join (a part-time
 * employee included), eligibility date at most N days after the as-of date.
 */
export function inFilter(result: RosterResult, i: number, filter: Filter): boolean {
  const status = result.status[i];
  switch (filter) {
    case "all":
      return true;
    case "eligible":
      return status === STATUS.eligible;
    case "partTime":
      return status === STATUS.partTime;
    case "within30":
    case "within60":
    case "within90": {
      const days = result.daysUntil[i]!;
      return (status === STATUS.notYet || status === STATUS.partTime) && days >= 0 && days <= withinDays(filter);
    }
    case "notYet":
      return status === STATUS.notYet;
    case "excluded":
      return status === STATUS.excluded;
    case "error":
      return status === STATUS.error;
  }
}

/** Rows in each filter: a rehire's spells each count. */
export function countByFilter(result: RosterResult): Record<Filter, number> {
  return countIn(result, false);
}

/**
 * Employees in each filter: the rows of one employeeId (a rehire's spells) share one answer, so they
 * count once; a row without an id is an employee of its own. `countByFilter` gives the rows.
 */
export function employeesByFilter(result: RosterResult): Record<Filter, number> {
  return countIn(result, true);
}

/** The counts of every filter in one pass; with `employees`, only an employee's first row counts. */
function countIn(result: RosterResult, employees: boolean): Record<Filter, number> {
  const counts: Record<Filter, number> = { all: 0, eligible: 0, partTime: 0, within30: 0, within60: 0, within90: 0, notYet: 0, excluded: 0, error: 0 };
  const seen = new Set<string>();
  for (let i = 0; i < result.count; i += 1) {
    const id = result.ids[i] ?? "";
    if (employees && id !== "") {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    counts.all += 1;
    const status = result.status[i];
    if (status === STATUS.eligible) counts.eligible += 1;
    else if (status === STATUS.excluded) counts.excluded += 1;
    else if (status === STATUS.error) counts.error += 1;
    else {
      if (status === STATUS.partTime) counts.partTime += 1;
      else counts.notYet += 1;
      const days = result.daysUntil[i]!;
      if (days >= 0) {
        if (days <= 30) counts.within30 += 1;
        if (days <= 60) counts.within60 += 1;
        if (days <= 90) counts.within90 += 1;
      }
    }
  }
  return counts;
}

/** Row indexes of a filter, in census order. */
export function rowsInFilter(result: RosterResult, filter: Filter): number[] {
  const rows: number[] = [];
  for (let i = 0; i < result.count; i += 1) if (inFilter(result, i, filter)) rows.push(i);
  return rows;
}

export function dateText(value: number): string {
  // A date column of the result: packed dates, 0 for none.
  return value === 0 ? "" : unpackDate(value as PackedDate);
}

/** The status column of the export, by STATUS value. */
export const STATUS_CODES = ["eligible", "not-yet", "excluded", "error", "part-time"] as const;

export const RESULTS_HEADER = [
  "employeeId",
  "eligible",
  "eligibilityDate",
  "entryDate",
  "excluded",
  "reason",
  "mayDefer",
  "longTermPartTimeEligibilityDate",
  "status",
  "line",
] as const;

/**
 * The results CSV: one line per census row, in census order, errors included (or the rows of one
 * filter, in census order). An error row leaves eligible, excluded and mayDefer blank (they are not
 * known) and its reason begins "Error:". An excluded employee carries the dates age and service are
 * met, and the date the part-time rule is met, as the API's answer does; mayDefer is the API's
 * (eligible, or a long-term part-time employee on the as-of date). Each row of a rehire carries
 * the employee's answer, with its own census line.
 */
export function resultsCsv(result: RosterResult, rows?: readonly number[]): string {
  const lines: (string | number | boolean)[][] = [];
  const each = (i: number) => {
    const status = result.status[i]!;
    const error = status === STATUS.error;
    lines.push([
      result.ids[i]!,
      error ? "" : status === STATUS.eligible,
      dateText(result.eligibilityDate[i]!),
      dateText(result.entryDate[i]!),
      error ? "" : status === STATUS.excluded,
      error ? `Error: ${result.reasons[i]}` : result.reasons[i]!,
      error ? "" : result.mayDefer[i] === 1,
      dateText(result.partTimeDate[i]!),
      STATUS_CODES[status]!,
      result.lines[i]!,
    ]);
  };
  if (rows) rows.forEach(each);
  else for (let i = 0; i < result.count; i += 1) each(i);
  return toCsv(RESULTS_HEADER, lines);
}

/** The export's file name: all rows, or one filter's (named in it). */
export function resultsFileName(asOf: string, filter: Filter | null): string {
  return filter === null || filter === "all" ? `eligibility-results-${asOf}.csv` : `eligibility-results-${asOf}-${FILE_NAMES[filter]}.csv`;
}

const FILE_NAMES: Record<Exclude<Filter, "all">, string> = {
  eligible: "eligible",
  partTime: "part-time",
  within30: "within-30-days",
  within60: "within-60-days",
  within90: "within-90-days",
  notYet: "not-yet",
  excluded: "excluded",
  error: "errors",
};

/**
 * Templates HR can download and fill in, served as static files (public/templates/, written by
 * scripts/templates.ts from these constants; a unit test keeps them equal).
 */
export const TEMPLATE_FILES = { census: "/templates/census-template.csv", hours: "/templates/hours-template.csv" } as const;

export const CENSUS_TEMPLATE = toCsv(
  [...CENSUS_REQUIRED, ...CENSUS_OPTIONAL],
  [
    ["E-1001", "SOS", "1980-02-29", "2002-03-15", "false", "", "", ""],
    ["E-1002", "Inteliant", "1975-06-01", "2002-01-01", "", "95000.00", "false", ""],
    ["E-1003", "SOS", "1970-10-10", "2001-07-01", "", "120000.00", "false", "2002-06-28"],
    ["E-1003", "SOS", "1970-10-10", "2003-01-06", "", "120000.00", "false", ""],
  ],
);

export const HOURS_TEMPLATE = toCsv(HOURS_REQUIRED, [
  ["E-1001", "2002-03-31", "80"],
  ["E-1001", "2002-04-30", "86.5"],
  ["E-1003", "2001-07-31", "160"],
  ["E-1003", "2003-01-31", "120"],
]);
