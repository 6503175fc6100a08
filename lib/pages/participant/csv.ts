/**
 * The projection table as CSV, with the field names of the API's projection rows
 * (api-v1 "POST /api/v1/projection"): one line per plan year, amounts as plain decimals ("1234.50").
 */
import { toCsv, type CsvCell } from "../../csv";
import { formatMoney, type Money } from "../../money";
import type { ProjectedYear } from "./scenario";

export const PROJECTION_CSV_HEADER = [
  "planYear",
  "age",
  "yearsOfService",
  "vestedPercent",
  "compensation",
  "deferral",
  "match",
  "earnings",
  "balances.deferral",
  "balances.rollover",
  "balances.match",
  "total",
  "vested",
  "forfeitable",
] as const;

const money = (amount: Money): CsvCell => ({ numeric: formatMoney(amount) });

/** The table as CSV; with an inflation rate, two more columns in today's dollars. */
export function projectionCsv(rows: readonly ProjectedYear[], inflationPercent: number | null): string {
  const today = inflationPercent !== null;
  const header: string[] = [...PROJECTION_CSV_HEADER];
  if (today) header.push("totalInTodaysDollars", "vestedInTodaysDollars");
  return toCsv(
    header,
    rows.map((row) => {
      const cells: CsvCell[] = [
        row.planYear,
        row.age,
        row.yearsOfService,
        row.vestedPercent,
        money(row.compensation),
        money(row.deferral),
        money(row.match),
        money(row.earnings),
        money(row.balances.deferral),
        money(row.balances.rollover),
        money(row.balances.match),
        money(row.total),
        money(row.vested),
        money(row.forfeitable),
      ];
      if (today) cells.push(row.totalToday ? money(row.totalToday) : null, row.vestedToday ? money(row.vestedToday) : null);
      return cells;
    }),
  );
}

/** A file name for the download: "sos-401k-projection-2002-12-31.csv". */
export function projectionFileName(asOf: string): string {
  return `sos-401k-projection-${asOf}.csv`;
}
