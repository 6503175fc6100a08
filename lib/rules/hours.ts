/**
 * Hours of service as dated entries (plan-rules §2.1): "an entry counts in every computation
 * period that contains its date". Hours are summed as whole ten-thousandths of an hour, so
 * 999.5 + 0.5 is exactly 1,000 and no float drift can move a total across the threshold.
 */
import type { IsoDate } from "../dates";

export interface HoursEntry {
  date: IsoDate;
  hours: number;
}

/** Ten-thousandths of an hour per hour. */
const UNITS = 10_000;

export function toHourUnits(hours: number): number {
  return Math.round(hours * UNITS);
}

export function fromHourUnits(units: number): number {
  return units / UNITS;
}

/** Units in a hundredth of an hour. */
const UNITS_PER_HUNDREDTH = UNITS / 100;

/**
 * days/ofDays of an amount of hours, to the hundredth of an hour, rounded half-up, worked in whole
 * units (a short last week of a weekly schedule: 3 days of 30 hours a week = 12.86 hours).
 */
export function proRataHours(hours: number, days: number, ofDays: number): number {
  const divisor = ofDays * UNITS_PER_HUNDREDTH;
  const hundredths = Math.floor((toHourUnits(hours) * days * 2 + divisor) / (divisor * 2));
  return fromHourUnits(hundredths * UNITS_PER_HUNDREDTH);
}

/** Entries sorted by date with running totals, to sum any date range in O(log n). */
export class HoursLedger {
  private readonly dates: IsoDate[];
  /** cumulative[i] = units of the first i entries. */
  private readonly cumulative: number[];

  constructor(entries: readonly HoursEntry[]) {
    const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    this.dates = sorted.map((entry) => entry.date);
    this.cumulative = [0];
    let running = 0;
    for (const entry of sorted) {
      running += toHourUnits(entry.hours);
      this.cumulative.push(running);
    }
  }

  get latestDate(): IsoDate | null {
    return this.dates[this.dates.length - 1] ?? null;
  }

  /** Index of the first entry dated on or after `date`. */
  private lowerBound(date: IsoDate): number {
    let low = 0;
    let high = this.dates.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.dates[middle]! < date) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Index just past the last entry dated on or before `date`. */
  private upperBound(date: IsoDate): number {
    let low = 0;
    let high = this.dates.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.dates[middle]! <= date) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Units credited from `start` through `end`, both inclusive. */
  unitsBetween(start: IsoDate, end: IsoDate): number {
    return this.cumulative[this.upperBound(end)]! - this.cumulative[this.lowerBound(start)]!;
  }

  /** The date of the entry that brings the period's total to `units` or more, or null. */
  dateReaching(start: IsoDate, end: IsoDate, units: number): IsoDate | null {
    const from = this.lowerBound(start);
    const to = this.upperBound(end);
    const base = this.cumulative[from]!;
    if (this.cumulative[to]! - base < units) return null;
    let low = from;
    let high = to - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle + 1]! - base >= units) high = middle;
      else low = middle + 1;
    }
    return this.dates[low]!;
  }
}
