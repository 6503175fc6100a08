/**
 * A worker thread of the batch pool (./batch-pool.ts): parses one part of a batch's items (cut at
 * item boundaries by ./batch-split.ts) and answers them, sending the answers back as JSON text a
 * chunk at a time. The answers are the same function's as in the main thread (answerItem).
 */
import { parentPort } from "node:worker_threads";
import { answerItem } from "./batch";
import type { PoolJob, PoolMessage } from "./batch-pool";
import { unexpectedFailure } from "./v1";

const CHUNK = 250;

function post(message: PoolMessage) {
  parentPort!.postMessage(message);
}

function itemJson(item: unknown): string {
  const answer = answerItem(item);
  try {
    return JSON.stringify(answer);
  } catch {
    return JSON.stringify({ id: answer.id, ...unexpectedFailure() });
  }
}

parentPort?.on("message", (job: PoolJob) => {
  const { id, part, first, count } = job;
  let items: unknown[];
  try {
    items = JSON.parse(`[${job.text}]`) as unknown[];
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
    for (let i = from; i < to; i += 1) text += (first + i === 0 ? "" : ",") + itemJson(items[i]);
    post({ id, part, type: "chunk", text, to: first + to });
  }
  post({ id, part, type: "done" });
});
