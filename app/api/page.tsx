import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi";
import { fieldRows, resolve, type FieldRow, type OpenApiDoc } from "@/lib/pages/api-reference/fields";
import { html, type Html } from "@/app/components/static-html";
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
  "/api/v1/nondiscrimination",
  "/api/v1/batch",
  "/api/v1/health",
  "/api/v1/openapi.json",
];

/** Every path of the document: those of ORDER first, in that order, then any other, so a new endpoint is never left off. */
const pathsOf = (doc: Doc): string[] => [...ORDER.filter((path) => path in doc.paths), ...Object.keys(doc.paths).filter((path) => !ORDER.includes(path))];

/** Text with `code` spans (the document's descriptions are CommonMark; only code spans are used). */
const prose = (text: string): Html[] => text.split("`").map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : html`${part}`));

const anchor = (path: string) => path.replace("/api/v1/", "").replace(/[/.]/g, "-");
const json = (value: unknown) => JSON.stringify(value, null, 2);

function fields(rows: FieldRow[], label: string): Html {
  if (rows.length === 0) return html``;
  return html`<dl class="${styles.fields}" aria-label="${label}">${rows.map(
    (row) =>
      html`<div class="${styles.field}" style="margin-left:${row.depth * 1.25}rem"><dt><code class="${styles.name}">${row.name}</code> <span class="${styles.type}">${row.type}</span> <span class="${row.required ? styles.required : styles.optional}">${row.required ? "required" : "optional"}</span></dt>${row.description ? html`<dd>${prose(row.description)}</dd>` : ""}</div>`,
  )}</dl>`;
}

const example = (value: unknown, label: string): Html => html`<pre class="${styles.code}" aria-label="${label}"><code>${json(value)}</code></pre>`;

/** One endpoint's section, as HTML: nothing in it changes in the browser (see static-html). */
function operation(doc: Doc, path: string): Html | null {
  const item = doc.paths[path];
  const method = item?.post ? "post" : "get";
  const operation = item?.[method];
  if (!operation) return null;
  const id = anchor(path);
  const request = operation.requestBody?.content["application/json"];
  const ok = operation.responses["200"];
  const okContent = ok?.content?.["application/json"];
  const errors = Object.entries(operation.responses).filter(([status]) => status !== "200");
  return html`<h2 id="${id}"><span class="${styles.method}">${method.toUpperCase()}</span> <code>${path}</code></h2>
<p class="${styles.summary}">${operation.summary}</p>
<p>${prose(operation.description)}</p>
${request ? html`<h3>Request fields</h3>${fields(fieldRows(doc, request.schema), `Request fields of ${path}`)}<h3>Example request</h3>${example(request.example, `Example request to ${path}`)}` : ""}
${
  path === "/api/v1/batch" && request
    ? html`<h3>With curl</h3><pre class="${styles.code}" aria-label="A batch call with curl"><code>${`curl -s http://localhost:3000/api/v1/batch \\\n  -H 'content-type: application/json' \\\n  -d '${JSON.stringify(request.example)}'`}</code></pre>`
    : ""
}
<h3>Answer (200)</h3>
<p>${ok?.description}</p>
${okContent?.schema.$ref ? fields(fieldRows(doc, okContent.schema), `Answer fields of ${path}`) : ""}
${
  okContent?.example !== undefined && path !== "/api/v1/openapi.json"
    ? html`<details class="${styles.details}"><summary>Example answer${request ? " to the example request" : ""}</summary>${example(okContent.example, `Example answer of ${path}`)}</details>`
    : ""
}
${
  errors.length > 0
    ? html`<h3>Errors</h3><ul class="${styles.errors}">${errors.map(
        ([status, response]) => html`<li><strong>${status}</strong>: ${resolve(doc, response).description} (the <a href="#errors">error shape</a>)</li>`,
      )}</ul>`
    : ""
}`;
}

/** The API reference, rendered on the server from the OpenAPI document the API serves. */
export default function ApiReferencePage() {
  const doc = openApiDocument() as unknown as Doc;
  const invalidRequest = doc.components.responses.InvalidRequest!;
  const invalid = invalidRequest.content["application/json"]!;
  const paths = pathsOf(doc);
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
          {paths.map((path) => (
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
      {paths.map((path) => {
        const body = operation(doc, path);
        return body ? <section key={path} className={styles.section} aria-labelledby={anchor(path)} dangerouslySetInnerHTML={body} /> : null;
      })}
      <section className={styles.section} aria-labelledby="errors">
        <h2 id="errors">Errors</h2>
        <p>{invalidRequest.description}</p>
        <p>{resolve(doc, invalid.schema).description}</p>
        <div dangerouslySetInnerHTML={html`${fields(fieldRows(doc, invalid.schema), "Fields of an error answer")}<h3>Example error</h3>${example(invalid.example, "Example of an error answer")}`} />
      </section>
    </main>
  );
}
