/**
 * The ADP and ACP nondiscrimination tests of a plan year and their correction (plan-rules §9;
 * IRC 401(k)(3), 401(m)(2); Treas. Reg. 1.401(k)-2, 1.401(m)-2).
 *
 * "The Plan treats employees of Inteliant as a separate line of business for purposes of
 * operational testing." (11-K Note 1.A) Each line's highly compensated employees' average
 * deferral rate (ADP) and match rate (ACP) are held to a limit set by everyone else's; a line that
 * fails refunds the excess, leveled first by rate (how much) and then by dollars (who gets it).
 *
 * The rule states facts: rates in whole rate units (hundredths of a percentage point), money in
 * whole cents, the limit as an exact fraction. Words are in lib/words/en/nondiscrimination.ts.
 * The per-employee loop is plain integer arithmetic (./nondiscrimination-core); the pages, the
 * API and the batch all call this one function.
 */
import { isoOf, type IsoDate } from "../dates";
import { RuleInputError } from "../errors";
import { Dec, divHalfUp, type Money } from "../money";
import type { PlanDefinition } from "../plan/definition";
import { FIRST_LIMITS_YEAR, LAST_LIMITS_YEAR, limitsFor, limitsInCents, UnsupportedYearError } from "../plan/limits";
import { highlyCompensatedStatus } from "./hce";
import { levelDollars, levelRates, limitFor, meanRate, rateOf, rateUnitsPerOne, withinLimit, type ExactLimit, type Level, type LimitBranch } from "./nondiscrimination-core";

export type TestingMethod = "current-year" | "prior-year";
export type NotCountedReason = "excluded-hce" | "long-term-part-time";

/** One employee eligible to defer at any time in the plan year. Money in whole cents. */
export interface CensusEmployee {
  id: string;
  employer: string;
  highlyCompensated?: boolean | undefined;
  fivePercentOwner?: boolean | undefined;
  priorYearCompensation?: Money | undefined;
  compensationCents: number;
  deferralsCents: number;
  matchCents: number;
  longTermPartTime?: boolean | undefined;
}

/** The prior plan year's NHCE figures of a line, in percent (3.1 is 3.10%). */
export interface PriorYearFigures {
  nhceAdp: number;
  nhceAcp: number;
}

export interface NondiscriminationInput {
  planYear: number;
  /** The plan's `testingMethod` when absent. */
  method?: TestingMethod | undefined;
  /** Under prior-year: each tested line's prior NHCE figures, by line name. */
  priorYear?: Readonly<Record<string, PriorYearFigures>> | undefined;
  employees: readonly CensusEmployee[];
}

export interface Refund {
  /** The employee's position in the census. */
  index: number;
  id: string;
  amountCents: bigint;
  /** ADP refunds only: the match forfeited with the refund. */
  forfeitedMatchCents?: bigint;
}

/** One test (ADP or ACP) of one line. Rates in rate units (hundredths of a percentage point). */
export interface TestFacts {
  /** The HCEs' figure; null when the line counts no HCE. */
  hce: number | null;
  /** The NHCE figure the limit came from (the prior year's under prior-year). */
  nhce: number;
  limit: ExactLimit;
  passed: boolean;
  /** Failed, yet the HCEs' rates average within the limit before their mean is rounded: nothing to level. */
  failedOnRounding: boolean;
  /** Step 1's level as a percentage, to 10 decimals; null when nothing was leveled. */
  level: Money | null;
  /** The same level exactly: numerator ÷ denominator rate units. */
  levelExact: Level | null;
  excessCents: bigint;
  refunds: Refund[];
}

export interface LineFacts {
  line: string;
  /** The employer ids tested in this line. */
  employers: string[];
  counted: { hce: number; nhce: number };
  /** Deferrals and match of the line's counted HCEs, in cents (the refunds come out of these). */
  hceDeferralsCents: bigint;
  adp: TestFacts;
  acp: TestFacts;
}

/** One census row's outcome, in census order (the page's export). */
export interface EmployeeOutcome {
  line: string;
  counted: boolean;
  reason: NotCountedReason | null;
  highlyCompensated: boolean;
  /** Rates in rate units; null when not counted. The contribution rate is on the match left after any forfeiture. */
  deferralRate: number | null;
  contributionRate: number | null;
  adpRefundCents: number;
  forfeitedMatchCents: number;
  acpExcessCents: number;
}

export interface NondiscriminationResult {
  planYear: number;
  method: TestingMethod;
  /** Decimals of a percentage point the rates carry (2: hundredths). */
  rateDecimals: number;
  /** The plan year's IRC 401(a)(17) limit, in cents. */
  compensationLimitCents: number;
  lines: LineFacts[];
  employees: EmployeeOutcome[];
  notCounted: { index: number; id: string; reason: NotCountedReason }[];
  deadlines: { withoutExciseTax: IsoDate; final: IsoDate };
  citation: string;
}

/** The testing lines of a plan, in order, each with its employers (plan option `testingLines`). */
export function testingLines(plan: PlanDefinition): { line: string; employers: string[] }[] {
  const ids = plan.employers.map((employer) => employer.id);
  return plan.options.testingLines === "combined" ? [{ line: plan.nondiscrimination.combinedLineName, employers: ids }] : ids.map((id) => ({ line: id, employers: [id] }));
}

/** The first plan year in which a long-term part-time employee exists (plan-rules §2.4: runs count from 2024). */
export function firstPartTimePlanYear(plan: PlanDefinition): number {
  return Number(plan.longTermPartTime.runs[0]!.from.slice(0, 4));
}

/** A rate in rate units as the API writes it: 583 → "5.83". */
export function formatRate(units: number, rateDecimals: number): string {
  const text = String(units).padStart(rateDecimals + 1, "0");
  return rateDecimals === 0 ? text : `${text.slice(0, -rateDecimals)}.${text.slice(-rateDecimals)}`;
}

/** The limit as a percentage, exactly, with at least the rate's decimals: "5.00", "10.4125". */
export function formatLimit(limit: ExactLimit, rateDecimals: number): string {
  const decimals = limit.scale + rateDecimals;
  let text = limit.units.toString().padStart(decimals + 1, "0");
  text = `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
  while (text.length - text.indexOf(".") - 1 > rateDecimals && text.endsWith("0")) text = text.slice(0, -1);
  return text;
}

/** A figure in percent (3.1) as rate units (310); at most the rate's decimals. */
function percentToUnits(percent: number, rateDecimals: number, path: string): number {
  const [whole = "0", fraction = ""] = String(percent).split(".");
  if (!/^\d+$/.test(whole) || fraction.length > rateDecimals || percent < 0 || percent > 100) {
    throw new RuleInputError(path, { code: "notARate", decimals: rateDecimals });
  }
  return Number(whole + fraction.padEnd(rateDecimals, "0"));
}

interface Member {
  index: number;
  hce: boolean;
}

/** The ADP and ACP tests of a plan year, with their corrections. Throws RuleInputError naming the field. */
export function testNondiscrimination(input: NondiscriminationInput, plan: PlanDefinition): NondiscriminationResult {
  const { planYear } = input;
  const tests = plan.nondiscrimination;
  if (!Number.isInteger(planYear) || planYear < FIRST_LIMITS_YEAR || planYear > LAST_LIMITS_YEAR) {
    throw new UnsupportedYearError({ code: "outsideLimits", year: planYear, first: FIRST_LIMITS_YEAR, last: LAST_LIMITS_YEAR });
  }
  const method = input.method ?? plan.options.testingMethod;
  const decimals = tests.rateDecimals;
  const perOne = rateUnitsPerOne(decimals);
  const capCents = Number(limitsInCents(limitsFor(planYear).limits).compensation);
  const lines = testingLines(plan);
  const lineOf = new Map(lines.flatMap(({ line, employers }) => employers.map((id) => [id, line] as const)));
  const excludes = new Set(plan.employers.filter((employer) => employer.excludesHighlyCompensated).map((employer) => employer.id));
  const partTimeFrom = firstPartTimePlanYear(plan);

  const employees = input.employees;
  const count = employees.length;
  const counted = new Map<string, Member[]>(lines.map(({ line }) => [line, []]));
  const outcomes: EmployeeOutcome[] = new Array(count);
  const notCounted: NondiscriminationResult["notCounted"] = [];
  const compensation: number[] = new Array(count);
  const seen = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const employee = employees[index]!;
    const at = () => `employees.${index}`;
    if (seen.has(employee.id)) throw new RuleInputError(`${at()}.id`, { code: "repeatedId", id: employee.id });
    seen.add(employee.id);
    const line = lineOf.get(employee.employer);
    if (line === undefined) throw new RuleInputError(`${at()}.employer`, { code: "unknownEmployer", employer: employee.employer });
    if ((employee.deferralsCents > 0 || employee.matchCents > 0) && employee.compensationCents === 0) {
      throw new RuleInputError(`${at()}.compensation`, { code: "zeroCompensation" });
    }
    if (employee.longTermPartTime && planYear < partTimeFrom) {
      throw new RuleInputError(`${at()}.longTermPartTime`, { code: "partTimeTooEarly", planYear, firstPlanYear: partTimeFrom });
    }
    const hce =
      employee.highlyCompensated ?? highlyCompensatedStatus(employee, planYear, `${at()}.priorYearCompensation`).highlyCompensated;
    const reason: NotCountedReason | null =
      hce && excludes.has(employee.employer) ? "excluded-hce" : employee.longTermPartTime && !plan.options.testLongTermPartTime ? "long-term-part-time" : null;
    compensation[index] = employee.compensationCents < capCents ? employee.compensationCents : capCents;
    const isCounted = reason === null;
    outcomes[index] = {
      line,
      counted: isCounted,
      reason,
      highlyCompensated: hce,
      deferralRate: isCounted ? rateOf(employee.deferralsCents, compensation[index]!, perOne) : null,
      contributionRate: null,
      adpRefundCents: 0,
      forfeitedMatchCents: 0,
      acpExcessCents: 0,
    };
    if (isCounted) counted.get(line)!.push({ index, hce });
    else notCounted.push({ index, id: employee.id, reason });
  }

  const results: LineFacts[] = [];
  for (const { line, employers } of lines) {
    const members = counted.get(line)!;
    if (members.length === 0) continue;
    const prior = method === "prior-year" ? priorFigures(input.priorYear, line, decimals) : null;
    results.push(testLine({ line, employers, members, prior, employees, compensation, outcomes, plan, perOne }));
  }

  const next = planYear + 1;
  return {
    planYear,
    method,
    rateDecimals: decimals,
    compensationLimitCents: capCents,
    lines: results,
    employees: outcomes,
    notCounted,
    deadlines: {
      withoutExciseTax: isoOf(next, tests.deadlines.withoutExciseTax.month, tests.deadlines.withoutExciseTax.day),
      final: isoOf(next, tests.deadlines.final.month, tests.deadlines.final.day),
    },
    citation: tests.citation,
  };
}

function priorFigures(priorYear: NondiscriminationInput["priorYear"], line: string, decimals: number): { adp: number; acp: number } {
  const figures = priorYear?.[line];
  if (!figures) throw new RuleInputError(`priorYear.${line}`, { code: "priorYearRequired", line });
  return { adp: percentToUnits(figures.nhceAdp, decimals, `priorYear.${line}.nhceAdp`), acp: percentToUnits(figures.nhceAcp, decimals, `priorYear.${line}.nhceAcp`) };
}

interface LineWork {
  line: string;
  employers: string[];
  members: Member[];
  prior: { adp: number; acp: number } | null;
  employees: readonly CensusEmployee[];
  compensation: number[];
  outcomes: EmployeeOutcome[];
  plan: PlanDefinition;
  perOne: number;
}

/** The sum of whole rates, exactly: in a number while it stays within 2^53, else in bigint. */
function sumRates(rates: readonly number[]): bigint {
  let total = 0;
  for (const rate of rates) total += rate;
  if (Number.isSafeInteger(total)) return BigInt(total);
  let exact = 0n;
  for (const rate of rates) exact += BigInt(rate);
  return exact;
}

/** One line: the ADP test and its correction, the match forfeited with the refunds, then the ACP test on the match left. */
function testLine(work: LineWork): LineFacts {
  const { members, employees, compensation, outcomes, plan, perOne } = work;
  const tests = plan.nondiscrimination;
  const hces = members.filter((member) => member.hce);
  const nhces = members.filter((member) => !member.hce);
  const sum = (group: Member[], rate: (index: number) => number) => sumRates(group.map((member) => rate(member.index)));

  const deferralRate = (index: number) => outcomes[index]!.deferralRate!;
  const nhceAdp = work.prior ? work.prior.adp : meanRate(sum(nhces, deferralRate), nhces.length);
  const deferrals = hces.map((member) => employees[member.index]!.deferralsCents);
  const adp = runTest(hces, deferralRate, deferrals, nhceAdp, work, tests.rateDecimals);

  // Step 3: the match on a refund is forfeited with it (plan option forfeitMatchOnRefund).
  const matchLeft = new Map<number, number>();
  for (const refund of adp.refunds) {
    const employee = employees[refund.index]!;
    const forfeited = plan.options.forfeitMatchOnRefund ? divHalfUp(BigInt(employee.matchCents) * refund.amountCents, BigInt(employee.deferralsCents)) : 0n;
    refund.forfeitedMatchCents = forfeited;
    outcomes[refund.index]!.adpRefundCents = Number(refund.amountCents);
    outcomes[refund.index]!.forfeitedMatchCents = Number(forfeited);
    matchLeft.set(refund.index, employee.matchCents - Number(forfeited));
  }
  const match = (index: number) => matchLeft.get(index) ?? employees[index]!.matchCents;
  for (const member of members) outcomes[member.index]!.contributionRate = rateOf(match(member.index), compensation[member.index]!, perOne);

  // Step 4: the ACP test on the match left, corrected the same way on matching contributions.
  const contributionRate = (index: number) => outcomes[index]!.contributionRate!;
  const nhceAcp = work.prior ? work.prior.acp : meanRate(sum(nhces, contributionRate), nhces.length);
  const acp = runTest(hces, contributionRate, hces.map((member) => match(member.index)), nhceAcp, work, tests.rateDecimals);
  for (const refund of acp.refunds) outcomes[refund.index]!.acpExcessCents = Number(refund.amountCents);

  return {
    line: work.line,
    employers: work.employers,
    counted: { hce: hces.length, nhce: nhces.length },
    hceDeferralsCents: deferrals.reduce((total, cents) => total + BigInt(cents), 0n),
    adp,
    acp,
  };
}

/** One test: the HCEs' figure against the limit, and when it fails the two levelings (steps 1 and 2). */
function runTest(hces: Member[], rate: (index: number) => number, amounts: number[], nhce: number, work: LineWork, decimals: number): TestFacts {
  const limit = limitFor(nhce, work.plan.nondiscrimination.limit, decimals);
  if (hces.length === 0) return { hce: null, nhce, limit, passed: true, failedOnRounding: false, level: null, levelExact: null, excessCents: 0n, refunds: [] };
  const rates = hces.map((member) => rate(member.index));
  const hce = meanRate(sumRates(rates), rates.length);
  if (withinLimit(hce, limit)) return { hce, nhce, limit, passed: true, failedOnRounding: false, level: null, levelExact: null, excessCents: 0n, refunds: [] };
  const compensations = hces.map((member) => work.compensation[member.index]!);
  const leveling = levelRates(rates, compensations, amounts, limit, work.perOne);
  const refundCents = levelDollars(amounts, leveling.excessCents);
  const refunds: Refund[] = [];
  refundCents.forEach((amountCents, position) => {
    if (amountCents > 0n) {
      const index = hces[position]!.index;
      refunds.push({ index, id: work.employees[index]!.id, amountCents });
    }
  });
  const level = leveling.level
    ? new Dec(leveling.level.numerator.toString()).dividedBy(new Dec(leveling.level.denominator.toString()).times(10 ** decimals)).toDecimalPlaces(10)
    : null;
  return { hce, nhce, limit, passed: false, failedOnRounding: leveling.level === null, level, levelExact: leveling.level, excessCents: leveling.excessCents, refunds };
}

export type { ExactLimit, LimitBranch };
