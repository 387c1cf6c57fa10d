import { mkdirSync, renameSync, writeFileSync } from 'fs';
import { join } from 'path';

export interface KeyOutlet {
  /** Whether stdout is a terminal: only then may a secret be printed (a log collector reads anything else). */
  isTTY: boolean;
  /** Where the key file goes otherwise (config STATE_DIR). */
  stateDir: string;
  /** Names the file, so desks on other databases keep their own. */
  databaseName: string;
  print: (line: string) => void;
}

/**
 * Hands the first admin key to the operator: printed on a terminal, or else written to a file only its owner can
 * read (0600 in a 0700 directory; written aside and renamed, so the mode holds even if the file existed), with only
 * the file's path printed. Returns the file, if one was written.
 */
export function deliverFirstAdminKey(secret: string, outlet: KeyOutlet): string | null {
  if (outlet.isTTY) {
    outlet.print(`No admin key existed, so one was created (shown once; store it now):\n${secret}`);
    return null;
  }
  mkdirSync(outlet.stateDir, { recursive: true, mode: 0o700 });
  const file = join(outlet.stateDir, `first-admin-key-${outlet.databaseName}`);
  const draft = `${file}.${process.pid}.tmp`;
  writeFileSync(draft, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  renameSync(draft, file);
  outlet.print(
    `No admin key existed, so one was created. stdout is not a terminal, so it is not shown: it is in ${file} ` +
      '(readable by you only). Store it and delete the file.',
  );
  return file;
}
