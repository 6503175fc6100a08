/**
 * The API reference page's reading of the OpenAPI document: each request and answer schema as a
 * list of fields (dotted names, `[]` for list items), each with its type in words, whether it is
 * required, and its meaning (the schema's description).
 */

import { formatCount } from "../../words/format";

/** The parts of a JSON Schema the page reads. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  prefixItems?: Schema[];
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

export interface Operation {
  summary: string;
  description: string;
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> };
  responses: Record<string, { $ref?: string; description?: string; content?: Record<string, { schema: Schema; example?: unknown }> }>;
}

/** The parts of the OpenAPI document the page reads. */
export interface OpenApiDoc {
  info: { summary: string; description: string };
  paths: Record<string, { get?: Operation; post?: Operation }>;
  components: { schemas: Record<string, Schema>; responses: Record<string, { description: string; content: Record<string, { schema: Schema; example?: unknown }> }> };
}

export interface FieldRow {
  /** Dotted name: "hours[].date", "requirements[1].periods[].hours". */
  name: string;
  type: string;
  required: boolean;
  description: string;
  depth: number;
}

/** The schema a `$ref` names in the document, or the schema itself. */
export function resolve<T extends { $ref?: string; description?: string }>(doc: OpenApiDoc, schema: T | undefined): T {
  if (!schema) return {} as T;
  const ref = schema.$ref;
  if (!ref) return schema;
  const target = (ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc) ?? {}) as T;
  // A $ref beside its own description: the description of the use wins.
  return schema.description ? { ...resolve(doc, target), description: schema.description } : resolve(doc, target);
}

/** Thousands separators from 10,000 up, so years read as years (2002) and hours as 8784. */
const number = (value: number) => (Math.abs(value) >= 10_000 ? formatCount(value) : String(value));

function range(schema: Schema, unit = ""): string {
  const { minimum, maximum } = schema;
  if (minimum !== undefined && maximum !== undefined && maximum < Number.MAX_SAFE_INTEGER) return ` from ${number(minimum)} to ${number(maximum)}${unit}`;
  if (minimum !== undefined) return ` ≥ ${number(minimum)}${unit}`;
  if (maximum !== undefined && maximum < Number.MAX_SAFE_INTEGER) return ` ≤ ${number(maximum)}${unit}`;
  return "";
}

/** The non-null branches of an anyOf, and whether null is one of them. */
function branches(schema: Schema): { options: Schema[]; nullable: boolean } {
  if (!Array.isArray(schema.anyOf)) return { options: [schema], nullable: false };
  const options = schema.anyOf.filter((option: Schema) => option.type !== "null");
  return { options, nullable: options.length < schema.anyOf.length };
}

/** A schema's type in words: "date", "money (string or number)", "list of 1 to 10,000", "one of "SOS", "Inteliant"". */
export function typeText(doc: OpenApiDoc, raw: Schema): string {
  const schema = resolve(doc, raw);
  const { options, nullable } = branches(schema);
  if (options.length > 1) return [...new Set(options.map((option) => typeText(doc, option)))].join(" or ") + (nullable ? " or null" : "");
  const only = resolve(doc, options[0]);
  const text = singleType(doc, only, raw.$ref ?? options[0]?.$ref);
  return nullable ? `${text} or null` : text;
}

function singleType(doc: OpenApiDoc, schema: Schema, ref: string | undefined): string {
  if (ref && /Request$/.test(ref)) return "the endpoint's request body";
  if (ref && /Answer$/.test(ref)) return "the endpoint's answer";
  if (ref && /Error$/.test(ref)) return "an error answer";
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((value: unknown) => JSON.stringify(value)).join(", ")}`;
  const type = schema.type;
  if (Array.isArray(type) && type.includes("string") && type.includes("number")) return `money: string or number${schema.minimum === 0 ? ", 0 or more" : ""}`;
  if (Array.isArray(type)) return type.map((one: string) => singleType(doc, { ...schema, type: one }, undefined)).join(" or ");
  if (type === "null") return "null";
  if (type === "string") {
    if (schema.format === "date") return "date (YYYY-MM-DD)";
    if (schema.pattern === "^\\d+\\.\\d{2}$") return 'money: string with 2 decimals';
    if (schema.pattern === "^-?\\d+\\.\\d{2}$") return 'money: string with 2 decimals, may be negative';
    const length = schema.maxLength !== undefined ? `, ${schema.minLength ? `${schema.minLength} to ` : "at most "}${number(schema.maxLength)} characters` : "";
    return `string${length}`;
  }
  if (type === "integer") return `whole number${range(schema)}`;
  if (type === "number") return `number${range(schema)}`;
  if (type === "boolean") return "true or false";
  if (type === "array") {
    if (Array.isArray(schema.prefixItems)) return `list of ${schema.prefixItems.length}, in this order`;
    const count =
      schema.minItems !== undefined && schema.maxItems !== undefined
        ? ` of ${number(schema.minItems)} to ${number(schema.maxItems)}`
        : schema.minItems !== undefined
          ? ` of ${number(schema.minItems)} or more`
          : "";
    const items = resolve(doc, schema.items);
    const itemType = items.type === "object" || Array.isArray(items.anyOf) ? "" : `: each ${typeText(doc, schema.items ?? {})}`;
    return `list${count}${itemType}`;
  }
  if (type === "object") return "object";
  return "any JSON";
}

/** The fields of an object schema, nested ones after their parent (to `maxDepth` levels). */
export function fieldRows(doc: OpenApiDoc, raw: Schema, maxDepth = 3): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (schema: Schema, prefix: string, depth: number) => {
    const object = objectOf(doc, schema);
    if (!object || depth > maxDepth) return;
    const required = new Set<string>(object.required ?? []);
    for (const [key, child] of Object.entries<Schema>(object.properties ?? {})) {
      const resolved = resolve(doc, child);
      const name = `${prefix}${key}`;
      rows.push({ name, type: typeText(doc, child), required: required.has(key), description: resolved.description ?? "", depth });
      if (child.$ref && /Request$/.test(child.$ref)) continue; // a batch item's body: documented at its endpoint
      descend(resolved, name, depth + 1);
    }
  };
  const descend = (schema: Schema, name: string, depth: number) => {
    if (objectOf(doc, schema) && Array.isArray(schema.anyOf)) return walk(schema, `${name}.`, depth);
    const { options } = branches(schema);
    if (options.length !== 1) return;
    const only = resolve(doc, options[0]);
    if (only.type === "object") walk(only, `${name}.`, depth);
    else if (only.type === "array" && Array.isArray(only.prefixItems)) only.prefixItems.forEach((item: Schema, i: number) => walk(resolve(doc, item), `${name}[${i}].`, depth));
    else if (only.type === "array") walk(resolve(doc, only.items), `${name}[].`, depth);
  };
  walk(resolve(doc, raw), "", 0);
  return rows;
}

function objectOf(doc: OpenApiDoc, schema: Schema): Schema | null {
  const resolved = resolve(doc, schema);
  if (resolved.type === "object" && resolved.properties) return resolved;
  const { options } = branches(resolved);
  const objects = options.map((option) => resolve(doc, option));
  if (objects.length === 1) return objects[0]!.type === "object" ? objects[0]! : null;
  // Alternatives written out in place (not named schemas, which are documented where they belong).
  const inline = options.every((option) => !option.$ref);
  return inline && objects.length > 1 && objects.every((object) => object.type === "object" && object.properties) ? merged(objects) : null;
}

/** Objects that are alternatives (a batch item per endpoint) as one: each field's alternatives side by side. */
function merged(objects: Schema[]): Schema {
  const properties: Record<string, Schema> = {};
  for (const key of new Set(objects.flatMap((object) => Object.keys(object.properties ?? {})))) {
    const variants = objects.map((object) => object.properties?.[key]).filter(Boolean) as Schema[];
    const distinct = [...new Map(variants.map((variant) => [JSON.stringify({ ...variant, description: undefined }), variant])).values()];
    const description = variants.find((variant) => variant.description)?.description;
    properties[key] = distinct.length === 1 ? distinct[0]! : { anyOf: distinct, ...(description ? { description } : {}) };
  }
  const required = objects.map((object) => new Set<string>(object.required ?? [])).reduce((a, b) => new Set([...a].filter((key) => b.has(key))));
  return { type: "object", properties, required: [...required] };
}
