/** What a chart module hands the chart card besides its ECharts option. */

/** A title that states the finding, and a text summary for screen readers. */
export type Finding = { title: string; summary: string };

/** How a table cell is written; CSV always gets the raw value. */
export type CellFormat = 'text' | 'int' | 'signed' | 'share' | 'decimal';

/** The same numbers as the chart, as a table and CSV. */
export type TableSpec = {
  columns: { key: string; label: string; format?: CellFormat }[];
  rows: Record<string, string | number | boolean | null>[];
};
