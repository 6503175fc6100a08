/**
 * Runs before every page: a fresh nonce per request, so the page's Content-Security-Policy can
 * allow Next.js's own inline scripts and nothing else. Next reads the nonce from the request's
 * CSP header and puts it on its scripts. API answers and static files get their headers from
 * next.config.js instead (see the matcher).
 */
import { NextResponse, type NextRequest } from "next/server";
import { pageCsp } from "./lib/security/headers";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // The page's path, so the root layout can write <html lang> and the header in the page's language.
  headers.set("x-page-path", request.nextUrl.pathname);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Not the API, Next's own static files, nor the static files of public/ (they get their headers from next.config.js).
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt|manifest.webmanifest|templates/).*)" }],
};
