/** The streaming CSV reader: line numbers, quotes, line ends, byte-order marks, chunk boundaries. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvRecordReader } from "@/lib/pages/hr-eligibility/csv-reader";
import { streamRecords } from "@/lib/pages/hr-eligibility/stream";

/** Reads a whole text at once: every record the reader gives, in order. */
function readCsvText(text: string): { cells: string[]; line: number; unclosed: boolean }[] {
  const records: { cells: string[]; line: number; unclosed: boolean }[] = [];
  const reader = new CsvRecordReader((cells, line, unclosed) => records.push({ cells, line, unclosed }));
  reader.push(text);
  reader.end();
  return records;
}

describe("records and their line numbers", () => {
  it("reads plain lines, LF or CRLF, with or without a last line break", () => {
    expect(readCsvText("a,b\n1,2\r\n3,4")).toEqual([
      { cells: ["a", "b"], line: 1, unclosed: false },
      { cells: ["1", "2"], line: 2, unclosed: false },
      { cells: ["3", "4"], line: 3, unclosed: false },
    ]);
  });

  it("drops a byte-order mark at the start (so the first column is named employeeId, not \\uFEFFemployeeId)", () => {
    expect(readCsvText("\uFEFFemployeeId,date\r\n")[0]!.cells).toEqual(["employeeId", "date"]);
  });

  it("keeps blank lines as records of one empty cell, so the caller can count and skip them", () => {
    expect(readCsvText("a\n\nb\n").map((record) => [record.cells, record.line])).toEqual([
      [["a"], 1],
      [[""], 2],
      [["b"], 3],
    ]);
  });

  it("reads quoted commas, doubled quotes and empty quoted values", () => {
    expect(readCsvText('"Smith, Jr.","say ""hi""","",x\r\n')[0]!.cells).toEqual(["Smith, Jr.", 'say "hi"', "", "x"]);
  });

  it("numbers the next record after line breaks inside quotes: a record on lines 2–3 is followed by line 4", () => {
    const records = readCsvText('h1,h2\n"two\nlines",x\nlast,y\n');
    expect(records.map((record) => [record.cells, record.line])).toEqual([
      [["h1", "h2"], 1],
      [["two\nlines", "x"], 2],
      [["last", "y"], 4],
    ]);
  });

  it("reports a quote never closed, on the record where it opens, keeping the record", () => {
    const records = readCsvText('a,b\n1,"open\n2,3\n');
    expect(records[1]!.line).toBe(2);
    expect(records[1]!.unclosed).toBe(true);
    expect(records[0]!.unclosed).toBe(false);
    expect(records).toHaveLength(2);
  });

  it("keeps a trailing empty value after a final comma", () => {
    expect(readCsvText('"a",\n')[0]!.cells).toEqual(["a", ""]);
  });
});

describe("chunks", () => {
  const text = '\uFEFFid,name,n\r\n1,"A, B",2\r\n\r\n2,"multi\r\nline ""q""",3\r\n3,plain,4';
  const whole = readCsvText(text);

  it("gives the same records whatever the chunk sizes", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 40 }), (sizes) => {
        const records: unknown[] = [];
        const reader = new CsvRecordReader((cells, line, unclosed) => records.push({ cells, line, unclosed }));
        let at = 0;
        let k = 0;
        while (at < text.length) {
          const size = sizes[k % sizes.length]!;
          reader.push(text.slice(at, at + size));
          at += size;
          k += 1;
        }
        reader.end();
        expect(records).toEqual(whole);
      }),
    );
  });

  it("gives the same records, line numbers and fast-handled lines for random files cut into random chunks", () => {
    const cellArb = fc.stringMatching(/^[a-c ,"\n]{0,6}$/);
    const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }),
        (rows, eol, bom, sizes) => {
          const text = (bom ? "\uFEFF" : "") + rows.map((row) => row.map(quote).join(",")).join(eol) + (sizes[0]! % 2 === 0 ? eol : "");
          const read = (chunked: boolean) => {
            const records: unknown[] = [];
            const reader = new CsvRecordReader(
              (cells, line, unclosed) => records.push({ cells, line, unclosed }),
              (t, start, end, line) => {
                if (t.charCodeAt(start) !== 97) return false; // "a…": taken by the fast handler
                records.push({ fast: t.slice(start, end), line });
                return true;
              },
            );
            if (!chunked) reader.push(text);
            else for (let at = 0, k = 0; at < text.length; at += sizes[k % sizes.length]!, k += 1) reader.push(text.slice(at, at + sizes[k % sizes.length]!));
            reader.end();
            return records;
          };
          const whole = read(false);
          expect(read(true)).toEqual(whole);
          // Without the fast handler, the same lines are split into cells.
          expect(whole.map((r) => (r as { line: number }).line)).toEqual(readCsvText(text).map((r) => r.line));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([1, 2, 3, 5, 4 << 20])("streams a Blob in pieces of %i bytes, multi-byte characters split across pieces included", async (pieceBytes) => {
    const records: string[][] = [];
    let bytes = 0;
    const blob = new Blob(["id,name\n1,Zoë\n2,Ōtaki\n"]);
    await streamRecords(blob, (cells) => records.push(cells), (n) => (bytes += n), null, null, pieceBytes);
    expect(records).toEqual([["id", "name"], ["1", "Zoë"], ["2", "Ōtaki"]]);
    expect(bytes).toBe(blob.size);
  });

  it("reads an empty Blob as no record", async () => {
    const records: string[][] = [];
    await streamRecords(new Blob([]), (cells) => records.push(cells));
    expect(records).toEqual([]);
  });

  it("offers quote-free lines to the fast handler, which may decline them", () => {
    const seen: string[] = [];
    const split: string[][] = [];
    const reader = new CsvRecordReader(
      (cells) => split.push(cells),
      (text, start, end) => {
        const line = text.slice(start, end);
        seen.push(line);
        return line.startsWith("fast");
      },
    );
    reader.push('fast,1\r\nslow,2\n"quoted",3\n');
    reader.end();
    expect(seen).toEqual(["fast,1", "slow,2"]);
    expect(split).toEqual([["slow", "2"], ["quoted", "3"]]);
  });
});
