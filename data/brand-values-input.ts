import { z } from 'zod';

/** The JSON of `npm run values`: [{name, terms, exclusions}]. */
export const BrandValuesInput = z.array(z.object({
  name: z.string().trim().min(1).max(100),
  terms: z.array(z.string().trim().min(1).max(100)).min(1).max(500),
  exclusions: z.array(z.string().trim().min(1).max(100)).max(500).default([]),
})).max(50).refine((vs) => new Set(vs.map((v) => v.name.toLowerCase())).size === vs.length, 'value names must be unique');
