import path from "node:path";

import type { NextConfig } from "next";

const config: NextConfig = {
  // A lock file in a parent folder must not make Turbopack guess another root.
  turbopack: { root: path.resolve(".") },
  // The native SQLite addon is loaded from node_modules at run time, never bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Browsers and crawlers ask for /favicon.ico whatever the page links; the app's icon answers.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
};

export default config;
