/**
 * zod, configured once for every schema of the project.
 *
 * In a browser or a Web Worker, zod must not probe for `new Function` (its JIT): the pages'
 * Content-Security-Policy forbids eval, and the probe is reported as a policy violation. On the
 * server the JIT stays on.
 */
import * as z from "zod";

const scope = globalThis as { document?: unknown; importScripts?: unknown };
if (scope.document !== undefined || typeof scope.importScripts === "function") z.config({ jitless: true });

export { z };
