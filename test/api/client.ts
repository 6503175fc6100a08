import { inject } from "vitest";

export const base = () => inject("baseUrl");

export async function post(path: string, body: unknown, raw = false): Promise<{ status: number; json: any; headers: Headers }> {
  const response = await fetch(`${base()}/api/v1/${path}`, {
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
  return { status: response.status, json, headers: response.headers };
}

/** The issue naming `path`, or undefined. */
export function issueAt(json: any, path: string): { path: string; message: string } | undefined {
  return (json?.issues ?? []).find((issue: { path: string }) => issue.path === path);
}
