/**
 * One answer everywhere: the same person, asked about on every surface, gets the same dates, flags
 * and money figures, and the same bad input is refused everywhere, naming the same field.
 *
 * - Employees (Feb 29 births and hires, HCEs, both employers, broken rows, part-timers, rehires with
 *   several employment spells) through the API's eligibility handler, the roster worker's
 *   evaluation (the CSV files it reads, one row per spell) and the one-employee form's model (the
 *   spells as gaps): the same eligibility, dates, mayDefer and part-time date, the API given the
 *   earliest start.
 * - Participant scenarios through the participant page's model and the API's vesting,
 *   contribution-limit and projection handlers; with hours in each plan year, or with a link's
 *   dated entries, through the page and the API's vesting answer from hours.
 * - Field values through the participant page's reader and the API's projection schema.
 *
 * Nothing here recomputes a rule: each surface is asked, and the answers are held to each other.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isoOf, longDate, yearOf } from "@/lib/dates";
import { contributionLimitEndpoint, eligibilityEndpoint, projectionEndpoint, vestingEndpoint } from "@/lib/api/v1";
import { formatMoney } from "@/lib/money";
import { RosterBuilder, STATUS, type RosterResult } from "@/lib/pages/hr-eligibility/roster-builder";
import { answerForm, type EmployeeForm } from "@/lib/pages/hr-eligibility/single";
import { streamRecords } from "@/lib/pages/hr-eligibility/stream";
import { dateText } from "@/lib/pages/hr-eligibility/view";
import { fromFragment, initialState, type FormState, type TextField } from "@/lib/pages/participant/form";
import { serviceRecord } from "@/lib/pages/participant/record";
import { limitSection, stayOrGoSection, vestedToday, yearsAhead } from "@/lib/pages/participant/scenario";
import { formatHours } from "@/lib/words/format";
import { readInputs } from "@/lib/pages/participant/validate";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { nondiscriminationEndpoint } from "@/lib/api/nondiscrimination";
import { batchEndpoint } from "@/lib/api/batch";
import { ContributionsReader } from "@/lib/pages/hr-testing/census";
import { evaluateContributions, type TestingView } from "@/lib/pages/hr-testing/evaluate";
import * as testingSentences from "@/lib/words/en/nondiscrimination";
import * as testingFile from "@/lib/words/en/testing-file";
import { formatCents } from "@/lib/money";
import { censusArb } from "./census";
import * as rosterWords from "../../lib/words/en/eligibility-roster";
import * as pageWords from "../../lib/words/en/eligibility-page";
import { HOURS_MODE_WORDS as W } from "@/lib/words/en/participant-hours-words";

// Employees ------------------------------------------------------------------------------------

/** A date between two years, with February 29 (and the days around it) far more often than chance. */
function dateArb(fromYear: number, toYear: number): fc.Arbitrary<string> {
  const leapYears = [];
  for (let year = fromYear; year <= toYear; year += 1) if ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) leapYears.push(year);
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ y: fc.integer({ min: fromYear, max: toYear }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => isoOf(y, m, d)) },
    { weight: 1, arbitrary: fc.constantFrom(...leapYears).chain((y) => fc.constantFrom(isoOf(y, 2, 28), isoOf(y, 2, 29), isoOf(y, 3, 1))) },
  );
}

/** The US way of writing a date, which the forms and the CSV files take too. */
const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

type Hce = { kind: "stated"; value: boolean } | { kind: "workOut"; pay: string; owner: boolean };
type Broken = "none" | "birthAfterStart" | "impossibleBirth" | "hoursBeforeStart" | "fiveDecimals" | "negativeHours" | "payThreeDecimals" | "birth1700";

interface Employee {
  employer: "SOS" | "Inteliant";
  birthDate: string;
  employmentStartDate: string;
  hce: Hce;
  hours: { date: string; hours: string }[];
  usDates: boolean;
  broken: Broken;
  /**
   * A rehire's later spells, in order: each gap's last day (null: not given in the census) and the
   * day of the return. The first spell begins on employmentStartDate.
   */
  rehires: { lastDay: string | null; rehired: string }[];
  /** The census lists the spells in this order (a permutation of 0..rehires.length). */
  rowOrder: number[];
}

const hoursText = fc.oneof(
  fc.integer({ min: 0, max: 1200 }).map(String),
  fc.integer({ min: 0, max: 12_000_000 }).map((n) => String(n / 10_000)),
  fc.constantFrom("999.5", "1000", "500", "0.5", "40"),
);

/** Later spells: increasing day offsets from the start, each gap at least a day; and the census order of the rows. */
const rehiresArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ steps: [] as { worked: number; away: number; known: boolean }[], order: [0] as number[] }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.record({ worked: fc.integer({ min: 0, max: 900 }), away: fc.integer({ min: 1, max: 1500 }), known: fc.boolean() }), { minLength: 1, maxLength: 3 })
      .chain((steps) => fc.shuffledSubarray([...Array(steps.length + 1).keys()], { minLength: steps.length + 1 }).map((order) => ({ steps, order }))),
  },
);

/** A part-timer since 2019 to 2024: a few hundred hours a year, around the part-time rule's 500 (plan-rules §2.4). */
const partTimerArb = fc.record({
  startYear: fc.integer({ min: 2019, max: 2024 }),
  startDay: fc.integer({ min: 0, max: 364 }),
  years: fc.array(fc.record({ day: fc.integer({ min: 0, max: 364 }), hours: fc.constantFrom("499.9999", "500", "600", "450", "999.5", "250") }), { minLength: 1, maxLength: 7 }),
});

const employeeArb: fc.Arbitrary<Employee> = fc
  .record({
    partTimer: fc.option(partTimerArb, { freq: 3 }),
    rehires: rehiresArb,
    employer: fc.constantFrom<"SOS" | "Inteliant">("SOS", "SOS", "Inteliant"),
    birthDate: dateArb(1940, 1990),
    startAge: fc.integer({ min: 14 * 365, max: 50 * 365 }),
    feb29Start: fc.boolean(),
    hce: fc.oneof(
      fc.boolean().map((value): Hce => ({ kind: "stated", value })),
      fc.record({ pay: fc.constantFrom("", "85000", "90000.00", "90000.01", "$95,000", "150000", "0"), owner: fc.boolean() }).map(({ pay, owner }): Hce => ({ kind: "workOut", pay, owner })),
    ),
    hours: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 2400 }), hours: hoursText }), { maxLength: 12 }),
    usDates: fc.boolean(),
    broken: fc.oneof(
      { weight: 8, arbitrary: fc.constant<Broken>("none") },
      { weight: 1, arbitrary: fc.constantFrom<Broken>("birthAfterStart", "impossibleBirth", "hoursBeforeStart", "fiveDecimals", "negativeHours", "payThreeDecimals", "birth1700") },
    ),
  })
  .map(({ employer, birthDate, startAge, feb29Start, hce, hours, usDates, broken, partTimer, rehires }): Employee => {
    let start = addDays(birthDate, startAge);
    if (feb29Start) {
      const year = yearOf(start) - (yearOf(start) % 4);
      start = year % 100 === 0 ? isoOf(year - 4, 2, 29) : isoOf(year, 2, 29);
      if (start < birthDate) start = addDays(birthDate, startAge);
    }
    let entries = hours.map((h) => ({ date: addDays(start, h.offset), hours: h.hours }));
    if (partTimer) {
      start = addDays(isoOf(partTimer.startYear, 1, 1), partTimer.startDay);
      if (start < birthDate) start = birthDate;
      entries = partTimer.years.map((y, k) => ({ date: addDays(start, 365 * k + y.day), hours: y.hours }));
    }
    const later: Employee["rehires"] = [];
    let day = start;
    for (const step of rehires.steps) {
      const lastDay = addDays(day, step.worked);
      day = addDays(lastDay, step.away);
      later.push({ lastDay: step.known ? lastDay : null, rehired: day });
    }
    const employee: Employee = { employer, birthDate, employmentStartDate: start, hce, hours: entries, usDates, broken, rehires: later, rowOrder: rehires.order };
    switch (broken) {
      case "birthAfterStart":
        employee.birthDate = addDays(start, 1);
        break;
      case "impossibleBirth":
        employee.birthDate = "1981-02-29";
        break;
      case "birth1700":
        employee.birthDate = "1700-01-01";
        break;
      case "hoursBeforeStart":
        employee.hours = [...entries, { date: addDays(start, -1), hours: "8" }];
        break;
      case "fiveDecimals":
        employee.hours = [...entries, { date: start, hours: "0.00005" }];
        break;
      case "negativeHours":
        employee.hours = [...entries, { date: start, hours: "-8" }];
        break;
      case "payThreeDecimals":
        employee.hce = { kind: "workOut", pay: "3.200", owner: false };
        break;
    }
    return employee;
  });

/** The answer of a surface, in the API's terms, or the field it refused (first segment and leaf: "hours.date"). */
type Answer =
  | { eligible: boolean; eligibilityDate: string | null; entryDate: string | null; excluded: boolean; mayDefer: boolean; longTermPartTimeEligibilityDate: string | null }
  | { refused: string };

function apiAnswer(e: Employee, asOf: string): Answer {
  const body = {
    asOf,
    employer: e.employer,
    birthDate: e.birthDate,
    employmentStartDate: e.employmentStartDate,
    hours: e.hours.map((h) => ({ date: h.date, hours: Number(h.hours) })),
    ...(e.hce.kind === "stated" ? { highlyCompensated: e.hce.value } : { ...(e.hce.pay === "" ? {} : { priorYearCompensation: e.hce.pay }), fivePercentOwner: e.hce.owner }),
  };
  const { status, body: answer } = eligibilityEndpoint(body);
  if (status !== 200) {
    const path = (answer as { issues: { path: string }[] }).issues[0]!.path.split(".");
    return { refused: path.length > 1 ? `${path[0]}.${path[path.length - 1]}` : path[0]! };
  }
  const a = answer as { eligible: boolean; eligibilityDate: string | null; entryDate: string | null; excluded: boolean; mayDefer: boolean; longTermPartTime: { eligibilityDate: string | null } | null };
  return {
    eligible: a.eligible,
    eligibilityDate: a.eligibilityDate,
    entryDate: a.entryDate,
    excluded: a.excluded,
    mayDefer: a.mayDefer,
    longTermPartTimeEligibilityDate: a.longTermPartTime?.eligibilityDate ?? null,
  };
}

function formAnswer(e: Employee, asOf: string): Answer {
  const date = (iso: string) => (e.usDates && iso.length === 10 ? us(iso) : iso);
  const form: EmployeeForm = {
    employer: e.employer,
    birthDate: date(e.birthDate),
    employmentStartDate: date(e.employmentStartDate),
    asOf,
    hce: e.hce.kind === "stated" ? (e.hce.value ? "yes" : "no") : "workOut",
    priorYearCompensation: e.hce.kind === "workOut" ? e.hce.pay : "",
    fivePercentOwner: e.hce.kind === "workOut" && e.hce.owner,
    hoursMode: "rows",
    rows: e.hours.map((h) => ({ date: date(h.date), hours: h.hours })),
    paste: "",
    schedule: { hoursPerWeek: "", from: "", through: "" },
    // The form asks each gap's last day: one not given in the census is the day before the return.
    gaps: e.rehires.map((r) => ({ lastDay: date(r.lastDay ?? addDays(r.rehired, -1)), rehired: date(r.rehired) })),
  };
  const { result, issues } = answerForm(form, SOS_PLAN, pageWords);
  if (!result) {
    const key = Object.keys(issues)[0]!.split(".");
    return { refused: key[0] === "rows" ? `hours.${key[2]}` : key[0]! };
  }
  return {
    eligible: result.eligible,
    eligibilityDate: result.eligibilityDate,
    entryDate: result.entryDate,
    excluded: result.excluded,
    mayDefer: result.mayDefer,
    longTermPartTimeEligibilityDate: result.longTermPartTime?.eligibilityDate ?? null,
  };
}

/** The census rows of an employee: one per spell, in the employee's row order, each with its start and last day. */
function spellRows(e: Employee): { start: string; end: string | null }[] {
  const spells: { start: string; end: string | null }[] = [];
  let start = e.employmentStartDate;
  for (const r of e.rehires) {
    spells.push({ start, end: r.lastDay });
    start = r.rehired;
  }
  spells.push({ start, end: null });
  return e.rowOrder.map((k) => spells[k]!);
}

async function rosterAnswers(employees: Employee[], asOf: string): Promise<Answer[]> {
  const date = (e: Employee, iso: string) => (e.usDates && iso.length === 10 ? us(iso) : iso);
  // A rehire's rows give the highly compensated columns on one row only (the others leave them blank), or on all of them.
  const census = [
    "employeeId,employer,birthDate,employmentStartDate,highlyCompensated,priorYearCompensation,fivePercentOwner,terminationDate",
    ...employees.flatMap((e, i) => {
      const hce = e.hce.kind === "stated" ? `${e.hce.value},,` : `,"${e.hce.pay}",${e.hce.owner}`;
      return spellRows(e).map(
        (spell, k) => `E${i},${e.employer},${date(e, e.birthDate)},${date(e, spell.start)},${k === 0 || i % 2 === 0 ? hce : ",,"},${spell.end === null ? "" : date(e, spell.end)}`,
      );
    }),
  ].join("\n");
  const hours = ["employeeId,date,hours", ...employees.flatMap((e, i) => e.hours.map((h) => `E${i},${date(e, h.date)},${h.hours}`))].join("\n");
  const builder = new RosterBuilder(SOS_PLAN, asOf, rosterWords);
  await streamRecords(new Blob([census]), builder.census);
  await streamRecords(new Blob([hours]), builder.hours, () => {}, builder.hoursLine);
  builder.endHours();
  const result: RosterResult = builder.finish();
  const answers = new Map<string, Answer[]>();
  for (let i = 0; i < result.count; i += 1) {
    const status = result.status[i];
    let answer: Answer;
    if (status === STATUS.error) {
      const reason = result.reasons[i]!;
      const column = /column (\w+)/.exec(reason)?.[1] ?? "";
      answer = { refused: reason.startsWith("Hours line") ? `hours.${column}` : column };
    } else {
      answer = {
        eligible: status === STATUS.eligible,
        eligibilityDate: dateText(result.eligibilityDate[i]!) || null,
        entryDate: dateText(result.entryDate[i]!) || null,
        excluded: status === STATUS.excluded,
        mayDefer: result.mayDefer[i] === 1,
        longTermPartTimeEligibilityDate: dateText(result.partTimeDate[i]!) || null,
      };
    }
    const id = result.ids[i]!;
    answers.set(id, [...(answers.get(id) ?? []), answer]);
  }
  // Every census row is in the results, each row of a rehire with the employee's answer.
  expect(result.count).toBe(employees.reduce((rows, e) => rows + e.rehires.length + 1, 0));
  return employees.map((e, i) => {
    const rows = answers.get(`E${i}`)!;
    expect(rows).toHaveLength(e.rehires.length + 1);
    for (const row of rows) expect(row).toEqual(rows[0]);
    return rows[0]!;
  });
}

describe("an employee gets the same answer from the API, the roster and the one-employee form", () => {
  it("for 600 random employees in 12 rosters (Feb 29 births and hires, HCEs, both employers, broken rows, part-timers, rehires)", async () => {
    let compared = 0;
    let refused = 0;
    let partTime = 0;
    let rehired = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(employeeArb, { minLength: 50, maxLength: 50 }), fc.oneof(dateArb(2002, 2030), dateArb(2024, 2028)), async (employees, asOf) => {
        const roster = await rosterAnswers(employees, asOf);
        employees.forEach((employee, i) => {
          const api = apiAnswer(employee, asOf);
          expect(roster[i], `roster, employee ${i}: ${JSON.stringify(employee)}`).toEqual(api);
          expect(formAnswer(employee, asOf), `form, employee ${i}: ${JSON.stringify(employee)}`).toEqual(api);
          compared += 1;
          if ("refused" in api) refused += 1;
          else if (api.longTermPartTimeEligibilityDate !== null) partTime += 1;
          if (employee.rehires.length > 0 && !("refused" in api)) rehired += 1;
        });
      }),
      { numRuns: 12 },
    );
    expect(compared).toBe(600);
    // The generator breaks about one employee in nine: enough refusals to compare their fields; and
    // enough part-time dates and rehires answered to compare those.
    expect(refused).toBeGreaterThan(20);
    expect(partTime).toBeGreaterThan(30);
    expect(rehired).toBeGreaterThan(60);
  }, 120_000);
});

// Participant scenarios ------------------------------------------------------------------------

interface Scenario {
  asOf: string;
  birthDate: string;
  service: { kind: "years"; years: number } | { kind: "start"; start: string };
  balances: { deferral: string; rollover: string; match: string };
  compensation: string;
  deferralPercent: number;
  matchPercent: number;
  returnPercent: number;
  growthPercent: number;
  years: number;
  planTerminated: boolean;
}

const cents = (max: number) => fc.integer({ min: 0, max }).map((n) => (n / 100).toFixed(2));

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    asOf: dateArb(2002, 2030),
    ageYears: fc.integer({ min: 18, max: 70 }),
    birthDay: fc.integer({ min: 0, max: 365 }),
    service: fc.oneof(
      fc.integer({ min: 0, max: 4000 }).map((hundredths) => ({ kind: "years" as const, years: hundredths / 100 })),
      fc.integer({ min: 0, max: 40 * 365 }).map((days) => ({ kind: "start" as const, days })),
    ),
    balances: fc.record({ deferral: cents(50_000_000), rollover: cents(5_000_000), match: cents(20_000_000) }),
    compensation: cents(40_000_000),
    deferralPercent: fc.integer({ min: 0, max: 200 }).map((n) => n / 10),
    matchPercent: fc.constantFrom(0, 26.2, 50, 100),
    returnPercent: fc.integer({ min: -100, max: 150 }).map((n) => n / 10),
    growthPercent: fc.integer({ min: -20, max: 60 }).map((n) => n / 10),
    years: fc.integer({ min: 1, max: 45 }),
    planTerminated: fc.boolean(),
  })
  .map((s): Scenario => {
    const birthDate = addDays(isoOf(yearOf(s.asOf) - s.ageYears, 1, 1), s.birthDay);
    const service =
      s.service.kind === "years"
        ? { kind: "years" as const, years: s.service.years }
        : { kind: "start" as const, start: addDays(s.asOf, -Math.min(s.service.days, (s.ageYears - 14) * 365)) };
    return { ...s, birthDate, service };
  });

function pageState(s: Scenario): FormState {
  const state = initialState(s.asOf, SOS_PLAN.match.referencePercentOfDeferrals);
  state.serviceBy = s.service.kind;
  state.matchPreset = "custom";
  state.planTerminated = s.planTerminated;
  Object.assign(state.text, {
    asOf: s.asOf,
    birthDate: s.birthDate,
    yearsOfService: s.service.kind === "years" ? String(s.service.years) : "",
    employmentStartDate: s.service.kind === "start" ? s.service.start : "",
    "balances.deferral": s.balances.deferral,
    "balances.rollover": s.balances.rollover,
    "balances.match": s.balances.match,
    compensation: s.compensation,
    deferralPercent: String(s.deferralPercent),
    matchPercentOfDeferral: String(s.matchPercent),
    annualReturnPercent: String(s.returnPercent),
    salaryGrowthPercent: String(s.growthPercent),
    years: String(s.years),
  } satisfies Partial<Record<TextField, string>>);
  return state;
}

function body(answer: { status: number; body: unknown }) {
  expect(answer.status).toBe(200);
  return answer.body as Record<string, unknown>;
}

describe("a participant gets the same figures from the participant page and the API", () => {
  it("for 500 random scenarios: vested today, this year's limit and every figure of every projected year", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { inputs, errors } = readInputs(pageState(s), W);
        expect(errors).toEqual({});
        const service = s.service.kind === "years" ? { yearsOfService: s.service.years } : { employmentStartDate: s.service.start, asOf: s.asOf };

        const today = vestedToday(inputs, SOS_PLAN, W);
        const vesting = body(vestingEndpoint({ ...service, balances: s.balances, planTerminated: s.planTerminated }));
        expect(today.ok).toBe(true);
        if (today.ok) {
          const r = today.value.result;
          expect({
            yearsOfService: r.yearsOfService,
            vestedPercent: r.vestedPercent,
            vested: { deferral: formatMoney(r.vested.deferral), rollover: formatMoney(r.vested.rollover), match: formatMoney(r.vested.match), total: formatMoney(r.vested.total) },
            forfeitable: formatMoney(r.forfeitable),
            nextStep: r.nextStep,
          }).toEqual({ yearsOfService: vesting.yearsOfService, vestedPercent: vesting.vestedPercent, vested: vesting.vested, forfeitable: vesting.forfeitable, nextStep: vesting.nextStep });
        }

        const limit = limitSection(inputs, SOS_PLAN, W);
        const api = body(contributionLimitEndpoint({ planYear: yearOf(s.asOf) + 1, compensation: s.compensation, birthDate: s.birthDate, deferralPercent: s.deferralPercent }));
        expect(limit.ok).toBe(true);
        if (limit.ok) {
          const r = limit.value.result;
          expect({
            maxDeferral: formatMoney(r.maxDeferral),
            planCap: formatMoney(r.planCap),
            bindingLimit: r.bindingLimit,
            allowedDeferral: r.requested && formatMoney(r.requested.allowedDeferral),
            excess: r.requested && formatMoney(r.requested.excess),
          }).toEqual({ maxDeferral: api.maxDeferral, planCap: api.planCap, bindingLimit: api.bindingLimit, allowedDeferral: api.allowedDeferral, excess: api.excess });
        }

        const ahead = yearsAhead(inputs, SOS_PLAN, W);
        const projection = body(
          projectionEndpoint({
            asOf: s.asOf,
            birthDate: s.birthDate,
            ...(s.service.kind === "years" ? { yearsOfService: s.service.years } : { employmentStartDate: s.service.start }),
            balances: s.balances,
            compensation: s.compensation,
            salaryGrowthPercent: s.growthPercent,
            deferralPercent: s.deferralPercent,
            matchPercentOfDeferral: s.matchPercent,
            annualReturnPercent: s.returnPercent,
            years: s.years,
            planTerminated: s.planTerminated,
          }),
        );
        expect(ahead.ok).toBe(true);
        if (ahead.ok) {
          const rows = ahead.value.rows.map((row) => ({
            planYear: row.planYear,
            age: row.age,
            yearsOfService: row.yearsOfService,
            vestedPercent: row.vestedPercent,
            compensation: formatMoney(row.compensation),
            deferral: formatMoney(row.deferral),
            match: formatMoney(row.match),
            earnings: formatMoney(row.earnings),
            balances: { deferral: formatMoney(row.balances.deferral), rollover: formatMoney(row.balances.rollover), match: formatMoney(row.balances.match) },
            total: formatMoney(row.total),
            vested: formatMoney(row.vested),
            forfeitable: formatMoney(row.forfeitable),
          }));
          expect(rows).toEqual(projection.rows);
        }
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});

// Participants with hours ----------------------------------------------------------------------

interface HoursScenario {
  scenario: Scenario;
  start: string;
  /** The page's rows (year → hours text), or a link's dated entries. */
  hours: { kind: "rows"; byYear: Record<string, string> } | { kind: "link"; entries: { date: string; hours: string }[] };
}

const yearHours = fc.oneof(
  fc.constantFrom("", "0", "500", "500.5", "501", "999.9999", "1000", "1,040", "2080"),
  fc.integer({ min: 0, max: 2_600_0000 }).map((n) => String(n / 10_000)),
);

const hoursScenarioArb: fc.Arbitrary<HoursScenario> = fc
  .record({
    scenario: scenarioArb,
    startDays: fc.integer({ min: 0, max: 30 * 365 }),
    kind: fc.constantFrom<"rows" | "link">("rows", "link"),
    rows: fc.array(yearHours, { minLength: 31, maxLength: 31 }),
    entries: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 1_000_000 }), hours: fc.integer({ min: 0, max: 12_000_000 }).map((n) => String(n / 10_000)) }), { minLength: 1, maxLength: 40 }),
    ahead: fc.integer({ min: 0, max: 800 }),
  })
  .map(({ scenario, startDays, kind, rows, entries, ahead }): HoursScenario => {
    const start = addDays(scenario.asOf, -Math.min(startDays, (yearOf(scenario.asOf) - yearOf(scenario.birthDate) - 15) * 365));
    const s = { ...scenario, service: { kind: "start" as const, start } };
    if (kind === "rows") {
      const byYear: Record<string, string> = {};
      for (let year = yearOf(start), i = 0; year <= yearOf(scenario.asOf); year += 1, i += 1) byYear[String(year)] = rows[i % rows.length]!;
      return { scenario: s, start, hours: { kind, byYear } };
    }
    // Dated entries from the start to some days after the as-of date (hours ahead), several a year.
    const span = daysBetween(start, scenario.asOf) + ahead;
    const dated = entries.map((entry) => ({ date: addDays(start, entry.offset % (span + 1)), hours: entry.hours }));
    return { scenario: s, start, hours: { kind, entries: dated } };
  });

/** The form a person would have: the rows typed, or the link with the API's `hours.N.*` names. */
function hoursPageState(h: HoursScenario): FormState {
  const s = h.scenario;
  if (h.hours.kind === "link") {
    const fragment = new URLSearchParams({ asOf: s.asOf, employmentStartDate: h.start });
    h.hours.entries.forEach((entry, index) => {
      fragment.set(`hours.${index}.date`, entry.date);
      fragment.set(`hours.${index}.hours`, entry.hours);
    });
    const state = fromFragment(fragment.toString(), s.asOf, SOS_PLAN.match.referencePercentOfDeferrals, ["SOS", "Inteliant"]);
    const typed = pageState(s);
    return { ...typed, serviceBy: "hours", text: { ...typed.text, employmentStartDate: h.start }, hoursEntries: state.hoursEntries };
  }
  const state = pageState(s);
  return { ...state, serviceBy: "hours", hoursByYear: h.hours.byYear };
}

/**
 * The API's entries for the same hours. A link's entries go as they are; each row as the page
 * says it counts it: a past plan year's total on December 31, this year's so far on the as-of date.
 */
function apiHours(h: HoursScenario): { date: string; hours: number }[] {
  if (h.hours.kind === "link") return h.hours.entries.map((entry) => ({ date: entry.date, hours: Number(entry.hours) }));
  const asOf = h.scenario.asOf;
  return Object.entries(h.hours.byYear)
    .filter(([, text]) => text !== "")
    .map(([year, text]) => ({ date: Number(year) < yearOf(asOf) ? `${year}-12-31` : asOf, hours: Number(text.replace(/,/g, "")) }));
}

describe("a participant giving hours gets the same figures from the page and the API", () => {
  it("for 400 random careers (rows a year, or a link's dated entries): vested today, the record, the steps and every projected year", () => {
    fc.assert(
      fc.property(hoursScenarioArb, (h) => {
        const s = h.scenario;
        const { inputs, errors } = readInputs(hoursPageState(h), W);
        const hours = apiHours(h);
        expect(errors).toEqual({});
        if (hours.length === 0) {
          // Every row left empty: the page asks for hours rather than show 0 years.
          expect(vestedToday(inputs, SOS_PLAN, W).ok).toBe(false);
          return;
        }
        const vesting = body(vestingEndpoint({ employmentStartDate: h.start, asOf: s.asOf, hours, balances: s.balances, planTerminated: s.planTerminated })) as Record<string, unknown> & {
          yearsOfService: number;
          service: {
            periods: { start: string; hours: number; breakInService: boolean; yearOfService: boolean; creditedOn: string | null }[];
            currentPeriod: { start: string; end: string; hours: number; hoursToYearOfService: number };
          } & Record<string, unknown>;
        };
        const today = vestedToday(inputs, SOS_PLAN, W);
        expect(today.ok).toBe(true);
        if (!today.ok) return;
        const r = today.value.result;
        const service = r.service!;
        expect({
          yearsOfService: r.yearsOfService,
          vestedPercent: r.vestedPercent,
          vested: { deferral: formatMoney(r.vested.deferral), rollover: formatMoney(r.vested.rollover), match: formatMoney(r.vested.match), total: formatMoney(r.vested.total) },
          forfeitable: formatMoney(r.forfeitable),
          nextStep: r.nextStep,
          stepsAhead: r.stepsAhead.map((step) => ({ yearsOfService: step.yearsOfService, vestedPercent: step.vestedPercent, reachedOn: step.reachedOn, additionalVested: formatMoney(step.additionalVested) })),
          forfeitsOn: service.forfeitsOn,
          consecutiveBreaks: service.consecutiveBreaks,
          // The API's four fields (open and onPace are the page's words, not the contract's).
          currentPeriod: { start: service.currentPeriod.start, end: service.currentPeriod.end, hours: service.currentPeriod.hours, hoursToYearOfService: service.currentPeriod.hoursToYearOfService },
          periods: service.periods.map(({ start, end, hours, yearOfService, creditedOn, breakInService, disregarded }) => ({ start, end, hours, yearOfService, creditedOn, breakInService, disregarded })),
        }).toEqual({
          yearsOfService: vesting.yearsOfService,
          vestedPercent: vesting.vestedPercent,
          vested: vesting.vested,
          forfeitable: vesting.forfeitable,
          nextStep: vesting.nextStep,
          stepsAhead: vesting.stepsAhead,
          forfeitsOn: vesting.service.forfeitsOn,
          consecutiveBreaks: vesting.service.consecutiveBreaks,
          currentPeriod: vesting.service.currentPeriod,
          periods: vesting.service.periods,
        });

        // The record shows one row per period of the API's answer, with its hours and its kind.
        const record = serviceRecord(inputs, SOS_PLAN, today.value, W)!;
        expect(record.rows).toHaveLength(vesting.service.periods.length);
        record.rows.forEach((row, index) => {
          const period = vesting.service.periods[index]!;
          expect(row.kind === "break", `${row.label} break`).toBe(period.breakInService);
          if (row.kind === "year") expect(period.creditedOn).not.toBeNull();
          if (row.kind !== "current") expect(row.hours).toBe(formatHours(period.hours));
        });
        expect(stayOrGoSection(inputs, SOS_PLAN, today, W).ok).toBe(true);

        // The years ahead: the projection from the years of service the hours give today, and one
        // more when the current period is still open (not ended, not yet credited): the page
        // assumes it becomes a year of service, as "Stay or go" does.
        const ahead = yearsAhead(inputs, SOS_PLAN, W);
        const now = vesting.service.currentPeriod;
        const credited = vesting.service.periods.find((period) => period.start === now.start)!.creditedOn;
        const open = now.end > s.asOf && (credited === null || credited > s.asOf);
        const projection = body(
          projectionEndpoint({
            asOf: s.asOf,
            birthDate: s.birthDate,
            yearsOfService: vesting.yearsOfService + (open ? 1 : 0),
            balances: s.balances,
            compensation: s.compensation,
            salaryGrowthPercent: s.growthPercent,
            deferralPercent: s.deferralPercent,
            matchPercentOfDeferral: s.matchPercent,
            annualReturnPercent: s.returnPercent,
            years: s.years,
            planTerminated: s.planTerminated,
          }),
        ) as { rows: Record<string, unknown>[] };
        expect(ahead.ok).toBe(true);
        if (ahead.ok) {
          expect(
            ahead.value.rows.map((row) => ({
              planYear: row.planYear,
              yearsOfService: row.yearsOfService,
              vestedPercent: row.vestedPercent,
              total: formatMoney(row.total),
              vested: formatMoney(row.vested),
              forfeitable: formatMoney(row.forfeitable),
            })),
          ).toEqual(projection.rows.map(({ planYear, yearsOfService, vestedPercent, total, vested, forfeitable }) => ({ planYear, yearsOfService, vestedPercent, total, vested, forfeitable })));
        }
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});

// Field values ---------------------------------------------------------------------------------

const FIELDS = [
  "asOf",
  "birthDate",
  "employmentStartDate",
  "balances.deferral",
  "balances.rollover",
  "balances.match",
  "compensation",
  "deferralPercent",
  "matchPercentOfDeferral",
  "annualReturnPercent",
  "salaryGrowthPercent",
  "years",
] as const satisfies readonly TextField[];

const fieldText = fc.oneof(
  fc.constantFrom("2002-12-31", "2003-02-29", "1700-01-01", "1799-12-31", "2200-12-31", "2201-01-01", "2000-02-29", "2000-13-01", "2001-01-01", "2000-12-31"),
  fc.constantFrom("0", "15", "26.2", "100", "100.5", "-1", "-50", "-51", "60", "61", "0.5", "1000", "1001", "abc", "1,5", "1,234.50", "3.200", "$80,000", "12.34"),
  fc.integer({ min: -200, max: 2000 }).map((n) => String(n / 10)),
);

describe("the participant page refuses exactly what the API refuses, naming the same field", () => {
  it("for random values of the projection's fields", () => {
    const base: Record<(typeof FIELDS)[number], string> = {
      asOf: "2002-12-31",
      birthDate: "1970-07-04",
      employmentStartDate: "2000-03-06",
      "balances.deferral": "10000",
      "balances.rollover": "0",
      "balances.match": "4000.01",
      compensation: "40000",
      deferralPercent: "10",
      matchPercentOfDeferral: "26.2",
      annualReturnPercent: "6",
      salaryGrowthPercent: "3",
      years: "10",
    };
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELDS), fieldText, { maxKeys: 3 }), (changes) => {
        const values = { ...base, ...changes };
        const state = initialState(values.asOf, SOS_PLAN.match.referencePercentOfDeferrals);
        state.serviceBy = "start";
        state.matchPreset = "custom";
        Object.assign(state.text, values);
        const page = Object.keys(readInputs(state, W).errors).filter((field) => FIELDS.includes(field as (typeof FIELDS)[number]));

        const number = (text: string) => (/^-?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : text);
        const answer = projectionEndpoint({
          asOf: values.asOf,
          birthDate: values.birthDate,
          employmentStartDate: values.employmentStartDate,
          balances: { deferral: values["balances.deferral"], rollover: values["balances.rollover"], match: values["balances.match"] },
          compensation: values.compensation,
          deferralPercent: number(values.deferralPercent),
          matchPercentOfDeferral: number(values.matchPercentOfDeferral),
          annualReturnPercent: number(values.annualReturnPercent),
          salaryGrowthPercent: number(values.salaryGrowthPercent),
          years: number(values.years),
        });
        const api = answer.status === 200 ? [] : [...new Set((answer.body as { issues: { path: string }[] }).issues.map((issue) => issue.path))];
        expect(new Set(page), JSON.stringify(values)).toEqual(new Set(api));
      }),
      { numRuns: 3000 },
    );
  }, 120_000);
});

// Nondiscrimination ----------------------------------------------------------------------------

describe("nondiscrimination: a census through the API, the batch and the /hr/testing worker gives one answer", () => {
  const dollars = (cents: number) => formatCents(BigInt(cents));
  /** The page's money ("$2,000.00") as the API writes it ("2000.00"). */
  const plain = (usd: string | null) => (usd === null ? null : usd.replace(/[$,]/g, ""));
  const pageLines = (view: TestingView) =>
    view.lines.map((line) => ({
      line: line.line,
      counted: { hce: line.hce, nhce: line.nhce },
      ...Object.fromEntries(
        (["adp", "acp"] as const).map((test) => [
          test,
          {
            hce: line[test].hce, nhce: line[test].nhce, limit: line[test].limit, passed: line[test].passed, excess: plain(line[test].excess),
            refunds: line[test].refunds.map((r) => (test === "adp" ? { id: r.id, amount: plain(r.amount), forfeitedMatch: plain(r.forfeitedMatch) } : { id: r.id, amount: plain(r.amount) })),
          },
        ]),
      ),
    }));

  it("the same rates, limits, verdicts, refunds and who is not counted", async () => {
    await fc.assert(
      fc.asyncProperty(censusArb(25), fc.integer({ min: 2002, max: 2026 }), async (rows, planYear) => {
        const employees = rows.map((row, i) => ({
          id: `E-${i + 1}`, employer: row.employer, highlyCompensated: row.highlyCompensated,
          compensation: dollars(row.compensationCents), deferrals: dollars(row.deferralsCents), match: dollars(row.matchCents),
        }));
        const body = { planYear, employees };
        const api = nondiscriminationEndpoint(structuredClone(body));
        expect(api.status).toBe(200);
        const batch = batchEndpoint({ requests: [{ endpoint: "nondiscrimination", body }] }).body as { responses: { status: number; body: unknown }[] };
        expect(batch.responses[0]).toEqual({ id: null, ...api });
        // The page's worker: the same census as a CSV file, streamed and read as the worker reads it.
        const csv = ["id,employer,highlyCompensated,compensation,deferrals,match", ...employees.map((e) => [e.id, e.employer, e.highlyCompensated, e.compensation, e.deferrals, e.match].join(","))].join("\r\n");
        const reader = new ContributionsReader(testingFile);
        await streamRecords(new Blob([csv]), reader.record);
        const view = evaluateContributions(reader.finish(), { planYear, method: "current-year" }, SOS_PLAN, { sentences: testingSentences, file: testingFile, longDate });
        const answer = api.body as { lines: Record<string, unknown>[]; notCounted: { id: string; reason: string }[] };
        expect(pageLines(view)).toEqual(answer.lines.map(({ explanation: _explanation, ...line }) => line));
        expect(view.notCounted.map((entry) => ({ id: entry.id, reason: entry.reason }))).toEqual(answer.notCounted);
        expect(view.problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
