export const dynamic = "force-dynamic";

/** For operations, and the floor of the throughput comparison in `npm run bench`. */
export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
