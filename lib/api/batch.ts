/**
 * POST /api/v1/batch (docs/api.md): many requests in one call. Each item is answered by the same
 * function that answers its endpoint alone (ENDPOINTS in ./v1), so an item's status and body are
 * exactly the single endpoint's; one bad item, or one that fails unexpectedly, never fails the
 * others. Only the envelope (no `requests` list, an empty one, or one over 10,000) fails the call.
 */
import { batchItemSchema, batchRequestSchema, describeIssues, MAX_BATCH_ID_LENGTH } from "../schemas";
import { ENDPOINTS, invalid, MAX_BODY_BYTES, tooLarge, unexpectedFailure, type ApiAnswer } from "./v1";

/** The largest batch body the route reads (api-v1: 16 MiB, 413 beyond). */
export const MAX_BATCH_BODY_BYTES = 16 * 1024 * 1024;

export interface BatchItemAnswer {
  id: string | null;
  status: number;
  body: unknown;
}

export type BatchOpening = { ok: false; answer: ApiAnswer } | { ok: true; items: readonly unknown[] };

const NOT_AN_ENVELOPE = 'Requests is required: send a JSON object such as { "requests": [ { "id": "E-1001", "endpoint": "vesting", "body": { … } } ] }.';

/** Checks the envelope: the whole call is a 400 naming `requests` unless it holds 1 to 10,000 items. */
export function openBatch(json: unknown): BatchOpening {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return { ok: false, answer: invalid([{ path: "requests", message: NOT_AN_ENVELOPE }]) };
  }
  const parsed = batchRequestSchema.safeParse({ requests: (json as { requests?: unknown }).requests }, { reportInput: true });
  if (!parsed.success) return { ok: false, answer: invalid(describeIssues(parsed.error)) };
  return { ok: true, items: parsed.data.requests };
}

/** The UTF-8 size of a body sent on its own as compact JSON; 0 when it cannot be written (too deep). */
function compactSize(body: unknown): number {
  try {
    const text = JSON.stringify(body);
    return text === undefined ? 0 : Buffer.byteLength(text, "utf8");
  } catch {
    return 0;
  }
}

/**
 * One item's answer. `mayBeLarge: false` tells that the whole batch is at most 1 MiB, so no
 * body in it can be over the single endpoint's limit and its size need not be measured.
 */
export function answerItem(item: unknown, { mayBeLarge = true }: { mayBeLarge?: boolean } = {}): BatchItemAnswer {
  const id = idOf(item);
  try {
    if (item === null || typeof item !== "object" || Array.isArray(item)) return { id, ...invalid([{ path: "", message: NOT_AN_ITEM }]) };
    const parsed = batchItemSchema.safeParse(item, { reportInput: true });
    if (!parsed.success) return { id, ...invalid(describeIssues(parsed.error)) };
    const { endpoint, body } = parsed.data;
    if (mayBeLarge && compactSize(body) > MAX_BODY_BYTES) return { id, ...tooLarge(MAX_BODY_BYTES) };
    return { id, ...ENDPOINTS[endpoint](body) };
  } catch {
    // Whatever went wrong with this item, the others are still answered (and nothing of it is logged).
    return { id, ...unexpectedFailure() };
  }
}

const NOT_AN_ITEM = 'Each request must be an object such as { "id": "E-1001", "endpoint": "vesting", "body": { … } }.';

/** The id to echo: the item's own when it is a valid one (a string of at most 200 characters), otherwise null. */
function idOf(item: unknown): string | null {
  const id = item !== null && typeof item === "object" ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.length <= MAX_BATCH_ID_LENGTH ? id : null;
}

/** The whole batch answered in memory (the route streams the same answers item by item). */
export function batchEndpoint(json: unknown): ApiAnswer {
  const opening = openBatch(json);
  if (!opening.ok) return opening.answer;
  return { status: 200, body: { responses: opening.items.map((item) => answerItem(item)) } };
}
