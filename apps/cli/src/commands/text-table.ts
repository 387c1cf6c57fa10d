/** Rows as aligned columns: numbers right-aligned, text left-aligned. */
export const table = (rows: (string | number)[][]): string => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          typeof cell === 'number' ? String(cell).padStart(widths[column]) : cell.padEnd(widths[column]),
        )
        .join('  '),
    )
    .join('\n');
};
