/** Census and hours rows: the header, the quick check, and the schema's messages with line and column. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CENSUS_OPTIONAL,
  CENSUS_REQUIRED,
  censusRowSchema,
  HOURS_REQUIRED,
  hoursRowSchema,
  readCensusRow,
  readHeader,
  readHoursRow,
  type Header,
} from "@/lib/pages/hr-eligibility/rows";

function header(cells: string[], required: readonly string[], optional: readonly string[] = []): Header {
  const read = readHeader(cells, required, optional);
  if (!read.ok) throw new Error(read.message);
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
    if (!read.ok) expect(read.message).toMatch(/has no column hours/);
  });

  it("says so when the values are separated by semicolons (a European spreadsheet's CSV)", () => {
    const read = readHeader(["employeeId;date;hours"], HOURS_REQUIRED, []);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/separated by semicolons: save the file as CSV with commas$/);
  });

  it("refuses a column named twice", () => {
    const read = readHeader(["employeeId", "date", "hours", "Hours"], HOURS_REQUIRED, []);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toBe("the header names the column hours twice");
  });
});

describe("census rows", () => {
  it("reads a good row, optional columns blank", () => {
    const read = readCensusRow(["E-1", "SOS", "1980-02-29", "2002-03-15", "false", "", ""], CENSUS, 2);
    expect(read).toMatchObject({ ok: true, row: { employeeId: "E-1", employer: "SOS", birthDate: 19800229, employmentStartDate: 20020315, highlyCompensated: false } });
  });

  it("reads what a spreadsheet writes: employer in any case, yes/no, a pay with $ and commas", () => {
    const read = readCensusRow(["E-2", "inteliant", "1975-06-01", "2002-01-01", "", "$95,000.00", "No"], CENSUS, 3);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.row.employer).toBe("Inteliant");
      expect(read.row.highlyCompensated).toBeUndefined();
      expect(read.row.priorYearCompensation?.toFixed(2)).toBe("95000.00");
      expect(read.row.fivePercentOwner).toBe(false);
    }
  });

  it.each([
    [["E-3", "SOS", "03/15/1980", "2002-01-01", "false"], "birthDate", 'must be a date written YYYY-MM-DD, such as 2002-03-15 (found "03/15/1980")'],
    [["E-3", "SOS", "1980-02-30", "2002-01-01", "false"], "birthDate", 'is not a real calendar date (for example, 2003-02-29 does not exist) (found "1980-02-30")'],
    [["E-3", "SOS", "1990-01-01", "1989-12-31", "false"], "birthDate", 'is after the employment start date (1989-12-31); check both dates (found "1990-01-01")'],
    [["E-3", "Acme", "1980-01-01", "2002-01-01", "false"], "employer", 'must be "SOS" (the sponsor and its subsidiaries other than Inteliant) or "Inteliant" (found "Acme")'],
    [["E-3", "SOS", "1980-01-01", "2002-01-01", "maybe"], "highlyCompensated", 'must be true or false, or left blank to work it out from priorYearCompensation and fivePercentOwner (found "maybe")'],
    [["", "SOS", "1980-01-01", "2002-01-01", "false"], "employeeId", "is empty"],
    [["E-3", "SOS", "", "2002-01-01", "false"], "birthDate", "is empty"],
    [["E-3", "SOS", "1980-01-01", "2002-01-01", "false", "12.345"], "priorYearCompensation", 'must have at most 2 decimals (whole cents) (found "12.345")'],
  ])("%j: column %s %s", (cells, column, message) => {
    const read = readCensusRow(cells, CENSUS, 7);
    expect(read).toEqual({ ok: false, problems: [{ line: 7, column, message }] });
  });

  it("names a missing column when the line is short", () => {
    const read = readCensusRow(["E-4", "SOS", "1984-04-04"], CENSUS, 10);
    expect(read).toEqual({
      ok: false,
      problems: [{ line: 10, column: "employmentStartDate", message: "is missing: the line has 3 values and the header 7 columns (missing employmentStartDate, highlyCompensated)" }],
    });
  });

  it("refuses a line with more values than the header (an unquoted comma)", () => {
    const read = readCensusRow(["E-5", "SOS", "1980-01-01", "2002-01-01", "false", "", "", "Jr."], CENSUS, 4);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toMatch(/has 8 values but the header has 7 columns; a value that holds a comma must be in double quotes/);
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
    expect(readHoursRow(["E-1", "2002-03-31", hours], HOURS, 2)).toEqual({ ok: true, row: { employeeId: "E-1", date: 20020331, units } });
  });

  it.each([
    [["E-1", "2002-03-31", "two hundred"], "hours", 'must be a number of hours, such as 80 or 7.5 (found "two hundred")'],
    [["E-1", "2002-03-31", "-5"], "hours", 'must not be negative (found "-5")'],
    [["E-1", "2002-03-31", "9000"], "hours", 'must be at most 8784 (every hour of a leap year) (found "9000")'],
    [["E-1", "31.03.2002", "8"], "date", 'must be a date written YYYY-MM-DD, such as 2002-03-15 (found "31.03.2002")'],
    [["E-1", "2002-03-31", ""], "hours", "is empty"],
    [["E-1", "2002-03-31", "999.99996"], "hours", 'must have at most 4 decimals (ten-thousandths of an hour) (found "999.99996")'],
  ])("%j: column %s %s", (cells, column, message) => {
    expect(readHoursRow(cells, HOURS, 5)).toEqual({ ok: false, problems: [{ line: 5, column, message }] });
  });
});

describe("the quick check accepts only what the schema accepts, with the same value", () => {
  const text = fc.oneof(
    fc.constantFrom("", " ", "SOS", "Inteliant", "sos", "true", "false", "yes", "1", "2002-03-15", "1980-02-29", "2003-02-29", "95000.00", "90000.01", "1e3", "12.345", "-1", "8784", "8784.0001", "0.5", ".5", "5.", "0.00005", "1.12345", "7.1234"),
    fc.string({ maxLength: 12 }),
  );

  it("census rows", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 7, maxLength: 7 }), (cells) => {
        const read = readCensusRow(cells, CENSUS, 2);
        const raw = Object.fromEntries([...CENSUS_REQUIRED, ...CENSUS_OPTIONAL].map((name, i) => [name, cells[i]]));
        const schema = censusRowSchema.safeParse(raw);
        expect(read.ok).toBe(schema.success);
        if (read.ok && schema.success) {
          expect(read.row.employeeId).toBe(schema.data.employeeId);
          expect(read.row.highlyCompensated).toBe(schema.data.highlyCompensated);
        }
      }),
    );
  });

  it("hours rows", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 3, maxLength: 3 }), (cells) => {
        const read = readHoursRow(cells, HOURS, 2);
        const schema = hoursRowSchema.safeParse({ employeeId: cells[0], date: cells[1], hours: cells[2] });
        expect(read.ok).toBe(schema.success);
      }),
    );
  });
});
