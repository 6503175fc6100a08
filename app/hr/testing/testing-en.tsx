"use client";

/** The /hr/testing form in English: the English sentences and the English worker, and no other language's. */
import * as words from "@/lib/words/en/testing-page";
import { Testing, type TestingProps } from "./testing";

const createWorker = () => new Worker(new URL("./testing-en.worker.ts", import.meta.url), { type: "module", name: "testing-en" });

export function TestingEn(props: TestingProps) {
  return <Testing {...props} words={words} createWorker={createWorker} />;
}
