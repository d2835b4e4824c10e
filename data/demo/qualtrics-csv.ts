/** Writes a Qualtrics "current" CSV export: export tags, question texts, ImportId JSON, then one row per response. */

/** One column: export tag (row 1), question text (row 2), ImportId (row 3). */
export type QualtricsColumn = { tag: string; text: string; importId: string };

/** The system columns every current Qualtrics export starts with. */
export const SYSTEM_COLUMNS: QualtricsColumn[] = [
  ['StartDate', 'Start Date', 'startDate'], ['EndDate', 'End Date', 'endDate'], ['Status', 'Response Type', 'status'],
  ['IPAddress', 'IP Address', 'ipAddress'], ['Progress', 'Progress', 'progress'],
  ['Duration (in seconds)', 'Duration (in seconds)', 'duration'], ['Finished', 'Finished', 'finished'],
  ['RecordedDate', 'Recorded Date', 'recordedDate'], ['ResponseId', 'Response ID', '_recordId'],
  ['RecipientLastName', 'Recipient Last Name', 'recipientLastName'], ['RecipientFirstName', 'Recipient First Name', 'recipientFirstName'],
  ['RecipientEmail', 'Recipient Email', 'recipientEmail'], ['ExternalReference', 'External Data Reference', 'externalDataReference'],
  ['LocationLatitude', 'Location Latitude', 'locationLatitude'], ['LocationLongitude', 'Location Longitude', 'locationLongitude'],
  ['DistributionChannel', 'Distribution Channel', 'distributionChannel'], ['UserLanguage', 'User Language', 'userLanguage'],
].map(([tag, text, importId]) => ({ tag, text, importId }));

/** Quotes a cell the way Qualtrics does: only when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The whole file: three header rows and the data rows, LF line ends, final newline, no BOM. */
export function qualtricsCsv(columns: QualtricsColumn[], rows: string[][]): string {
  const line = (cells: string[]): string => cells.map(csvCell).join(',');
  const header = [
    line(columns.map((c) => c.tag)),
    line(columns.map((c) => c.text)),
    line(columns.map((c) => JSON.stringify({ ImportId: c.importId }))),
  ];
  for (const row of rows) if (row.length !== columns.length) throw new Error(`row has ${row.length} cells, expected ${columns.length}`);
  return [...header, ...rows.map(line)].join('\n') + '\n';
}
