/**
 * The API's 400 messages in both languages, in process: random invalid requests to every endpoint
 * (fast-check) get the same status, paths and fields in English and Spanish, every message
 * different and the Spanish free of English; zod's own default messages never reach an answer;
 * and a few messages written out by hand, Spanish from docs/glossary-es.md.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batchEndpoint } from "@/lib/api/batch";
import { ENDPOINTS, notJson, tooLarge, unexpectedFailure } from "@/lib/api/v1";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import * as en from "@/lib/words/en/requests";
import * as es from "@/lib/words/es/requests";
import { apiRequestArb } from "../property/api-requests";

const spanishCheck: typeof en = es;

type Issues = { error: string; issues: { path: string; message: string }[] };
const issuesOf = (answer: { status: number; body: unknown }) => (answer.body as Issues).issues;

/** English words that no Spanish message has (the API's own names and values aside). */
const ENGLISH = /\b(must|is|are|the|of|and|required|such as|before|after|least|most)\b/i;
/** zod's default messages, in either language: none should reach an answer. */
const ZOD_DEFAULT = /Invalid input|Too (small|big)|Entrada inválida|Demasiado (pequeño|grande)|Opción inválida|Invalid option/;

/** A message without the keys its path names: a key the request itself chose ("Of") is quoted back as it is. */
function withoutNamedKeys(issue: { path: string; message: string }): string {
  const named = new Set(issue.path.split("."));
  return issue.message.split(/[\s,:.]+/).filter((word) => !named.has(word)).join(" ");
}

describe("random invalid requests to every endpoint", () => {
  it("the same status and paths in both languages; every message different, the Spanish in Spanish", () => {
    let seen = 0;
    fc.assert(
      fc.property(apiRequestArb, ({ endpoint, body }) => {
        const english = ENDPOINTS[endpoint](body, SOS_PLAN, "en");
        const spanish = ENDPOINTS[endpoint](body, SOS_PLAN, "es");
        expect(spanish.status).toBe(english.status);
        if (english.status !== 400) return;
        seen += 1;
        const [enIssues, esIssues] = [issuesOf(english), issuesOf(spanish)];
        expect((spanish.body as Issues).error).toBe("invalid_request");
        expect(esIssues.map((issue) => issue.path)).toEqual(enIssues.map((issue) => issue.path));
        esIssues.forEach((issue, index) => {
          expect(issue.message).not.toBe(enIssues[index]!.message);
          expect(withoutNamedKeys(issue), issue.message).not.toMatch(ENGLISH);
          expect(issue.message).not.toMatch(ZOD_DEFAULT);
          expect(enIssues[index]!.message).not.toMatch(ZOD_DEFAULT);
        });
      }),
      { numRuns: 600 },
    );
    expect(seen).toBeGreaterThan(50);
  });

  it("the batch: the same paths per item, every message in Spanish", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.tuple(fc.nat(99), apiRequestArb).map(([index, request]) => ({ id: `R-${index}`, ...request })), fc.jsonValue({ maxDepth: 1 })), { minLength: 1, maxLength: 8 }), (requests) => {
        const english = batchEndpoint({ requests }, "en").body as { responses: { status: number; body: unknown }[] };
        const spanish = batchEndpoint({ requests }, "es").body as { responses: { status: number; body: unknown }[] };
        spanish.responses.forEach((item, index) => {
          const other = english.responses[index]!;
          expect(item.status).toBe(other.status);
          if (item.status !== 400) return;
          const [enIssues, esIssues] = [issuesOf(other), issuesOf(item)];
          expect(esIssues.map((issue) => issue.path)).toEqual(enIssues.map((issue) => issue.path));
          esIssues.forEach((issue, at) => {
            expect(issue.message).not.toBe(enIssues[at]!.message);
            expect(withoutNamedKeys(issue), issue.message).not.toMatch(ENGLISH);
          });
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe("exact messages", () => {
  it("a missing field, a reader's problem, a range, a check across fields", () => {
    const body = { asOf: "2003-06-30", birthDate: "1990-01-01", balances: { match: "1,5" }, compensation: "30000", salaryGrowthPercent: 3, deferralPercent: 101, matchPercentOfDeferral: 50, annualReturnPercent: 6, years: 61, employmentStartDate: "2004-01-01" };
    expect(issuesOf(ENDPOINTS.projection(body, SOS_PLAN, "es"))).toEqual([
      { path: "balances.match", message: "Saldos: saldo de la aportación de la empresa: tiene una coma que no separa miles; escriba los centavos después de un punto (1.23) y agrupe los miles de tres en tres (1,234.50)." },
      { path: "deferralPercent", message: "Porcentaje de su aportación: debe ser como máximo 100." },
      { path: "years", message: "Años a proyectar: debe ser como máximo 60." },
      { path: "employmentStartDate", message: "Fecha de inicio de empleo: es posterior a asOf (30 de junio de 2003); una proyección parte de un servicio ya empezado." },
    ]);
    expect(issuesOf(ENDPOINTS.projection(body, SOS_PLAN, "en"))[1]).toEqual({ path: "deferralPercent", message: "Deferral percent must be at most 100." });
    expect(issuesOf(ENDPOINTS["contribution-limit"]({}, SOS_PLAN, "es"))).toEqual([
      { path: "planYear", message: "Año del plan: falta este dato." },
      { path: "compensation", message: "Sueldo: falta este dato." },
    ]);
  });

  it("a repeated id and a date written the US way", () => {
    const body = { pool: "100", participants: [{ id: "A", deferrals: "1" }, { id: "A", deferrals: "06/30/2003" }] };
    expect(issuesOf(ENDPOINTS["forfeitures/allocate"](body, SOS_PLAN, "es"))).toEqual([
      { path: "participants.1.deferrals", message: 'Participante 2: aportaciones: debe ser una cantidad en dólares, como "1234.50".' },
      { path: "participants.1.id", message: 'Participante 2: id: repite el id "A" de participants.0; cada id debe ser único.' },
    ]);
    expect(issuesOf(ENDPOINTS.vesting({ yearsOfService: 1, employmentStartDate: "06/30/2003", balances: {} }, SOS_PLAN, "es"))).toEqual([
      { path: "employmentStartDate", message: "Fecha de inicio de empleo: debe ser una fecha escrita AAAA-MM-DD, como 2002-03-15 (escriba 2003-06-30)." },
    ]);
  });

  it("the body's messages", () => {
    expect(issuesOf(notJson("es"))[0]!.message).toBe('El cuerpo de la solicitud no es JSON válido. Envíe un objeto JSON, como { "yearsOfService": 3 }.');
    expect(issuesOf(tooLarge(16 * 1024 * 1024, "es"))[0]!.message).toBe("El cuerpo de la solicitud pasa de 16 MiB (16,777,216 bytes).");
    expect(issuesOf(tooLarge(1000, "es"))[0]!.message).toBe("El cuerpo de la solicitud pasa de 1,000 bytes (1,000 bytes).");
    expect(issuesOf(tooLarge(1000, "en"))[0]!.message).toBe("The request body is larger than 1000 bytes (1000 bytes).");
    expect(issuesOf(unexpectedFailure("es"))[0]!.message).toBe("No se pudo evaluar la solicitud. Revise cada campo según el contrato de la API e inténtelo de nuevo.");
    expect(issuesOf(batchEndpoint([], "es"))).toEqual([{ path: "requests", message: 'Falta requests: envíe un objeto JSON como { "requests": [ { "id": "E-1001", "endpoint": "vesting", "body": { … } } ] }.' }]);
  });

  it("field names in Spanish", () => {
    expect(spanishCheck.fieldLabel(["hours", 3, "date"])).toBe("Registro de horas 4: fecha");
    expect(es.fieldLabel(["priorYear", "Inteliant", "nhceAdp"])).toBe("Año anterior, Inteliant: ADP de los demás empleados");
    expect(es.fieldLabel(["balances", "rollover"])).toBe("Saldos: saldo del dinero que trajo de otro plan");
    expect(es.fieldLabel([])).toBe("La solicitud");
    expect(es.ruleFieldMessage("priorYear.SOS", "es obligatorio")).toBe("Año anterior, SOS: es obligatorio.");
  });

  it("every request problem has Spanish words of its own", () => {
    const call = (key: string, word: unknown) => {
      if (typeof word !== "function") return word;
      const args = key === "endpointOneOf" ? [["vesting", "projection"]] : key === "repeatedId" ? ["A", "participants", 0] : /Start|AsOf/.test(key) ? ["2003-06-30"] : [2002, 2001, 2003];
      return (word as (...args: unknown[]) => string)(...args);
    };
    for (const key of Object.keys(en.requestWords) as (keyof typeof en.requestWords)[]) {
      const [english, spanish] = [call(key, en.requestWords[key]), call(key, es.requestWords[key])];
      expect(typeof spanish, key).toBe("string");
      expect(spanish, key).not.toBe(english);
      expect(spanish as string, key).not.toMatch(ENGLISH);
    }
  });
});
