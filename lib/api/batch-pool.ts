/**
 * The batch's worker threads: a large batch is cut into parts at item boundaries
 * (./batch-split.ts), each part parsed and answered by one worker (one per core, up to 4), and
 * the parts' answers are streamed in order. Each item is answered by the same function as
 * everywhere (answerItem, ./batch). A worker that fails leaves the rest of its part to the main
 * thread, so no batch fails because of it.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Language } from "../languages";
import { answerItemJson } from "./batch";
import { partItems, splitBatch, type BatchParts } from "./batch-split";

export interface PoolJob {
  id: number;
  part: number;
  /** The whole body, shared with every worker (nothing is copied); the part's items are bytes `from` to `to`. */
  buffer: SharedArrayBuffer;
  from: number;
  to: number;
  /** The index of its first item in the batch, and how many it holds. */
  first: number;
  count: number;
  /** The language of the answers' sentences (the request's Accept-Language). */
  language: Language;
}

export type PoolMessage =
  | { id: number; part: number; type: "invalidJson" }
  | { id: number; part: number; type: "parsed" }
  | { id: number; part: number; type: "chunk"; bytes: Uint8Array; to: number }
  | { id: number; part: number; type: "done" };

type Message = PoolMessage | { id: number; part: number; type: "failed" };

/** What a pooled batch comes to: not JSON, or the items' answers as JSON text chunks; null when it is not for the pool. */
export type PooledBatch = { kind: "invalidJson" } | { kind: "stream"; chunks: AsyncGenerator<Uint8Array> };

const listeners = new Map<number, (message: Message) => void>();
const workers: (Worker | null)[] = [];
let nextJob = 1;

/** How many workers a batch is split across: one per core, at most 4; none on one core (BATCH_WORKERS overrides). */
export function poolSize(): number {
  const setting = process.env.BATCH_WORKERS;
  const size = setting !== undefined && setting !== "" ? Number(setting) : availableParallelism();
  if (!Number.isInteger(size) || size < 2) return 0;
  return Math.min(size, 4);
}

/** The jobs each worker has been given and not finished, so that its failure can be reported to them. */
const pending = new WeakMap<Worker, Map<number, number>>();

function startWorker(slot: number): Worker {
  const worker = new Worker(new URL("./batch-worker.ts", import.meta.url));
  worker.unref();
  const jobs = new Map<number, number>(); // job id → part
  pending.set(worker, jobs);
  worker.on("message", (message: PoolMessage) => {
    if (message.type === "done" || message.type === "invalidJson") jobs.delete(message.id);
    listeners.get(message.id)?.(message);
  });
  const fail = () => {
    if (workers[slot] === worker) workers[slot] = null;
    for (const [id, part] of jobs) listeners.get(id)?.({ id, part, type: "failed" });
    jobs.clear();
  };
  worker.on("error", fail);
  worker.on("exit", fail);
  return worker;
}

/** One part's messages, read in order. */
class PartQueue {
  private messages: Message[] = [];
  private waiting: ((message: Message) => void) | null = null;
  push(message: Message) {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(message);
    } else this.messages.push(message);
  }
  next(): Promise<Message> {
    const message = this.messages.shift();
    return message ? Promise.resolve(message) : new Promise((resolve) => (this.waiting = resolve));
  }
}

/** The answers of items `from` (a batch index) to the end of a part, worked out in this thread. */
function answerHere(bytes: Uint8Array, part: BatchParts["parts"][number], from: number, language: Language): string {
  const items = partItems(bytes, part);
  let text = "";
  for (let i = Math.max(from, part.first); i < part.first + part.count; i += 1) text += (i === 0 ? "" : ",") + answerItemJson(items[i - part.first], language);
  return text;
}

/**
 * Answers a batch body across `size` workers; null when its envelope is not the plain
 * `{ "requests": [ … ] }` of 1 to 10,000 items (the caller then parses and checks it whole).
 */
export async function poolBatch(body: Uint8Array, size: number, language: Language = "en"): Promise<PooledBatch | null> {
  const split = splitBatch(body, size);
  if (!split) return null;
  const buffer = new SharedArrayBuffer(body.byteLength);
  const bytes = new Uint8Array(buffer);
  bytes.set(body);
  const id = nextJob++;
  const queues = split.parts.map(() => new PartQueue());
  let open = split.parts.length;
  listeners.set(id, (message) => {
    queues[message.part]!.push(message);
    if (message.type !== "chunk" && message.type !== "parsed" && --open === 0) listeners.delete(id);
  });
  split.parts.forEach((part, index) => {
    const job: PoolJob = { id, part: index, buffer, from: part.from, to: part.to, first: part.first, count: part.count, language };
    try {
      const worker = (workers[index] ??= startWorker(index));
      pending.get(worker)?.set(id, index);
      worker.postMessage(job);
    } catch {
      queues[index]!.push({ id, part: index, type: "failed" });
      open -= 1;
    }
  });
  // Every part must parse before the answer begins: one part that is not JSON makes the whole body not JSON.
  const firsts = await Promise.all(queues.map((queue) => queue.next()));
  for (const [index, message] of firsts.entries()) {
    if (message.type === "invalidJson") return { kind: "invalidJson" };
    if (message.type === "failed") {
      try {
        if (partItems(bytes, split.parts[index]!).length !== split.parts[index]!.count) return { kind: "invalidJson" };
      } catch {
        return { kind: "invalidJson" };
      }
    }
  }

  const encoder = new TextEncoder();
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield encoder.encode('{"responses":[');
    for (const [index, part] of split!.parts.entries()) {
      let next: number | null = null; // the first item of this part not yet answered
      let message: Message = firsts[index]!;
      for (;;) {
        if (message.type === "chunk") {
          next = message.to;
          yield message.bytes;
        } else if (message.type === "failed") {
          yield encoder.encode(answerHere(bytes, part, next ?? part.first, language));
          break;
        } else if (message.type === "done" || message.type === "invalidJson") break;
        message = await queues[index]!.next();
      }
    }
    yield encoder.encode("]}");
  }
  return { kind: "stream", chunks: chunks() };
}
