// Vite build of the dashboard (src/web -> dist/web), served by `dyad serve` at `/`. For
// development run `dyad serve` on :8080 and `npx vite` (its /api requests are proxied there).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("./src/web"),
  // Relative asset URLs: the page also works behind a path prefix.
  base: "./",
  publicDir: here("./src/web/public"),
  build: {
    outDir: here("./dist/web"),
    emptyOutDir: true,
    target: "es2022",
    assetsDir: "assets",
    // No inline scripts or styles: the page's Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:8080" },
  },
});
