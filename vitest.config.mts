import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      // Server-only guards React client bundles; in Node tests it must be inert.
      "server-only": fileURLToPath(new URL("./lib/testing/empty.ts", import.meta.url)),
    },
  },
  test: {
    include: ["{lib,db,bin,app,components}/**/__tests__/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
