/**
 * Cutting a batch's text into parts at item boundaries: the parts, parsed, are the items of the
 * list, in order, for any items (strings with quotes, brackets and escapes included); an envelope
 * that is not the plain `{ "requests": [ … ] }` is left whole (null).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitBatch as splitBytes } from "@/lib/api/batch-split";

const encoder = new TextEncoder();
let last = new Uint8Array(0);
const splitBatch = (text: string, parts: number) => splitBytes((last = encoder.encode(text)), parts);
const itemsOf = (parts: { from: number; to: number; count: number }[]) =>
  parts.flatMap((part) => {
    const items = JSON.parse(`[${new TextDecoder().decode(last.slice(part.from, part.to))}]`) as unknown[];
    expect(items).toHaveLength(part.count);
    return items;
  });

describe("splitBatch", () => {
  it("cuts 5 items into 2 parts of 2 and 3, each starting where the last ended", () => {
    const text = JSON.stringify({ requests: [1, "a,b", { c: [1, 2] }, '"]}', null] }, null, 2);
    const split = splitBatch(text, 2)!;
    expect(split.count).toBe(5);
    expect(split.parts.map((part) => [part.first, part.count])).toEqual([[0, 2], [2, 3]]);
    expect(itemsOf(split.parts)).toEqual([1, "a,b", { c: [1, 2] }, '"]}', null]);
  });

  it("more parts than items: the extra parts are empty", () => {
    const split = splitBatch('{"requests":[{"id":"x"}]}', 4)!;
    expect(split.parts.map((part) => part.count)).toEqual([0, 0, 0, 1]);
    expect(itemsOf(split.parts)).toEqual([{ id: "x" }]);
  });

  it.each([
    ["another key", '{"requests":[1],"x":1}'],
    ["another key first", '{"x":1,"requests":[1]}'],
    ["an empty list", '{"requests":[ ]}'],
    ["a list that never closes", '{"requests":[1,2'],
    ["a string that never closes", '{"requests":["abc]}'],
    ["not a list", '{"requests":{"a":1}}'],
    ["a key written with an escape", '{"requ\\u0065sts":[1]}'],
    ["text after the object", '{"requests":[1]} 5'],
    ["not an object", "[1,2]"],
    ["more than 10,000 items", JSON.stringify({ requests: Array.from({ length: 10_001 }, () => 0) })],
  ])("%s is left whole", (_name, text) => {
    expect(splitBatch(text, 2)).toBeNull();
  });

  it("a byte order mark is skipped; characters of any script stay whole", () => {
    const split = splitBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('{"requests":["é,€",{"名":"𝄞]"},3]}')]), 2)!;
    last = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('{"requests":["é,€",{"名":"𝄞]"},3]}')]);
    expect(itemsOf(split.parts)).toEqual(["é,€", { 名: "𝄞]" }, 3]);
  });

  it("10,000 items are cut", () => {
    expect(splitBatch(JSON.stringify({ requests: Array.from({ length: 10_000 }, (_, i) => i) }), 3)?.count).toBe(10_000);
  });

  it("for any items and any number of parts, the parts are the list's items in order", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), (items, parts, pretty) => {
        const text = JSON.stringify({ requests: items }, null, pretty ? 2 : undefined);
        const split = splitBatch(text, parts)!;
        expect(split).not.toBeNull();
        expect(split.count).toBe(items.length);
        expect(itemsOf(split.parts)).toEqual(JSON.parse(text).requests);
      }),
      { numRuns: 500 },
    );
  });
});
