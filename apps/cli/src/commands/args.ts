/** Reads `--name value` style options; unknown options are an error so typos do not pass silently. */
export function parseOptions(argv: string[], allowed: string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !allowed.includes(name)) {
      throw new UsageError(`unknown option ${flag}; allowed: ${allowed.map((option) => `--${option}`).join(', ')}`);
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`option ${flag} needs a value`);
    options[name] = value;
    i += 1;
  }
  return options;
}

export class UsageError extends Error {}
