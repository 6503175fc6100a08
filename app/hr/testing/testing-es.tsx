"use client";

/** The /hr/testing form in Spanish: the Spanish sentences and the Spanish worker, and no other language's. */
import * as words from "@/lib/words/es/testing-page";
import { Testing, type TestingProps } from "./testing";

const createWorker = () => new Worker(new URL("./testing-es.worker.ts", import.meta.url), { type: "module", name: "testing-es" });

export function TestingEs(props: TestingProps) {
  return <Testing {...props} words={words} createWorker={createWorker} />;
}
