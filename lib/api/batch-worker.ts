/**
 * A worker thread of the batch pool (./batch-pool.ts): decodes and parses one part of a batch's
 * items (cut at item boundaries by ./batch-split.ts) and answers them, handing the answers back as
 * JSON bytes a chunk at a time. The answers are the same function's as in the main thread (answerItemJson).
 */
import { parentPort } from "node:worker_threads";
import { answerItemJson } from "./batch";
import type { PoolJob, PoolMessage } from "./batch-pool";
import { partItems } from "./batch-split";

const CHUNK = 250;

function post(message: PoolMessage) {
  // A chunk's bytes are handed over, not copied.
  parentPort!.postMessage(message, message.type === "chunk" ? [message.bytes.buffer as ArrayBuffer] : []);
}

const encoder = new TextEncoder();

parentPort?.on("message", (job: PoolJob) => {
  const { id, part, first, count } = job;
  let items: unknown[];
  try {
    items = partItems(new Uint8Array(job.buffer), job);
  } catch {
    post({ id, part, type: "invalidJson" });
    return;
  }
  if (items.length !== count) {
    post({ id, part, type: "invalidJson" });
    return;
  }
  post({ id, part, type: "parsed" });
  for (let from = 0; from < count; from += CHUNK) {
    const to = Math.min(from + CHUNK, count);
    let text = "";
    for (let i = from; i < to; i += 1) text += (first + i === 0 ? "" : ",") + answerItemJson(items[i], job.language);
    post({ id, part, type: "chunk", bytes: encoder.encode(text), to: first + to });
  }
  post({ id, part, type: "done" });
});
