/**
 * The sources of the IRS limits, said once for each run of years that cite them the same way,
 * rather than once for each of the table's 150 values: the page stays short, every source is kept.
 *
 * A year's sources usually differ only in the column they cite: 'IRS, "COLA …", 2004 column
 * (402(g)(1) elective deferrals)', '… (415(c)(1)(A) annual additions)'. They are written once with
 * the columns listed in the brackets. Years whose sources read the same but for the year are
 * written once for the run: "2009 to 2022: IRS, "COLA …", each year's column (…)".
 */

export interface SourceLine {
  /** "2026", or "2009 to 2022" for a run of years. */
  years: string;
  text: string;
}

/** The sources of one year in one sentence: the shared words once, the differing columns listed. */
export function sourcesInOneLine(sources: readonly string[]): string {
  const distinct = [...new Set(sources)];
  if (distinct.length <= 1) return distinct[0] ?? "";
  let prefix = distinct.reduce((common, text) => {
    let i = 0;
    while (i < common.length && i < text.length && common[i] === text[i]) i += 1;
    return common.slice(0, i);
  });
  // Cut back to an opening bracket, so no column's first characters are taken for shared words.
  prefix = prefix.slice(0, prefix.lastIndexOf("(") + 1);
  let suffix = distinct.reduce((common, text) => {
    let i = 0;
    while (i < common.length && i < text.length && common[common.length - 1 - i] === text[text.length - 1 - i]) i += 1;
    return common.slice(common.length - i);
  });
  const close = suffix.indexOf(")");
  suffix = close < 0 ? "" : suffix.slice(close);
  if (prefix === "" || suffix === "") return distinct.join("; ");
  const middles = distinct.map((text) => text.slice(prefix.length, text.length - suffix.length));
  return `${prefix}${middles.join("; ")}${suffix}`;
}

/** One line per year, runs of years with the same wording (but for the year) joined. */
export function sourceLines(years: readonly { year: number; sources: readonly string[] }[]): SourceLine[] {
  const lines: { first: number; last: number; template: string; text: string }[] = [];
  for (const { year, sources } of years) {
    const text = sourcesInOneLine(sources);
    const template = text.split(String(year)).join("{year}");
    const previous = lines[lines.length - 1];
    if (previous && previous.template === template && previous.last === year - 1 && template.includes("{year}")) previous.last = year;
    else lines.push({ first: year, last: year, template, text });
  }
  return lines.map((line) =>
    line.first === line.last
      ? { years: String(line.first), text: line.text }
      : { years: `${line.first} to ${line.last}`, text: line.template.replace(/\{year\} column/g, "each year's column").replace(/\{year\}/g, "each year") },
  );
}
