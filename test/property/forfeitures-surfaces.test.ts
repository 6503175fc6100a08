/**
 * The forfeitures page and the API give one answer: the page's model (lib/pages/hr-forfeitures,
 * which reads text with lib/parse.ts and ships without zod) accepts what the API's vesting and
 * allocation endpoints accept, with the same figures, and refuses what they refuse, naming the
 * same field.
 *
 * The API's request is written here from the generated values, as a script would write it: the
 * dates in ISO form; for elapsed time, `asOf` the day after the last day (plan-rules §1); with
 * hours, `asOf` the last day itself and a plan year's hours dated on its last day worked.
 *
 * What only the page refuses, by design: hours dated after the last day of employment (a leaving
 * participant has none; the API counts them as hours ahead), and a last day the day before the
 * start date (the API's `asOf`, the day after, is the start date itself: 0 years). What only the
 * page reports: a check across two fields (hours before the start, a last day before the start)
 * while another field is wrong, which the API's schema checks only once every field reads.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateEndpoint, vestingEndpoint } from "@/lib/api/v1";
import { addDays, endOfYear, isoOf, yearOf } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { allocateParsed } from "@/lib/pages/hr-forfeitures/allocate-pool";
import { parseDeferrals } from "@/lib/pages/hr-forfeitures/parse-deferrals";
import { EMPTY_TERMINATION_FORM, evaluateTermination, type TerminationField, type TerminationForm } from "@/lib/pages/hr-forfeitures/termination";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { EN_WORDS } from "../unit/forfeitures-words";

/** The page's allocation of a pool typed and deferrals pasted. */
const allocatePool = (pool: string, deferrals: string, plan: typeof SOS_PLAN) => allocateParsed(pool, parseDeferrals(deferrals, EN_WORDS), plan, EN_WORDS);

/** Each field of the form and the API's field it answers to (the dates' `asOf` differs by way of giving service). */
const API_PATH: Record<Exclude<TerminationField, "hours">, string> = {
  yearsOfService: "yearsOfService",
  employmentStartDate: "employmentStartDate",
  terminationDate: "asOf",
  matchBalance: "balances.match",
  deferralBalance: "balances.deferral",
  rolloverBalance: "balances.rollover",
};

const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

/** A date as typed on the page and as the API is sent it. */
interface DateValue {
  text: string;
  /** The ISO date, or the same wrong text (the API refuses it too). */
  json: string;
  iso: string | null;
}

const dateIn = (from: number, to: number): fc.Arbitrary<string> =>
  fc.record({ y: fc.integer({ min: from, max: to }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => isoOf(y, m, d));

const validDate = (iso: string, usForm: boolean): DateValue => ({ text: usForm ? us(iso) : iso, json: iso, iso });
const wrongDate = fc.constantFrom("2003-02-29", "1700-01-01", "13/01/2003", "02/30/2004", "2003-1-5", "soon").map((text): DateValue => ({ text, json: text, iso: null }));

/** Hours as typed and as a JSON number (or the wrong text). */
const hoursValue = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1300 }).map((n) => ({ text: n >= 1000 && n % 2 === 0 ? n.toLocaleString("en-US") : String(n), json: n as number | string })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 13_000_000 }).map((n) => ({ text: String(n / 10_000), json: n / 10_000 as number | string })) },
  { weight: 1, arbitrary: fc.constantFrom({ text: "-8", json: -8 }, { text: "0.00005", json: 0.00005 }, { text: "9000", json: 9000 }, { text: "many", json: "many" }) },
);

const moneyText = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 5_000_000 }).map((cents) => (cents / 100).toFixed(2)) },
  { weight: 1, arbitrary: fc.constantFrom("-3", "1,23", "3.200", "$4,000.01", "abc", "12,500.01") },
);

const yearsValue = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((n) => ({ text: String(n), json: n as number | string })),
  fc.constantFrom({ text: "2.9", json: 2.9 }, { text: "101", json: 101 }, { text: "-1", json: -1 }, { text: "three", json: "three" }),
);

type Issues = { path: string }[];
const apiFields = (answer: { status: number; body: unknown }) => (answer.status === 200 ? [] : (answer.body as { issues: Issues }).issues.map((issue) => issue.path));

/** The page's refused fields in the API's names. */
function pageFields(form: TerminationForm) {
  const outcome = evaluateTermination(form, SOS_PLAN, EN_WORDS);
  const fields = new Set<string>();
  const acrossFields = new Set<string>();
  const afterLastDay = new Set<string>();
  for (const [field, message] of Object.entries(outcome.issues)) {
    if (field === "hours") continue;
    const path = API_PATH[field as keyof typeof API_PATH];
    fields.add(path);
    if (field === "terminationDate" && message.includes("is before the employment start date")) acrossFields.add(path);
  }
  for (const problem of outcome.hoursProblems) {
    const path = `hours.${problem.entry}.${problem.part}`;
    fields.add(path);
    if (problem.acrossFields) acrossFields.add(path);
    if (problem.message.includes("after the last day")) afterLastDay.add(path);
  }
  return { outcome, fields, acrossFields, afterLastDay };
}

describe("a leaving participant: the page and the API accept the same input with the same figures", () => {
  const scenario = fc
    .record({
      start: dateIn(1995, 2020),
      days: fc.integer({ min: 0, max: 12 * 365 }),
      mode: fc.constantFrom("years" as const, "lines" as const),
      yearHours: fc.array(fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 2100 }).map(String), fc.constantFrom("500", "501", "999", "1000", "999.5")), { minLength: 13, maxLength: 13 }),
      lines: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 12 * 365 }), hours: fc.integer({ min: 0, max: 1100 }), asYear: fc.boolean() }), { minLength: 1, maxLength: 15 }),
      match: fc.integer({ min: 0, max: 2_000_000 }),
      deferral: fc.integer({ min: 0, max: 2_000_000 }),
      usDates: fc.boolean(),
      planTerminated: fc.boolean(),
    })
    .map((s) => ({ ...s, lastDay: addDays(s.start, s.days) }));

  it("for 1,500 random leavers with hours (a box per plan year, or pasted lines)", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const cents = (n: number) => (n / 100).toFixed(2);
        const form: TerminationForm = {
          ...EMPTY_TERMINATION_FORM,
          serviceBy: "hours",
          employmentStartDate: s.usDates ? us(s.start) : s.start,
          terminationDate: s.usDates ? us(s.lastDay) : s.lastDay,
          hoursBy: s.mode,
          matchBalance: cents(s.match),
          deferralBalance: cents(s.deferral),
          planTerminated: s.planTerminated,
        };
        // What the API is sent: each entry on or before the last day.
        const hours: { date: string; hours: number }[] = [];
        if (s.mode === "years") {
          const byYear: Record<string, string> = {};
          for (let year = yearOf(s.start), i = 0; year <= yearOf(s.lastDay); year += 1, i += 1) {
            const text = s.yearHours[i % s.yearHours.length]!;
            byYear[String(year)] = text;
            if (text !== "") hours.push({ date: year === yearOf(s.lastDay) ? s.lastDay : endOfYear(year), hours: Number(text) });
          }
          fc.pre(hours.length > 0);
          form.hoursByYear = byYear;
        } else {
          const rows = s.lines.map((line) => {
            const date = addDays(s.start, line.offset % (s.days + 1));
            const year = yearOf(date);
            const dated = line.asYear ? (year === yearOf(s.lastDay) ? s.lastDay : endOfYear(year)) : date;
            hours.push({ date: dated, hours: line.hours });
            return `${line.asYear ? String(year) : s.usDates ? us(date) : date}\t${line.hours}`;
          });
          form.hoursLines = ["Date\tHours", ...rows].join("\n");
        }
        const page = evaluateTermination(form, SOS_PLAN, EN_WORDS);
        const api = vestingEndpoint({
          employmentStartDate: s.start,
          asOf: s.lastDay,
          hours,
          balances: { match: cents(s.match), deferral: cents(s.deferral) },
          planTerminated: s.planTerminated,
        });
        expect(page.issues).toEqual({});
        expect(api.status).toBe(200);
        const body = api.body as {
          yearsOfService: number;
          vestedPercent: number;
          vested: Record<string, string>;
          forfeitable: string;
          service: { forfeitsOn: string | null; periods: { start: string; hours: number; yearOfService: boolean; breakInService: boolean }[] };
        };
        const result = page.result!;
        expect([result.yearsOfService, result.vestedPercent]).toEqual([body.yearsOfService, body.vestedPercent]);
        expect([result.vested.match, result.vested.total, result.forfeited].map(formatMoney)).toEqual([body.vested.match, body.vested.total, body.forfeitable]);
        expect(result.fromHours!.forfeitsOn).toBe(body.service.forfeitsOn);
        expect(result.fromHours!.record.map((row) => [row.start, row.hours, row.status === "yearOfService", row.status === "break"])).toEqual(
          body.service.periods.map((period) => [period.start, period.hours, period.yearOfService, period.breakInService]),
        );
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it("for 1,000 random leavers by dates (asOf the day after the last day) and by years", () => {
    fc.assert(
      fc.property(dateIn(1980, 2025), fc.integer({ min: 0, max: 9000 }), yearsValue, fc.integer({ min: 0, max: 900_000 }), (start, days, years, match) => {
        const lastDay = addDays(start, days);
        const matchText = (match / 100).toFixed(2);
        const byDates = evaluateTermination({ ...EMPTY_TERMINATION_FORM, serviceBy: "dates", employmentStartDate: us(start), terminationDate: lastDay, matchBalance: matchText }, SOS_PLAN, EN_WORDS);
        const apiDates = vestingEndpoint({ employmentStartDate: start, asOf: addDays(lastDay, 1), balances: { match: matchText } });
        const body = apiDates.body as { yearsOfService: number; vested: { match: string }; forfeitable: string };
        expect([byDates.result!.yearsOfService, formatMoney(byDates.result!.vested.match), formatMoney(byDates.result!.forfeited)]).toEqual([body.yearsOfService, body.vested.match, body.forfeitable]);

        const byYears = evaluateTermination({ ...EMPTY_TERMINATION_FORM, yearsOfService: years.text, matchBalance: matchText }, SOS_PLAN, EN_WORDS);
        const apiYears = vestingEndpoint({ yearsOfService: years.json, balances: { match: matchText } });
        expect(byYears.result === null).toBe(apiYears.status !== 200);
        if (apiYears.status === 200) expect(byYears.result!.vestedPercent).toBe((apiYears.body as { vestedPercent: number }).vestedPercent);
        else expect(Object.keys(byYears.issues)).toEqual(["yearsOfService"]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("a leaving participant: the page refuses what the API refuses, naming the same field", () => {
  const anyDate = (iso: fc.Arbitrary<string>) => fc.oneof({ weight: 4, arbitrary: fc.tuple(iso, fc.boolean()).map(([value, usForm]) => validDate(value, usForm)) }, { weight: 1, arbitrary: wrongDate });
  const input = fc.record({
    serviceBy: fc.constantFrom("dates" as const, "hours" as const),
    start: anyDate(dateIn(2000, 2004)),
    lastDay: anyDate(dateIn(2003, 2008)),
    entries: fc.array(fc.record({ date: anyDate(dateIn(1999, 2008)), hours: hoursValue }), { minLength: 1, maxLength: 6 }),
    match: moneyText,
    deferral: fc.oneof(fc.constant(""), moneyText),
    rollover: fc.oneof(fc.constant(""), moneyText),
  });

  it("for 4,000 random forms, some of their values wrong", () => {
    fc.assert(
      fc.property(input, (v) => {
        const form: TerminationForm = {
          ...EMPTY_TERMINATION_FORM,
          serviceBy: v.serviceBy,
          employmentStartDate: v.start.text,
          terminationDate: v.lastDay.text,
          hoursBy: "lines",
          hoursLines: ["date\thours", ...v.entries.map((entry) => `${entry.date.text}\t${entry.hours.text}`)].join("\n"),
          matchBalance: v.match,
          deferralBalance: v.deferral,
          rolloverBalance: v.rollover,
        };
        const balances = { match: v.match, ...(v.deferral ? { deferral: v.deferral } : {}), ...(v.rollover ? { rollover: v.rollover } : {}) };
        const asOf = v.lastDay.iso === null ? v.lastDay.json : v.serviceBy === "dates" ? addDays(v.lastDay.iso, 1) : v.lastDay.iso;
        const answer = vestingEndpoint({
          employmentStartDate: v.start.json,
          asOf,
          ...(v.serviceBy === "hours" ? { hours: v.entries.map((entry) => ({ date: entry.date.json, hours: entry.hours.json })) } : {}),
          balances,
        });
        const api = new Set(apiFields(answer));
        const page = pageFields(form);
        const context = JSON.stringify({ form, api: [...api], page: [...page.fields] });

        // Every field the API names, the page names.
        for (const path of api) expect(page.fields, context).toContain(path);
        // The page names more only for a check across two fields.
        for (const path of page.fields) if (!api.has(path)) expect(page.acrossFields, context).toContain(path);
        // The same decision, but for what only the page refuses.
        const pageOnly = [...page.fields].every((path) => page.afterLastDay.has(path) || (v.serviceBy === "dates" && path === "asOf" && v.start.iso !== null && v.lastDay.iso === addDays(v.start.iso, -1)));
        if (api.size === 0) expect(page.fields.size === 0 || pageOnly, context).toBe(true);
        else expect(page.fields.size, context).toBeGreaterThan(0);
        if (page.fields.size === 0) expect(answer.status, context).toBe(200);
      }),
      { numRuns: 4000 },
    );
  }, 120_000);
});

describe("sharing a pool: the page and the API accept the same lines with the same shares", () => {
  it("for 500 random pools and deferrals, some of them wrong", () => {
    const amount = fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 0, max: 1_000_000_00 }).map((cents) => (cents / 100).toFixed(2)) },
      { weight: 1, arbitrary: fc.constantFrom("-1", "1,23", "3.200", "x", "$1,000.00", "0") },
    );
    fc.assert(
      fc.property(amount, fc.array(amount, { minLength: 1, maxLength: 8 }), (pool, deferrals) => {
        const text = deferrals.map((value, index) => `P${index},"${value}"`).join("\n");
        const page = allocatePool(pool, text, SOS_PLAN);
        const answer = allocateEndpoint({ pool, participants: deferrals.map((value, index) => ({ id: `P${index}`, deferrals: value })) });
        const pageRefused = page.result === null;
        expect(pageRefused, JSON.stringify({ pool, deferrals, answer })).toBe(answer.status !== 200);
        if (answer.status === 200) {
          expect(page.result!.rows.map((row) => formatMoney(row.share))).toEqual((answer.body as { allocations: { amount: string }[] }).allocations.map((a) => a.amount));
        } else {
          const paths = apiFields(answer);
          expect(page.poolIssue !== null).toBe(paths.includes("pool"));
          // Line n of the text is participants.(n − 1).
          const lines = new Set(page.lineIssues.map((issue) => (issue.line === 0 ? "participants" : `participants.${issue.line - 1}.${issue.field}`)));
          expect(lines).toEqual(new Set(paths.filter((path) => path !== "pool")));
        }
      }),
      { numRuns: 500 },
    );
  });
});
