/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A separate build folder per checkout or helper (NEXT_DIST_DIR=.next-e2e), so builds don't collide.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The build type-checks the app only; `npx tsc --noEmit` (in npm test) checks tests and scripts too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default nextConfig;
