/**
 * The pages' messages (messages/en.json, messages/es.json): the same keys in both languages, no
 * Spanish message empty or equal to the English one (but for names that do not translate), the
 * same placeholders and tags on both sides, and every message valid ICU that formats.
 */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** Messages that are the same in both languages on purpose: names and the letters of a protocol. */
const SAME_IN_BOTH = new Set<string>([]);

/** `{name}` placeholders and `<tag>` tags of an ICU message, sorted. */
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}|<(\w+)>/g)].map((match) => match[1] ?? `<${match[2]}>`).sort();

const english = flatten(en as Tree);
const spanish = flatten(es as Tree);

describe("messages", () => {
  it("has the same keys in English and Spanish", () => {
    expect([...spanish.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !spanish.has(key))).toEqual([]);
  });

  it("has no empty Spanish message and none equal to the English", () => {
    const bad = [...spanish].filter(([key, text]) => text.trim() === "" || (text === english.get(key) && !SAME_IN_BOTH.has(key)));
    expect(bad).toEqual([]);
  });

  it("has the same placeholders and tags in both languages", () => {
    const differ = [...english].filter(([key, text]) => JSON.stringify(slots(text)) !== JSON.stringify(slots(spanish.get(key) ?? "")));
    expect(differ).toEqual([]);
  });

  it.each([
    ["en-US", en],
    ["es-US", es],
  ] as const)("every %s message formats with its placeholders and tags given", (locale, messages) => {
    const t = createTranslator({ locale, messages: messages as typeof en, onError: (error) => { throw error; } });
    for (const [key, text] of flatten(messages as Tree)) {
      const values: Record<string, string | ((chunks: string) => string)> = {};
      for (const slot of slots(text)) {
        if (slot.startsWith("<")) values[slot.slice(1, -1)] = (chunks: string) => `[${chunks}]`;
        else values[slot] = `«${slot}»`;
      }
      // markup: tags as functions of strings, so the result is a string to read.
      const out = t.markup(key as never, values as never);
      expect(out, key).not.toContain("{");
      for (const slot of slots(text).filter((name) => !name.startsWith("<"))) expect(out, key).toContain(`«${slot}»`);
    }
  });

  it("the key check catches a missing key, and slots reads placeholders and tags", () => {
    const broken = new Map(spanish);
    broken.delete("home.title");
    expect([...english.keys()].filter((key) => !broken.has(key))).toEqual(["home.title"]);
    expect(slots("a {x} <b>c</b>")).toEqual(["<b>", "x"]);
  });
});
