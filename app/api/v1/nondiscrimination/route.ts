import { MAX_NONDISCRIMINATION_BODY_BYTES, nondiscriminationEndpoint } from "@/lib/api/nondiscrimination";
import { jsonRoute } from "../json-route";

export const dynamic = "force-dynamic";
export const POST = jsonRoute(nondiscriminationEndpoint, { maxBytes: MAX_NONDISCRIMINATION_BODY_BYTES });
