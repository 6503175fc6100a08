/**
 * The batch envelope's schemas (POST /api/v1/batch, docs/api.md): the list of requests and each
 * item apart from its body, which its endpoint's schema checks (lib/schemas.ts re-exports these).
 */
import { z } from "../zod";
import { formatCount } from "../words/format";

/** The endpoints a batch item may name: `POST /api/v1/<name>`. */
export const ENDPOINT_NAMES = ["eligibility", "contribution-limit", "vesting", "forfeitures/allocate", "projection", "nondiscrimination"] as const;
export type EndpointName = (typeof ENDPOINT_NAMES)[number];

/** The most requests one batch may hold. */
export const MAX_BATCH_REQUESTS = 10_000;
/** The longest id a batch item may carry. */
export const MAX_BATCH_ID_LENGTH = 200;

/**
 * A batch's envelope. Each item is checked on its own (batchItemSchema), so that one bad item
 * gets its own 400 and never fails the others; the envelope only needs a list of 1 to 10,000.
 */
export const batchRequestSchema = z.object({
  requests: z
    .array(z.unknown(), { error: 'must be a list of { "id", "endpoint", "body" } requests' })
    .min(1, "must list at least one request")
    .max(MAX_BATCH_REQUESTS, `must list at most ${formatCount(MAX_BATCH_REQUESTS)} requests`)
    .describe("The requests, each answered as its own endpoint would answer its body, in this order."),
});

/** One item of a batch, apart from its body (which its endpoint's schema checks). */
export const batchItemSchema = z.object(
  {
    id: z
      .string({ error: `must be a text id of at most ${MAX_BATCH_ID_LENGTH} characters, such as "E-1001"` })
      .max(MAX_BATCH_ID_LENGTH, `must be at most ${MAX_BATCH_ID_LENGTH} characters`)
      .optional()
      .describe("Your own reference for this request, echoed back in its answer (null there when absent)."),
    endpoint: z
      .enum(ENDPOINT_NAMES, {
        error: (issue) => (issue.input === undefined ? "is required" : `must be one of ${ENDPOINT_NAMES.map((name) => `"${name}"`).join(", ")}`),
      })
      .describe("The endpoint that answers this request: POST /api/v1/<endpoint>."),
    body: z.unknown().describe("The request body, exactly as it would be sent to that endpoint alone."),
  },
  { error: 'must be an object such as { "id": "E-1001", "endpoint": "vesting", "body": { … } }' },
);
