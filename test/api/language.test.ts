/**
 * The API in Spanish over HTTP: with `Accept-Language: es` (or es-US, es-MX) the `explanation`
 * sentences and the 400 and 413 messages are Spanish and the answer says `Content-Language: es`;
 * fields, paths and figures are the same as in English, the default. The batch passes the language to every item, also when a large
 * batch is split across worker threads.
 */
import { describe, expect, it } from "vitest";
import { base } from "./client";

async function postIn(path: string, body: unknown, language?: string) {
  const response = await fetch(`${base()}/api/v1/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(language ? { "accept-language": language } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, contentLanguage: response.headers.get("content-language"), json: (await response.json()) as any };
}

const VESTING = { yearsOfService: 3, balances: { deferral: "10000", rollover: "500", match: "4000.01" } };

describe("Accept-Language", () => {
  it("English by default, Spanish when asked: the same figures, the sentences in the language asked for", async () => {
    const english = await postIn("vesting", VESTING);
    const spanish = await postIn("vesting", VESTING, "es-MX,es;q=0.9,en;q=0.5");
    expect(english.contentLanguage).toBe("en");
    expect(spanish.contentLanguage).toBe("es");
    expect(spanish.status).toBe(200);
    const { explanation: en, ...englishFields } = english.json;
    const { explanation: es, ...spanishFields } = spanish.json;
    expect(spanishFields).toEqual(englishFields);
    expect(spanishFields.vested.total).toBe("12500.01");
    expect(en[1]).toContain("3 years of service vest");
    expect(es[1]).toContain("con 3 años de servicio, ya es suyo el 50%");
  });

  it("a 400 keeps its fields, writes its messages in Spanish and says Content-Language es; in English, en", async () => {
    const spanish = await postIn("vesting", { yearsOfService: -1 }, "es");
    const english = await postIn("vesting", { yearsOfService: -1 });
    expect(spanish.status).toBe(400);
    expect(spanish.contentLanguage).toBe("es");
    expect(english.contentLanguage).toBe("en");
    expect(spanish.json.error).toBe("invalid_request");
    expect(spanish.json.issues.map((issue: { path: string }) => issue.path)).toEqual(english.json.issues.map((issue: { path: string }) => issue.path));
    expect(spanish.json.issues).toEqual([
      { path: "yearsOfService", message: "Años de servicio: no puede ser menor que 0." },
      { path: "balances", message: "Saldos: falta este dato." },
    ]);
  });

  it("the batch, small and large (split across worker threads), answers every item in the language asked for", async () => {
    for (const count of [2, 2_000]) {
      const requests = Array.from({ length: count }, (_, index) => ({ id: `E-${index}`, endpoint: "vesting", body: VESTING }));
      const spanish = await postIn("batch", { requests }, "es");
      expect(spanish.contentLanguage).toBe("es");
      expect(spanish.json.responses).toHaveLength(count);
      for (const item of [spanish.json.responses[0], spanish.json.responses[count - 1]]) expect(item.body.explanation[1]).toContain("ya es suyo el 50%");
      const english = await postIn("batch", { requests });
      expect(english.json.responses[count - 1].body.explanation[1]).toContain("3 years of service vest");
    }
  });
});
