import { projectionEndpoint } from "@/lib/api/v1";
import { jsonRoute } from "../json-route";

export const dynamic = "force-dynamic";
export const POST = jsonRoute(projectionEndpoint);
