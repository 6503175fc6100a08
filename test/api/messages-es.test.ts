/**
 * The API's 400 and 413 answers in Spanish over HTTP, the messages written out by hand: a field's
 * problem, a reader's, a rule's, the body's (not JSON, too large, not an object), the batch's
 * envelope and its items. Paths are the English answer's; Content-Language says es.
 */
import { describe, expect, it } from "vitest";
import { base } from "./client";

async function send(path: string, body: string, language?: string) {
  const response = await fetch(`${base()}/api/v1/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(language ? { "accept-language": language } : {}) },
    body,
  });
  return { status: response.status, contentLanguage: response.headers.get("content-language"), json: (await response.json()) as { error?: string; issues?: { path: string; message: string }[]; responses?: { id: string | null; status: number; body: any }[] } };
}

const both = async (path: string, body: unknown) => {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const [english, spanish] = await Promise.all([send(path, text), send(path, text, "es-US")]);
  expect(spanish.status).toBe(english.status);
  expect(spanish.contentLanguage).toBe("es");
  expect(english.contentLanguage).toBe("en");
  expect(spanish.json.issues?.map((issue) => issue.path)).toEqual(english.json.issues?.map((issue) => issue.path));
  return spanish;
};

describe("400 messages in Spanish", () => {
  it("a date that does not exist, in an hours entry", async () => {
    const answer = await both("eligibility", { asOf: "2003-06-30", employer: "SOS", birthDate: "1970-01-01", employmentStartDate: "2002-01-02", hours: [{ date: "2003-02-29", hours: 80 }] });
    expect(answer.status).toBe(400);
    expect(answer.json.issues).toEqual([{ path: "hours.0.date", message: "Registro de horas 1: fecha: no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe)." }]);
  });

  it("a birth date after the start date, money with points for thousands, an employer the plan does not have", async () => {
    const answer = await both("eligibility", { asOf: "2003-06-30", employer: "Acme", birthDate: "2003-01-01", employmentStartDate: "2002-01-02", priorYearCompensation: "2.500" });
    expect(answer.json.issues).toEqual([
      { path: "employer", message: 'Empleador: debe ser "SOS" (la empresa patrocinadora y sus filiales, salvo Inteliant) o "Inteliant".' },
      { path: "priorYearCompensation", message: "Sueldo del año anterior: debe tener como máximo 2 decimales (centavos enteros); si quiere decir 2,500 dólares, escriba 2500 o 2,500." },
      { path: "birthDate", message: "Fecha de nacimiento: es posterior a la fecha de inicio de empleo (2 de enero de 2002); revise las dos fechas." },
    ]);
  });

  it("a rule's problem: stated years the dates contradict", async () => {
    const answer = await both("vesting", { yearsOfService: 5, employmentStartDate: "2000-01-01", asOf: "2003-06-30", balances: { match: "100" } });
    expect(answer.json.issues).toEqual([{ path: "yearsOfService", message: "Los años de servicio (5) no coinciden con los años completos desde employmentStartDate hasta asOf (3); indique uno u otro" }]);
  });

  it("the nondiscrimination rule's problem with an employee", async () => {
    const answer = await both("nondiscrimination", { planYear: 2023, employees: [{ id: "A", employer: "SOS", compensation: "30000", deferrals: "900", longTermPartTime: true }] });
    expect(answer.json.issues).toEqual([{ path: "employees.0.longTermPartTime", message: "Empleado 1: longTermPartTime: no puede ser true en el año del plan 2023: la regla de medio tiempo empieza con el año del plan 2024." }]);
  });

  it("a body that is not JSON, not an object, or too large", async () => {
    expect((await both("vesting", "{ nope")).json.issues).toEqual([{ path: "", message: 'El cuerpo de la solicitud no es JSON válido. Envíe un objeto JSON, como { "yearsOfService": 3 }.' }]);
    expect((await both("vesting", "[1]")).json.issues).toEqual([{ path: "", message: 'El cuerpo de la solicitud debe ser un objeto JSON, como { "asOf": "2003-06-30" }.' }]);
    const large = await both("vesting", JSON.stringify({ pad: "x".repeat(1024 * 1024) }));
    expect(large.status).toBe(413);
    expect(large.json.issues).toEqual([{ path: "", message: "El cuerpo de la solicitud pasa de 1 MiB (1,048,576 bytes)." }]);
  });
});

describe("the batch in Spanish", () => {
  it("an envelope with no requests", async () => {
    const answer = await both("batch", { requests: [] });
    expect(answer.json.issues).toEqual([{ path: "requests", message: "Solicitudes: debe tener al menos una solicitud." }]);
  });

  it("each item's 400 in Spanish, small and large (split across worker threads)", async () => {
    for (const count of [3, 9_000]) {
      const requests = Array.from({ length: count }, (_, index) =>
        index % 3 === 0 ? { id: `E-${index}`, endpoint: "vesting", body: { yearsOfService: -1, balances: {} } } : index % 3 === 1 ? { id: `E-${index}`, endpoint: "payroll", body: {} } : "junk",
      );
      const answer = await send("batch", JSON.stringify({ requests }), "es");
      expect(answer.status).toBe(200);
      expect(answer.contentLanguage).toBe("es");
      const items = answer.json.responses!;
      expect(items).toHaveLength(count);
      for (const item of items.slice(-3)) {
        const index = Number(item.id?.slice(2) ?? count - 1);
        if (index % 3 === 0) expect(item.body.issues).toEqual([{ path: "yearsOfService", message: "Años de servicio: no puede ser menor que 0." }]);
        else if (index % 3 === 1) expect(item.body.issues).toEqual([{ path: "endpoint", message: 'Endpoint: debe ser uno de estos: "eligibility", "contribution-limit", "vesting", "forfeitures/allocate", "projection", "nondiscrimination".' }]);
        else expect(item.body.issues).toEqual([{ path: "", message: 'Cada solicitud debe ser un objeto como { "id": "E-1001", "endpoint": "vesting", "body": { … } }.' }]);
      }
    }
  });
});
