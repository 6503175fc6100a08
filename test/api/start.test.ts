/**
 * `npm start` serves on $PORT and, when set, $HOSTNAME (scripts/start.mjs, which `npm start` runs
 * after `next build`, and `npm run serve` alone): started here on a free port, as a deployment would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/server";

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill("SIGTERM");
  child = undefined;
});

/** Runs `npm run serve` with the given environment until it answers /api/v1/health; its output. */
async function serve(env: Record<string, string | undefined>, port: number): Promise<string> {
  const { HOSTNAME: _inherited, ...rest } = process.env;
  child = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...rest, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (response.ok) return output;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`not up on ${port}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("npm start", () => {
  it("listens on PORT and HOSTNAME", async () => {
    const port = await freePort();
    const output = await serve({ PORT: String(port), HOSTNAME: "127.0.0.1" }, port);
    expect(output).toContain(`http://127.0.0.1:${port}`);
  });

  it("without HOSTNAME, on every interface (localhost included), as next start does", async () => {
    const port = await freePort();
    const output = await serve({ PORT: String(port) }, port);
    expect(output).toContain(`http://localhost:${port}`);
    expect((await fetch(`http://localhost:${port}/api/v1/health`)).status).toBe(200);
  });

  it("stops when it is told to (SIGTERM passes to the server)", async () => {
    const port = await freePort();
    await serve({ PORT: String(port), HOSTNAME: "127.0.0.1" }, port);
    const exited = new Promise<number | null>((resolve) => child!.on("exit", (code) => resolve(code)));
    child!.kill("SIGTERM");
    await exited;
    await expect(fetch(`http://127.0.0.1:${port}/api/v1/health`)).rejects.toThrow();
  });
});
