import { gzipSync } from 'zlib';
import type { Plugin } from 'vite';

interface Chunk {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * Prints the JavaScript the browser fetches to show `/` (the entry chunk and what it imports statically, gzipped;
 * lazy pages and the chart library are left out because they load later) and fails the build above the budget.
 */
export function firstLoadBudget(budgetBytes: number): Plugin {
  return {
    name: 'factdesk-first-load-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = bundle as unknown as Record<string, Chunk>;
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        if (seen.has(fileName) || chunks[fileName]?.type !== 'chunk') return;
        seen.add(fileName);
        for (const imported of chunks[fileName].imports ?? []) visit(imported);
      };
      for (const chunk of Object.values(chunks)) if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName);
      const bytes = [...seen].reduce((sum, name) => sum + gzipSync(chunks[name].code ?? '').length, 0);
      const kb = (bytes / 1024).toFixed(1);
      console.log(
        `web: first load of / ships ${kb} KB of JavaScript gzipped (${seen.size} files; budget ${budgetBytes / 1024} KB)`,
      );
      if (bytes > budgetBytes)
        this.error(`first-load JavaScript ${kb} KB gzipped is over the ${budgetBytes / 1024} KB budget`);
    },
  };
}
