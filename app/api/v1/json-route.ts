/**
 * The one wrapper every v1 endpoint shares: read at most 1 MiB (the batch: 16 MiB), parse JSON,
 * call the endpoint, answer JSON. Nothing the caller sent is logged or kept.
 */
import { languageOfRequest } from "@/lib/api/language";
import { MAX_BODY_BYTES, notJson, tooLarge, unexpectedFailure, type ApiAnswer, type Endpoint } from "@/lib/api/v1";
import type { Language } from "@/lib/languages";
import { SOS_PLAN } from "@/lib/plan/sos-plan";

/**
 * The answer as JSON. `Content-Language` names the language of its sentences (a 200's
 * `explanation`, a 400's or 413's messages): `language`, the one the answer was written in, which
 * is the one the request asked for (lib/api/language.ts) for every answer the API gives.
 */
export function json(answer: ApiAnswer, language: Language = "en"): Response {
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store", "Content-Language": language, Vary: "Accept-Language" } });
}

/** Reads the body, stopping as soon as it passes the limit. Null when too large. */
export async function readLimitedBytes(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const length = request.headers.get("content-length");
  if (length !== null) {
    // The declared length bounds the body (the HTTP parser holds the client to it).
    if (Number(length) > maxBytes) return null;
    return new Uint8Array(await request.arrayBuffer());
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
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
  return bytes;
}

/** The JSON value of a body's bytes; undefined when they are not JSON. */
export function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return { ok: false };
  }
}

export type ReadBody = { ok: true; body: unknown; bytes: number } | { ok: false; response: Response };

/** The request's JSON body, or the answer to give instead (in `language`): 413 over `maxBytes`, 400 when it is not JSON. */
export async function readJson(request: Request, maxBytes: number = MAX_BODY_BYTES, language: Language = "en"): Promise<ReadBody> {
  const bytes = await readLimitedBytes(request, maxBytes);
  if (bytes === null) return { ok: false, response: json(tooLarge(maxBytes, language), language) };
  const parsed = parseJson(bytes);
  return parsed.ok ? { ok: true, body: parsed.value, bytes: bytes.byteLength } : { ok: false, response: json(notJson(language), language) };
}

export function jsonRoute(endpoint: Endpoint, { maxBytes = MAX_BODY_BYTES }: { maxBytes?: number } = {}) {
  return async function POST(request: Request): Promise<Response> {
    const language = languageOfRequest(request.headers.get("accept-language"));
    try {
      const read = await readJson(request, maxBytes, language);
      if (!read.ok) return read.response;
      return json(endpoint(read.body, SOS_PLAN, language), language);
    } catch {
      // A request never gets a 500 (api-v1). Whatever went wrong, nothing of the body is logged.
      return json(unexpectedFailure(language), language);
    }
  };
}
