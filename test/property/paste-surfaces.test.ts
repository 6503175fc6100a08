/**
 * One reader of pasted lines (issue 15 item 3, lib/paste.ts): the same pasted text reads the same
 * on every page that takes pasted rows. The participant's paste helper (a year's total), a leaving
 * participant's lines on /hr/forfeitures (dated entries), one employee's lines on /hr/eligibility
 * (dated entries; dates only, it takes no plan years) and the deferrals of a forfeiture allocation
 * (an id and an amount; compared where its columns are comparable: tab or semicolon lines, the
 * first cell as the id and the hours as dollars).
 *
 * The text is generated from values (a year or a date, a number of hours) written in the ways a
 * person writes them: separators (tab, semicolon, comma, spaces), US or ISO dates, thousands
 * commas, a header or none, blank lines, \n, \r\n or \r line ends, a byte-order mark. What each
 * page should read is worked out here from the values, not from any page's answer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoOf } from "@/lib/dates";
import { toHourUnits } from "@/lib/hour-units";
import { parsePastedHours } from "@/lib/pages/hr-eligibility/hours-input";
import { hoursFromLines } from "@/lib/pages/hr-forfeitures/leaving-hours";
import { parseDeferrals } from "@/lib/pages/hr-forfeitures/parse-deferrals";
import { readPasted } from "@/lib/pages/participant/hours-helpers";
import { formatHours } from "@/lib/words/format";
import * as pageWords from "../../lib/words/en/eligibility-page";
import { EN_WORDS } from "../unit/forfeitures-words";
import { HOURS_MODE_WORDS as W } from "@/lib/words/en/participant-hours-words";

const START = "2001-05-14";
const LAST_DAY = "2006-08-18";
const PLAN_YEARS = [2001, 2002, 2003, 2004, 2005, 2006];

/** One pasted line's values: a plan year or a date, and whole or half hours. */
interface Line {
  year: number;
  /** The ISO date, or null for a whole plan year's line. */
  date: string | null;
  dateText: string;
  hours: number;
  hoursText: string;
  separator: string;
  /** Spaces before and after the line. */
  pad: [string, string];
}

const hoursText = (hours: number, grouped: boolean) => {
  const [whole, fraction] = String(hours).split(".");
  const wholeText = grouped ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole!;
  return fraction === undefined ? wholeText : `${wholeText}.${fraction}`;
};

const line = (withYears: boolean): fc.Arbitrary<Line> =>
  fc
    .record({
      asYear: withYears ? fc.boolean() : fc.constant(false),
      year: fc.integer({ min: 2001, max: 2006 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      usForm: fc.boolean(),
      halves: fc.integer({ min: 0, max: 2 * 2600 }),
      grouped: fc.boolean(),
      separator: fc.constantFrom("\t", ";", ",", ", ", " ", "   ", " ; ", "\t "),
      pad: fc.tuple(fc.constantFrom("", " ", "  "), fc.constantFrom("", " ")),
    })
    .filter(({ year, month, day }) => {
      const iso = isoOf(year, month, day);
      return iso >= START && iso <= LAST_DAY;
    })
    .map(({ asYear, year, month, day, usForm, halves, grouped, separator, pad }) => {
      const iso = isoOf(year, month, day);
      const hours = halves / 2;
      return {
        year,
        date: asYear ? null : iso,
        dateText: asYear ? String(year) : usForm ? `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${year}` : iso,
        hours,
        hoursText: hoursText(hours, grouped),
        separator,
        pad,
      };
    });

interface Pasted {
  lines: Line[];
  header: string | null;
  /** Where blank lines go: before line i (lines.length for the end). */
  blanks: number[];
  end: string;
  bom: boolean;
}

const HOURS_HEADERS = ["date\thours", "Year,Hours", "Date;Hours", "Plan year or date  Hours worked"];

const pasted = (lines: fc.Arbitrary<Line[]>, headers: string[]): fc.Arbitrary<Pasted> =>
  fc.record({
    lines,
    header: fc.option(fc.constantFrom(...headers), { nil: null }),
    blanks: fc.array(fc.nat({ max: 12 }), { maxLength: 3 }),
    end: fc.constantFrom("\n", "\r\n", "\r"),
    bom: fc.boolean(),
  });

function textOf({ lines, header, blanks, end, bom }: Pasted, cells: (line: Line) => [string, string] = (l) => [l.dateText, l.hoursText]): string {
  const rows: string[] = header === null ? [] : [header];
  lines.forEach((l, i) => {
    for (const at of blanks) if (at === i) rows.push(at % 2 === 0 ? "" : "  ");
    const [first, second] = cells(l);
    rows.push(`${l.pad[0]}${first}${l.separator}${second}${l.pad[1]}`);
  });
  return (bom ? "\uFEFF" : "") + rows.join(end) + end;
}

/** A whole plan year's hours are dated on its last day, or on the last day of employment in the year of leaving. */
const forfeitureDate = (l: Line) => l.date ?? (l.year === 2006 ? LAST_DAY : `${l.year}-12-31`);

/** The participant's totals by plan year, added up in ten-thousandths of an hour, as its rows show them. */
function totalsByYear(lines: readonly Line[]): Record<string, string> {
  const units = new Map<number, number>();
  for (const l of lines) units.set(l.year, (units.get(l.year) ?? 0) + toHourUnits(l.hours));
  return Object.fromEntries([...units].map(([year, total]) => [String(year), formatHours(total / 10_000)]));
}

describe("the same pasted lines read the same on every page (property)", () => {
  it("plan years and dates: the participant's paste helper and a leaving participant's lines", () => {
    fc.assert(
      fc.property(pasted(fc.array(line(true), { minLength: 1, maxLength: 8 }), HOURS_HEADERS), (input) => {
        const text = textOf(input);
        const participant = readPasted(text, PLAN_YEARS, W);
        const leaving = hoursFromLines(text, START, LAST_DAY, EN_WORDS);
        expect(participant.problems).toEqual([]);
        expect(leaving.problems).toEqual([]);
        expect(participant.byYear).toEqual(totalsByYear(input.lines));
        expect(leaving.entries.map(({ date, hours }) => ({ date, hours }))).toEqual(input.lines.map((l) => ({ date: forfeitureDate(l), hours: l.hours })));
      }),
      { numRuns: 400 },
    );
  });

  it("dates: those two and one employee's lines on /hr/eligibility, entry for entry", () => {
    fc.assert(
      fc.property(pasted(fc.array(line(false), { minLength: 1, maxLength: 8 }), HOURS_HEADERS), (input) => {
        const text = textOf(input);
        const expected = input.lines.map((l) => ({ date: l.date!, hours: l.hours }));
        const eligibility = parsePastedHours(text, pageWords);
        const leaving = hoursFromLines(text, START, LAST_DAY, EN_WORDS);
        expect(eligibility.problems).toEqual([]);
        expect(eligibility.entries).toEqual(expected);
        expect(leaving.entries.map(({ date, hours }) => ({ date, hours }))).toEqual(expected);
        expect(readPasted(text, PLAN_YEARS, W)).toEqual({ byYear: totalsByYear(input.lines), problems: [] });
        // The same line numbers on both HR pages: blank lines and the header keep their numbers.
        expect(eligibility.lines).toEqual(leaving.entries.map((entry) => Number(entry.source.slice("line:".length))));
      }),
      { numRuns: 400 },
    );
  });

  it("deferrals, where the columns are comparable: tab or semicolon lines, the first cell an id and the hours dollars", () => {
    const tabOrSemicolon = line(true).map((l) => ({ ...l, separator: l.separator.includes("\t") ? "\t" : ";" }));
    // Ids must differ (an allocation lists each participant once): one line a plan year or date.
    const lines = fc.uniqueArray(tabOrSemicolon, { minLength: 1, maxLength: 8, selector: (l) => l.dateText });
    fc.assert(
      fc.property(pasted(lines, ["Date\tHours or deferrals", "id;hours;deferrals"]), (input) => {
        const text = textOf(input);
        const deferrals = parseDeferrals(text, EN_WORDS);
        const leaving = hoursFromLines(text, START, LAST_DAY, EN_WORDS);
        expect(deferrals.issues).toEqual([]);
        expect(deferrals.headerLine).toBe(input.header === null ? null : 1);
        expect(deferrals.rows.map((row) => [row.id, row.deferrals.toFixed(2)])).toEqual(input.lines.map((l) => [l.dateText, l.hours.toFixed(2)]));
        expect(deferrals.rows.map((row) => row.line)).toEqual(leaving.entries.map((entry) => Number(entry.source.slice("line:".length))));
      }),
      { numRuns: 300 },
    );
  });
});
