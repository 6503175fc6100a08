/**
 * The JSON API v1 (docs/api.md) as plain functions: a parsed JSON body in, a status
 * and an answer out. The route handlers in app/api/v1 only read the body and call these.
 */
import { RuleInputError } from "../errors";
import { UnsupportedYearError } from "../plan/limits";
import { formatMoney, type Money } from "../money";
import type { PlanDefinition } from "../plan/definition";
import { SOS_PLAN } from "../plan/sos-plan";
import { contributionLimit } from "../rules/contribution";
import { evaluateEligibility } from "../rules/eligibility";
import { allocateForfeitures } from "../rules/forfeiture";
import { project } from "../rules/projection";
import { evaluateVesting } from "../rules/vesting";
import type { Language } from "../languages";
import { API_WORDS } from "./language";
import { ANSWER_WORDS } from "./parse-language";
import { nondiscriminationEndpoint } from "./nondiscrimination";
import type { VestingServiceResult } from "../rules/vesting-service";
import {
  allocationRequestSchema,
  contributionRequestSchema,
  eligibilityRequestSchema,
  type EndpointName,
  parseRequest,
  projectionRequestSchema,
  vestingRequestSchema,
} from "./schemas";

import { invalid, type ApiAnswer } from "./answer";

export { invalid, type ApiAnswer } from "./answer";


/** Runs a rule; turns the errors a person can fix into a 400 naming the field, in `language`. */
function answer(run: () => unknown, yearField: string, language: Language): ApiAnswer {
  try {
    return { status: 200, body: run() };
  } catch (error) {
    if (error instanceof RuleInputError) return invalid([{ path: error.path, message: ANSWER_WORDS[language].ruleInputWords(error.issue) }]);
    if (error instanceof UnsupportedYearError) return invalid([{ path: yearField, message: ANSWER_WORDS[language].yearLimitWords(error.issue) }]);
    throw error;
  }
}

const m = (amount: Money) => formatMoney(amount);

export function eligibilityEndpoint(json: unknown, plan: PlanDefinition = SOS_PLAN, language: Language = "en"): ApiAnswer {
  const parsed = parseRequest(eligibilityRequestSchema, json, language);
  if (!parsed.ok) return invalid(parsed.issues);
  return answer(() => {
    const result = evaluateEligibility(parsed.value, plan);
    const [age, service] = result.requirements;
    return {
      eligible: result.eligible,
      eligibilityDate: result.eligibilityDate,
      entryDate: result.entryDate,
      excluded: result.excluded,
      highlyCompensated: result.highlyCompensated,
      requirements: [
        { id: age.id, met: age.met, metOn: age.metOn, citation: age.citation },
        service.kind === "hoursInPeriod"
          ? {
              id: service.id,
              met: service.met,
              metOn: service.metOn,
              citation: service.citation,
              periods: service.periods.map((period) => ({ start: period.start, end: period.end, hours: period.hours })),
            }
          : { id: service.id, met: service.met, metOn: service.metOn, citation: service.citation },
      ],
      mayDefer: result.mayDefer,
      longTermPartTime: result.longTermPartTime
        ? {
            eligible: result.longTermPartTime.eligible,
            eligibilityDate: result.longTermPartTime.eligibilityDate,
            entryDate: result.longTermPartTime.entryDate,
            employerMatch: result.longTermPartTime.employerMatch,
            citation: result.longTermPartTime.citation,
            periods: result.longTermPartTime.periods.map((period) => ({ start: period.start, end: period.end, hours: period.hours, qualifies: period.qualifies })),
          }
        : null,
      explanation: API_WORDS[language].eligibility(result, plan),
    };
  }, "asOf", language);
}

export function contributionLimitEndpoint(json: unknown, plan: PlanDefinition = SOS_PLAN, language: Language = "en"): ApiAnswer {
  const parsed = parseRequest(contributionRequestSchema, json, language);
  if (!parsed.ok) return invalid(parsed.issues);
  return answer(() => {
    const result = contributionLimit(parsed.value, plan);
    return {
      planYear: result.planYear,
      compensationCounted: m(result.compensationCounted),
      planPercentCap: result.planPercentCap,
      planCap: m(result.planCap),
      electiveDeferralLimit: m(result.electiveDeferralLimit),
      catchUp: m(result.catchUp),
      maxDeferral: m(result.maxDeferral),
      bindingLimit: result.bindingLimit,
      ...(result.requested
        ? {
            requestedDeferral: m(result.requested.requestedDeferral),
            allowedDeferral: m(result.requested.allowedDeferral),
            excess: m(result.requested.excess),
          }
        : {}),
      limitsAssumed: result.limitsAssumed,
      explanation: API_WORDS[language].contribution(result, plan),
    };
  }, "planYear", language);
}

export function vestingEndpoint(json: unknown, plan: PlanDefinition = SOS_PLAN, language: Language = "en"): ApiAnswer {
  const parsed = parseRequest(vestingRequestSchema, json, language);
  if (!parsed.ok) return invalid(parsed.issues);
  const request = parsed.value;
  return answer(() => {
    // A stated yearsOfService goes to the rule, which checks it against the hours or the dates
    // sent beside it (the dates under the plan's February 29 option).
    const result = evaluateVesting(
      {
        yearsOfService: request.yearsOfService,
        employmentStartDate: request.employmentStartDate,
        asOf: request.asOf,
        hours: request.hours,
        balances: request.balances,
        events: request.planTerminated ? ["planTermination"] : [],
      },
      plan,
    );
    return {
      yearsOfService: result.yearsOfService,
      vestedPercent: result.vestedPercent,
      vested: { deferral: m(result.vested.deferral), rollover: m(result.vested.rollover), match: m(result.vested.match), total: m(result.vested.total) },
      forfeitable: m(result.forfeitable),
      nextStep: result.nextStep,
      stepsAhead: result.stepsAhead.map((step) => ({
        yearsOfService: step.yearsOfService,
        vestedPercent: step.vestedPercent,
        reachedOn: step.reachedOn,
        additionalVested: m(step.additionalVested),
      })),
      ...(result.service ? { service: serviceAnswer(result.service) } : {}),
      citation: result.citation,
      explanation: API_WORDS[language].vesting(result, plan),
    };
  }, "asOf", language);
}

/** The `service` object of a vesting answer counted from hours (api-v1, plan-rules §4.1). */
function serviceAnswer(service: VestingServiceResult) {
  return {
    method: service.method,
    yearsOfService: service.yearsOfService,
    consecutiveBreaks: service.consecutiveBreaks,
    forfeitsOn: service.forfeitsOn,
    currentPeriod: {
      start: service.currentPeriod.start,
      end: service.currentPeriod.end,
      hours: service.currentPeriod.hours,
      hoursToYearOfService: service.currentPeriod.hoursToYearOfService,
    },
    periods: service.periods.map((period) => ({
      start: period.start,
      end: period.end,
      hours: period.hours,
      yearOfService: period.yearOfService,
      creditedOn: period.creditedOn,
      breakInService: period.breakInService,
      disregarded: period.disregarded,
    })),
    disregardedYears: service.disregardedYears,
    citation: service.citation,
  };
}

export function allocateEndpoint(json: unknown, plan: PlanDefinition = SOS_PLAN, language: Language = "en"): ApiAnswer {
  const parsed = parseRequest(allocationRequestSchema, json, language);
  if (!parsed.ok) return invalid(parsed.issues);
  return answer(() => {
    const result = allocateForfeitures(parsed.value.pool, parsed.value.participants, plan);
    return { allocations: result.allocations.map((a) => ({ id: a.id, amount: m(a.amount) })), total: m(result.total) };
  }, "pool", language);
}

export function projectionEndpoint(json: unknown, plan: PlanDefinition = SOS_PLAN, language: Language = "en"): ApiAnswer {
  const parsed = parseRequest(projectionRequestSchema, json, language);
  if (!parsed.ok) return invalid(parsed.issues);
  const { planTerminated, ...request } = parsed.value;
  return answer(() => {
    const result = project({ ...request, events: planTerminated ? ["planTermination"] : [] }, plan);
    return {
      rows: result.rows.map((row) => ({
        planYear: row.planYear,
        age: row.age,
        yearsOfService: row.yearsOfService,
        vestedPercent: row.vestedPercent,
        compensation: m(row.compensation),
        deferral: m(row.deferral),
        match: m(row.match),
        earnings: m(row.earnings),
        balances: { deferral: m(row.balances.deferral), rollover: m(row.balances.rollover), match: m(row.balances.match) },
        total: m(row.total),
        vested: m(row.vested),
        forfeitable: m(row.forfeitable),
      })),
      limitsAssumed: result.limitsAssumed,
    };
  }, "asOf", language);
}

/** An endpoint: a parsed JSON body in, a status and an answer out. */
export type Endpoint = (json: unknown, plan?: PlanDefinition, language?: Language) => ApiAnswer;

/** Every POST endpoint by its name in a batch (`POST /api/v1/<name>`): the batch calls these same functions. */
export const ENDPOINTS: Readonly<Record<EndpointName, Endpoint>> = {
  eligibility: eligibilityEndpoint,
  "contribution-limit": contributionLimitEndpoint,
  vesting: vestingEndpoint,
  "forfeitures/allocate": allocateEndpoint,
  projection: projectionEndpoint,
  nondiscrimination: nondiscriminationEndpoint,
};

/** The largest body a single endpoint reads (api-v1: a body over 1 MiB gets 413). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The 413 answer to a body over `maxBytes`. */
export function tooLarge(maxBytes: number = MAX_BODY_BYTES, language: Language = "en"): ApiAnswer {
  return invalid([{ path: "", message: ANSWER_WORDS[language].requestWords.tooLarge(maxBytes) }], 413);
}

/** The answer when evaluating a body failed unexpectedly: a 400 with no detail, never a 500 (api-v1). */
export function unexpectedFailure(language: Language = "en"): ApiAnswer {
  return invalid([{ path: "", message: ANSWER_WORDS[language].requestWords.unexpectedFailure }]);
}

/** The 400 answer to a body that is not JSON. */
export function notJson(language: Language = "en"): ApiAnswer {
  return invalid([{ path: "", message: ANSWER_WORDS[language].requestWords.notJson }]);
}
