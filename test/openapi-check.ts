/**
 * Checks JSON against the schemas of the OpenAPI document (ajv, JSON Schema draft 2020-12, the
 * dialect of OpenAPI 3.1). Answers are checked strictly: a field the document does not declare
 * is an error, so the document covers every field the API sends.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import { parseIsoDate } from "@/lib/dates";

type Json = Record<string, any>;

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, key === "$ref" && typeof inner === "string" ? inner.replace("#/components/schemas/", "#/$defs/") : rewriteRefs(inner)]),
    );
  }
  return value;
}

/** Every object schema closed to undeclared fields. */
function closed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(closed);
  if (value && typeof value === "object") {
    const copy = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, closed(inner)])) as Json;
    if (copy.type === "object" && copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
    return copy;
  }
  return value;
}

export function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat("date", { type: "string", validate: (text: string) => parseIsoDate(text) !== null });
  return ajv;
}

export interface DocumentCheck {
  /** Errors of `json` against the named component schema (empty when it validates). */
  schema(name: string, json: unknown): string[];
  /** Errors of an answer against the schema the document declares for it (path, method, status). */
  answer(path: string, method: "get" | "post", status: number, json: unknown): string[];
}

const describe = (errors: ErrorObject[] | null | undefined) => (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);

export function checkAgainst(doc: Json): DocumentCheck {
  const defs = rewriteRefs(doc.components.schemas) as Json;
  const answerDefs = Object.fromEntries(Object.entries(defs).map(([name, schema]) => [name, /Answer$|^Error$/.test(name) ? closed(schema) : schema]));
  const ajv = makeAjv();
  ajv.addSchema({ $id: "https://api.test/doc", $defs: answerDefs });
  const compiled = new Map<string, ValidateFunction>();
  const validator = (id: string) => {
    let validate = compiled.get(id);
    if (!validate) compiled.set(id, (validate = ajv.getSchema(id)!));
    if (!validate) throw new Error(`no schema ${id}`);
    return validate;
  };
  const schema = (name: string, json: unknown) => {
    if (!(name in defs)) return [`the document has no schema ${name}`];
    const validate = validator(`https://api.test/doc#/$defs/${name}`);
    return validate(json) ? [] : describe(validate.errors);
  };
  return {
    schema,
    answer(path, method, status, json) {
      let response = doc.paths?.[path]?.[method]?.responses?.[String(status)];
      if (!response) return [`the document declares no ${status} answer for ${method.toUpperCase()} ${path}`];
      if (response.$ref) response = doc.components.responses[String(response.$ref).split("/").pop()!];
      const ref: string | undefined = response.content?.["application/json"]?.schema?.$ref;
      if (!ref) return [];
      return schema(ref.split("/").pop()!, json);
    },
  };
}
