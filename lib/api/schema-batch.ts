/**
 * The batch envelope's schemas (POST /api/v1/batch, docs/api.md): the list of requests and each
 * item apart from its body, which its endpoint's schema checks (lib/schemas.ts re-exports these).
 */
import { z } from "../zod";
import { said, say } from "./parse-language";

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
    .array(z.unknown(), said((w) => w.requestList))
    .min(1, said((w) => w.atLeastOneRequest))
    .max(MAX_BATCH_REQUESTS, said((w) => w.atMostRequests(MAX_BATCH_REQUESTS)))
    .describe("The requests, each answered as its own endpoint would answer its body, in this order."),
});

/** One item of a batch, apart from its body (which its endpoint's schema checks). */
export const batchItemSchema = z.object(
  {
    id: z
      .string(said((w) => w.batchId(MAX_BATCH_ID_LENGTH)))
      .max(MAX_BATCH_ID_LENGTH, said((w) => w.atMostCharacters(MAX_BATCH_ID_LENGTH)))
      .optional()
      .describe("Your own reference for this request, echoed back in its answer (null there when absent)."),
    endpoint: z
      .enum(ENDPOINT_NAMES, { error: (issue) => say((w) => (issue.input === undefined ? w.required : w.endpointOneOf(ENDPOINT_NAMES))) })
      .describe("The endpoint that answers this request: POST /api/v1/<endpoint>."),
    body: z.unknown().describe("The request body, exactly as it would be sent to that endpoint alone."),
  },
  said((w) => w.batchItemObject),
);
