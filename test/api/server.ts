import { spawn, type ChildProcess } from "node:child_process";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { freePort } from "../../scripts/server";

/** Starts `next start` (the production build) for the API tests and stops it afterwards. */
let child: ChildProcess | undefined;

export async function setup({ provide }: TestProject) {
  const port = await freePort();
  // Its output is not kept: test/api/no-personal-data-logged.test.ts reads the output of a server of its own.
  child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore", detached: true });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${base}/api/v1/health`);
      if (response.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error("the app did not start within 60 s: run `npx next build` first");
    await new Promise((r) => setTimeout(r, 200));
  }
  provide("baseUrl", base);
}

export async function teardown() {
  if (child?.pid) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
