import { answerItemJson, MAX_BATCH_BODY_BYTES, openBatch } from "@/lib/api/batch";
import { languageOfRequest } from "@/lib/api/language";
import type { Language } from "@/lib/languages";
import { poolBatch, poolSize } from "@/lib/api/batch-pool";
import { notJson, tooLarge, unexpectedFailure } from "@/lib/api/v1";
import { json, parseJson, readLimitedBytes } from "../json-route";

export const dynamic = "force-dynamic";

/** Items answered per chunk of the streamed answer: enough to keep the per-chunk cost small, few enough to bound memory. */
const CHUNK = 250;
/** From this size on a batch is split across the worker threads (below it, splitting costs more than it saves). */
const POOL_MIN_BYTES = 256 * 1024;

// The answer is not compressed here: gzip of a large batch's answer costs the server more CPU than
// evaluating thousands of employees. A proxy or load balancer in front may compress it.
const headers = (language: Language) => ({ "Content-Type": "application/json", "Cache-Control": "no-store, no-transform", "Content-Language": language, Vary: "Accept-Language" });

function streamOf(next: () => Promise<string | Uint8Array | null> | string | null): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await next();
      if (chunk === null) controller.close();
      else controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
    },
  });
}

/** The batch answered in this thread, a chunk of items per pull. */
function inProcess(body: unknown, language: Language): Response {
  const opening = openBatch(body, language);
  if (!opening.ok) return json(opening.answer, language);
  const { items } = opening;
  let next = 0;
  const stream = streamOf(() => {
    if (next > items.length) return null;
    const end = Math.min(next + CHUNK, items.length);
    let text = next === 0 ? '{"responses":[' : "";
    for (let i = next; i < end; i += 1) text += (i === 0 ? "" : ",") + answerItemJson(items[i], language);
    if (end === items.length) text += "]}";
    next = end === items.length ? items.length + 1 : end;
    return text;
  });
  return new Response(stream, { status: 200, headers: headers(language) });
}

/**
 * Reads up to 16 MiB, checks the envelope, then streams `{"responses":[…]}` a chunk of items at a
 * time: the answers are never all held at once, and other requests are served between chunks. A
 * large batch is split across worker threads, one part per core; its answer is the same.
 */
export async function POST(request: Request): Promise<Response> {
  const language = languageOfRequest(request.headers.get("accept-language"));
  try {
    const bytes = await readLimitedBytes(request, MAX_BATCH_BODY_BYTES);
    if (bytes === null) return json(tooLarge(MAX_BATCH_BODY_BYTES, language), language);
    const workers = poolSize();
    if (workers >= 2 && bytes.byteLength >= POOL_MIN_BYTES) {
      const pooled = await poolBatch(bytes, workers, language);
      if (pooled?.kind === "invalidJson") return json(notJson(language), language);
      if (pooled?.kind === "stream") {
        const { chunks } = pooled;
        return new Response(
          streamOf(async () => {
            const { done, value } = await chunks.next();
            return done ? null : value;
          }),
          { status: 200, headers: headers(language) },
        );
      }
    }
    const parsed = parseJson(bytes);
    return parsed.ok ? inProcess(parsed.value, language) : json(notJson(language), language);
  } catch {
    return json(unexpectedFailure(language), language);
  }
}
