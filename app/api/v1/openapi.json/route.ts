import { openApiDocument } from "@/lib/api/openapi";

// The document depends on the code alone: built once, at build time.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(openApiDocument());
}
