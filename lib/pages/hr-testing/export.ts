/**
 * The /hr/testing export: every census row, in census order, errors included, with the columns
 * of issue 16 (rates as 5.83, money as 2000.00, counted true or false, reason empty for a counted
 * employee, else excluded-hce, long-term-part-time or error, with the error's words in message,
 * in the page's language: the columns and the codes are the same in every language).
 */
import { toCsv, type CsvCell } from "../../csv";
import { formatCents } from "../../money";
import { formatRate, type NondiscriminationResult } from "../../rules/nondiscrimination";
import type { CensusLine, FileWords } from "./census";

export const EXPORT_COLUMNS = ["line", "employeeId", "testingLine", "counted", "reason", "highlyCompensated", "deferralRate", "contributionRate", "adpRefund", "forfeitedMatch", "acpExcess", "message"] as const;

/** The export's text. `result` is null when nothing could be tested (every row in error, or the form incomplete). */
export function resultsCsv(rows: readonly CensusLine[], result: NondiscriminationResult | null, words: FileWords): string {
  const decimals = result?.rateDecimals ?? 2;
  const out: CsvCell[][] = [];
  let k = 0;
  for (const row of rows) {
    if (row.employee === null || result === null) {
      out.push([row.line, row.id, "", false, "error", "", "", "", "", "", "", row.employee === null ? words.problemsText(row.problems) : words.formIncomplete()]);
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
