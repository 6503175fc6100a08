/**
 * Cuts a batch's JSON body (its UTF-8 bytes) into parts at item boundaries, without parsing it,
 * so that each worker thread decodes and parses only its own items. JSON's structure is ASCII, and
 * no byte of a multi-byte UTF-8 character is ASCII, so the bytes can be read as they are. Only the plain envelope `{ "requests": [ … ] }` (whitespace
 * allowed, no other key) with 1 to 10,000 items is cut; anything else returns null and is parsed
 * whole, where the usual checks answer it. The items' own text is not checked here: each part is
 * parsed with JSON.parse, and a part that is not JSON makes the whole body "not JSON".
 */
import { MAX_BATCH_REQUESTS } from "./schemas";

const SPACE = 0x20, TAB = 0x09, LF = 0x0a, CR = 0x0d, QUOTE = 0x22, BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b, CLOSE_BRACE = 0x7d, OPEN_BRACKET = 0x5b, CLOSE_BRACKET = 0x5d, COMMA = 0x2c, COLON = 0x3a;

export interface BatchParts {
  /** How many items the list holds. */
  count: number;
  /** Each part's items: the bytes from `from` to `to` (the inside of a JSON list), the index of its first item, and how many it holds. */
  parts: { from: number; to: number; first: number; count: number }[];
}

const REQUESTS_KEY = [...'"requests"'].map((c) => c.charCodeAt(0));

export function splitBatch(text: Uint8Array, partCount: number): BatchParts | null {
  const length = text.length;
  // A UTF-8 byte order mark is skipped, as decoding the whole body skips it.
  let i = text[0] === 0xef && text[1] === 0xbb && text[2] === 0xbf ? 3 : 0;
  const skipSpace = () => {
    for (;;) {
      const c = text[i];
      if (c === SPACE || c === TAB || c === LF || c === CR) i += 1;
      else return;
    }
  };
  skipSpace();
  if (text[i] !== OPEN_BRACE) return null;
  i += 1;
  skipSpace();
  if (!REQUESTS_KEY.every((byte, k) => text[i + k] === byte)) return null;
  i += REQUESTS_KEY.length;
  skipSpace();
  if (text[i] !== COLON) return null;
  i += 1;
  skipSpace();
  if (text[i] !== OPEN_BRACKET) return null;
  i += 1;
  const listStart = i;
  // Top-level commas of the list, then its closing bracket: item j ends at ends[j].
  const ends: number[] = [];
  let depth = 0;
  for (;;) {
    if (i >= length) return null;
    const c = text[i];
    if (c === QUOTE) {
      i += 1;
      for (;;) {
        if (i >= length) return null;
        const d = text[i];
        if (d === BACKSLASH) i += 2;
        else if (d === QUOTE) break;
        else i += 1;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 0) {
        if (c !== CLOSE_BRACKET) return null;
        ends.push(i);
        break;
      }
      depth -= 1;
    } else if (c === COMMA && depth === 0) {
      ends.push(i);
      if (ends.length > MAX_BATCH_REQUESTS) return null;
    }
    i += 1;
  }
  const listEnd = i;
  i += 1;
  skipSpace();
  if (text[i] !== CLOSE_BRACE) return null;
  i += 1;
  skipSpace();
  if (i !== length) return null;
  // An empty list ("[ ]") is one "item" of blanks: left to the usual checks.
  if (ends.length === 1 && text.subarray(listStart, listEnd).every((c) => c === SPACE || c === TAB || c === LF || c === CR)) return null;
  const count = ends.length;
  if (count > MAX_BATCH_REQUESTS) return null;
  const parts: BatchParts["parts"] = [];
  for (let part = 0; part < partCount; part += 1) {
    const first = Math.floor((part * count) / partCount);
    const last = Math.floor(((part + 1) * count) / partCount); // exclusive
    if (first === last) {
      parts.push({ from: listStart, to: listStart, first, count: 0 });
      continue;
    }
    const from = first === 0 ? listStart : ends[first - 1]! + 1;
    parts.push({ from, to: ends[last - 1]!, first, count: last - first });
  }
  return { count, parts };
}

/** A part's items, decoded and parsed (decoded as the whole body would be; copied out of a shared buffer). */
export function partItems(bytes: Uint8Array, part: { from: number; to: number }): unknown[] {
  return JSON.parse(`[${new TextDecoder().decode(bytes.slice(part.from, part.to))}]`) as unknown[];
}
