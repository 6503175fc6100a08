/**
 * The sources of the IRS limits, said once for each run of years that cite them the same way,
 * rather than once for each of the table's 150 values: the page stays short, every source is kept.
 *
 * A year's sources differ only in the column they cite (its limit), so a year is one line with
 * its columns listed: 'IRS, "COLA …", 2004 column (402(g)(1) elective deferrals; 415(c)(1)(A)
 * annual additions)'. Years that cite the same columns, with no notice of their own, are one line
 * for the run: "2009 to 2022: IRS, "COLA …", each year's column (…)". These are facts; each language
 * writes them (lib/words/<language>/plan-facts.ts' limitSourceLine).
 */
import type { LimitSource, SourceRun } from "../../plan/limits";

export type { SourceRun };

/** One run per year, or per run of consecutive years whose sources are the same but for the year. */
export function sourceRuns(years: readonly { year: number; sources: readonly LimitSource[] }[]): SourceRun[] {
  const runs: SourceRun[] = [];
  for (const { year, sources } of years) {
    // A year's sources share its notice; sources with other notes (none today) get a line of their own.
    const groups = new Map<string, SourceRun>();
    for (const source of sources) {
      const key = `${source.notice ?? ""}|${source.amendedIn ?? ""}`;
      const group = groups.get(key) ?? { first: year, last: year, kinds: [], notice: source.notice, amendedIn: source.amendedIn };
      if (!group.kinds.includes(source.kind)) group.kinds.push(source.kind);
      groups.set(key, group);
    }
    for (const run of groups.values()) {
      const previous = runs[runs.length - 1];
      const joins =
        groups.size === 1 &&
        previous !== undefined &&
        previous.last === year - 1 &&
        previous.notice === null &&
        run.notice === null &&
        previous.amendedIn === run.amendedIn &&
        previous.kinds.join() === run.kinds.join();
      if (joins) previous.last = year;
      else runs.push(run);
    }
  }
  return runs;
}
