import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

let text: string | undefined;

/** The document, written once per server; caches may keep it five minutes (a new release then shows within that). */
export function GET(): Response {
  text ??= JSON.stringify(openApiDocument());
  return new Response(text, { headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" } });
}
