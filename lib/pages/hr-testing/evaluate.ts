/**
 * The /hr/testing page's evaluation, run in its Web Worker: the contributions file's rows, the
 * tests on the rows read without error (lib/rules/nondiscrimination.ts, the API's rule), and the
 * page's view: each line's figures and sentences, the refunds, who was not counted and why, the
 * bad rows, and the export, in the language of its `words`. Pure: text in, plain data out (it
 * crosses to the page by postMessage).
 */
import type { IsoDate } from "../../dates";
import { RuleInputError } from "../../errors";
import { formatUsd, fromCents } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import { firstPartTimePlanYear, formatLimit, formatRate, testNondiscrimination, type NondiscriminationResult, type PriorYearFigures, type TestFacts, type TestingMethod } from "../../rules/nondiscrimination";
import type * as NondiscriminationWordsModule from "../../words/en/nondiscrimination";
import type { TestName } from "../../words/en/nondiscrimination";
import type { RowProblem } from "../hr-eligibility/rows";
import type { ContributionsFile, FileWords } from "./census";
import { resultsCsv } from "./export";

/**
 * The words the worker writes the view in, one language (the page picks it): the tests' sentences
 * (lib/words/<language>/nondiscrimination), the file's problems (lib/words/<language>/testing-file)
 * and dates in words.
 */
export interface TestingWords {
  sentences: Pick<typeof NondiscriminationWordsModule, "verdictSentence" | "limitSentence" | "correctionSentences" | "deadlineSentences" | "earningsSentence" | "noHceReason" | "notCountedSentence">;
  file: FileWords;
  longDate: (iso: IsoDate) => string;
}

/** Cents in the page's words: "$2,000.00". */
const usd = (cents: bigint) => formatUsd(fromCents(cents));

export interface TestingOptions {
  planYear: number;
  method: TestingMethod;
  priorYear?: Record<string, PriorYearFigures> | undefined;
}

export interface RefundView {
  line: number;
  id: string;
  amount: string;
  forfeitedMatch: string | null;
}

export interface TestView {
  hce: string | null;
  nhce: string;
  limit: string;
  passed: boolean;
  verdict: string;
  limitSentence: string;
  correction: string[];
  excess: string;
  refunds: RefundView[];
}

export interface LineView {
  line: string;
  hce: number;
  nhce: number;
  adp: TestView;
  acp: TestView;
  /** Why a line with no HCE passes; null when it counts HCEs. */
  noHce: string | null;
}

export interface TestingView {
  fatal: { line: number; message: string } | null;
  /** A problem with the form (a prior-year figure missing for a tested line), naming its field. */
  formError: { path: string; message: string } | null;
  planYear: number;
  method: TestingMethod;
  rows: number;
  counted: number;
  lines: LineView[];
  notCounted: { line: number; id: string; reason: string; sentence: string }[];
  problems: RowProblem[];
  problemRows: number;
  blankLines: number;
  ignoredColumns: string[];
  /** When a test failed: the two deadlines in words with what each means, and the earnings note. */
  deadlines: { date: string; meaning: string }[] | null;
  earnings: string | null;
  csv: string;
}

/** The view of a file read: the tests on its good rows. */
export function evaluateContributions(file: ContributionsFile, options: TestingOptions, plan: PlanDefinition, words: TestingWords): TestingView {
  const { sentences } = words;
  const empty: TestingView = {
    fatal: file.fatal, formError: null, planYear: options.planYear, method: options.method, rows: file.rows.length, counted: 0, lines: [], notCounted: [],
    problems: [], problemRows: 0, blankLines: file.blankLines, ignoredColumns: file.ignoredColumns, deadlines: null, earnings: null, csv: "",
  };
  if (file.fatal) return empty;
  const partTimeFrom = firstPartTimePlanYear(plan);
  const rows = file.rows.map((row) => {
    if (row.employee?.longTermPartTime && options.planYear < partTimeFrom) {
      return { ...row, employee: null, problems: [{ line: row.line, column: "longTermPartTime", message: words.file.partTimeTooEarly(options.planYear, partTimeFrom) }] };
    }
    return row;
  });
  const good = rows.filter((row) => row.employee !== null);
  const problems = rows.flatMap((row) => row.problems);
  let result: NondiscriminationResult | null = null;
  let formError: TestingView["formError"] = null;
  if (good.length > 0) {
    try {
      result = testNondiscrimination({ planYear: options.planYear, method: options.method, priorYear: options.priorYear, employees: good.map((row) => row.employee!) }, plan);
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error;
      formError = { path: error.path, message: words.file.notTestable(error.path, words.file.ruleInputWords(error.issue)) };
    }
  }
  const lineOf = good.map((row) => row.line);
  const view: TestingView = { ...empty, formError, problems, problemRows: rows.length - good.length, csv: resultsCsv(rows, result, words.file) };
  if (!result) return view;
  const decimals = result.rateDecimals;
  const test = (facts: TestFacts, name: TestName, line: NondiscriminationResult["lines"][number]): TestView => ({
    hce: facts.hce === null ? null : formatRate(facts.hce, decimals),
    nhce: formatRate(facts.nhce, decimals),
    limit: formatLimit(facts.limit, decimals),
    passed: facts.passed,
    verdict: sentences.verdictSentence(line, name, result!, plan),
    limitSentence: sentences.limitSentence(facts, name, result!, plan),
    correction: sentences.correctionSentences(facts, name, result!, plan),
    excess: usd(facts.excessCents),
    refunds: facts.refunds.map((refund) => ({
      line: lineOf[refund.index]!,
      id: refund.id,
      amount: usd(refund.amountCents),
      forfeitedMatch: refund.forfeitedMatchCents === undefined ? null : usd(refund.forfeitedMatchCents),
    })),
  });
  const failed = result.lines.some((line) => !line.adp.passed || !line.acp.passed);
  const [withoutTax, final] = sentences.deadlineSentences(result, plan);
  return {
    ...view,
    counted: result.employees.filter((employee) => employee.counted).length,
    lines: result.lines.map((line) => ({
      line: line.line,
      hce: line.counted.hce,
      nhce: line.counted.nhce,
      adp: test(line.adp, "ADP", line),
      acp: test(line.acp, "ACP", line),
      noHce: line.counted.hce === 0 ? sentences.noHceReason(line, plan) : null,
    })),
    notCounted: result.notCounted.map((entry) => ({ line: lineOf[entry.index]!, id: entry.id, reason: entry.reason, sentence: sentences.notCountedSentence(entry.reason, plan) })),
    deadlines: failed
      ? [
          { date: words.longDate(result.deadlines.withoutExciseTax), meaning: withoutTax! },
          { date: words.longDate(result.deadlines.final), meaning: final! },
        ]
      : null,
    earnings: failed ? sentences.earningsSentence() : null,
  };
}
