/**
 * The one wrapper every v1 endpoint shares: read at most 1 MiB, parse JSON, call the endpoint,
 * answer JSON. Nothing the caller sent is logged or kept.
 */
import { invalid, type ApiAnswer } from "@/lib/api/v1";

export const MAX_BODY_BYTES = 1024 * 1024;

function json(answer: ApiAnswer): Response {
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}

const tooLarge = (): Response =>
  json(invalid([{ path: "", message: `The request body is larger than 1 MiB (${MAX_BODY_BYTES} bytes).` }], 413));

/** Reads the body as text, stopping as soon as it passes the limit. Null when too large. */
async function readLimited(request: Request): Promise<string | null> {
  const length = request.headers.get("content-length");
  if (length !== null) {
    // The declared length bounds the body (the HTTP parser holds the client to it).
    if (Number(length) > MAX_BODY_BYTES) return null;
    return request.text();
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export function jsonRoute(endpoint: (body: unknown) => ApiAnswer) {
  return async function POST(request: Request): Promise<Response> {
    try {
      const text = await readLimited(request);
      if (text === null) return tooLarge();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return json(invalid([{ path: "", message: "The request body is not valid JSON. Send a JSON object, such as { \"yearsOfService\": 3 }." }]));
      }
      return json(endpoint(body));
    } catch {
      // A request never gets a 500 (api-v1). Whatever went wrong, nothing of the body is logged.
      return json(invalid([{ path: "", message: "The request could not be evaluated. Check each field against the API contract and try again." }]));
    }
  };
}
