/** The column mapping for generic CSV/XLSX files (`--mapping FILE`). Columns are named by header. */
import { z } from 'zod';
import { GROUPS, SOURCE_KINDS } from '../../data/types.ts';

const columns = z.array(z.string().min(1)).default([]);

/** The `--mapping FILE` JSON, validated. */
export const ColumnMappingSchema = z.object({
  /** 'survey' (responses) or 'social' (one post per row). */
  source: z.enum(SOURCE_KINDS).default('survey'),
  /** Header rows before the data (the last one names the columns). */
  headerRows: z.number().int().min(1).max(5).default(1),
  /** XLSX sheet name (default: the first sheet). */
  sheet: z.string().optional(),
  /** Respondent / record id column. */
  id: z.string().optional(),
  date: z.string().optional(),
  city: z.string().optional(),
  language: z.string().optional(),
  author: z.string().optional(),
  /** The column whose answers say resident / international / visitor. */
  group: z.string().optional(),
  /** Fixed group for every row when no column says it. */
  defaultGroup: z.enum(GROUPS).optional(),
  /** Open-text columns. */
  text: columns,
  likert: columns,
  nps: columns,
  single: columns,
  multi: columns,
  numeric: columns,
  /** Separator of multiple-choice answers in one cell. */
  multiSeparator: z.string().default(','),
  /** Respondent attributes: readable key → column ("ageBand": "Q5"). */
  attrs: z.record(z.string(), z.string()).default({}),
  /** Columns to drop as personal data (reported in `dropped`). */
  drop: columns,
  /** Day-first dates (31/12/2024) instead of month-first. */
  dayFirst: z.boolean().default(true),
});

export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** Validates mapping JSON, throwing zod's error with the offending path. */
export function parseColumnMapping(json: unknown): ColumnMapping {
  return ColumnMappingSchema.parse(json);
}
