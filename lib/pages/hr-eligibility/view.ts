/**
 * What the roster page shows and exports: the filters and their counts, the results CSV, and the
 * two file templates.
 */
import { toCsv } from "../../csv";
import { unpackDate } from "../../dates";
import { STATUS, type RosterResult } from "./evaluate";
import { CENSUS_OPTIONAL, CENSUS_REQUIRED, HOURS_REQUIRED } from "./rows";

export const FILTERS = ["all", "eligible", "within30", "within60", "within90", "notYet", "excluded", "error"] as const;
export type Filter = (typeof FILTERS)[number];

export const FILTER_LABELS: Record<Filter, string> = {
  all: "All rows",
  eligible: "Eligible now",
  within30: "Eligible within 30 days",
  within60: "Eligible within 60 days",
  within90: "Eligible within 90 days",
  notYet: "Not yet eligible",
  excluded: "Excluded",
  error: "Rows in error",
};

/** Whether row i belongs to a filter. "Within N days": not yet eligible, eligibility date at most N days after the as-of date. */
export function inFilter(result: RosterResult, i: number, filter: Filter): boolean {
  const status = result.status[i];
  switch (filter) {
    case "all":
      return true;
    case "eligible":
      return status === STATUS.eligible;
    case "within30":
    case "within60":
    case "within90": {
      const days = result.daysUntil[i]!;
      return status === STATUS.notYet && days >= 0 && days <= Number(filter.slice(6));
    }
    case "notYet":
      return status === STATUS.notYet;
    case "excluded":
      return status === STATUS.excluded;
    case "error":
      return status === STATUS.error;
  }
}

export function countByFilter(result: RosterResult): Record<Filter, number> {
  const counts: Record<Filter, number> = { all: result.count, eligible: 0, within30: 0, within60: 0, within90: 0, notYet: 0, excluded: 0, error: 0 };
  for (let i = 0; i < result.count; i += 1) {
    const status = result.status[i];
    if (status === STATUS.eligible) counts.eligible += 1;
    else if (status === STATUS.excluded) counts.excluded += 1;
    else if (status === STATUS.error) counts.error += 1;
    else {
      counts.notYet += 1;
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
  return value === 0 ? "" : unpackDate(value);
}

export const STATUS_LABELS = ["Eligible", "Not yet", "Excluded", "Error"] as const;

export const RESULTS_HEADER = ["employeeId", "eligible", "eligibilityDate", "entryDate", "excluded", "reason"] as const;

/**
 * The results CSV: one line per census row, in census order, errors included. An error row leaves
 * eligible and excluded blank (they are not known) and its reason begins "Error:". An excluded
 * employee carries the dates age and service are met, as the API's answer does.
 */
export function resultsCsv(result: RosterResult): string {
  const rows: (string | boolean)[][] = [];
  for (let i = 0; i < result.count; i += 1) {
    const status = result.status[i];
    const error = status === STATUS.error;
    rows.push([
      result.ids[i]!,
      error ? "" : status === STATUS.eligible,
      dateText(result.eligibilityDate[i]!),
      dateText(result.entryDate[i]!),
      error ? "" : status === STATUS.excluded,
      error ? `Error: ${result.reasons[i]}` : result.reasons[i]!,
    ]);
  }
  return toCsv(RESULTS_HEADER, rows);
}

/**
 * Templates HR can download and fill in, served as static files (public/templates/, written by
 * scripts/templates.ts from these constants; a unit test keeps them equal).
 */
export const TEMPLATE_FILES = { census: "/templates/census-template.csv", hours: "/templates/hours-template.csv" } as const;

export const CENSUS_TEMPLATE = toCsv(
  [...CENSUS_REQUIRED, ...CENSUS_OPTIONAL],
  [
    ["E-1001", "SOS", "1980-02-29", "2002-03-15", "false", "", ""],
    ["E-1002", "Inteliant", "1975-06-01", "2002-01-01", "", "95000.00", "false"],
    ["E-1003", "SOS", "1970-10-10", "2001-07-01", "", "120000.00", "false"],
  ],
);

export const HOURS_TEMPLATE = toCsv(HOURS_REQUIRED, [
  ["E-1001", "2002-03-31", "80"],
  ["E-1001", "2002-04-30", "86.5"],
  ["E-1003", "2001-07-31", "160"],
]);
