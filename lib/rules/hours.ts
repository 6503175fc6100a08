/**
 * Hours of service as dated entries (plan-rules §2.1): "an entry counts in every computation
 * period that contains its date". Hours are summed as whole ten-thousandths of an hour, so
 * 999.5 + 0.5 is exactly 1,000 and no float drift can move a total across the threshold.
 */
import { packDate, unpackDate, type IsoDate, type PackedDate } from "../dates";
import { fromHourUnits, HOUR_UNITS_PER_HOUR, toHourUnits } from "../hour-units";

/** The hour units (lib/hour-units.ts), re-exported for the rules and the pages that count with a ledger. */
export { fromHourUnits, toHourUnits };

export interface HoursEntry {
  date: IsoDate;
  hours: number;
}

/** Ten-thousandths of an hour per hour. */
const UNITS = HOUR_UNITS_PER_HOUR;

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
 * `hours` entries, the roster builds all of its employees' ledgers at once (`HoursLedger.group`),
 * each a window on arrays they share.
 */
export class HoursLedger {
  /** Packed dates, in order from `from` to `to` (exclusive); the arrays may hold other ledgers' entries around them. */
  private readonly dates: ArrayLike<PackedDate>;
  /** cumulative[i + 1] − cumulative[from] = units of the entries from `from` through i. */
  private readonly cumulative: ArrayLike<number>;
  private readonly from: number;
  private readonly to: number;

  /**
   * One person's ledger from their entries. Plain arrays here (a request's dozen entries): small
   * typed arrays cost more to allocate than they save; `group` shares typed arrays instead.
   */
  constructor(entries: readonly HoursEntry[]) {
    const count = entries.length;
    const dates = new Array<PackedDate>(count);
    const cumulative = new Array<number>(count + 1);
    cumulative[0] = 0;
    let running = 0;
    let sorted = true;
    for (let i = 0; i < count; i += 1) {
      const entry = entries[i]!;
      const date = packDate(entry.date);
      if (i > 0 && date < dates[i - 1]!) sorted = false;
      dates[i] = date;
      running += toHourUnits(entry.hours);
      cumulative[i + 1] = running;
    }
    if (!sorted) {
      // Stable by date: entries of one date keep their order.
      const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => dates[a]! - dates[b]! || a - b);
      const sortedDates = order.map((i) => dates[i]!);
      running = 0;
      for (let k = 0; k < count; k += 1) {
        running += toHourUnits(entries[order[k]!]!.hours);
        cumulative[k + 1] = running;
      }
      this.dates = sortedDates;
    } else {
      this.dates = dates;
    }
    this.cumulative = cumulative;
    this.from = 0;
    this.to = count;
  }

  /**
   * The ledgers of many people at once (a roster): person p's entries are `dates[starts[p]]` to
   * `dates[starts[p + 1] - 1]`, with their units (ten-thousandths) beside them. Each person's
   * entries are put in date order where they are not already (in place: `dates` and `units` are the
   * caller's no longer), and one running total serves every person, so a person's ledger is a window
   * on the shared arrays, not a copy.
   */
  static group(dates: Int32Array, units: Int32Array | Float64Array, starts: Int32Array): (person: number) => HoursLedger {
    const cumulative = HoursLedger.sortAndTotal(dates, units, starts);
    return (person) => {
      const ledger = Object.create(HoursLedger.prototype) as { dates: ArrayLike<number>; cumulative: ArrayLike<number>; from: number; to: number };
      ledger.dates = dates;
      ledger.cumulative = cumulative;
      ledger.from = starts[person]!;
      ledger.to = starts[person + 1]!;
      return ledger as unknown as HoursLedger;
    };
  }

  /**
   * Sorts each group's entries by date (stable: entries of one date keep their order), in place,
   * and returns the running totals of the units over all of them.
   */
  private static sortAndTotal(dates: Int32Array, units: Int32Array | Float64Array, starts: Int32Array): Float64Array {
    const groups = starts.length - 1;
    for (let g = 0; g < groups; g += 1) {
      const from = starts[g]!;
      const to = starts[g + 1]!;
      let sorted = true;
      for (let i = from + 1; i < to && sorted; i += 1) sorted = dates[i - 1]! <= dates[i]!;
      if (sorted) continue;
      const order: number[] = [];
      for (let i = from; i < to; i += 1) order.push(i);
      order.sort((a, b) => dates[a]! - dates[b]! || a - b);
      const groupDates = order.map((i) => dates[i]!);
      const groupUnits = order.map((i) => units[i]!);
      for (let i = from; i < to; i += 1) {
        dates[i] = groupDates[i - from]!;
        units[i] = groupUnits[i - from]!;
      }
    }
    const count = dates.length;
    const cumulative = new Float64Array(count + 1);
    let running = 0;
    for (let i = 0; i < count; i += 1) {
      running += units[i]!;
      cumulative[i + 1] = running;
    }
    return cumulative;
  }

  /** How many entries the ledger holds. */
  get size(): number {
    return this.to - this.from;
  }

  get earliestDate(): IsoDate | null {
    return this.to === this.from ? null : unpackDate(this.dates[this.from]!);
  }

  get latestDate(): IsoDate | null {
    return this.to === this.from ? null : unpackDate(this.dates[this.to - 1]!);
  }

  /** Index of the first entry dated on or after `date`. */
  private lowerBound(date: PackedDate): number {
    let low = this.from;
    let high = this.to;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.dates[middle]! < date) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Index just past the last entry dated on or before `date`. */
  private upperBound(date: PackedDate): number {
    let low = this.from;
    let high = this.to;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.dates[middle]! <= date) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Units credited from `start` through `end`, both inclusive. */
  unitsBetween(start: IsoDate, end: IsoDate): number {
    if (this.to === this.from) return 0;
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
