/**
 * A streaming CSV reader (RFC 4180 with the usual spreadsheet habits): feed it text chunks as they
 * arrive, and it hands back each record with the line number it starts on.
 *
 * - A byte-order mark at the start is dropped; lines may end in LF or CRLF.
 * - A quoted value may hold commas, doubled quotes ("") and line breaks; the record's line number is
 *   the line it starts on, and the next record's number counts the breaks inside quotes.
 * - Lines with no quote take a fast path (split on commas, or handed whole to a line handler that
 *   reads the cells straight out of the text), which keeps 1,200,000 rows quick.
 * - A chunk is read where it is: only the record a chunk boundary cuts is joined to the start of
 *   the next chunk. (Reading each chunk joined to the rest of the one before — a string of two
 *   pieces, megabytes long — sent V8's compiled line handler into a slow path about one time in
 *   two, 30 s instead of 0.5 s for the hours of the benchmark.)
 * - A quote left open at the end of the file is reported on the record (as a fact: the caller words
 *   it), never dropped.
 */

/**
 * A record and the line it starts on; `unclosed` when a quote it opens is never closed (the end of
 * the file came first): the caller says so in its own words.
 */
export type RecordHandler = (cells: string[], line: number, unclosed: boolean) => void;

/**
 * An optional fast path for a line with no quote: it reads `text` from `start` to `end` (no line
 * break) itself and returns true, or returns false to have the line split into cells as usual.
 */
export type LineHandler = (text: string, start: number, end: number, line: number) => boolean;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export class CsvRecordReader {
  private pending = "";
  private line = 1;
  private started = false;

  constructor(
    private readonly onRecord: RecordHandler,
    private readonly onLine: LineHandler | null = null,
  ) {}

  /**
   * Adds the next chunk of text; every complete record in it is handed on. The record left over
   * from the chunk before is finished with the start of this one, and the rest of the chunk is
   * read where it is: the chunk is never joined to what came before (a joined string of megabytes
   * is slower to read, and would be copied once more).
   */
  push(chunk: string): void {
    let from = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) from = 1;
    }
    if (this.pending.length > 0) {
      const newline = chunk.indexOf("\n", from);
      if (newline === -1) {
        this.pending += chunk.slice(from);
        return;
      }
      const head = this.pending + chunk.slice(from, newline + 1);
      this.pending = "";
      const used = this.consume(head, false, 0);
      if (used < head.length) {
        // A quoted value that goes on past this line: read the rest together.
        const text = head.slice(used) + chunk.slice(newline + 1);
        this.pending = text.slice(this.consume(text, false, 0));
        return;
      }
      from = newline + 1;
    }
    this.pending = chunk.slice(this.consume(chunk, false, from));
  }

  /** The end of the file: the last record (with or without a final line break) is handed on. */
  end(): void {
    const text = this.pending;
    this.pending = "";
    if (text.length > 0) this.consume(text, true, 0);
  }

  /** Hands on the records in `text` from `from`; returns where the unconsumed rest begins. */
  private consume(text: string, final: boolean, from: number): number {
    let pos = from;
    const length = text.length;
    // The next quote in the text, found once and reused: lines without quotes skip the search.
    let quote = text.indexOf('"', from);
    while (pos < length) {
      let newline = text.indexOf("\n", pos);
      if (newline === -1) {
        if (!final) return pos;
        newline = length;
      }
      if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
      if (quote === -1 || quote > newline) {
        const end = newline > pos && text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
        if (this.onLine === null || !this.onLine(text, pos, end, this.line)) this.onRecord(text.slice(pos, end).split(","), this.line, false);
        this.line += 1;
        pos = newline + 1;
        continue;
      }
      const next = this.quoted(text, pos, final);
      if (next === -1) return pos;
      pos = next;
    }
    return pos;
  }

  /** Reads one record that holds a quote; −1 when more text is needed to finish it. */
  private quoted(text: string, start: number, final: boolean): number {
    const cells: string[] = [];
    const length = text.length;
    let i = start;
    let breaks = 0;
    let unclosed = false;
    for (;;) {
      let cell = "";
      if (text.charCodeAt(i) === QUOTE) {
        i += 1;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close === -1) {
            if (!final) return -1;
            const rest = text.slice(i);
            cell += rest;
            breaks += countBreaks(rest);
            unclosed = true;
            i = length;
            break;
          }
          const part = text.slice(i, close);
          cell += part;
          breaks += countBreaks(part);
          if (close + 1 >= length && !final) return -1;
          if (text.charCodeAt(close + 1) === QUOTE) {
            cell += '"';
            i = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        // Text between a closing quote and the next comma is kept, as spreadsheets do.
        while (i < length) {
          const code = text.charCodeAt(i);
          if (code === COMMA || code === LF || (code === CR && text.charCodeAt(i + 1) === LF)) break;
          if (code === CR && i + 1 >= length) {
            if (!final) return -1;
            break;
          }
          cell += text[i];
          i += 1;
        }
      } else {
        let j = i;
        while (j < length) {
          const code = text.charCodeAt(j);
          if (code === COMMA || code === LF) break;
          j += 1;
        }
        if (j >= length && !final) return -1;
        cell = text.slice(i, j);
        if ((j >= length || text.charCodeAt(j) === LF) && cell.charCodeAt(cell.length - 1) === CR) cell = cell.slice(0, -1);
        i = j;
      }
      cells.push(cell);
      if (i >= length) break;
      const code = text.charCodeAt(i);
      if (code === COMMA) {
        i += 1;
        if (i >= length) {
          if (!final) return -1;
          cells.push("");
          break;
        }
        continue;
      }
      if (code === CR) i += 1;
      i += 1; // the line feed
      break;
    }
    this.onRecord(cells, this.line, unclosed);
    this.line += 1 + breaks;
    return i;
  }
}

function countBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count += 1;
  return count;
}
