/**
 * The Content-Security-Policy of pages (issue 5), set by proxy.ts with a fresh nonce per request.
 * The headers common to every answer, and the policy of API answers and static files, are in
 * next.config.js.
 */

/** A page's Content-Security-Policy: nothing third-party, no inline script but Next's own, by nonce. */
export function pageCsp(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonce-bearing Next.js scripts load their own chunks; dev needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React's style attributes (a progress bar's width) need inline styles; no script can hide there.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
