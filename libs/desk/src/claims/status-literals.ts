/** Status names are the machine's own constants, never input; written as literals so the planner can match them. */
export const statusLiterals = (values: readonly string[]): string =>
  values
    .map((value) => {
      if (!/^[a-z_]+$/.test(value)) throw new Error(`not a status name: ${value}`);
      return `'${value}'`;
    })
    .join(', ');
