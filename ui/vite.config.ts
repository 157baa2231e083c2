import { defineConfig, loadEnv } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// `base: './'` keeps asset URLs relative, so the same build works inside the Tauri
// window and at http://127.0.0.1:PORT/ from `clipline serve`.
export default defineConfig(({ mode }) => {
  // `npm run dev` can talk to a running `clipline serve`: CLIPLINE_API=http://127.0.0.1:PORT
  const { CLIPLINE_API } = loadEnv(mode, '.', 'CLIPLINE_');
  return {
    base: './',
    plugins: [svelte()],
    clearScreen: false,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      // The CSP is `default-src 'self'`: keep every asset in its own file, never inline.
      assetsInlineLimit: 0,
    },
    server: {
      port: 5173,
      strictPort: true,
      // The server refuses foreign Origins and the dev page is one, so the proxy speaks as
      // the server's own origin (the token from `?token=...` still guards every call).
      proxy: CLIPLINE_API
        ? {
            '/api': {
              target: CLIPLINE_API,
              changeOrigin: true,
              headers: { origin: new URL(CLIPLINE_API).origin },
            },
          }
        : undefined,
    },
  };
});
