/**
 * Reading participants' deferrals for a forfeiture allocation (plan-rules §5), pasted from a
 * spreadsheet or read from a CSV file: one participant a line, `id,deferrals`, `id;deferrals` or
 * `id<TAB>deferrals`, read as every page reads pasted lines (lib/paste.ts).
 *
 * - A header line is optional: the first non-blank line is a header when it holds no digit and
 *   names the deferrals ("id,deferrals", "Participant ID<TAB>Deferrals ($)"). Any other line is
 *   data, so a mistyped amount on the first line ("A-1,abc") is reported, never silently taken
 *   for a header.
 * - Comma- or semicolon-separated cells may be quoted as in RFC 4180 (`"A, Jr.","1,234.50"`); a
 *   tab-separated line is split on tabs only (spreadsheets paste tabs).
 * - Blank lines are skipped. Every other line becomes a row or an issue naming its line number,
 *   so no line is silently dropped.
 * - Each amount is read by lib/parse.ts, the reader of the API's schemas: accepted exactly when the
 *   API would accept it ("1,23" and "3.200" are refused everywhere).
 */
import type { Money } from "../../money";
import { MAX_PARTICIPANTS, readMoney } from "../../parse";
import { pastedRows, pastedSeparator, splitQuotedLine } from "../../paste";
import type { ForfeituresWords } from "./words";

export interface DeferralRow {
  /** 1-based line number in the text. */
  line: number;
  id: string;
  deferrals: Money;
}

export interface LineIssue {
  line: number;
  /** Which cell is at fault, or the line as a whole. */
  field: "id" | "deferrals" | "line";
  message: string;
}

export interface ParsedDeferrals {
  rows: DeferralRow[];
  issues: LineIssue[];
  /** The header's line number, when the text has one. */
  headerLine: number | null;
  /** Lines that were neither blank nor the header. */
  dataLines: number;
}


/** Splits one comma-separated line, honouring RFC 4180 quotes (lib/paste.ts). Null when a quote is left open. */
export function splitCsvLine(line: string): string[] | null {
  return splitQuotedLine(line, ",");
}

/** True when the amount's commas do not group thousands ("1,23"). */
export function misplacedComma(text: string): boolean {
  const read = readMoney(text);
  return !read.ok && read.issue.code === "misplacedComma";
}

/** An id as the API takes it: 1 to 200 characters once trimmed. */
function idProblem(id: string): "empty" | "long" | null {
  return id === "" ? "empty" : id.length > 200 ? "long" : null;
}

function quoteForMessage(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `"${short}"`;
}

/** Reads `id,deferrals` lines into rows and line-numbered issues. */
export function parseDeferrals(text: string, words: ForfeituresWords): ParsedDeferrals {
  const say = words.form;
  const { header: headerLine, rows: lines } = pastedRows(text, "deferrals");
  const rows: DeferralRow[] = [];
  const issues: LineIssue[] = [];
  const seen = new Map<string, number>();
  const dataLines = lines.length;

  lines.forEach(({ line, text: raw }) => {
    const separator = pastedSeparator(raw);
    const cells = splitQuotedLine(raw, separator);
    if (cells === null) {
      issues.push({ line, field: "line", message: say.quoteNotClosed(line) });
      return;
    }

    // Trailing empty cells (a spreadsheet's "A-17,5200,,") are harmless; anything else is not.
    while (cells.length > 2 && cells[cells.length - 1]!.trim() === "") cells.pop();
    if (cells.length < 2) {
      issues.push({
        line,
        field: "deferrals",
        message: say.lineNoDeferrals(line),
      });
      return;
    }
    if (cells.length > 2) {
      issues.push({ line, field: "line", message: say.deferralsTooManyValues(line, cells.length, separator === ",") });
      return;
    }

    const id = cells[0]!.trim();
    const deferralsText = cells[1]!.trim();
    const problemWithId = idProblem(id);
    if (problemWithId) issues.push({ line, field: "id", message: say.idProblem(line, problemWithId) });
    const amount = deferralsText === "" ? null : readMoney(deferralsText);
    if (amount === null || !amount.ok) {
      const message = amount === null ? say.deferralsEmpty(line) : say.deferralsProblem(line, words.problemWords(amount.issue), quoteForMessage(deferralsText));
      issues.push({ line, field: "deferrals", message });
    }
    if (problemWithId || amount === null || !amount.ok) return;
    const parsed = { data: { id, deferrals: amount.value } };

    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      issues.push({ line, field: "id", message: say.idRepeats(line, parsed.data.id, first) });
      return;
    }
    seen.set(parsed.data.id, line);
    if (rows.length === MAX_PARTICIPANTS) {
      issues.push({ line, field: "line", message: say.pastParticipantLimit(line, MAX_PARTICIPANTS) });
      return;
    }
    rows.push({ line, id: parsed.data.id, deferrals: parsed.data.deferrals });
  });

  return { rows, issues, headerLine, dataLines };
}
