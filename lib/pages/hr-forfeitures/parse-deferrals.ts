/**
 * Reading participants' deferrals for a forfeiture allocation (plan-rules §5), pasted from a
 * spreadsheet or read from a CSV file: one participant a line, `id,deferrals` or `id<TAB>deferrals`.
 *
 * - A header line is optional: the first non-blank line is a header when its second cell names the
 *   deferrals ("deferrals", "Deferrals ($)", …). Any other line is data, so a mistyped amount on
 *   the first line is reported, never silently taken for a header.
 * - Comma-separated cells may be quoted as in RFC 4180 (`"A, Jr.","1,234.50"`); a tab-separated
 *   line is split on tabs only (spreadsheets paste tabs).
 * - Blank lines are skipped. Every other line becomes a row or an issue naming its line number,
 *   so no line is silently dropped.
 * - Each row is checked by the same zod schema as the API's participants (lib/schemas.ts).
 */
import { allocationRequestSchema, MAX_PARTICIPANTS } from "../../schemas";
import { Dec, type Money } from "../../money";

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

const participantSchema = allocationRequestSchema.shape.participants.element;

/** Splits one comma-separated line, honouring RFC 4180 quotes. Null when a quote is left open. */
export function splitCsvLine(line: string): string[] | null {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
    i += 1;
  }
  if (quoted) return null;
  cells.push(cell);
  return cells;
}

/**
 * A plain amount (digits, up to 2 decimals, below the schema's $1,000,000,000,000 cap) and an id of
 * 1 to 200 characters pass the schema as they are; reading them directly keeps a 100,000-line paste
 * fast. Anything else goes through the schema, which gives the message.
 */
const PLAIN_AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** Commas in an amount must group thousands ("1,234.50"); "1,23" is refused, not read as 123. */
const GROUPED = /^\$?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function misplacedComma(text: string): boolean {
  return text.includes(",") && !GROUPED.test(text.trim());
}

export const MISPLACED_COMMA = "has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50)";

export function readParticipant(id: string, deferrals: string): ReturnType<typeof participantSchema.safeParse> {
  if (PLAIN_AMOUNT.test(deferrals) && id.length >= 1 && id.length <= 200) {
    return { success: true, data: { id, deferrals: new Dec(deferrals) } };
  }
  return participantSchema.safeParse({ id, deferrals });
}

function cellsOf(line: string): string[] | null {
  if (line.includes("\t")) return line.split("\t");
  return splitCsvLine(line);
}

const HEADER_DEFERRALS = /deferral/i;

function quoteForMessage(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `"${short}"`;
}

/** Reads `id,deferrals` lines into rows and line-numbered issues. */
export function parseDeferrals(text: string): ParsedDeferrals {
  const lines = text.split(/\r\n|\n|\r/);
  const rows: DeferralRow[] = [];
  const issues: LineIssue[] = [];
  const seen = new Map<string, number>();
  let headerLine: number | null = null;
  let firstNonBlank = true;
  let dataLines = 0;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const cells = cellsOf(raw);
    if (cells === null) {
      if (firstNonBlank) firstNonBlank = false;
      dataLines += 1;
      issues.push({ line, field: "line", message: `Line ${line} has a quote (") that is never closed.` });
      return;
    }
    if (firstNonBlank) {
      firstNonBlank = false;
      if (cells.length >= 2 && HEADER_DEFERRALS.test(cells[1]!)) {
        headerLine = line;
        return;
      }
    }
    dataLines += 1;

    // Trailing empty cells (a spreadsheet's "A-17,5200,,") are harmless; anything else is not.
    while (cells.length > 2 && cells[cells.length - 1]!.trim() === "") cells.pop();
    if (cells.length < 2) {
      issues.push({
        line,
        field: "deferrals",
        message: `Line ${line} has no deferrals: write the id, a comma or tab, then the amount (A-17,5200.00).`,
      });
      return;
    }
    if (cells.length > 2) {
      const hint = raw.includes("\t") ? "" : " If the amount has a thousands comma, leave the comma out (1234.50) or put the amount in quotes.";
      issues.push({
        line,
        field: "line",
        message: `Line ${line} has ${cells.length} values; each line needs exactly two, the id and the deferrals.${hint}`,
      });
      return;
    }

    const id = cells[0]!.trim();
    const deferralsText = cells[1]!.trim();
    if (misplacedComma(deferralsText)) {
      issues.push({ line, field: "deferrals", message: `Line ${line}: deferrals ${MISPLACED_COMMA} (it reads ${quoteForMessage(deferralsText)}).` });
      return;
    }
    const parsed = readParticipant(id, deferralsText);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === "id" ? "id" : "deferrals";
        const shown = field === "deferrals" && deferralsText !== "" ? ` (it reads ${quoteForMessage(deferralsText)})` : "";
        const problem = field === "deferrals" && deferralsText === "" ? "is empty; write an amount such as 5200.00" : issue.message;
        issues.push({ line, field, message: `Line ${line}: ${field} ${problem}${shown}.` });
      }
      return;
    }

    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      issues.push({ line, field: "id", message: `Line ${line}: id "${parsed.data.id}" repeats line ${first}; list each participant once.` });
      return;
    }
    seen.set(parsed.data.id, line);
    if (rows.length === MAX_PARTICIPANTS) {
      issues.push({ line, field: "line", message: `Line ${line} is past the ${MAX_PARTICIPANTS.toLocaleString("en-US")}-participant limit.` });
      return;
    }
    rows.push({ line, id: parsed.data.id, deferrals: parsed.data.deferrals });
  });

  return { rows, issues, headerLine, dataLines };
}
