/**
 * IRS dollar limits by plan year (plan-rules §7), each value with its source.
 *
 * Rules read limits through `limitsFor(year)`, never a literal. A year before the table is refused
 * with a clear error; a year after it carries the last known values forward, and marks it assumed
 * (lib/words/en/limits.ts says so).
 */
import { Dec, pow10, type Money } from "../money";
import type { YearLimitIssue } from "../errors";

export interface LimitValue {
  amount: Money;
  source: LimitSource;
}

/** A limit of a plan year, by its field in YearLimits. */
export type LimitKind = keyof Omit<YearLimits, "year">;

/**
 * Where a value comes from, as facts: the IRS's COLA table (COLA_TABLE), the column of `year`, the
 * limit's IRC section (LIMIT_SECTIONS), the notice that announced the year's figures where we cite
 * one, and for the HCE thresholds before the table the year the statute was amended. Each language
 * writes it (lib/words/<language>/limits.ts' limitSourceText); the titles stay as published.
 */
export interface LimitSource {
  year: number;
  kind: LimitKind;
  notice: string | null;
  /** IRC 414(q)(1)(B) as amended in 1996 (Small Business Job Protection Act of 1996, § 1431), for the thresholds before the table. */
  amendedIn: number | null;
}

export interface YearLimits {
  year: number;
  /** IRC 402(g): elective deferral limit. */
  electiveDeferral: LimitValue;
  /** IRC 414(v): catch-up for ages 50 and over. */
  catchUp50: LimitValue;
  /** IRC 414(v)(2)(E): higher catch-up for ages 60 to 63 (from 2025), or null. */
  catchUp60to63: LimitValue | null;
  /** IRC 415(c): annual additions. */
  annualAdditions: LimitValue;
  /** IRC 401(a)(17): compensation that may be counted. */
  compensation: LimitValue;
  /** IRC 414(q)(1)(B): highly compensated employee threshold. */
  hceThreshold: LimitValue;
}

export interface LimitsLookup {
  limits: YearLimits;
  /** The year asked for. */
  planYear: number;
  /** True when the year is after the table and the last known values were carried forward (said by lib/words/en/limits.ts). */
  assumed: boolean;
}

/** Years whose values cite the same limits the same way, first to last (equal for one year): a line of the plan page's sources (lib/pages/plan-facts/limit-sources.ts). */
export interface SourceRun {
  first: number;
  last: number;
  /** The limits cited, in the table's order. */
  kinds: LimitKind[];
  /** The notice the year cites, if any (a run of several years has none). */
  notice: string | null;
  /** The year the statute was amended, where cited (the HCE thresholds before the table). */
  amendedIn: number | null;
}

/** The IRS's table of the limits by year, by its published title (a citation: the same in every language). */
export const COLA_TABLE = 'IRS, "COLA Increases for Dollar Limitations on Benefits and Contributions"';

/** The IRC section each limit is cited by, in the table's columns. */
export const LIMIT_SECTIONS: Readonly<Record<LimitKind, string>> = {
  electiveDeferral: "402(g)(1)",
  catchUp50: "414(v)(2)(B)(i)",
  catchUp60to63: "414(v)(2)(E)",
  annualAdditions: "415(c)(1)(A)",
  compensation: "401(a)(17)",
  hceThreshold: "414(q)(1)(B)",
};

/** Per-year sources: the COLA table's column for the year, and the year's notice where we cite it. */
const NOTICE: Record<number, string> = {
  2023: "IRS Notice 2022-55",
  2024: "IRS Notice 2023-75",
  2025: "IRS Notice 2024-80",
  2026: "IRS Notice 2025-67",
};

type Row = [years: number[], deferral: number, catchUp50: number, catchUp60to63: number | null, additions: number, compensation: number, hce: number];

/** plan-rules §7, row for row. */
const ROWS: Row[] = [
  [[2002], 11000, 1000, null, 40000, 200000, 90000],
  [[2003], 12000, 2000, null, 40000, 200000, 90000],
  [[2004], 13000, 3000, null, 41000, 205000, 90000],
  [[2005], 14000, 4000, null, 42000, 210000, 95000],
  [[2006], 15000, 5000, null, 44000, 220000, 100000],
  [[2007], 15500, 5000, null, 45000, 225000, 100000],
  [[2008], 15500, 5000, null, 46000, 230000, 105000],
  [[2009, 2010, 2011], 16500, 5500, null, 49000, 245000, 110000],
  [[2012], 17000, 5500, null, 50000, 250000, 115000],
  [[2013], 17500, 5500, null, 51000, 255000, 115000],
  [[2014], 17500, 5500, null, 52000, 260000, 115000],
  [[2015, 2016], 18000, 6000, null, 53000, 265000, 120000],
  [[2017], 18000, 6000, null, 54000, 270000, 120000],
  [[2018], 18500, 6000, null, 55000, 275000, 120000],
  [[2019], 19000, 6000, null, 56000, 280000, 125000],
  [[2020], 19500, 6500, null, 57000, 285000, 130000],
  [[2021], 19500, 6500, null, 58000, 290000, 130000],
  [[2022], 20500, 6500, null, 61000, 305000, 135000],
  [[2023], 22500, 7500, null, 66000, 330000, 150000],
  [[2024], 23000, 7500, null, 69000, 345000, 155000],
  [[2025], 23500, 7500, 11250, 70000, 350000, 160000],
  [[2026], 24500, 8000, 11250, 72000, 360000, 160000],
];

function value(year: number, amount: number, kind: LimitKind): LimitValue {
  return { amount: new Dec(amount), source: { year, kind, notice: NOTICE[year] ?? null, amendedIn: null } };
}

export const LIMITS_TABLE: readonly YearLimits[] = ROWS.flatMap(([years, deferral, c50, c60, additions, compensation, hce]) =>
  years.map((year) => ({
    year,
    electiveDeferral: value(year, deferral, "electiveDeferral"),
    catchUp50: value(year, c50, "catchUp50"),
    catchUp60to63: c60 === null ? null : value(year, c60, "catchUp60to63"),
    annualAdditions: value(year, additions, "annualAdditions"),
    compensation: value(year, compensation, "compensation"),
    hceThreshold: value(year, hce, "hceThreshold"),
  })),
);

export const FIRST_LIMITS_YEAR = LIMITS_TABLE[0]!.year;
export const LAST_LIMITS_YEAR = LIMITS_TABLE[LIMITS_TABLE.length - 1]!.year;

/** IRC 414(q)(1)(B) as amended in 1996 (Small Business Job Protection Act of 1996, § 1431). */
const HCE_STATUTE_AMENDED = 1996;

/**
 * HCE thresholds of look-back years before the limits table (plan-rules §2.3), for the HCE test
 * alone: plan years 1998 to 2002 look back to 1997 to 2001. Every other limit of those years is
 * still refused.
 */
export const HCE_THRESHOLDS_BEFORE_TABLE: readonly { year: number; threshold: LimitValue }[] = (
  [
    [1997, 80000],
    [1998, 80000],
    [1999, 80000],
    [2000, 85000],
    [2001, 85000],
  ] as const
).map(([year, amount]) => ({
  year,
  threshold: { amount: new Dec(amount), source: { year, kind: "hceThreshold", notice: null, amendedIn: HCE_STATUTE_AMENDED } },
}));

/** The first look-back year whose HCE threshold the calculator has (1997: plan year 1998). */
export const FIRST_HCE_LOOK_BACK_YEAR = HCE_THRESHOLDS_BEFORE_TABLE[0]!.year;

const HCE_THRESHOLD_BEFORE_TABLE = new Map(HCE_THRESHOLDS_BEFORE_TABLE.map(({ year, threshold }) => [year, threshold]));

/** Raised when a plan year is outside what the calculator supports: the facts in `issue` (each language writes them in lib/words/<language>/rule-input.ts), the code and year in `message`. */
export class UnsupportedYearError extends RangeError {
  readonly year: number;
  constructor(readonly issue: YearLimitIssue) {
    super(`${issue.code} (${issue.year})`);
    this.name = "UnsupportedYearError";
    this.year = issue.year;
  }
}

const lookups = new Map<number, LimitsLookup>();

/** The limits of a plan year. Refuses years before 2002; carries the last year forward after it. */
export function limitsFor(year: number): LimitsLookup {
  let lookup = lookups.get(year);
  if (!lookup) lookups.set(year, (lookup = lookUp(year)));
  return lookup;
}

function lookUp(year: number): LimitsLookup {
  if (!Number.isInteger(year)) throw new UnsupportedYearError({ code: "notWholeYear", year });
  if (year < FIRST_LIMITS_YEAR) throw new UnsupportedYearError({ code: "beforeLimits", year, first: FIRST_LIMITS_YEAR });
  const last = LIMITS_TABLE[LIMITS_TABLE.length - 1]!;
  if (year > last.year) {
    return { limits: last, planYear: year, assumed: true };
  }
  return { limits: LIMITS_TABLE[year - FIRST_LIMITS_YEAR]!, planYear: year, assumed: false };
}

/**
 * The HCE compensation threshold in force for a look-back year (plan-rules §2.3): from the table,
 * or for 1997 to 2001 the thresholds before it. A look-back year before 1997 is refused
 * (UnsupportedYearError): the pay test has no threshold there.
 */
export function hceThresholdFor(lookBackYear: number): LimitValue & { assumed: boolean } {
  if (Number.isInteger(lookBackYear) && lookBackYear < FIRST_HCE_LOOK_BACK_YEAR) {
    throw new UnsupportedYearError({ code: "beforeHceThreshold", year: lookBackYear, first: FIRST_HCE_LOOK_BACK_YEAR });
  }
  const before = HCE_THRESHOLD_BEFORE_TABLE.get(lookBackYear);
  if (before) return { ...before, assumed: false };
  const lookup = limitsFor(lookBackYear);
  return { ...lookup.limits.hceThreshold, assumed: lookup.assumed };
}

/** A year's limits in whole cents (or units of 10^-scale dollar), for the integer hot loops (memoised). */
export interface YearLimitsInCents {
  electiveDeferral: bigint;
  catchUp50: bigint;
  catchUp60to63: bigint | null;
  annualAdditions: bigint;
  compensation: bigint;
}

const centsCache = new Map<number, YearLimitsInCents>();

export function limitsInCents(limits: YearLimits): YearLimitsInCents {
  let cached = centsCache.get(limits.year);
  if (!cached) {
    const cents = (value: LimitValue) => BigInt(value.amount.times(100).toFixed(0));
    cached = {
      electiveDeferral: cents(limits.electiveDeferral),
      catchUp50: cents(limits.catchUp50),
      catchUp60to63: limits.catchUp60to63 ? cents(limits.catchUp60to63) : null,
      annualAdditions: cents(limits.annualAdditions),
      compensation: cents(limits.compensation),
    };
    centsCache.set(limits.year, cached);
  }
  return cached;
}

const scaledCache = new Map<number, YearLimitsInCents>();
/** Entries kept before the memo starts afresh (a projection at unusual precision cannot grow it without bound). */
const SCALED_CACHE_SIZE = 4096;

/** A year's limits in whole units of 10^-scale dollar (scale 2: cents), memoised. */
export function limitsAtScale(limits: YearLimits, scale: number): YearLimitsInCents {
  if (scale === 2) return limitsInCents(limits);
  const key = scale * 10000 + limits.year;
  let cached = scaledCache.get(key);
  if (!cached) {
    const cents = limitsInCents(limits);
    const unit = pow10(scale - 2);
    cached = {
      electiveDeferral: cents.electiveDeferral * unit,
      catchUp50: cents.catchUp50 * unit,
      catchUp60to63: cents.catchUp60to63 === null ? null : cents.catchUp60to63 * unit,
      annualAdditions: cents.annualAdditions * unit,
      compensation: cents.compensation * unit,
    };
    if (scaledCache.size >= SCALED_CACHE_SIZE) scaledCache.clear();
    scaledCache.set(key, cached);
  }
  return cached;
}
