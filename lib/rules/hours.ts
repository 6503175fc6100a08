/**
 * Hours of service as dated entries (plan-rules §2.1): "an entry counts in every computation
 * period that contains its date". Hours are summed as whole ten-thousandths of an hour, so
 * 999.5 + 0.5 is exactly 1,000 and no float drift can move a total across the threshold.
 */
import { packDate, unpackDate, type IsoDate, type PackedDate } from "../dates";

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

/**
 * A person's hours, sorted by date with running totals, to sum any date range in O(log n).
 *
 * Dates are held packed (yyyymmdd integers, lib/dates) and hours as whole ten-thousandths, in
 * typed arrays: a roster builds 100,000 ledgers from 1,200,000 rows. Every rule that counts hours
 * (eligibility, long-term part-time, vesting service) asks a ledger; the API builds one from its
 * `hours` entries, the roster from its file's rows.
 */
export class HoursLedger {
  /** Packed dates, in order. */
  private readonly dates: Int32Array;
  /** cumulative[i] = units of the first i entries. */
  private readonly cumulative: Float64Array;

  constructor(entries: readonly HoursEntry[]) {
    const count = entries.length;
    const dates = new Int32Array(count);
    const units = new Float64Array(count);
    for (let i = 0; i < count; i += 1) {
      const entry = entries[i]!;
      dates[i] = packDate(entry.date);
      units[i] = toHourUnits(entry.hours);
    }
    [this.dates, this.cumulative] = HoursLedger.sortedTotals(dates, units);
  }

  /**
   * A ledger from packed dates and hour units (ten-thousandths) already in arrays, as a roster
   * holds them; the arrays are not kept.
   */
  static fromPacked(dates: Int32Array, units: Float64Array): HoursLedger {
    const ledger = Object.create(HoursLedger.prototype) as { dates: Int32Array; cumulative: Float64Array };
    [ledger.dates, ledger.cumulative] = HoursLedger.sortedTotals(dates.slice(), units);
    return ledger as unknown as HoursLedger;
  }

  /** Dates in order (sorted only when they are not already) and the running totals of their units. */
  private static sortedTotals(dates: Int32Array, units: Float64Array): [Int32Array, Float64Array] {
    const count = dates.length;
    let sorted = true;
    for (let i = 1; i < count && sorted; i += 1) sorted = dates[i - 1]! <= dates[i]!;
    let order: Int32Array | null = null;
    if (!sorted) {
      order = new Int32Array(count);
      for (let i = 0; i < count; i += 1) order[i] = i;
      order.sort((a, b) => dates[a]! - dates[b]! || a - b);
      const copy = dates.slice();
      for (let i = 0; i < count; i += 1) dates[i] = copy[order[i]!]!;
    }
    const cumulative = new Float64Array(count + 1);
    let running = 0;
    for (let i = 0; i < count; i += 1) {
      running += units[order ? order[i]! : i]!;
      cumulative[i + 1] = running;
    }
    return [dates, cumulative];
  }

  /** How many entries the ledger holds. */
  get size(): number {
    return this.dates.length;
  }

  get earliestDate(): IsoDate | null {
    return this.dates.length === 0 ? null : unpackDate(this.dates[0]!);
  }

  get latestDate(): IsoDate | null {
    return this.dates.length === 0 ? null : unpackDate(this.dates[this.dates.length - 1]!);
  }

  /** Index of the first entry dated on or after `date`. */
  private lowerBound(date: PackedDate): number {
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
  private upperBound(date: PackedDate): number {
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
    return this.cumulative[this.upperBound(packDate(end))]! - this.cumulative[this.lowerBound(packDate(start))]!;
  }

  /** The date of the entry that brings the period's total to `units` or more, or null. */
  dateReaching(start: IsoDate, end: IsoDate, units: number): IsoDate | null {
    const from = this.lowerBound(packDate(start));
    const to = this.upperBound(packDate(end));
    const base = this.cumulative[from]!;
    if (this.cumulative[to]! - base < units) return null;
    let low = from;
    let high = to - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle + 1]! - base >= units) high = middle;
      else low = middle + 1;
    }
    return unpackDate(this.dates[low]!);
  }
}
