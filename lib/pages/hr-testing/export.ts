/**
 * The /hr/testing export: every census row, in census order, errors included, with the columns
 * of issue 16 (rates as 5.83, money as 2000.00, counted true or false, reason empty for a counted
 * employee, else excluded-hce, long-term-part-time or error, with the error's words in message).
 */
import { toCsv, type CsvCell } from "../../csv";
import { formatCents } from "../../money";
import { formatRate, type NondiscriminationResult } from "../../rules/nondiscrimination";
import type { CensusLine } from "./census";

export const EXPORT_COLUMNS = ["line", "employeeId", "testingLine", "counted", "reason", "highlyCompensated", "deferralRate", "contributionRate", "adpRefund", "forfeitedMatch", "acpExcess", "message"] as const;

/** A row's problems in one message: "column deferrals: must have at most 2 decimals (whole cents) (found "12.345")". */
export function problemsText(problems: readonly { column: string; message: string }[]): string {
  return problems.map((problem) => (problem.column ? `column ${problem.column}: ${problem.message}` : problem.message)).join("; ");
}

/** The export's text. `result` is null when nothing could be tested (every row in error, or the form incomplete). */
export function resultsCsv(rows: readonly CensusLine[], result: NondiscriminationResult | null): string {
  const decimals = result?.rateDecimals ?? 2;
  const out: CsvCell[][] = [];
  let k = 0;
  for (const row of rows) {
    if (row.employee === null || result === null) {
      out.push([row.line, row.id, "", false, "error", "", "", "", "", "", "", row.employee === null ? problemsText(row.problems) : "not tested: the form is incomplete"]);
      continue;
    }
    const outcome = result.employees[k]!;
    k += 1;
    out.push([
      row.line,
      row.id,
      outcome.line,
      outcome.counted,
      outcome.reason ?? "",
      outcome.highlyCompensated,
      outcome.deferralRate === null ? "" : formatRate(outcome.deferralRate, decimals),
      outcome.contributionRate === null ? "" : formatRate(outcome.contributionRate, decimals),
      formatCents(BigInt(outcome.adpRefundCents)),
      formatCents(BigInt(outcome.forfeitedMatchCents)),
      formatCents(BigInt(outcome.acpExcessCents)),
      "",
    ]);
  }
  return toCsv(EXPORT_COLUMNS, out);
}
