import { answerItem, MAX_BATCH_BODY_BYTES, openBatch } from "@/lib/api/batch";
import { unexpectedFailure } from "@/lib/api/v1";
import { json, readJson } from "../json-route";

export const dynamic = "force-dynamic";

/** Items answered per chunk of the streamed answer: enough to keep the per-chunk cost small, few enough to bound memory. */
const CHUNK = 250;

/** One item's answer as JSON; an answer that cannot be written is that item's unexpected failure, never a broken stream. */
function itemJson(item: unknown): string {
  const answer = answerItem(item);
  try {
    return JSON.stringify(answer);
  } catch {
    return JSON.stringify({ id: answer.id, ...unexpectedFailure() });
  }
}

/**
 * Reads up to 16 MiB, checks the envelope, then streams `{"responses":[…]}` a chunk of items at a
 * time: the answers are never all held at once, and other requests are served between chunks.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const read = await readJson(request, MAX_BATCH_BODY_BYTES);
    if (!read.ok) return read.response;
    const opening = openBatch(read.body);
    if (!opening.ok) return json(opening.answer);
    const { items } = opening;
    const encoder = new TextEncoder();
    let next = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const end = Math.min(next + CHUNK, items.length);
        let text = next === 0 ? '{"responses":[' : "";
        for (let i = next; i < end; i += 1) {
          text += (i === 0 ? "" : ",") + itemJson(items[i]);
        }
        next = end;
        if (next === items.length) text += "]}";
        controller.enqueue(encoder.encode(text));
        if (next === items.length) controller.close();
      },
    });
    return new Response(stream, { status: 200, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
  } catch {
    return json(unexpectedFailure());
  }
}
