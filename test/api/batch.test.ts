/**
 * POST /api/v1/batch over HTTP against the production build: each item's status and body are
 * what the single endpoint answers over HTTP for the same body, in order, ids echoed; the
 * envelope's errors name `requests`; the body limit is 16 MiB.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batchEndpoint } from "@/lib/api/batch";
import { apiRequestArb } from "../property/api-requests";
import { issueAt, post } from "./client";

const eligibility = { asOf: "2003-06-30", employer: "SOS", birthDate: "1980-02-29", employmentStartDate: "2002-03-15" };

describe("POST /api/v1/batch", () => {
  it("the contract's example: two items, each answered as its endpoint answers it alone", async () => {
    const requests = [
      { id: "E-1001", endpoint: "eligibility", body: eligibility },
      { id: "E-1001/v", endpoint: "vesting", body: { yearsOfService: 3, balances: { match: "100" } } },
    ];
    const { status, json, headers } = await post("batch", { requests });
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/json/);
    // Not compressed by the server (it would cost more CPU than the evaluation): no-transform.
    expect(headers.get("cache-control")).toBe("no-store, no-transform");
    expect(headers.get("content-encoding")).toBeNull();
    const alone = await Promise.all(requests.map((request) => post(request.endpoint, request.body)));
    expect(json).toEqual({ responses: requests.map((request, i) => ({ id: request.id, status: alone[i]!.status, body: alone[i]!.json })) });
    // Born 1980-02-29: 21 on 2001-03-01; no hours given, so the service requirement is not met.
    expect(json.responses[0].body).toMatchObject({ eligible: false, eligibilityDate: null, requirements: [{ id: "age", metOn: "2001-03-01" }, { id: "service", met: false }] });
    expect(json.responses[1].body).toMatchObject({ vestedPercent: 50, vested: { match: "50.00" } });
  });

  it("random requests to every endpoint, valid and invalid, answer identically in a batch and alone", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(apiRequestArb, fc.option(fc.string({ maxLength: 8 }), { nil: undefined })), { minLength: 1, maxLength: 12 }), async (items) => {
        const requests = items.map(([request, id]) => ({ ...(id === undefined ? {} : { id }), endpoint: request.endpoint, body: request.body }));
        const batch = await post("batch", { requests });
        expect(batch.status).toBe(200);
        const alone = await Promise.all(items.map(([request]) => post(request.endpoint, request.body)));
        expect(batch.json.responses).toEqual(items.map(([, id], i) => ({ id: id ?? null, status: alone[i]!.status, body: alone[i]!.json })));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("a large batch, split across the worker threads, answers exactly as the same batch in one thread", async () => {
    // 4,000 requests of every kind (valid, invalid, junk items), about 1 MB: over the size from which the batch is split.
    const item = fc.oneof(
      { weight: 20, arbitrary: fc.tuple(apiRequestArb, fc.option(fc.string({ maxLength: 8 }), { nil: undefined })).map(([request, id]) => ({ ...(id === undefined ? {} : { id }), ...request })) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 7, [], { endpoint: "nowhere", body: {} }, { endpoint: "vesting" }, { id: 5, endpoint: "vesting", body: {} }) },
    );
    const requests = JSON.parse(JSON.stringify(fc.sample(item, { numRuns: 4_000, seed: 20021231 })));
    expect(JSON.stringify({ requests }).length).toBeGreaterThan(256 * 1024);
    const { status, json } = await post("batch", { requests });
    expect(status).toBe(200);
    expect(json).toEqual(batchEndpoint({ requests }).body);
  });

  it.each([
    ["requests missing", {}],
    ["requests not a list", { requests: "all" }],
    ["requests empty", { requests: [] }],
    ["not an object", [{ endpoint: "vesting", body: {} }]],
  ])("an envelope with %s is a 400 naming requests", async (_name, body) => {
    const { status, json } = await post("batch", body);
    expect(status).toBe(400);
    expect(issueAt(json, "requests")).toBeDefined();
  });

  it("10,001 requests are a 400 naming requests; 10,000 are all answered, in order", async () => {
    const item = (i: number) => ({ id: `V-${i}`, endpoint: "vesting", body: { yearsOfService: i % 6, balances: { match: "1000" } } });
    const over = await post("batch", { requests: Array.from({ length: 10_001 }, (_, i) => item(i)) });
    expect(over.status).toBe(400);
    expect(issueAt(over.json, "requests")?.message).toMatch(/at most 10,000 requests/);
    const full = await post("batch", { requests: Array.from({ length: 10_000 }, (_, i) => item(i)) });
    expect(full.status).toBe(200);
    expect(full.json.responses).toHaveLength(10_000);
    // Years 0–5 in turn: 0, 0, 0, 50, 75, 100% of 1,000.00 → forfeitable 1000, 1000, 1000, 500, 250, 0.
    expect(full.json.responses.slice(0, 6).map((r: any) => r.body.forfeitable)).toEqual(["1000.00", "1000.00", "1000.00", "500.00", "250.00", "0.00"]);
    expect(full.json.responses[9_999]).toMatchObject({ id: "V-9999", status: 200, body: { yearsOfService: 3, forfeitable: "500.00" } });
  });

  it("a body of 1.5 MiB is read (over the single endpoints' 1 MiB); one over 16 MiB gets 413", async () => {
    const padded = JSON.stringify({ requests: [{ endpoint: "vesting", body: { yearsOfService: 3, balances: {} } }], padding: "x".repeat(1.5 * 1024 * 1024) });
    expect((await post("batch", padded, true)).status).toBe(200);
    const big = JSON.stringify({ requests: [{ endpoint: "vesting", body: { yearsOfService: 3, balances: {} } }], padding: "x".repeat(16 * 1024 * 1024) });
    const { status, json } = await post("batch", big, true);
    expect(status).toBe(413);
    expect(json.issues[0].message).toBe("The request body is larger than 16 MiB (16777216 bytes).");
  });

  it("large bodies: broken JSON late in the list is a 400 for the whole call; another envelope key is still read", async () => {
    const items = Array.from({ length: 4_000 }, (_, i) => JSON.stringify({ id: `V-${i}`, endpoint: "vesting", body: { yearsOfService: 3, balances: { match: "100" } } }));
    const broken = `{"requests":[${items.slice(0, 3_999).join(",")},{"id": "V-3999", "endpoint": "vesting", "body": {]}`;
    const notJson = await post("batch", broken, true);
    expect(notJson.status).toBe(400);
    expect(notJson.json.issues[0]).toMatchObject({ path: "", message: expect.stringMatching(/not valid JSON/) });
    const emptyItem = `{"requests":[${items.join(",")},]}`;
    expect((await post("batch", emptyItem, true)).status).toBe(400);
    const extraKey = `{"note":"payroll run 12","requests":[${items.join(",")}]}`;
    const read = await post("batch", extraKey, true);
    expect(read.status).toBe(200);
    expect(read.json.responses).toHaveLength(4_000);
    expect(read.json.responses[3_999]).toMatchObject({ id: "V-3999", status: 200, body: { vested: { match: "50.00" } } });
  });

  it("a body that is not JSON is a 400 for the whole call", async () => {
    const { status, json } = await post("batch", '{"requests": [', true);
    expect(status).toBe(400);
    expect(json.issues[0]).toMatchObject({ path: "", message: expect.stringMatching(/not valid JSON/) });
  });
});
