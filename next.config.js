/**
 * Headers on every answer (issue 5). Pages also get a per-request Content-Security-Policy with a
 * nonce from proxy.ts (lib/security/headers.ts); API answers and public/'s files get NON_PAGE_CSP
 * (the API reference page at /api is a page: `/api/:path+` leaves it to proxy.ts). Static scripts get
 * none of their own: a Web Worker's script is governed by its own answer's policy, and must load chunks.
 */
const COMMON_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value:
      "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** API answers (JSON): nothing may run in them, nothing may frame them. */
const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A separate build folder per checkout or helper (NEXT_DIST_DIR=.next-e2e), so builds don't collide.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The build type-checks the app only; `npx tsc --noEmit` (in npm test) checks tests and scripts too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  async headers() {
    return [
      { source: "/:path*", headers: COMMON_HEADERS },
      { source: "/api/:path+", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
      // The static files of public/: nothing in them may run (an SVG opened on its own could).
      { source: "/:file(icon.svg|robots.txt|manifest.webmanifest)", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
      { source: "/templates/:file*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
    ];
  },
};

export default nextConfig;
