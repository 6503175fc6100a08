import { expect, inject } from "vitest";
import { checkAgainst, type DocumentCheck } from "../openapi-check";

export const base = () => inject("baseUrl");

let documentCheck: Promise<DocumentCheck> | undefined;

/** The served OpenAPI document, as a checker of answers (fetched once per test file). */
export function served(): Promise<DocumentCheck> {
  documentCheck ??= fetch(`${base()}/api/v1/openapi.json`).then(async (response) => checkAgainst(await response.json()));
  return documentCheck;
}

/**
 * POSTs to an endpoint (of the shared server, or of the one at `at`). Every answer is checked against the schema the served OpenAPI document
 * declares for its endpoint and status: an answer the document does not describe fails the test.
 */
export async function post(path: string, body: unknown, raw = false, at: string = base()): Promise<{ status: number; json: any; headers: Headers }> {
  const response = await fetch(`${at}/api/v1/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = { notJson: text };
  }
  const errors = (await served()).answer(`/api/v1/${path}`, "post", response.status, json);
  expect(errors, `the ${response.status} answer of POST /api/v1/${path} against the OpenAPI document`).toEqual([]);
  return { status: response.status, json, headers: response.headers };
}

/** The issue naming `path`, or undefined. */
export function issueAt(json: any, path: string): { path: string; message: string } | undefined {
  return (json?.issues ?? []).find((issue: { path: string }) => issue.path === path);
}
