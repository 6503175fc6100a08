import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi";
import { fieldRows, resolve, type FieldRow, type OpenApiDoc } from "@/lib/pages/api-reference/fields";
import styles from "./api.module.css";

export const metadata: Metadata = {
  title: "API reference",
  description: "The JSON API v1 of the SOS Staffing 401(k) Plan calculator: every endpoint, its fields and their meaning, examples and errors.",
};

type Doc = OpenApiDoc;

/** The endpoints in the order a reader meets them. */
const ORDER = [
  "/api/v1/eligibility",
  "/api/v1/contribution-limit",
  "/api/v1/vesting",
  "/api/v1/forfeitures/allocate",
  "/api/v1/projection",
  "/api/v1/batch",
  "/api/v1/health",
  "/api/v1/openapi.json",
];

/** Text with `code` spans (the document's descriptions are CommonMark; only code spans are used). */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split("`").map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}
    </>
  );
}

const anchor = (path: string) => path.replace("/api/v1/", "").replace(/[/.]/g, "-");
const json = (value: unknown) => JSON.stringify(value, null, 2);

function Fields({ rows, label }: { rows: FieldRow[]; label: string }) {
  if (rows.length === 0) return null;
  return (
    <dl className={styles.fields} aria-label={label}>
      {rows.map((row) => (
        <div key={row.name} className={styles.field} style={{ marginLeft: `${row.depth * 1.25}rem` }}>
          <dt>
            <code className={styles.name}>{row.name}</code> <span className={styles.type}>{row.type}</span>{" "}
            <span className={row.required ? styles.required : styles.optional}>{row.required ? "required" : "optional"}</span>
          </dt>
          {row.description ? (
            <dd>
              <Prose text={row.description} />
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

function Example({ value, label }: { value: unknown; label: string }) {
  return (
    <pre className={styles.code} aria-label={label}>
      <code>{json(value)}</code>
    </pre>
  );
}

function Operation({ doc, path }: { doc: Doc; path: string }) {
  const item = doc.paths[path];
  const method = item?.post ? "post" : "get";
  const operation = item?.[method];
  if (!operation) return null;
  const id = anchor(path);
  const request = operation.requestBody?.content["application/json"];
  const ok = operation.responses["200"];
  const okContent = ok?.content?.["application/json"];
  const errors = Object.entries(operation.responses).filter(([status]) => status !== "200");
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id}>
        <span className={styles.method}>{method.toUpperCase()}</span> <code>{path}</code>
      </h2>
      <p className={styles.summary}>{operation.summary}</p>
      <p>
        <Prose text={operation.description} />
      </p>
      {request ? (
        <>
          <h3>Request fields</h3>
          <Fields rows={fieldRows(doc, request.schema)} label={`Request fields of ${path}`} />
          <h3>Example request</h3>
          <Example value={request.example} label={`Example request to ${path}`} />
        </>
      ) : null}
      {path === "/api/v1/batch" && request ? (
        <>
          <h3>With curl</h3>
          <pre className={styles.code} aria-label="A batch call with curl">
            <code>{`curl -s http://localhost:3000/api/v1/batch \\\n  -H 'content-type: application/json' \\\n  -d '${JSON.stringify(request.example)}'`}</code>
          </pre>
        </>
      ) : null}
      <h3>Answer (200)</h3>
      <p>{ok?.description}</p>
      {okContent?.schema.$ref ? <Fields rows={fieldRows(doc, okContent.schema)} label={`Answer fields of ${path}`} /> : null}
      {okContent?.example !== undefined && path !== "/api/v1/openapi.json" ? (
        <details className={styles.details}>
          <summary>Example answer{request ? " to the example request" : ""}</summary>
          <Example value={okContent.example} label={`Example answer of ${path}`} />
        </details>
      ) : null}
      {errors.length > 0 ? (
        <>
          <h3>Errors</h3>
          <ul className={styles.errors}>
            {errors.map(([status, response]) => (
              <li key={status}>
                <strong>{status}</strong>: {resolve(doc, response).description} (the <a href="#errors">error shape</a>)
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The API reference, rendered on the server from the OpenAPI document the API serves. */
export default function ApiReferencePage() {
  const doc = openApiDocument() as unknown as Doc;
  const invalidRequest = doc.components.responses.InvalidRequest!;
  const invalid = invalidRequest.content["application/json"]!;
  return (
    <main className={styles.page}>
      <h1>API reference: the JSON API (v1)</h1>
      <p className={styles.lead}>
        {doc.info.summary} For payroll systems, HR tools and scripts: the same rules the pages use, over HTTP. This page is drawn from the API&apos;s own
        OpenAPI 3.1 document, <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>, which is generated from the schemas that check every request.
      </p>
      <h2 id="conventions">Conventions</h2>
      <p>{doc.info.description}</p>
      <nav aria-label="Endpoints" className={styles.toc}>
        <ul>
          {ORDER.map((path) => (
            <li key={path}>
              <a href={`#${anchor(path)}`}>
                <code>{path.replace("/api/v1/", "")}</code>
              </a>
            </li>
          ))}
          <li>
            <a href="#errors">errors</a>
          </li>
        </ul>
      </nav>
      {ORDER.map((path) => (
        <Operation key={path} doc={doc} path={path} />
      ))}
      <section className={styles.section} aria-labelledby="errors">
        <h2 id="errors">Errors</h2>
        <p>{invalidRequest.description}</p>
        <p>{resolve(doc, invalid.schema).description}</p>
        <Fields rows={fieldRows(doc, invalid.schema)} label="Fields of an error answer" />
        <h3>Example error</h3>
        <Example value={invalid.example} label="Example of an error answer" />
      </section>
    </main>
  );
}
