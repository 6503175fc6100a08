/** An endpoint's answer before it becomes an HTTP response, and the 400 that names each bad field. */
import type { FieldIssue } from "./schemas";

export interface ApiAnswer {
  status: number;
  body: unknown;
}

export function invalid(issues: FieldIssue[], status = 400): ApiAnswer {
  return { status, body: { error: "invalid_request", issues } };
}
