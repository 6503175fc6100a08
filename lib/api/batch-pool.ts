/**
 * The batch's worker threads: a large batch is parsed and answered in parallel, one part of its
 * items per worker (one worker per core, up to 4), and the parts' answers are streamed in order.
 * Each item is answered by the same function as everywhere (answerItem, ./batch). A worker that
 * fails leaves its part to the main thread, so no batch fails because of it.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { answerItem, openBatch } from "./batch";
import { unexpectedFailure, type ApiAnswer } from "./v1";

export interface PoolJob {
  id: number;
  part: number;
  parts: number;
  buffer: SharedArrayBuffer;
  length: number;
}

export type PoolMessage =
  | { id: number; part: number; type: "invalidJson" }
  | { id: number; part: number; type: "envelope"; answer: ApiAnswer }
  | { id: number; part: number; type: "chunk"; text: string; from: number; to: number }
  | { id: number; part: number; type: "done"; count: number };

/** What a pooled batch comes to: an answer for the whole call, or the items' answers as JSON text chunks. */
export type PooledBatch =
  | { kind: "invalidJson" }
  | { kind: "answer"; answer: ApiAnswer }
  | { kind: "stream"; chunks: AsyncGenerator<string> }
  | { kind: "unavailable" };

type Listener = (message: PoolMessage | { id: number; part: number; type: "failed" }) => void;

const listeners = new Map<number, Listener>();
let workers: (Worker | null)[] | null = null;
let nextJob = 1;

/** How many workers a batch is split across: one per core, at most 4; none on one core (BATCH_WORKERS overrides). */
export function poolSize(): number {
  const setting = process.env.BATCH_WORKERS;
  const size = setting !== undefined && setting !== "" ? Number(setting) : availableParallelism();
  if (!Number.isInteger(size) || size < 2) return 0;
  return Math.min(size, 4);
}

function startWorker(slot: number): Worker {
  const worker = new Worker(new URL("./batch-worker.ts", import.meta.url));
  worker.unref();
  const jobs = new Set<number>();
  worker.on("message", (message: PoolMessage) => {
    if (message.type === "done" || message.type === "invalidJson" || message.type === "envelope") jobs.delete(message.id);
    else jobs.add(message.id);
    listeners.get(message.id)?.(message);
  });
  const fail = () => {
    if (workers?.[slot] === worker) workers[slot] = null;
    for (const id of jobs) listeners.get(id)?.({ id, part: slot, type: "failed" });
    jobs.clear();
  };
  worker.on("error", fail);
  worker.on("exit", fail);
  (worker as Worker & { jobs?: Set<number> }).jobs = jobs;
  return worker;
}

function worker(slot: number, size: number): Worker {
  workers ??= Array.from({ length: size }, () => null);
  return (workers[slot] ??= startWorker(slot));
}

/** One part's messages, read in order. */
class PartQueue {
  private messages: (PoolMessage | { type: "failed" })[] = [];
  private waiting: ((message: PoolMessage | { type: "failed" }) => void) | null = null;
  push(message: PoolMessage | { type: "failed" }) {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(message);
    } else this.messages.push(message);
  }
  next(): Promise<PoolMessage | { type: "failed" }> {
    const message = this.messages.shift();
    return message ? Promise.resolve(message) : new Promise((resolve) => (this.waiting = resolve));
  }
}

/** Answers a batch body (its bytes) across the workers. */
export async function poolBatch(bytes: Uint8Array, size: number): Promise<PooledBatch> {
  const id = nextJob++;
  const buffer = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  const queues = Array.from({ length: size }, () => new PartQueue());
  let finished = 0;
  listeners.set(id, (message) => {
    queues[message.part]!.push(message);
    if (message.type !== "chunk" && ++finished === size) listeners.delete(id);
  });
  for (let part = 0; part < size; part += 1) {
    try {
      const job: PoolJob = { id, part, parts: size, buffer, length: bytes.byteLength };
      const target = worker(part, size);
      (target as Worker & { jobs?: Set<number> }).jobs?.add(id);
      target.postMessage(job);
    } catch {
      queues[part]!.push({ type: "failed" });
      finished += 1;
    }
  }
  // The first part says whether the body is JSON with a valid envelope (every part parses it alike).
  const first = await queues[0]!.next();
  if (first.type === "invalidJson") return { kind: "invalidJson" };
  if (first.type === "envelope") return { kind: "answer", answer: first.answer };
  if (first.type === "failed") return { kind: "unavailable" }; // the caller answers it in the main thread

  let fallback: readonly unknown[] | null = null;
  /** Items `from` to the end of a failed part, answered here in the main thread from the body parsed again. */
  const answerRest = (part: number, from: number | null): string => {
    fallback ??= (() => {
      const opening = openBatch(JSON.parse(new TextDecoder().decode(bytes)));
      return opening.ok ? opening.items : [];
    })();
    const count = fallback.length;
    const end = Math.floor(((part + 1) * count) / size);
    let text = "";
    for (let i = from ?? Math.floor((part * count) / size); i < end; i += 1) {
      const answer = answerItem(fallback[i]);
      let json: string;
      try {
        json = JSON.stringify(answer);
      } catch {
        json = JSON.stringify({ id: answer.id, ...unexpectedFailure() });
      }
      text += (i === 0 ? "" : ",") + json;
    }
    return text;
  };

  async function* chunks(): AsyncGenerator<string> {
    yield '{"responses":[';
    let pending: PoolMessage | { type: "failed" } | null = first;
    for (let part = 0; part < size; part += 1) {
      let resumeAt: number | null = null; // the first item of this part not yet answered
      for (;;) {
        const message: PoolMessage | { type: "failed" } = pending ?? (await queues[part]!.next());
        pending = null;
        if (message.type === "chunk") {
          resumeAt = message.to;
          yield message.text;
          continue;
        }
        if (message.type === "failed") yield answerRest(part, resumeAt);
        break;
      }
    }
    yield "]}";
  }

  return { kind: "stream", chunks: chunks() };
}
