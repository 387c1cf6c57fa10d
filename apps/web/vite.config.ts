import { join } from 'path';
import { defineConfig } from 'vite';
import { firstLoadBudget } from './build/first-load-budget.ts';
import { precompress } from './build/precompress.ts';

const API = process.env.FACTDESK_API ?? 'http://127.0.0.1:3000';

/** The desk builds into dist/web, which the api serves at `/`; `npm run dev:web` proxies the API to a running api. */
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: join(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // TanStack Query marks its modules "use client" for server components; a static desk has none.
    rolldownOptions: { onwarn: (warning, warn) => warning.code !== 'MODULE_LEVEL_DIRECTIVE' && warn(warning) },
  },
  server: {
    proxy: Object.fromEntries(['/v1', '/docs', '/health'].map((path) => [path, { target: API, changeOrigin: false }])),
  },
  plugins: [firstLoadBudget(300 * 1024), precompress()],
});
