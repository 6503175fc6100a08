/**
 * POST /api/v1/batch (docs/api.md): many requests in one call. Each item is answered by the same
 * function that answers its endpoint alone (ENDPOINTS in ./v1), so an item's status and body are
 * exactly the single endpoint's; one bad item, or one that fails unexpectedly, never fails the
 * others. Only the envelope (no `requests` list, an empty one, or one over 10,000) fails the call.
 */
import { batchItemSchema, batchRequestSchema, describeIssues, ENDPOINT_NAMES, MAX_BATCH_ID_LENGTH, safeParseIn, type EndpointName } from "./schemas";
import { ANSWER_WORDS } from "./parse-language";
import type { Language } from "../languages";
import { SOS_PLAN } from "../plan/sos-plan";
import { ENDPOINTS, invalid, unexpectedFailure, type ApiAnswer } from "./v1";

/** The largest batch body the route reads (api-v1: 16 MiB, 413 beyond). */
export const MAX_BATCH_BODY_BYTES = 16 * 1024 * 1024;

export interface BatchItemAnswer {
  id: string | null;
  status: number;
  body: unknown;
}

export type BatchOpening = { ok: false; answer: ApiAnswer } | { ok: true; items: readonly unknown[] };

/** Checks the envelope: the whole call is a 400 naming `requests` unless it holds 1 to 10,000 items (its messages in `language`). */
export function openBatch(json: unknown, language: Language = "en"): BatchOpening {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return { ok: false, answer: invalid([{ path: "requests", message: ANSWER_WORDS[language].requestWords.notAnEnvelope }]) };
  }
  const parsed = safeParseIn(batchRequestSchema, { requests: (json as { requests?: unknown }).requests }, language);
  if (!parsed.success) return { ok: false, answer: invalid(describeIssues(parsed.error, language)) };
  return { ok: true, items: parsed.data.requests };
}

/**
 * One item's answer: its endpoint's answer to its body, or its own 400 when it names no known
 * endpoint, has no body or carries an invalid id. An item's body is held to the batch's 16 MiB,
 * not to the single endpoints' 1 MiB (a limit on one HTTP body: here the batch is the HTTP body).
 */
export function answerItem(item: unknown, language: Language = "en"): BatchItemAnswer {
  const id = idOf(item);
  try {
    if (item === null || typeof item !== "object" || Array.isArray(item)) return { id, ...invalid([{ path: "", message: ANSWER_WORDS[language].requestWords.notAnItem }]) };
    // The usual item, checked directly (what batchItemSchema accepts); any other goes to the schema for its messages.
    const sent = item as { endpoint?: unknown; id?: unknown; body?: unknown };
    if (typeof sent.endpoint === "string" && NAMES.has(sent.endpoint) && "body" in sent && (sent.id === undefined || id !== null)) {
      return { id, ...ENDPOINTS[sent.endpoint as EndpointName](sent.body, SOS_PLAN, language) };
    }
    const parsed = safeParseIn(batchItemSchema, item, language);
    if (!parsed.success) return { id, ...invalid(describeIssues(parsed.error, language)) };
    const { endpoint, body } = parsed.data;
    return { id, ...ENDPOINTS[endpoint](body, SOS_PLAN, language) };
  } catch {
    // Whatever went wrong with this item, the others are still answered (and nothing of it is logged).
    return { id, ...unexpectedFailure(language) };
  }
}

/**
 * One item's answer as JSON, as the batch's answer writes it (in the route and in its worker
 * threads alike): an answer that cannot be written is that item's unexpected failure, never a
 * broken stream.
 */
export function answerItemJson(item: unknown, language: Language = "en"): string {
  const answer = answerItem(item, language);
  try {
    return JSON.stringify(answer);
  } catch {
    return JSON.stringify({ id: answer.id, ...unexpectedFailure(language) });
  }
}

const NAMES: ReadonlySet<string> = new Set(ENDPOINT_NAMES);

/** The id to echo: the item's own when it is a valid one (a string of at most 200 characters), otherwise null. */
function idOf(item: unknown): string | null {
  const id = item !== null && typeof item === "object" ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.length <= MAX_BATCH_ID_LENGTH ? id : null;
}

/** The whole batch answered in memory (the route streams the same answers item by item). */
export function batchEndpoint(json: unknown, language: Language = "en"): ApiAnswer {
  const opening = openBatch(json, language);
  if (!opening.ok) return opening.answer;
  return { status: 200, body: { responses: opening.items.map((item) => answerItem(item, language)) } };
}
