/**
 * Writes rows as CSV by RFC 4180: comma-separated, CRLF line ends (the last row too), a field quoted only
 * when it holds a comma, a double quote, CR or LF, with its quotes doubled. No byte order mark: the RFC
 * and most tools expect none (the Data page tells spreadsheet users how to open UTF-8).
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const width = rows[0]?.length ?? 0;
  return rows
    .map((row, i) => {
      if (row.length !== width) throw new Error(`CSV row ${i + 1} has ${row.length} fields, the header ${width}.`);
      return row.map((field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',');
    })
    .map((line) => `${line}\r\n`)
    .join('');
}
