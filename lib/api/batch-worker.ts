/**
 * A worker thread of the batch pool (./batch-pool.ts): parses a batch's body and answers one
 * part of its items, sending the answers back as JSON text a chunk at a time. The answers are
 * the same function's as in the main thread (answerItem).
 */
import { parentPort } from "node:worker_threads";
import { answerItem, openBatch } from "./batch";
import { unexpectedFailure } from "./v1";
import type { PoolJob, PoolMessage } from "./batch-pool";

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
  const { id, part, parts } = job;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(new Uint8Array(job.buffer, 0, job.length)));
  } catch {
    post({ id, part, type: "invalidJson" });
    return;
  }
  const opening = openBatch(json);
  if (!opening.ok) {
    post({ id, part, type: "envelope", answer: opening.answer });
    return;
  }
  const count = opening.items.length;
  const start = Math.floor((part * count) / parts);
  const end = Math.floor(((part + 1) * count) / parts);
  for (let from = start; from < end; from += CHUNK) {
    const to = Math.min(from + CHUNK, end);
    let text = "";
    for (let i = from; i < to; i += 1) text += (i === 0 ? "" : ",") + itemJson(opening.items[i]);
    post({ id, part, type: "chunk", text, from, to });
  }
  post({ id, part, type: "done", count });
});
