/**
 * GET /api/v1/openapi.json: the OpenAPI 3.1 document of the JSON API v1, generated with zod 4's
 * own JSON Schema output (z.toJSONSchema) from the very schemas that validate the requests
 * (./schemas) and from the answer schemas (./answers), so document and API cannot drift.
 * Request schemas are the schemas' input side (what a caller sends: money as a string or a
 * number); checks that JSON Schema cannot state (real calendar dates, contradictions between
 * fields) are in the descriptions and are answered 400 by the API. Each endpoint's example is a
 * real request, and the example answer beside it is what the endpoint answers to it.
 */
import { z } from "../zod";
import {
  allocationRequestSchema,
  batchItemSchema,
  batchRequestSchema,
  contributionRequestSchema,
  eligibilityRequestSchema,
  ENDPOINT_NAMES,
  isoDate,
  MAX_BATCH_REQUESTS,
  money,
  moneyCents,
  nondiscriminationRequestSchema,
  projectionRequestSchema,
  vestingRequestSchema,
  type EndpointName,
} from "./schemas";
import { ANSWERS, batchAnswer, errorAnswer, healthAnswer } from "./answers";
import { batchEndpoint, MAX_BATCH_BODY_BYTES } from "./batch";
import { PLAN_FIGURES as P } from "./plan-figures";
import { MAX_NONDISCRIMINATION_BODY_BYTES } from "./nondiscrimination";
import { ENDPOINTS, MAX_BODY_BYTES } from "./v1";

type JsonSchema = Record<string, unknown>;

/** What the document says of each POST endpoint, and the example request (from the contract). */
export const ENDPOINT_DOCS: Record<EndpointName, { summary: string; description: string; request: z.ZodType; requestName: string; answerName: string; example: unknown }> = {
  eligibility: {
    summary: "Is an employee eligible to join the plan, and from when?",
    description:
      `Age ${P.minimumAge} and a year of eligibility service (${P.eligibilityHours} hours in a computation period) for ${P.hoursEmployer}, or age ${P.minimumAge} and the ${P.eligibilityDay} day for ${P.daysEmployer} (${P.eligibilityCitation}); a highly compensated employee of SOS is excluded. The answer gives the eligibility and entry dates, each requirement with the date it is met, and the computation periods with their hours. A request gets 400 when hours are dated before the employment start date or the birth date is after it.`,
    request: eligibilityRequestSchema,
    requestName: "EligibilityRequest",
    answerName: "EligibilityAnswer",
    example: {
      asOf: "2003-06-30", employer: "SOS", birthDate: "1980-02-29", employmentStartDate: "2002-03-15",
      hours: [{ date: "2002-03-31", hours: 80 }], highlyCompensated: false, priorYearCompensation: "95000.00", fivePercentOwner: false,
    },
  },
  "contribution-limit": {
    summary: "How much may a participant defer in a plan year?",
    description:
      `The lesser of the plan's ${P.deferralPercentCap}% of counted compensation and the IRC 402(g) limit of the year (${P.contributionsCitation}), plus any catch-up, and which of the two binds. With deferralPercent, the requested, allowed and excess deferral.`,
    request: contributionRequestSchema,
    requestName: "ContributionLimitRequest",
    answerName: "ContributionLimitAnswer",
    example: { planYear: 2002, compensation: "80000", birthDate: "1950-06-01", deferralPercent: 20 },
  },
  vesting: {
    summary: "What part of an account is vested?",
    description:
      `${P.immediatelyVested.charAt(0).toUpperCase()}${P.immediatelyVested.slice(1)} are always vested in full; the match by completed years of service: ${P.schedule} (${P.vestingCitation}), and in full once the plan is terminated (${P.terminationCitation}). Years of service are sent, worked out from employmentStartDate and asOf, or counted from dated hours: send \`hours\` for anyone with gaps between assignments, part-time hours or a rehire, since only hours show the plan years that count and the breaks in service (a start date alone assumes one continuous full-time job). yearsOfService that disagrees with the dates sent beside it is a 400.`,
    request: vestingRequestSchema,
    requestName: "VestingRequest",
    answerName: "VestingAnswer",
    example: { yearsOfService: 3, balances: { deferral: "10000", rollover: "500", match: "4000.01" }, planTerminated: false },
  },
  "forfeitures/allocate": {
    summary: "Share a pool of forfeitures among participants as matching contributions.",
    description:
      "Pro rata to each participant's deferrals (11-K Note 1.G): each share floored to the cent, the cents left over one at a time to the largest remainders (ties: earlier in the list), so the shares add up to the pool exactly. Ids must be unique; a pool above 0 with no deferrals to share against is a 400.",
    request: allocationRequestSchema,
    requestName: "AllocationRequest",
    answerName: "AllocationAnswer",
    example: { pool: "127800.00", participants: [{ id: "A-17", deferrals: "5200.00" }] },
  },
  projection: {
    summary: "Project an account year by year.",
    description:
      "One row per plan year from the year after asOf's: deferral held to the year's maximum, match as a percentage of deferrals (held to IRC 415(c)), returns on the opening balance and half a year's return on the year's contributions, vesting by the years of service at each year's end. A birth date after asOf, or an employment start after it, is a 400.",
    request: projectionRequestSchema,
    requestName: "ProjectionRequest",
    answerName: "ProjectionAnswer",
    example: {
      asOf: "2002-12-31", birthDate: "1970-07-04", yearsOfService: 2, balances: { deferral: "12000", rollover: "0", match: "3000" },
      compensation: "40000", salaryGrowthPercent: 3, deferralPercent: 10, matchPercentOfDeferral: P.referenceMatchPercent, annualReturnPercent: 6, years: 10,
    },
  },
  nondiscrimination: {
    summary: "Do a plan year's deferrals and match pass the ADP and ACP tests, and who must be refunded?",
    description:
      "The ADP and ACP nondiscrimination tests of a plan year (IRC 401(k)(3), 401(m)(2)), SOS and Inteliant tested apart (11-K Note 1.A): each employee's rate rounded to the hundredth of a percentage point of pay counted up to IRC 401(a)(17), each group's mean, the limit from the other employees' figure (the greater of 1.25 × n and the lesser of 2 × n and n + 2, exact). A failed test is corrected by leveling the highest rates to the limit (how much), then the largest amounts (who is refunded), the cents by largest remainder; the match on refunded deferrals is forfeited and the ACP test runs on the match left. An SOS HCE is excluded from the plan and a long-term part-time employee is not tested: both are listed in notCounted. Up to 100,000 employees and 16 MiB. A repeated id, deferrals or match with compensation 0, a long-term part-time employee before 2024, or a missing prior-year line is a 400 naming the field.",
    request: nondiscriminationRequestSchema,
    requestName: "NondiscriminationRequest",
    answerName: "NondiscriminationAnswer",
    example: {
      planYear: 2002,
      method: "current-year",
      employees: [
        { id: "I-101", employer: "Inteliant", highlyCompensated: true, compensation: "300000", deferrals: "11000", match: "2882" },
        { id: "I-102", employer: "Inteliant", priorYearCompensation: "40000", compensation: "30000", deferrals: "900", match: "235.80" },
        { id: "I-103", employer: "Inteliant", highlyCompensated: true, compensation: "80000", deferrals: "8000", match: "2096" },
        { id: "I-104", employer: "Inteliant", highlyCompensated: true, compensation: "150000", deferrals: "3000", match: "786" },
        { id: "I-105", employer: "Inteliant", compensation: "40000", deferrals: "1600", match: "419.20" },
        { id: "I-106", employer: "Inteliant", compensation: "25000", deferrals: "0" },
        { id: "I-107", employer: "Inteliant", compensation: "50000", deferrals: "2500", match: "655" },
        { id: "S-9", employer: "SOS", highlyCompensated: true, compensation: "120000", deferrals: "5000" },
      ],
    },
  },
};

export const BATCH_EXAMPLE = {
  requests: [
    { id: "E-1001", endpoint: "eligibility", body: { asOf: "2003-06-30", employer: "SOS", birthDate: "1980-02-29", employmentStartDate: "2002-03-15" } },
    { id: "E-1001/v", endpoint: "vesting", body: { yearsOfService: 3, balances: { match: "100" } } },
  ],
};

const ANSWER_NAMES: Record<EndpointName, string> = Object.fromEntries(ENDPOINT_NAMES.map((name) => [name, ENDPOINT_DOCS[name].answerName])) as Record<EndpointName, string>;

/** A batch item for the document: its body is the named endpoint's own request schema. */
const batchItemDoc = z.union(
  ENDPOINT_NAMES.map((name) =>
    z.object({
      id: batchItemSchema.shape.id,
      endpoint: z.literal(name).describe(batchItemSchema.shape.endpoint.description ?? ""),
      body: ENDPOINT_DOCS[name].request.describe(batchItemSchema.shape.body.description ?? ""),
    }),
  ) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]],
);
const batchRequestDoc = z
  .object({ requests: z.array(batchItemDoc).min(1).max(MAX_BATCH_REQUESTS).describe(batchRequestSchema.shape.requests.description ?? "") })
  .describe("1 to 10,000 requests, each naming its endpoint.");

/** The components: every request and answer schema, named, referring to each other by $ref. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const name of ENDPOINT_NAMES) {
    registry.add(ENDPOINT_DOCS[name].request, { id: ENDPOINT_DOCS[name].requestName });
    registry.add(ANSWERS[name], { id: ANSWER_NAMES[name] });
  }
  registry.add(batchRequestDoc, { id: "BatchRequest" });
  registry.add(batchAnswer, { id: "BatchAnswer" });
  registry.add(errorAnswer, { id: "Error" });
  registry.add(healthAnswer, { id: "HealthAnswer" });
  const { schemas } = z.toJSONSchema(registry, {
    io: "input",
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "throw",
    override: ({ zodSchema, jsonSchema }) => {
      // The two shared kinds of field, wherever they are used (a described copy shares their definition).
      const def = (zodSchema as { _zod: { def: unknown } })._zod.def;
      if (def === money._zod.def || def === moneyCents._zod.def) Object.assign(jsonSchema, { minimum: 0, ...MONEY_DOC, ...jsonSchema });
      if (def === isoDate._zod.def) Object.assign(jsonSchema, { format: "date", ...DATE_DOC, ...jsonSchema });
    },
  });
  // Inside an OpenAPI document the schemas are not documents of their own: no $schema or $id.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema as JsonSchema]));
}

const MONEY_DOC = { description: 'An amount in dollars: a string or a number, 0 or more, at most 2 decimals, such as "1234.50".', examples: ["1234.50", 1234.5] };
const DATE_DOC = { description: "A real calendar date, YYYY-MM-DD, from 1800-01-01 to 2200-12-31." };

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const jsonContent = (schema: unknown, example?: unknown) => ({ "application/json": example === undefined ? { schema } : { schema, example } });

const LANGUAGE_PARAMETER = { $ref: "#/components/parameters/AcceptLanguage" };
const LANGUAGE_HEADER = { "Content-Language": { $ref: "#/components/headers/ContentLanguage" } };

function build(): JsonSchema {
  const paths: Record<string, unknown> = {};
  for (const name of ENDPOINT_NAMES) {
    const doc = ENDPOINT_DOCS[name];
    paths[`/api/v1/${name}`] = {
      post: {
        operationId: name.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()),
        summary: doc.summary,
        description: doc.description,
        parameters: [LANGUAGE_PARAMETER],
        requestBody: { required: true, content: jsonContent(ref(doc.requestName), doc.example) },
        responses: {
          "200": { description: "The answer.", headers: LANGUAGE_HEADER, content: jsonContent(ref(doc.answerName), ENDPOINTS[name](doc.example).body) },
          "400": { $ref: "#/components/responses/InvalidRequest" },
          "413":
            name === "nondiscrimination"
              ? { description: `The body is larger than 16 MiB (${MAX_NONDISCRIMINATION_BODY_BYTES} bytes).`, headers: LANGUAGE_HEADER, content: jsonContent(ref("Error")) }
              : { $ref: "#/components/responses/TooLarge" },
        },
      },
    };
  }
  paths["/api/v1/batch"] = {
    post: {
      operationId: "batch",
      summary: "Many requests in one call.",
      description:
        "For payroll and HR systems that evaluate a whole workforce: 1 to 10,000 requests, each answered exactly as its endpoint alone answers its body, in order, with its id echoed. One bad item never fails the others: it gets its own 400 (an unknown endpoint names `endpoint`, a missing body `body`, an invalid id `id`; the issues of a body are those its endpoint gives). Only an envelope without a list of 1 to 10,000 requests is a 400 for the whole call, naming `requests`. The body may be up to 16 MiB.",
      parameters: [LANGUAGE_PARAMETER],
      requestBody: { required: true, content: jsonContent(ref("BatchRequest"), BATCH_EXAMPLE) },
      responses: {
        "200": { description: "One answer per request, in order.", headers: LANGUAGE_HEADER, content: jsonContent(ref("BatchAnswer"), batchEndpoint(BATCH_EXAMPLE).body) },
        "400": { $ref: "#/components/responses/InvalidRequest" },
        "413": { description: `The body is larger than 16 MiB (${MAX_BATCH_BODY_BYTES} bytes).`, headers: LANGUAGE_HEADER, content: jsonContent(ref("Error")) },
      },
    },
  };
  paths["/api/v1/health"] = {
    get: {
      operationId: "health",
      summary: "For a load balancer's health check.",
      description: "Answers 200 {\"status\":\"ok\"} while the server runs; it keeps no state, so any instance can answer any request.",
      responses: { "200": { description: "The server is up.", content: jsonContent(ref("HealthAnswer"), { status: "ok" }) } },
    },
  };
  paths["/api/v1/openapi.json"] = {
    get: {
      operationId: "openapi",
      summary: "This document.",
      description: "The OpenAPI 3.1 document of the API, generated from the schemas that validate the requests.",
      responses: { "200": { description: "The document.", content: jsonContent({ type: "object", required: ["openapi", "info", "paths"] }) } },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "SOS Staffing Services, Inc. 401(k) Plan calculator API",
      version: "1",
      summary: "The plan's rules over HTTP: eligibility, contribution limits, vesting, forfeitures, projections.",
      description:
        "Every answer is an estimate under the plan as its annual report on Form 11-K for 2002 describes it; the plan document governs. Requests are JSON (POST, application/json). Dates are YYYY-MM-DD strings of real calendar dates (1800 to 2200); money in a request is a string or a number of dollars with at most 2 decimals, 0 or more; money in an answer is a string with exactly 2 decimals; percentages are numbers. Unknown fields are ignored. A request never gets a 5xx: what cannot be evaluated as sent gets 400 naming each field, a body over 1 MiB 413. The server keeps and logs nothing it is sent.",
    },
    paths,
    components: {
      schemas: componentSchemas(),
      parameters: {
        AcceptLanguage: {
          name: "Accept-Language",
          in: "header",
          required: false,
          description:
            "The language of the answer's sentences (each explanation of a 200, each issue's message of a 400 or 413): any Spanish (es, es-US, es-MX, …) preferred to English gives Spanish; English otherwise and by default. Fields, codes, paths and figures never change with the language. The batch passes it to every item.",
          schema: { type: "string" },
          example: "es-US",
        },
      },
      headers: {
        ContentLanguage: {
          description: "The language of the answer's sentences: es or en, the one Accept-Language asked for, on a 200 (its explanations) as on a 400 or 413 (its issues' messages).",
          schema: { type: "string", enum: ["en", "es"] },
        },
      },
      responses: {
        InvalidRequest: {
          description:
            "The request cannot be evaluated as sent: not JSON, a field missing, of the wrong type or out of range, or fields that contradict each other. Each issue names its field; its message is in the language Accept-Language asks for (Spanish: \"Registro de horas 4: fecha: no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe).\"), its path the same in every language.",
          headers: LANGUAGE_HEADER,
          content: jsonContent(ref("Error"), { error: "invalid_request", issues: [{ path: "hours.3.date", message: "Hours entry 4: date is not a real calendar date (for example, 2003-02-29 does not exist)." }] }),
        },
        TooLarge: {
          description: `The body is larger than 1 MiB (${MAX_BODY_BYTES} bytes).`,
          headers: LANGUAGE_HEADER,
          content: jsonContent(ref("Error"), { error: "invalid_request", issues: [{ path: "", message: `The request body is larger than 1 MiB (${MAX_BODY_BYTES} bytes).` }] }),
        },
      },
    },
  };
}

let built: JsonSchema | undefined;

/** The document (built once; it depends on nothing but the code). */
export function openApiDocument(): JsonSchema {
  built ??= build();
  return built;
}
