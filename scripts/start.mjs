/**
 * `npm start` (after `next build`): the production server on $PORT (default 3000) and, when
 * $HOSTNAME is set, on that host only (default: every interface, as `next start` does). Only an
 * exported HOSTNAME counts, so a shell's own HOSTNAME variable does not move the server. Plain
 * JavaScript: it runs where only the dependencies are installed.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const next = fileURLToPath(new URL("../node_modules/next/dist/bin/next", import.meta.url));
const args = [next, "start", "-p", process.env.PORT || "3000"];
if (process.env.HOSTNAME) args.push("-H", process.env.HOSTNAME);

const server = spawn(process.execPath, args, { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
