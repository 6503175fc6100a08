/**
 * The API keeps and logs nothing it is sent (issue 5): after posting distinctive birth dates and
 * amounts to every endpoint, including bodies that fail, the server's own output holds none of them.
 *
 * The test starts a server of its own, so it can stop it: the output is read once the process has
 * exited and its stdout and stderr have ended (the child's "close" event), so every line the
 * server wrote is in it, however slowly a loaded machine flushes. No fixed wait.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/server";
import { post } from "./client";

const BIRTH = "1961-07-23";
const START = "1999-11-17";
const AMOUNTS = ["98765.43", "45678.91", "13579.24"];

/** `next start` in its own process group, every byte it prints kept; `stop` resolves with them once the output has ended. */
async function startLoggedServer(): Promise<{ url: string; port: number; stop: () => Promise<string> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const chunks: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
  // "close": the process has exited and every stdio stream it held has ended.
  const closed = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const stop = async () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
    await closed;
    return Buffer.concat(chunks).toString("utf8");
  };
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (tries > 300) {
      await stop();
      throw new Error("the app did not start: run `npx next build` first");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, port, stop };
}

describe("the server log after an API run", () => {
  let server: Awaited<ReturnType<typeof startLoggedServer>>;
  let stopped: Promise<string> | undefined;
  beforeAll(async () => {
    server = await startLoggedServer();
  });
  afterAll(async () => {
    await (stopped ?? server?.stop());
  });

  it("holds none of the birth dates or amounts it was sent", async () => {
    const at = server.url;
    await post("eligibility", { asOf: "2003-06-30", employer: "SOS", birthDate: BIRTH, employmentStartDate: START, priorYearCompensation: AMOUNTS[0] }, false, at);
    await post("eligibility", { asOf: "2003-02-29", employer: "SOS", birthDate: BIRTH, employmentStartDate: START, priorYearCompensation: AMOUNTS[0] }, false, at);
    await post("vesting", { yearsOfService: 3, balances: { deferral: AMOUNTS[1], match: AMOUNTS[2] } }, false, at);
    await post("vesting", { yearsOfService: 3, balances: { deferral: `-${AMOUNTS[1]}` } }, false, at);
    await post(
      "projection",
      {
        asOf: "2002-12-31", birthDate: BIRTH, yearsOfService: 2, balances: { deferral: AMOUNTS[1] }, compensation: AMOUNTS[0],
        salaryGrowthPercent: 3, deferralPercent: 10, matchPercentOfDeferral: 26.2, annualReturnPercent: 6, years: 3,
      },
      false,
      at,
    );
    await post("contribution-limit", { planYear: 2002, compensation: AMOUNTS[0], birthDate: BIRTH }, false, at);
    await post("forfeitures/allocate", { pool: AMOUNTS[2], participants: [{ id: "P-1", deferrals: AMOUNTS[1] }] }, false, at);
    await post("eligibility", `{"birthDate":"${BIRTH}", broken`, true, at);
    await post(
      "batch",
      {
        requests: [
          { id: "P-1", endpoint: "eligibility", body: { asOf: "2003-06-30", employer: "SOS", birthDate: BIRTH, employmentStartDate: START } },
          { id: "P-2", endpoint: "vesting", body: { yearsOfService: 3, balances: { match: `-${AMOUNTS[2]}` } } },
          { id: "P-3", endpoint: "nowhere", body: { birthDate: BIRTH } },
        ],
      },
      false,
      at,
    );

    stopped = server.stop();
    const log = await stopped;
    // The server did write, and this is its output: Next's start-up lines name the port it listens on.
    expect(log).toContain(String(server.port));
    for (const secret of [BIRTH, START, ...AMOUNTS]) expect(log).not.toContain(secret);
  });
});
