/**
 * POST /api/v1/batch in-process: the envelope, each item's own answer, ids, and a failing item
 * that never fails the others. Item answers are compared with the single endpoints' own.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerItem, batchEndpoint, openBatch } from "@/lib/api/batch";
import { ENDPOINTS, eligibilityEndpoint, vestingEndpoint } from "@/lib/api/v1";

type Batch = { responses: { id: string | null; status: number; body: any }[] };
const responsesOf = (json: unknown) => {
  const answer = batchEndpoint(json);
  expect(answer.status).toBe(200);
  return (answer.body as Batch).responses;
};
const issuesOf = (json: unknown) => {
  const answer = batchEndpoint(json);
  expect(answer.status).toBe(400);
  return (answer.body as { error: string; issues: { path: string; message: string }[] }).issues;
};

const eligibility = { asOf: "2003-06-30", employer: "SOS", birthDate: "1980-02-29", employmentStartDate: "2002-03-15" };
const vesting = { yearsOfService: 3, balances: { match: "100" } };

describe("the envelope", () => {
  it("the contract's example: two items, answered in order with their ids", () => {
    const responses = responsesOf({
      requests: [
        { id: "E-1001", endpoint: "eligibility", body: eligibility },
        { id: "E-1001/v", endpoint: "vesting", body: vesting },
      ],
    });
    expect(responses).toHaveLength(2);
    expect(responses[0]).toEqual({ id: "E-1001", ...eligibilityEndpoint(eligibility) });
    // 3 years → 50%: 100 × 0.5 = 50.00 vested, 50.00 forfeitable.
    expect(responses[1]).toMatchObject({ id: "E-1001/v", status: 200, body: { vestedPercent: 50, vested: { match: "50.00" }, forfeitable: "50.00" } });
    expect(responses[1]).toEqual({ id: "E-1001/v", ...vestingEndpoint(vesting) });
  });

  it.each([
    ["not an object", [1, 2], /requests/],
    ["null", null, /requests/],
    ["requests missing", {}, /Requests is required/],
    ["requests not a list", { requests: { id: "x" } }, /must be a list/],
    ["requests empty", { requests: [] }, /at least one request/],
    ["requests longer than 10,000", { requests: Array.from({ length: 10_001 }, () => ({ endpoint: "vesting", body: vesting })) }, /at most 10,000 requests/],
  ])("an envelope %s is a 400 for the whole call naming requests", (_name, json, message) => {
    const issues = issuesOf(json);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe("requests");
    expect(issues[0]!.message).toMatch(message);
  });

  it("10,000 requests (the most) are all answered", () => {
    const responses = responsesOf({ requests: Array.from({ length: 10_000 }, (_, i) => ({ id: `V-${i}`, endpoint: "vesting", body: { ...vesting, yearsOfService: i % 6 } })) });
    expect(responses).toHaveLength(10_000);
    // 5 years → 100%, 4 → 75%, 3 → 50%, under 3 → 0%.
    expect(responses.slice(0, 6).map((r) => r.body.vestedPercent)).toEqual([0, 0, 0, 50, 75, 100]);
    expect(responses[9_999]).toMatchObject({ id: "V-9999", status: 200, body: { yearsOfService: 3, vestedPercent: 50 } });
  });

  it("openBatch hands back the items themselves, unread", () => {
    const item = { endpoint: "vesting", body: vesting };
    const opening = openBatch({ requests: [item] });
    expect(opening.ok && opening.items[0]).toBe(item);
  });
});

describe("each item answered on its own", () => {
  it("a bad body is the single endpoint's 400, with its paths; the good items beside it are answered", () => {
    const bad = { ...eligibility, hours: [{ date: "2002-03-31", hours: 80 }, { date: "2002-02-01", hours: 8 }] };
    const responses = responsesOf({ requests: [{ endpoint: "vesting", body: vesting }, { id: "bad", endpoint: "eligibility", body: bad }, { endpoint: "vesting", body: vesting }] });
    expect(responses.map((r) => r.status)).toEqual([200, 400, 200]);
    expect(responses[1]).toEqual({ id: "bad", ...eligibilityEndpoint(bad) });
    expect(responses[1]!.body.issues[0].path).toBe("hours.1.date");
  });

  it.each([
    ["an unknown endpoint", { endpoint: "health", body: {} }, ["endpoint"], /Endpoint must be one of "eligibility", "contribution-limit", "vesting", "forfeitures\/allocate", "projection"/],
    ["a prototype key as endpoint", { endpoint: "__proto__", body: {} }, ["endpoint"], /Endpoint must be one of/],
    ["an endpoint that is not text", { endpoint: 3, body: {} }, ["endpoint"], /Endpoint must be one of/],
    ["no endpoint", { body: {} }, ["endpoint"], /Endpoint is required/],
    ["no body", { endpoint: "vesting" }, ["body"], /Body is required/],
    ["neither", { id: "n" }, ["endpoint", "body"], /is required/],
    ["an id that is not text", { id: 17, endpoint: "vesting", body: vesting }, ["id"], /Id must be a text id of at most 200 characters/],
    ["an id of 201 characters", { id: "x".repeat(201), endpoint: "vesting", body: vesting }, ["id"], /at most 200 characters/],
    ["an item that is not an object", "vesting", [""], /Each request must be an object/],
    ["an item that is null", null, [""], /Each request must be an object/],
  ])("%s gets its own 400 naming the field", (_name, item, paths, message) => {
    const responses = responsesOf({ requests: [item, { id: "ok", endpoint: "vesting", body: vesting }] });
    expect(responses[0]!.status).toBe(400);
    expect(responses[0]!.body.error).toBe("invalid_request");
    expect(responses[0]!.body.issues.map((issue: { path: string }) => issue.path)).toEqual(paths);
    expect(responses[0]!.body.issues[0].message).toMatch(message);
    expect(responses[1]).toMatchObject({ id: "ok", status: 200 });
  });

  it("ids: echoed as sent (an empty one and one of 200 characters too), null when absent or invalid", () => {
    const long = "é".repeat(200);
    const responses = responsesOf({
      requests: [
        { id: "", endpoint: "vesting", body: vesting },
        { id: long, endpoint: "vesting", body: vesting },
        { endpoint: "vesting", body: vesting },
        { id: "x".repeat(201), endpoint: "vesting", body: vesting },
        { id: "E-1", endpoint: "vesting", body: vesting },
        { id: "E-1", endpoint: "vesting", body: vesting },
      ],
    });
    expect(responses.map((r) => r.id)).toEqual(["", long, null, null, "E-1", "E-1"]);
  });

  it("a body that is not an object is answered as its endpoint answers it: 400, path empty", () => {
    for (const body of [null, 5, "text", [1]]) {
      const response = answerItem({ endpoint: "vesting", body });
      expect(response).toEqual({ id: null, ...vestingEndpoint(body) });
      expect(response.body).toMatchObject({ issues: [{ path: "" }] });
    }
  });

  it("a body over 1 MiB is evaluated: the batch's 16 MiB bounds it, not the single endpoints' 1 MiB", () => {
    // 100,000 participants of {"id":"P-nnnnn","deferrals":"1.00"} ≈ 36 bytes each ≈ 3.6 MB > 1 MiB.
    // Equal deferrals: 1,000.00 = 100,000 cents shared by 100,000 → exactly 1 cent each, no remainder.
    const participants = Array.from({ length: 100_000 }, (_, i) => ({ id: `P-${String(i).padStart(5, "0")}`, deferrals: "1.00" }));
    expect(JSON.stringify({ pool: "1000.00", participants }).length).toBeGreaterThan(1024 * 1024);
    const answer = answerItem({ endpoint: "forfeitures/allocate", body: { pool: "1000.00", participants } });
    expect(answer.status).toBe(200);
    const body = answer.body as { allocations: { id: string; amount: string }[]; total: string };
    expect(body.total).toBe("1000.00");
    expect(body.allocations.every((allocation) => allocation.amount === "0.01")).toBe(true);
    expect(body.allocations[99_999]).toEqual({ id: "P-99999", amount: "0.01" });
  }, 30_000);
});

describe("an item that fails unexpectedly", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is a 400 with no detail, the items around it answered", () => {
    vi.spyOn(ENDPOINTS as Record<string, (json: unknown) => unknown>, "contribution-limit").mockImplementation(() => {
      throw new RangeError("boom");
    });
    const responses = responsesOf({
      requests: [
        { id: "a", endpoint: "vesting", body: vesting },
        { id: "b", endpoint: "contribution-limit", body: { planYear: 2002, compensation: "1" } },
        { id: "c", endpoint: "vesting", body: vesting },
      ],
    });
    expect(responses.map((r) => [r.id, r.status])).toEqual([["a", 200], ["b", 400], ["c", 200]]);
    expect(responses[1]!.body).toEqual({ error: "invalid_request", issues: [{ path: "", message: "The request could not be evaluated. Check each field against the API contract and try again." }] });
  });
});
