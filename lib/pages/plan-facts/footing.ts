/**
 * Does the 2002 report foot? (plan-rules §8)
 *
 * Each rule says "these printed figures add up to that printed total" (or "these two printed
 * figures agree"). `checkFooting` adds them in exact decimals and, for a rule that does not foot,
 * looks for the line that would make it foot: a figure printed differently elsewhere in the report
 * (the schedule of assets) or a figure whose digits look transposed. The page flags what these
 * checks find; nothing here names the two known discrepancies in advance. "Foots" is the
 * accountant's word; the page says "adds up".
 */
import { Dec, formatDollars, type Money } from "../../money";
import { CHANGES_2002, FUNDS, NET_ASSETS, NOTE_3, PAGES, type ReportYear, type StatementLine } from "./statements-2002";

/** A printed figure: where it is, and its amount (a dash counts as 0). */
export interface Figure {
  key: string;
  label: string;
  where: string;
  page: number;
  amount: Money;
  /** Keys of the same item printed elsewhere in the report. */
  sameItemAs: string[];
}

export interface FootingRule {
  id: string;
  kind: "sum" | "agree";
  /** What is checked, in words: "Total investments, 2002". */
  title: string;
  parts: { key: string; sign: 1 | -1 }[];
  total: string;
}

export interface Candidate {
  key: string;
  printed: Money;
  /** The figure this line would need for the rule to foot. */
  required: Money;
  reason: { kind: "printedElsewhere"; otherKey: string } | { kind: "transposedDigits" };
}

export interface FootingCheck {
  rule: FootingRule;
  computed: Money;
  printed: Money;
  /** printed − computed. */
  difference: Money;
  foots: boolean;
  /** Other rules that foot and use the printed total: they vouch for it. */
  totalConfirmedBy: string[];
  candidates: Candidate[];
}

/**
 * Checks that fail because of one figure: a figure printed one way here and another way elsewhere
 * fails both the sum it is in and the check that it agrees with its other printing.
 */
export interface Discrepancy {
  /** The figure in question (the first check's line that would make it add up, or its total). */
  figure: Figure;
  checks: FootingCheck[];
}

export interface FootingReport {
  figures: Map<string, Figure>;
  checks: FootingCheck[];
  failures: FootingCheck[];
  /** The failures grouped by the figure they come from, in order of their first check. */
  discrepancies: Discrepancy[];
  /** Keys of figures a page should flag. */
  flagged: Set<string>;
}

/** The figures a failed check puts in question: the lines that would make a sum add up (else its total), or both figures of an agreement. */
function inQuestion(check: FootingCheck): string[] {
  if (check.rule.kind === "agree") return [...check.rule.parts.map((part) => part.key), check.rule.total];
  return check.candidates.length > 0 ? check.candidates.map((candidate) => candidate.key) : [check.rule.total];
}

/** Groups failed checks that put the same figure in question. */
export function groupDiscrepancies(failures: readonly FootingCheck[], figures: Map<string, Figure>): Discrepancy[] {
  const groups: { keys: Set<string>; checks: FootingCheck[] }[] = [];
  for (const failure of failures) {
    const keys = inQuestion(failure);
    const joined = groups.filter((group) => keys.some((key) => group.keys.has(key)));
    const group = { keys: new Set([...keys, ...joined.flatMap((other) => [...other.keys])]), checks: [...joined.flatMap((other) => other.checks), failure] };
    for (const other of joined) groups.splice(groups.indexOf(other), 1);
    groups.push(group);
  }
  return groups
    .map((group) => {
      const checks = failures.filter((failure) => group.checks.includes(failure));
      // The figure every check of the group puts in question, or the first check's.
      const shared = inQuestion(checks[0]!).find((key) => checks.every((check) => inQuestion(check).includes(key))) ?? inQuestion(checks[0]!)[0]!;
      return { figure: figures.get(shared)!, checks };
    })
    .sort((a, b) => failures.indexOf(a.checks[0]!) - failures.indexOf(b.checks[0]!));
}

const WHERE = {
  netAssets: (year: ReportYear) => `statement of net assets, December 31, ${year} (page ${PAGES.netAssets})`,
  changes: `statement of changes in net assets, 2002 (page ${PAGES.changes})`,
  note3: `Note 3 (page ${PAGES.note3})`,
  schedule: `schedule of assets held at December 31, 2002 (Schedule 1, page ${PAGES.scheduleOfAssets})`,
};

export function figureKey(statement: "netAssets" | "changes" | "note3" | "schedule", line: string, year: ReportYear = 2002): string {
  return statement === "schedule" ? `schedule:${line}` : `${statement}:${line}:${year}`;
}

/** Every printed figure of the statements, Note 3 and the schedule of assets, by key. */
export function reportFigures(): Map<string, Figure> {
  const figures = new Map<string, Figure>();
  const add = (statement: "netAssets" | "changes" | "note3", lines: readonly StatementLine[], where: (year: ReportYear) => string) => {
    for (const line of lines) {
      for (const year of [2002, 2001] as const) {
        if (!(year in line.amounts)) continue;
        const printed = line.amounts[year];
        const key = figureKey(statement, line.id, year);
        figures.set(key, { key, label: line.label, where: where(year), page: line.page, amount: new Dec(printed ?? 0), sameItemAs: [] });
      }
    }
  };
  add("netAssets", NET_ASSETS, WHERE.netAssets);
  add("changes", CHANGES_2002, () => WHERE.changes);
  add("note3", NOTE_3, () => WHERE.note3);
  for (const fund of FUNDS) {
    const key = figureKey("schedule", fund.id);
    const onStatement = figureKey("netAssets", `fund.${fund.id}`, 2002);
    figures.set(key, { key, label: fund.name, where: WHERE.schedule, page: PAGES.scheduleOfAssets, amount: new Dec(fund.scheduleValue), sameItemAs: [onStatement] });
    figures.get(onStatement)!.sameItemAs.push(key);
  }
  return figures;
}

/** The arithmetic the report's layout implies. */
export function footingRules(): FootingRule[] {
  const na = (line: string, year: ReportYear) => figureKey("netAssets", line, year);
  const ch = (line: string) => figureKey("changes", line);
  const rules: FootingRule[] = [];
  for (const year of [2002, 2001] as const) {
    rules.push(
      {
        id: `investments.${year}`,
        kind: "sum",
        title: `Total investments, ${year}`,
        parts: [...FUNDS.map((fund) => ({ key: na(`fund.${fund.id}`, year), sign: 1 as const })), { key: na("participantLoans", year), sign: 1 }],
        total: na("totalInvestments", year),
      },
      {
        id: `assets.${year}`,
        kind: "sum",
        title: `Total assets, ${year}`,
        parts: [na("totalInvestments", year), na("cash", year), na("receivables", year)].map((key) => ({ key, sign: 1 as const })),
        total: na("totalAssets", year),
      },
      { id: `liabilities.${year}`, kind: "sum", title: `Total liabilities, ${year}`, parts: [{ key: na("refundExcess", year), sign: 1 }], total: na("totalLiabilities", year) },
      {
        id: `netAssets.${year}`,
        kind: "sum",
        title: `Net assets, ${year}`,
        parts: [
          { key: na("totalAssets", year), sign: 1 },
          { key: na("totalLiabilities", year), sign: -1 },
        ],
        total: na("netAssets", year),
      },
    );
  }
  rules.push(
    { id: "changes.investmentIncome", kind: "sum", title: "Investment income (loss), 2002", parts: [{ key: ch("netDepreciation"), sign: 1 }, { key: ch("interestDividends"), sign: 1 }], total: ch("investmentIncome") },
    { id: "changes.additions", kind: "sum", title: "Total additions, 2002", parts: [{ key: ch("participantContributions"), sign: 1 }, { key: ch("investmentIncome"), sign: 1 }], total: ch("totalAdditions") },
    { id: "changes.netDecrease", kind: "sum", title: "Net decrease, 2002", parts: [{ key: ch("totalAdditions"), sign: 1 }, { key: ch("benefitsPaid"), sign: -1 }], total: ch("netDecrease") },
    { id: "changes.endOfYear", kind: "sum", title: "Net assets at end of 2002", parts: [{ key: ch("beginningNetAssets"), sign: 1 }, { key: ch("netDecrease"), sign: 1 }], total: ch("endNetAssets") },
    { id: "changes.beginning", kind: "agree", title: "Net assets at beginning of 2002 and at December 31, 2001", parts: [{ key: ch("beginningNetAssets"), sign: 1 }], total: na("netAssets", 2001) },
    { id: "changes.end", kind: "agree", title: "Net assets at end of 2002 and at December 31, 2002", parts: [{ key: ch("endNetAssets"), sign: 1 }], total: na("netAssets", 2002) },
    {
      id: "note3.total",
      kind: "sum",
      title: "Note 3 net depreciation, 2002",
      parts: [figureKey("note3", "depreciationMutualFunds"), figureKey("note3", "depreciationCommonStock")].map((key) => ({ key, sign: 1 as const })),
      total: figureKey("note3", "depreciationTotal"),
    },
    { id: "note3.changes", kind: "agree", title: "Note 3 and the statement of changes: net depreciation", parts: [{ key: ch("netDepreciation"), sign: -1 }], total: figureKey("note3", "depreciationTotal") },
    {
      id: "schedule.total",
      kind: "sum",
      title: "Schedule of assets against total investments, 2002",
      parts: FUNDS.map((fund) => ({ key: figureKey("schedule", fund.id), sign: 1 as const })),
      total: na("totalInvestments", 2002),
    },
    ...FUNDS.map(
      (fund): FootingRule => ({
        id: `schedule.${fund.id}`,
        kind: "agree",
        title: `${fund.name}: statement and schedule of assets, 2002`,
        parts: [{ key: na(`fund.${fund.id}`, 2002), sign: 1 }],
        total: figureKey("schedule", fund.id),
      }),
    ),
  );
  return rules;
}

/** True when `candidate` is `printed` with two adjacent digits swapped (4,170 → 1,470). */
export function isAdjacentTransposition(printed: Money, candidate: Money): boolean {
  if (!printed.isInteger() || !candidate.isInteger() || printed.isNegative() || candidate.isNegative()) return false;
  const a = printed.toFixed(0);
  const b = candidate.toFixed(0).padStart(a.length, "0");
  if (a.length !== b.length || a === b) return false;
  for (let i = 0; i + 1 < a.length; i += 1) {
    if (a[i] !== a[i + 1] && a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2) === b) return true;
  }
  return false;
}

function evaluate(rule: FootingRule, figures: Map<string, Figure>) {
  const get = (key: string) => {
    const figure = figures.get(key);
    if (!figure) throw new RangeError(`footing rule ${rule.id} names an unknown figure ${key}`);
    return figure;
  };
  const computed = rule.parts.reduce<Money>((sum, part) => sum.plus(get(part.key).amount.times(part.sign)), new Dec(0));
  const printed = get(rule.total).amount;
  return { computed, printed, difference: printed.minus(computed), foots: computed.equals(printed) };
}

/** Runs every rule over the figures (the report's, unless others are given, e.g. in a test). */
export function checkFooting(figures: Map<string, Figure> = reportFigures(), rules: FootingRule[] = footingRules()): FootingReport {
  const evaluated = rules.map((rule) => ({ rule, ...evaluate(rule, figures) }));
  const checks = evaluated.map((check): FootingCheck => {
    const totalConfirmedBy = check.foots
      ? []
      : evaluated
          .filter((other) => other.foots && other.rule.id !== check.rule.id && (other.rule.total === check.rule.total || other.rule.parts.some((part) => part.key === check.rule.total)))
          .map((other) => other.rule.id);
    const candidates: Candidate[] = [];
    if (!check.foots && check.rule.kind === "sum") {
      for (const part of check.rule.parts) {
        const figure = figures.get(part.key)!;
        const required = figure.amount.plus(check.difference.times(part.sign));
        const elsewhere = figure.sameItemAs.find((other) => figures.get(other)?.amount.equals(required));
        if (elsewhere) candidates.push({ key: part.key, printed: figure.amount, required, reason: { kind: "printedElsewhere", otherKey: elsewhere } });
        else if (isAdjacentTransposition(figure.amount, required)) candidates.push({ key: part.key, printed: figure.amount, required, reason: { kind: "transposedDigits" } });
      }
    }
    return { ...check, totalConfirmedBy, candidates };
  });
  const failures = checks.filter((check) => !check.foots);
  const flagged = new Set<string>();
  for (const failure of failures) {
    flagged.add(failure.rule.total);
    if (failure.rule.kind === "agree") failure.rule.parts.forEach((part) => flagged.add(part.key));
    failure.candidates.forEach((candidate) => flagged.add(candidate.key));
  }
  return { figures, checks, failures, discrepancies: groupDiscrepancies(failures, figures), flagged };
}

/** The words these sentences need: lib/words/en/plan-facts.ts or its Spanish mirror. */
export type FootingWords = typeof import("../../words/en/plan-facts");

function equation(rule: FootingRule, figures: Map<string, Figure>, words: FootingWords): string {
  if (rule.parts.length > 4) return words.linesAddUpTo(rule.parts.length);
  return (
    rule.parts
      .map((part, index) => {
        const figure = figures.get(part.key)!;
        const amount = formatDollars(figure.amount.abs());
        const sign = index === 0 ? (part.sign === -1 || figure.amount.isNegative() ? "−" : "") : part.sign * (figure.amount.isNegative() ? -1 : 1) === -1 ? " − " : " + ";
        return `${sign}${words.figureLabel(figure).toLowerCase()} ${amount}`;
      })
      .join("") + " ="
  );
}

/** Sentences for a check that does not foot: what adds up to what, what vouches, what would foot. */
export function explainFailure(check: FootingCheck, report: FootingReport, words: FootingWords): string[] {
  const { figures } = report;
  const total = figures.get(check.rule.total)!;
  const lines: string[] = [];
  if (check.rule.kind === "agree") {
    const part = figures.get(check.rule.parts[0]!.key)!;
    lines.push(words.agreeFails(part, formatDollars(part.amount), total, formatDollars(total.amount), formatDollars(check.difference.abs())));
    return lines;
  }
  lines.push(
    words.sumFails(equation(check.rule, figures, words), formatDollars(check.computed), total, formatDollars(check.printed), formatDollars(check.difference.abs()), check.difference.isPositive()),
  );
  for (const id of check.totalConfirmedBy) {
    const other = report.checks.find((candidate) => candidate.rule.id === id)!;
    const otherTotal = figures.get(other.rule.total)!;
    lines.push(
      other.rule.total === check.rule.total
        ? words.sameTotalConfirmed(total, other.rule, equation(other.rule, figures, words), formatDollars(check.printed))
        : words.nextLineConfirms(total, equation(other.rule, figures, words), formatDollars(otherTotal.amount)),
    );
  }
  for (const candidate of check.candidates) {
    const figure = figures.get(candidate.key)!;
    if (candidate.reason.kind === "printedElsewhere") {
      const other = figures.get(candidate.reason.otherKey)!;
      lines.push(words.printedElsewhere(figure, formatDollars(candidate.printed), other, formatDollars(other.amount), formatDollars(candidate.required)));
    } else {
      lines.push(words.transposedDigits(figure, formatDollars(candidate.required), formatDollars(candidate.printed)));
    }
  }
  if (check.candidates.length === 0) lines.push(words.noSingleLine());
  return lines;
}
