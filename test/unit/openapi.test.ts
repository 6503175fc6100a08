/**
 * The OpenAPI document, in-process: it validates as OpenAPI 3.1; each request schema states its
 * required fields and their types (a schema that accepts anything would be a defect) and agrees
 * with the zod schema it is generated from; each example is accepted and its answer validates.
 */
import { validate } from "@readme/openapi-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batchEndpoint } from "@/lib/api/batch";
import { BATCH_EXAMPLE, ENDPOINT_DOCS, openApiDocument } from "@/lib/api/openapi";
import { ENDPOINTS, invalid } from "@/lib/api/v1";
import { ENDPOINT_NAMES } from "@/lib/api/schemas";
import { checkAgainst } from "../openapi-check";
import { apiRequestArb } from "../property/api-requests";

const doc = openApiDocument() as Record<string, any>;
const check = checkAgainst(doc);
const schemas = doc.components.schemas as Record<string, any>;

describe("the document", () => {
  it("validates as OpenAPI 3.1", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(doc) as Parameters<typeof validate>[0]);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("a broken copy does not validate (the validator is really checking)", async () => {
    const broken = structuredClone(doc);
    broken.paths["/api/v1/vesting"].post.responses["200"] = { content: {} };
    expect((await validate(broken as Parameters<typeof validate>[0])).valid).toBe(false);
  });

  it("has every endpoint of the contract, each with a 200, 400 and 413 answer", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      ["/api/v1/batch", "/api/v1/contribution-limit", "/api/v1/eligibility", "/api/v1/forfeitures/allocate", "/api/v1/health", "/api/v1/nondiscrimination", "/api/v1/openapi.json", "/api/v1/projection", "/api/v1/vesting"].sort(),
    );
    for (const name of [...ENDPOINT_NAMES, "batch"]) {
      const post = doc.paths[`/api/v1/${name}`].post;
      expect(Object.keys(post.responses).sort(), name).toEqual(["200", "400", "413"]);
      expect(post.requestBody.content["application/json"].example, name).toBeDefined();
    }
    expect(doc.components.responses.TooLarge.description).toMatch(/1 MiB \(1048576 bytes\)/);
    expect(doc.paths["/api/v1/batch"].post.responses["413"].description).toMatch(/16 MiB \(16777216 bytes\)/);
  });
});

describe("request schemas: required fields and types", () => {
  // From the contract: the required fields of each body, and the JSON type of each field.
  const MONEY = ["string", "number"];
  const DATE = "string";
  const expected: Record<string, { required: string[]; types: Record<string, string | string[]> }> = {
    EligibilityRequest: {
      required: ["asOf", "employer", "birthDate", "employmentStartDate"],
      types: { asOf: DATE, employer: "string", birthDate: DATE, employmentStartDate: DATE, hours: "array", highlyCompensated: "boolean", priorYearCompensation: MONEY, fivePercentOwner: "boolean" },
    },
    ContributionLimitRequest: { required: ["planYear", "compensation"], types: { planYear: "integer", compensation: MONEY, birthDate: DATE, deferralPercent: "number" } },
    VestingRequest: { required: ["balances"], types: { yearsOfService: "number", employmentStartDate: DATE, asOf: DATE, balances: "object", planTerminated: "boolean" } },
    AllocationRequest: { required: ["pool", "participants"], types: { pool: MONEY, participants: "array" } },
    ProjectionRequest: {
      required: ["asOf", "birthDate", "balances", "compensation", "salaryGrowthPercent", "deferralPercent", "matchPercentOfDeferral", "annualReturnPercent", "years"],
      types: {
        asOf: DATE, birthDate: DATE, yearsOfService: "number", employmentStartDate: DATE, balances: "object", compensation: MONEY, salaryGrowthPercent: "number",
        deferralPercent: "number", matchPercentOfDeferral: "number", annualReturnPercent: "number", years: "integer", planTerminated: "boolean",
      },
    },
  };

  it.each(Object.entries(expected))("%s: its required fields, each field's type, and a description of each", (name, { required, types }) => {
    const schema = schemas[name];
    expect(schema.type).toBe("object");
    expect([...schema.required].sort()).toEqual([...required].sort());
    for (const [field, type] of Object.entries(types)) {
      expect(schema.properties[field]?.type, `${name}.${field}`).toEqual(type);
      expect(schema.properties[field]?.description?.length, `${name}.${field} has a description`).toBeGreaterThan(10);
    }
  });

  it("dates are YYYY-MM-DD real dates; money is 0 or more; ranges are stated", () => {
    expect(schemas.EligibilityRequest.properties.asOf).toMatchObject({ type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
    expect(schemas.EligibilityRequest.properties.hours.items).toMatchObject({ required: ["date", "hours"], properties: { date: { format: "date" }, hours: { type: "number", minimum: 0, maximum: 8784 } } });
    expect(schemas.AllocationRequest.properties.pool).toMatchObject({ type: ["string", "number"], minimum: 0 });
    expect(schemas.AllocationRequest.properties.participants).toMatchObject({ minItems: 1, maxItems: 100_000, items: { required: ["id", "deferrals"] } });
    expect(schemas.ProjectionRequest.properties.years).toMatchObject({ minimum: 1, maximum: 60 });
    expect(schemas.ProjectionRequest.properties.annualReturnPercent).toMatchObject({ minimum: -100, maximum: 100 });
    expect(schemas.ContributionLimitRequest.properties.planYear).toMatchObject({ minimum: 2002 });
    expect(schemas.BatchRequest.properties.requests).toMatchObject({ minItems: 1, maxItems: 10_000 });
  });

  it.each(ENDPOINT_NAMES)("%s: the document refuses an empty body, and a body with each required field of the wrong type", (name) => {
    const schemaName = ENDPOINT_DOCS[name].requestName;
    expect(check.schema(schemaName, {})).not.toEqual([]);
    const example = ENDPOINT_DOCS[name].example as Record<string, unknown>;
    for (const field of schemas[schemaName].required as string[]) {
      const wrong = schemas[schemaName].properties[field].type === "object" ? 7 : { wrong: true };
      expect(check.schema(schemaName, { ...example, [field]: wrong }), `${name}.${field}`).not.toEqual([]);
      const { [field]: _dropped, ...without } = example;
      expect(check.schema(schemaName, without), `${name} without ${field}`).not.toEqual([]);
    }
  });

  it("a batch item's body is held to its endpoint's schema; an unknown endpoint is refused", () => {
    expect(check.schema("BatchRequest", BATCH_EXAMPLE)).toEqual([]);
    expect(check.schema("BatchRequest", { requests: [] })).not.toEqual([]);
    expect(check.schema("BatchRequest", { requests: [{ endpoint: "vesting", body: { yearsOfService: 3 } }] })).not.toEqual([]);
    expect(check.schema("BatchRequest", { requests: [{ endpoint: "health", body: {} }] })).not.toEqual([]);
    expect(check.schema("BatchRequest", { requests: [{ id: "x".repeat(201), endpoint: "vesting", body: { yearsOfService: 3, balances: {} } }] })).not.toEqual([]);
  });

  it("agrees with the server: what the server accepts the document accepts, and what the document refuses the server refuses", () => {
    fc.assert(
      fc.property(apiRequestArb, ({ endpoint, body }) => {
        const answer = ENDPOINTS[endpoint](structuredClone(body));
        const errors = check.schema(ENDPOINT_DOCS[endpoint].requestName, body);
        if (answer.status === 200) expect(errors, JSON.stringify(body)).toEqual([]);
        if (errors.length > 0) expect(answer.status, JSON.stringify(body)).toBe(400);
      }),
      { numRuns: 1500 },
    );
    // 1,500 requests to six endpoints, each checked twice: seconds on a loaded machine.
  }, 60_000);
});

describe("answer schemas", () => {
  it.each(ENDPOINT_NAMES)("%s: the example is accepted, and its answer validates against the document", (name) => {
    const { example, requestName } = ENDPOINT_DOCS[name];
    expect(check.schema(requestName, example)).toEqual([]);
    const answer = ENDPOINTS[name](example);
    expect(answer.status).toBe(200);
    expect(check.answer(`/api/v1/${name}`, "post", 200, answer.body)).toEqual([]);
    expect(doc.paths[`/api/v1/${name}`].post.responses["200"].content["application/json"].example).toEqual(answer.body);
  });

  it("answers are checked strictly: an undeclared field, a money figure with one decimal, or a missing field fails", () => {
    const answer = ENDPOINTS.vesting(ENDPOINT_DOCS.vesting.example).body as Record<string, any>;
    expect(check.answer("/api/v1/vesting", "post", 200, { ...answer, surprise: 1 })).not.toEqual([]);
    expect(check.answer("/api/v1/vesting", "post", 200, { ...answer, forfeitable: "2000.0" })).not.toEqual([]);
    const { nextStep: _nextStep, ...withoutNextStep } = answer;
    expect(check.answer("/api/v1/vesting", "post", 200, withoutNextStep)).not.toEqual([]);
    expect(check.answer("/api/v1/vesting", "post", 200, { ...answer, vested: { ...answer.vested, total: 12500.01 } })).not.toEqual([]);
  });

  it("the contract's fields added in this version are declared: mayDefer, longTermPartTime, vesting's service", () => {
    expect(schemas.EligibilityAnswer.required).toEqual(expect.arrayContaining(["mayDefer", "longTermPartTime"]));
    // The contract's examples of them validate.
    const eligibility = ENDPOINTS.eligibility(ENDPOINT_DOCS.eligibility.example).body as Record<string, unknown>;
    const withPartTime = {
      ...eligibility, mayDefer: true,
      longTermPartTime: { eligible: true, eligibilityDate: "2025-01-01", entryDate: "2025-01-01", citation: "IRC 401(k)(2)(D), 401(k)(15)", periods: [{ start: "2023-01-01", end: "2023-12-31", hours: 640, qualifies: true }] },
    };
    expect(check.answer("/api/v1/eligibility", "post", 200, withPartTime)).toEqual([]);
    expect(check.answer("/api/v1/eligibility", "post", 200, { ...eligibility, mayDefer: null, longTermPartTime: null })).toEqual([]);
    expect(check.answer("/api/v1/eligibility", "post", 200, { ...withPartTime, longTermPartTime: { ...withPartTime.longTermPartTime, periods: [{ start: "2023-01-01" }] } })).not.toEqual([]);
    const vesting = ENDPOINTS.vesting(ENDPOINT_DOCS.vesting.example).body as Record<string, unknown>;
    const service = {
      method: "hoursCounting", yearsOfService: 3, consecutiveBreaks: 0, forfeitsOn: "2031-01-01",
      currentPeriod: { start: "2025-01-01", end: "2025-12-31", hours: 620, hoursToYearOfService: 380 },
      periods: [{ start: "2019-01-01", end: "2019-12-31", hours: 1240, yearOfService: true, creditedOn: "2019-09-30", breakInService: false }],
    };
    expect(check.answer("/api/v1/vesting", "post", 200, { ...vesting, service })).toEqual([]);
    expect(check.answer("/api/v1/vesting", "post", 200, { ...vesting, service: { ...service, method: "elapsedTime" } })).not.toEqual([]);
  });

  it("the 400 and 413 shapes", () => {
    expect(check.answer("/api/v1/eligibility", "post", 400, invalid([{ path: "asOf", message: "As-of date is required." }]).body)).toEqual([]);
    expect(check.answer("/api/v1/eligibility", "post", 400, { error: "invalid_request", issues: [] })).not.toEqual([]);
    expect(check.answer("/api/v1/batch", "post", 413, invalid([{ path: "", message: "too large" }], 413).body)).toEqual([]);
  });

  it("the batch example and its answer", () => {
    const answer = batchEndpoint(BATCH_EXAMPLE);
    expect(check.answer("/api/v1/batch", "post", 200, answer.body)).toEqual([]);
    expect(check.answer("/api/v1/batch", "post", 200, { responses: [{ id: null, status: 200, body: { error: "invalid_request", issues: [{ path: "", message: "x" }] } }] })).not.toEqual([]);
  });
});
