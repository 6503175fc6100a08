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

/**
 * One run per year, or per run of consecutive years that cite the same limits with no notice of
 * their own. A year's sources share its notice and statute (lib/plan/limits.ts gives them by year),
 * so the first one's stand for the year.
 */
export function sourceRuns(years: readonly { year: number; sources: readonly LimitSource[] }[]): SourceRun[] {
  const runs: SourceRun[] = [];
  for (const { year, sources } of years) {
    const kinds = [...new Set(sources.map((source) => source.kind))];
    const { notice = null, amendedIn = null } = sources[0] ?? {};
    const previous = runs[runs.length - 1];
    const joins =
      previous !== undefined &&
      previous.last === year - 1 &&
      previous.notice === null &&
      notice === null &&
      previous.amendedIn === amendedIn &&
      previous.kinds.join() === kinds.join();
    if (joins) previous.last = year;
    else runs.push({ first: year, last: year, kinds, notice, amendedIn });
  }
  return runs;
}
