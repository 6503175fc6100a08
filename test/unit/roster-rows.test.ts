/** Census and hours rows: the header, and each cell read by lib/parse.ts with its line and column. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packDate } from "@/lib/dates";
import { hoursEntrySchema } from "@/lib/api/schemas";
import {
  CENSUS_OPTIONAL,
  CENSUS_REQUIRED,
  HOURS_REQUIRED,
  isPlainHoursHeader,
  readCensusRow,
  readHeader,
  readHoursRow,
  readPlainHoursLine,
  type Header,
  type PlainHoursLine,
} from "@/lib/pages/hr-eligibility/rows";
import * as en from "@/lib/words/en/eligibility-roster";

function header(cells: string[], required: readonly string[], optional: readonly string[] = []): Header {
  const read = readHeader(cells, required, optional);
  if (!read.ok) throw new Error(en.headerProblem(read.issue));
  return read.header;
}

const CENSUS = header([...CENSUS_REQUIRED, ...CENSUS_OPTIONAL], CENSUS_REQUIRED, CENSUS_OPTIONAL);
const HOURS = header([...HOURS_REQUIRED], HOURS_REQUIRED);

describe("the header", () => {
  it("matches names whatever their case, spaces or underscores, in any order, and lists the columns it ignores", () => {
    const read = header(["Hours", "Employee ID", "notes", "DATE"], HOURS_REQUIRED);
    expect([...read.positions]).toEqual([
      ["hours", 0],
      ["employeeId", 1],
      ["date", 3],
    ]);
    expect(read.ignored).toEqual(["notes"]);
  });

  it("names the missing column", () => {
    const read = readHeader(["employeeId", "date"], HOURS_REQUIRED, []);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.issue).toMatchObject({ code: "missing", missing: ["hours"], found: "employeeId,date", separator: null });
      expect(en.headerProblem(read.issue)).toBe('the first line must be the header employeeId,date,hours; it has no column hours (found: "employeeId,date")');
    }
  });

  it("says so when the values are separated by semicolons (a European spreadsheet's CSV)", () => {
    const read = readHeader(["employeeId;date;hours"], HOURS_REQUIRED, []);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.issue).toMatchObject({ code: "missing", missing: ["employeeId", "date", "hours"], separator: "semicolons" });
      expect(en.headerProblem(read.issue)).toMatch(/separated by semicolons: save the file as CSV with commas$/);
    }
  });

  it("refuses a column named twice", () => {
    const read = readHeader(["employeeId", "date", "hours", "Hours"], HOURS_REQUIRED, []);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.issue).toEqual({ code: "twice", column: "hours" });
      expect(en.headerProblem(read.issue)).toBe("the header names the column hours twice");
    }
  });
});

describe("census rows", () => {
  it("reads a good row, optional columns blank", () => {
    const read = readCensusRow(["E-1", "SOS", "1980-02-29", "2002-03-15", "false", "", "", ""], CENSUS, 2, en);
    expect(read).toMatchObject({ ok: true, row: { employeeId: "E-1", employer: "SOS", birthDate: "1980-02-29", employmentStartDate: "2002-03-15", highlyCompensated: false, terminationDate: undefined } });
  });

  it.each([
    ["a termination date the day of the start (a one-day spell)", "2002-03-15", { ok: true }],
    ["a termination date written MM/DD/YYYY", "12/31/2002", { ok: true, row: expect.objectContaining({ terminationDate: "2002-12-31" }) }],
    [
      "a termination date the day before the start",
      "2002-03-14",
      {
        ok: false,
        problems: [
          {
            line: 2,
            column: "terminationDate",
            message: "is before the employment start date (2002-03-15) on this line; the termination date is the last day of the spell that begins on the start date",
          },
        ],
      },
    ],
    [
      "a termination date that is no date",
      "2002-02-30",
      { ok: false, problems: [{ line: 2, column: "terminationDate", message: 'is not a real calendar date (for example, 2003-02-29 does not exist) (found "2002-02-30")' }] },
    ],
  ])("%s", (_, termination, expected) => {
    expect(readCensusRow(["E-1", "SOS", "1980-02-29", "2002-03-15", "false", "", "", termination], CENSUS, 2, en)).toMatchObject(expected);
  });

  it("reads what a spreadsheet writes: employer in any case, yes/no, a pay with $ and commas", () => {
    const read = readCensusRow(["E-2", "inteliant", "1975-06-01", "2002-01-01", "", "$95,000.00", "No"], CENSUS, 3, en);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.row.employer).toBe("Inteliant");
      expect(read.row.highlyCompensated).toBeUndefined();
      expect(read.row.priorYearCompensation?.toFixed(2)).toBe("95000.00");
      expect(read.row.fivePercentOwner).toBe(false);
    }
  });

  it("reads a date written MM/DD/YYYY, as US payroll exports write them: 03/15/1980 is March 15, 1980; 2/29/1980 is February 29", () => {
    const read = readCensusRow(["E-6", "SOS", "03/15/1980", "2/29/2000", "false"], CENSUS, 5, en);
    expect(read).toMatchObject({ ok: true, row: { birthDate: "1980-03-15", employmentStartDate: "2000-02-29" } });
  });

  it.each([
    [["E-3", "SOS", "15.03.1980", "2002-01-01", "false"], "birthDate", 'must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15 (found "15.03.1980")'],
    [["E-3", "SOS", "02/29/1981", "2002-01-01", "false"], "birthDate", 'is not a real calendar date (for example, 2003-02-29 does not exist) (found "02/29/1981")'],
    [["E-3", "SOS", "1700-01-01", "2002-01-01", "false"], "birthDate", 'must be a date from 1800-01-01 to 2200-12-31 (found "1700-01-01")'],
    [["E-3", "SOS", "1980-02-30", "2002-01-01", "false"], "birthDate", 'is not a real calendar date (for example, 2003-02-29 does not exist) (found "1980-02-30")'],
    [["E-3", "SOS", "1990-01-01", "1989-12-31", "false"], "birthDate", 'is after the employment start date (1989-12-31); check both dates'],
    [["E-3", "Acme", "1980-01-01", "2002-01-01", "false"], "employer", 'must be "SOS" (the sponsor and its subsidiaries other than Inteliant) or "Inteliant" (found "Acme")'],
    [["E-3", "SOS", "1980-01-01", "2002-01-01", "maybe"], "highlyCompensated", 'must be true or false, or left blank to work it out from priorYearCompensation and fivePercentOwner (found "maybe")'],
    [["", "SOS", "1980-01-01", "2002-01-01", "false"], "employeeId", "is empty"],
    [["E-3", "SOS", "", "2002-01-01", "false"], "birthDate", "is empty"],
    [["E-3", "SOS", "1980-01-01", "2002-01-01", "false", "12.345"], "priorYearCompensation", 'must have at most 2 decimals (whole cents); if you mean 12,345 dollars, write 12345 or 12,345 (found "12.345")'],
    [["E-3", "SOS", "1980-01-01", "2002-01-01", "false", "3.200"], "priorYearCompensation", 'must have at most 2 decimals (whole cents); if you mean 3,200 dollars, write 3200 or 3,200 (found "3.200")'],
    [["E-3", "SOS", "1980-01-01", "2002-01-01", "false", "1,23"], "priorYearCompensation", 'has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50) (found "1,23")'],
  ])("%j: column %s %s", (cells, column, message) => {
    const read = readCensusRow(cells, CENSUS, 7, en);
    expect(read).toEqual({ ok: false, problems: [{ line: 7, column, message }] });
  });

  it("names a missing column when the line is short", () => {
    const read = readCensusRow(["E-4", "SOS", "1984-04-04"], CENSUS, 10, en);
    expect(read).toEqual({
      ok: false,
      problems: [{ line: 10, column: "employmentStartDate", message: "is missing: the line has 3 values and the header 8 columns (missing employmentStartDate, highlyCompensated)" }],
    });
  });

  it("refuses a line with more values than the header (an unquoted comma)", () => {
    const read = readCensusRow(["E-5", "SOS", "1980-01-01", "2002-01-01", "false", "", "", "", "Jr."], CENSUS, 4, en);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toMatch(/has 9 values but the header has 8 columns; a value that holds a comma must be in double quotes/);
  });
});

describe("hours rows", () => {
  it.each([
    ["80", 800000],
    ["7.5", 75000],
    ["0.0001", 1],
    ["1,040", 10400000],
    [" 86.5 ", 865000],
  ])("hours %j are %d ten-thousandths", (hours, units) => {
    expect(readHoursRow(["E-1", "2002-03-31", hours], HOURS, 2, en)).toEqual({ ok: true, row: { employeeId: "E-1", date: 20020331, units } });
  });

  it.each([
    [["E-1", "2002-03-31", "two hundred"], "hours", 'must be a number of hours, such as 80 or 7.5 (found "two hundred")'],
    [["E-1", "2002-03-31", "-5"], "hours", 'must not be negative (found "-5")'],
    [["E-1", "2002-03-31", "9000"], "hours", 'must be at most 8784 (every hour of a leap year) (found "9000")'],
    [["E-1", "31.03.2002", "8"], "date", 'must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15 (found "31.03.2002")'],
    [["E-1", "2002-03-31", "1,5"], "hours", 'must be a number of hours, such as 80 or 7.5 (found "1,5")'],
    [["E-1", "2002-03-31", ""], "hours", "is empty"],
    [["E-1", "2002-03-31", "999.99996"], "hours", 'must have at most 4 decimals (ten-thousandths of an hour) (found "999.99996")'],
  ])("%j: column %s %s", (cells, column, message) => {
    expect(readHoursRow(cells, HOURS, 5, en)).toEqual({ ok: false, problems: [{ line: 5, column, message }] });
  });
});

describe("an hours row is read as the API reads the same entry", () => {
  const dateText = fc.oneof(
    fc.constantFrom("2002-03-15", "2000-02-29", "2003-02-29", "1799-12-31", "1800-01-01", "2200-12-31", "2201-01-01", "2002-3-15", "", "x"),
    fc.date({ min: new Date("1790-01-01T00:00:00Z"), max: new Date("2210-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );
  const hoursText = fc.oneof(
    fc.constantFrom("0", "80", "7.5", "0.0001", "0.00005", "999.5", "1000", "8784", "8784.0001", "9000", "-1", "1.12345", "7.1234", "5.", ".5"),
    fc.integer({ min: 0, max: 100_000_000 }).map((n) => String(n / 10_000)),
    fc.double({ min: -10, max: 10_000, noNaN: true }).map(String),
  );

  it("accepts exactly the entries the API's hoursEntrySchema accepts, with the same date and hours", () => {
    fc.assert(
      fc.property(dateText, hoursText, (date, hours) => {
        const read = readHoursRow(["E-1", date, hours], HOURS, 2, en);
        const api = hoursEntrySchema.safeParse({ date, hours: Number(hours) });
        const plain = /^-?(\d+(\.\d*)?|\.\d+)$/.test(hours);
        if (!plain) return;
        expect(read.ok).toBe(api.success);
        if (read.ok && api.success) {
          expect(read.row.date).toBe(packDate(api.data.date));
          expect(read.row.units).toBe(Math.round(api.data.hours * 10_000));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a plain hours line read straight from the text gives what readHoursRow gives", () => {
  const cellText = fc.oneof(
    fc.constantFrom("E-1", " E-1", "E-1 ", "", "E\u00a0", "x".repeat(200), "x".repeat(201), "2002-03-15", "2002-3-15", "03/15/2002", "1799-12-31", "2200-12-31", "2003-02-29"),
    fc.constantFrom("80", "7.5", "0.0001", "0.00005", "8784", "8784.0001", "5.", ".5", "0080", "1,040", "-8", " 8", "8 ", "123456789", "1234567890"),
    fc.integer({ min: 0, max: 100_000_000 }).map((n) => String(n / 10_000)),
    fc.string({ maxLength: 12 }),
  );

  it("for random lines of random cells: accepted with the same id, date and units, or left to readHoursRow", () => {
    expect(isPlainHoursHeader(HOURS)).toBe(true);
    expect(isPlainHoursHeader(header(["date", "employeeId", "hours"], HOURS_REQUIRED))).toBe(false);
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 4 }), fc.constantFrom("", "prefix\n"), (cells, before) => {
        const line = cells.join(",");
        if (/["\r\n]/.test(line)) return;
        const text = `${before}${line}\nnext,line,1`;
        const out: PlainHoursLine = { idStart: 0, idEnd: 0, date: 0, units: 0 };
        const start = before.length;
        if (!readPlainHoursLine(text, start, start + line.length, out)) return;
        const read = readHoursRow(line.split(","), HOURS, 2, en);
        expect(read.ok, line).toBe(true);
        if (read.ok) expect({ id: text.slice(out.idStart, out.idEnd), date: out.date, units: out.units }).toEqual({ id: read.row.employeeId, date: read.row.date, units: read.row.units });
      }),
      { numRuns: 5000 },
    );
  });

  it("takes the common line, and leaves a line with spaces, a fourth value or an unusual number to readHoursRow", () => {
    const take = (line: string) => readPlainHoursLine(line, 0, line.length, { idStart: 0, idEnd: 0, date: 0, units: 0 });
    expect(take("E-1,2002-03-31,86.5")).toBe(true);
    expect(["E-1 ,2002-03-31,8", "E-1,2002-03-31,8,", "E-1,03/31/2002,8", "E-1,2002-03-31,1,5", ",2002-03-31,8", "E-1,2002-03-31,-8"].map(take)).toEqual([false, false, false, false, false, false]);
  });
});
