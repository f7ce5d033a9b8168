import { defineConfig } from 'vite';

// The page must run under CSP `default-src 'self'`: no inline scripts, no data: URLs,
// no external resources. The built files in web/dist are served by @helder/server.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
});
