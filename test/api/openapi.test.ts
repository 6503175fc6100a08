/**
 * GET /api/v1/openapi.json over HTTP: the served document validates as OpenAPI 3.1, is the one
 * the code generates, and each endpoint's example, posted, is answered as the document says.
 */
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { base, post } from "./client";

describe("GET /api/v1/openapi.json", () => {
  it("is JSON that validates as OpenAPI 3.1, the document the code generates", async () => {
    const response = await fetch(`${base()}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const doc = await response.json();
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    const result = await validate(doc);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("each endpoint's example request, posted, gets the example answer (checked against its schema by post())", async () => {
    const doc = await (await fetch(`${base()}/api/v1/openapi.json`)).json();
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      if (!item.post) continue;
      const content = item.post.requestBody.content["application/json"];
      const { status, json } = await post(path.replace("/api/v1/", ""), content.example);
      expect(status, path).toBe(200);
      expect(json, path).toEqual(item.post.responses["200"].content["application/json"].example);
    }
  });
});
