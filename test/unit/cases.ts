/**
 * Worked cases that several tests share (the rules' tests, the English words' and the Spanish
 * words'), written once. Each test keeps its own expected figures, worked out by hand beside it.
 */
import { Dec } from "@/lib/money";
import type { ProjectionInput } from "@/lib/rules/projection";
import type { Balances } from "@/lib/rules/vesting";

/** Decimal from text. */
export const d = (text: string) => new Dec(text);

/** A balance that is all match. */
export const matchOnly = (amount: string): Balances => ({ deferral: new Dec(0), rollover: new Dec(0), match: new Dec(amount) });

/** The projection's base case: as of 2002-12-31, 2 years of service, $40,000 pay growing 3%, 10% deferred, the 26.2% match, 6% return, 3 years. */
export const PROJECTION_BASE: ProjectionInput = {
  asOf: "2002-12-31",
  birthDate: "1970-07-04",
  yearsOfService: 2,
  balances: { deferral: d("12000"), rollover: d("0"), match: d("3000") },
  compensation: d("40000"),
  salaryGrowthPercent: 3,
  deferralPercent: 10,
  matchPercentOfDeferral: 26.2,
  annualReturnPercent: 6,
  years: 3,
};

/**
 * The home page's temp worker with a gap, started 2000-03-06: 1,400 / 300 / 0 / 700 / 1,200 hours
 * in 2000–2004 and 620 by June 30, 2005. Years of service: 2000 and 2004 (1,000 or more); 2001 and
 * 2002 are breaks, 2003 neither.
 */
export const GAP_WORKER_HOURS = [
  ["2000-06-30", 1400],
  ["2001-06-30", 300],
  ["2002-06-30", 0],
  ["2003-06-30", 700],
  ["2004-06-30", 1200],
  ["2005-06-30", 620],
].map(([date, hours]) => ({ date: date as string, hours: hours as number }));

/**
 * The first hire (2000-03-06) and rehire (April 2003), as of 2005-06-30: 2000 1,400 hours;
 * 2001 1,800; 2002 none (a break); 2003 1,300; 2004 1,900; 2005 900 by June 30.
 */
export const REHIRE_HOURS = [
  { date: "2000-12-31", hours: 1400 },
  { date: "2001-12-31", hours: 1800 },
  { date: "2003-12-31", hours: 1300 },
  { date: "2004-12-31", hours: 1900 },
  { date: "2005-06-30", hours: 900 },
];
