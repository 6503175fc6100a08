/**
 * The API's sentences in Spanish (Accept-Language): which language a request asks for, and that
 * the language changes each answer's sentences (a 200's `explanation`, a 400's `message`s) and
 * nothing else. The Spanish sentences themselves are held to the English by
 * test/unit/words-es-*.test.ts and test/unit/api-messages-es.test.ts; here every endpoint answers
 * the same random requests in both languages, field for field.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batchEndpoint } from "@/lib/api/batch";
import { languageOfRequest } from "@/lib/api/language";
import { ENDPOINTS } from "@/lib/api/v1";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { apiRequestArb } from "../property/api-requests";

describe("the language a request asks for", () => {
  it.each([
    [null, "en"],
    ["", "en"],
    ["es", "es"],
    ["es-US", "es"],
    ["es-MX,es;q=0.9", "es"],
    ["ES-419", "es"],
    ["en-US,en;q=0.9,es;q=0.8", "en"],
    ["es;q=0.8, en;q=0.9", "en"],
    ["en;q=0.5, es;q=0.6", "es"],
    // A tie goes to English, the default; a language the API does not write counts for nothing.
    ["es;q=0.7, en;q=0.7", "en"],
    ["fr-FR, es;q=0.5", "es"],
    ["fr, de", "en"],
    ["*", "en"],
    ["es;q=0", "en"],
    ["es;q=abc", "en"],
    ["estonian", "en"],
  ] as const)("%j asks for %s", (header, language) => {
    expect(languageOfRequest(header)).toBe(language);
  });
});

/** The keys whose values are sentences: a 200's `explanation` (a list), a 400 issue's `message`. */
const isSentences = (key: string, inner: unknown) => (key === "explanation" && Array.isArray(inner)) || (key === "message" && typeof inner === "string");

/** The answer without its sentences: every `explanation` and `message` taken out, wherever it is. */
function withoutSentences(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSentences);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key, inner]) => !isSentences(key, inner)).map(([key, inner]) => [key, withoutSentences(inner)]));
}

/** Every sentence in an answer, in order. */
function sentences(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(sentences);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (isSentences(key, inner) ? ([] as string[]).concat(inner as string | string[]) : sentences(inner)));
}

describe("answers in Spanish", () => {
  it("random requests to every endpoint: the same status and fields in both languages; only the sentences differ, and they do", () => {
    fc.assert(
      fc.property(apiRequestArb, ({ endpoint, body }) => {
        const english = ENDPOINTS[endpoint](body, SOS_PLAN, "en");
        const spanish = ENDPOINTS[endpoint](body, SOS_PLAN, "es");
        expect(spanish.status).toBe(english.status);
        expect(withoutSentences(spanish.body)).toEqual(withoutSentences(english.body));
        const [en, es] = [sentences(english.body), sentences(spanish.body)];
        expect(es).toHaveLength(en.length);
        es.forEach((sentence, index) => expect(sentence).not.toBe(en[index]));
      }),
      { numRuns: 300 },
    );
  });

  it("the hand-worked vesting case: 3 years, 50%; the figures the same and the first sentence in Spanish", () => {
    const body = { yearsOfService: 3, balances: { deferral: "10000", rollover: "500", match: "4000.01" } };
    const english = ENDPOINTS.vesting(body, SOS_PLAN, "en");
    const spanish = ENDPOINTS.vesting(body, SOS_PLAN, "es");
    expect((spanish.body as { vested: { total: string } }).vested.total).toBe("12500.01");
    expect((english.body as { vestedPercent: number }).vestedPercent).toBe(50);
    const [always, match] = (spanish.body as { explanation: string[] }).explanation;
    expect(always).toContain("siempre son 100% suyos. (11-K Note 1.D)");
    expect(match).toContain("con 3 años de servicio, ya es suyo el 50%");
  });

  it("the batch passes the language to every item", () => {
    const requests = [
      { id: "a", endpoint: "vesting", body: { yearsOfService: 4, balances: { match: "100" } } },
      { id: "b", endpoint: "eligibility", body: { asOf: "2003-06-30", employer: "SOS", birthDate: "1970-01-01", employmentStartDate: "2002-01-02", hours: [{ date: "2002-12-31", hours: 1200 }] } },
    ];
    const english = batchEndpoint({ requests }, "en").body as { responses: { body: unknown }[] };
    const spanish = batchEndpoint({ requests }, "es").body as { responses: { body: unknown }[] };
    for (const [index, item] of spanish.responses.entries()) {
      expect(sentences(item.body)).toEqual(sentences(ENDPOINTS[requests[index]!.endpoint as "vesting"](requests[index]!.body, SOS_PLAN, "es").body));
      expect(sentences(item.body)).not.toEqual(sentences(english.responses[index]!.body));
    }
  });
});

describe("the OpenAPI document says so", () => {
  it("every POST takes Accept-Language and its 200 names Content-Language", async () => {
    const { openApiDocument } = await import("@/lib/api/openapi");
    const document = openApiDocument() as { paths: Record<string, { post?: { parameters?: unknown[]; responses: Record<string, { headers?: Record<string, unknown> }> } }>; components: { parameters: Record<string, { name: string; in: string }> } };
    const posts = Object.entries(document.paths).filter(([, item]) => item.post);
    expect(posts.length).toBe(7);
    for (const [path, item] of posts) {
      expect(item.post!.parameters, path).toEqual([{ $ref: "#/components/parameters/AcceptLanguage" }]);
      expect(Object.keys(item.post!.responses["200"]!.headers ?? {}), path).toEqual(["Content-Language"]);
    }
    expect(document.components.parameters.AcceptLanguage).toMatchObject({ name: "Accept-Language", in: "header" });
  });
});
