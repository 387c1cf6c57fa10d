import { existsSync } from 'fs';
import { join } from 'path';

/** The e2e suites run the compiled apps; `npm test` builds first, so a missing build is a usage error. */
export default function globalSetup(): void {
  const main = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');
  if (!existsSync(main)) throw new Error('dist/ is missing: run `npm run build` (npm test does it for you)');
}
