/**
 * POST /api/v1/nondiscrimination (docs/api.md; plan-rules §9): the ADP and ACP tests of a plan
 * year with their corrections. The body is checked by its zod schema (every bad field named at
 * once), then the rule answers (lib/rules/nondiscrimination.ts); the words are the words module's.
 */
import { RuleInputError } from "../errors";
import { formatCents } from "../money";
import type { PlanDefinition } from "../plan/definition";
import { UnsupportedYearError } from "../plan/limits";
import { SOS_PLAN } from "../plan/sos-plan";
import { formatLimit, formatRate, testNondiscrimination, type CensusEmployee, type NondiscriminationResult, type TestFacts } from "../rules/nondiscrimination";
import { nondiscriminationRequestSchema, parseRequest, type NondiscriminationRequest } from "./schemas";
import { ANSWER_WORDS } from "./parse-language";
import type { Language } from "../languages";
import { API_WORDS } from "./language";
import { invalid, type ApiAnswer } from "./answer";

/** The largest body this endpoint reads: 16 MiB, room for 100,000 employees (api-v1). */
export const MAX_NONDISCRIMINATION_BODY_BYTES = 16 * 1024 * 1024;

/** The request's employees as the rule's census (money in whole cents). */
export function censusOf(request: NondiscriminationRequest): CensusEmployee[] {
  return request.employees.map((employee) => ({
    id: employee.id,
    employer: employee.employer,
    highlyCompensated: employee.highlyCompensated,
    fivePercentOwner: employee.fivePercentOwner,
    priorYearCompensation: employee.priorYearCompensation,
    compensationCents: employee.compensation,
    deferralsCents: employee.deferrals,
    matchCents: employee.match ?? 0,
    longTermPartTime: employee.longTermPartTime,
  }));
}

function testAnswer(facts: TestFacts, decimals: number, withForfeiture: boolean) {
  return {
    hce: facts.hce === null ? null : formatRate(facts.hce, decimals),
    nhce: formatRate(facts.nhce, decimals),
    limit: formatLimit(facts.limit, decimals),
    passed: facts.passed,
    excess: formatCents(facts.excessCents),
    refunds: facts.refunds.map((refund) =>
      withForfeiture
        ? { id: refund.id, amount: formatCents(refund.amountCents), forfeitedMatch: formatCents(refund.forfeitedMatchCents ?? 0n) }
        : { id: refund.id, amount: formatCents(refund.amountCents) },
    ),
  };
}

/** The rule's result as the API answers it. */
export function nondiscriminationAnswer(result: NondiscriminationResult, plan: PlanDefinition, language: Language = "en") {
  const decimals = result.rateDecimals;
  return {
    planYear: result.planYear,
    method: result.method,
    lines: result.lines.map((line) => ({
      line: line.line,
      counted: line.counted,
      adp: testAnswer(line.adp, decimals, true),
      acp: testAnswer(line.acp, decimals, false),
      explanation: API_WORDS[language].line(line, result, plan),
    })),
    notCounted: result.notCounted.map((entry) => ({ id: entry.id, reason: entry.reason })),
    deadlines: result.deadlines,
    citation: result.citation,
  };
}

export function nondiscriminationEndpoint(json: unknown, plan: PlanDefinition = SOS_PLAN, language: Language = "en"): ApiAnswer {
  const parsed = parseRequest(nondiscriminationRequestSchema, json, language);
  if (!parsed.ok) return invalid(parsed.issues);
  const request = parsed.value;
  try {
    const result = testNondiscrimination({ planYear: request.planYear, method: request.method, priorYear: request.priorYear, employees: censusOf(request) }, plan);
    return { status: 200, body: nondiscriminationAnswer(result, plan, language) };
  } catch (error) {
    const words = ANSWER_WORDS[language];
    if (error instanceof RuleInputError) return invalid([{ path: error.path, message: words.ruleFieldMessage(error.path, words.ruleInputWords(error.issue)) }]);
    if (error instanceof UnsupportedYearError) return invalid([{ path: "planYear", message: words.yearLimitWords(error.issue) }]);
    throw error;
  }
}
