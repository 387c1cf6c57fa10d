/**
 * Reads `--name value` options and bare `--flag` switches; unknown ones are an error so typos do not pass silently.
 */
export function parseOptions(
  argv: string[],
  allowed: { values: string[]; flags?: string[] },
): { values: Record<string, string>; flags: Set<string> } {
  const flags = allowed.flags ?? [];
  const known = [...allowed.values, ...flags].map((option) => `--${option}`).join(', ');
  const values: Record<string, string> = {};
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const option = argv[i];
    const name = option.replace(/^--/, '');
    if (option.startsWith('--') && flags.includes(name)) {
      given.add(name);
      continue;
    }
    if (!option.startsWith('--') || !allowed.values.includes(name)) {
      throw new UsageError(`unknown option ${option}; allowed: ${known}`);
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`option ${option} needs a value`);
    values[name] = value;
    i += 1;
  }
  return { values, flags: given };
}

export class UsageError extends Error {}
