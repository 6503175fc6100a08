/**
 * The production build started for a script (bench, load): a free port on 127.0.0.1, waiting
 * for /api/v1/health; and the resident memory of the server's process tree.
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";

/** A free TCP port on 127.0.0.1 (the scripts and the API tests start servers on one). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

export interface RunningServer {
  url: string;
  pid: number;
  stop(): void;
}

/** `next start` on a free port (run `npx next build` first); resolves once it answers. */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill("SIGTERM");
  };
  try {
    for (let tries = 0; ; tries += 1) {
      try {
        if ((await fetch(`${url}/api/v1/health`)).ok) break;
      } catch {
        /* starting */
      }
      if (tries > 300) throw new Error("the app did not start: run `npx next build` first");
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (error) {
    stop();
    throw error;
  }
  return { url, pid: child.pid!, stop };
}

/** A process and all its descendants (Linux /proc). */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* gone */
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  return tree;
}

/** CPU seconds (user + system, all threads) used so far by a process and its descendants (Linux /proc). */
export function treeCpuSeconds(root: number): number {
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      /* gone */
    }
  }
  return ticks / 100; // USER_HZ
}

/** Resident memory of a process and all its descendants, in MiB (Linux /proc). */
export function treeRssMiB(root: number): number {
  const tree = processTree(root);
  let kib = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kib += Number(match?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return kib / 1024;
}
