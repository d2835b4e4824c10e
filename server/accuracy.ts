/**
 * How far the labels can be trusted, per language: the active model's agreement with the frozen
 * test split (the shipped model: data/models/manifest.json "testSplit", written by `npm run eval`;
 * a retrained version: measured by its retrain) and with this installation's corrections. Also
 * the caveat a figure carries when it rests mostly on a language that agrees poorly.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AccuracyLanguage, AccuracyResponse, LanguageAgreement, LanguageCaveat } from '../data/types.ts';
import { correctionAgreement } from '../data/db/corrections.ts';
import { activeVersion } from '../data/db/model-versions.ts';
import type { Store } from '../data/db/store.ts';

const MANIFEST = new URL('../data/models/manifest.json', import.meta.url);

/** Below this agreement a language's labels earn a caveat on the figures resting on it. */
export const CAVEAT_ACCURACY = 0.7;
/** A figure rests on a language when more than this share of its segments are in it. */
export const CAVEAT_SHARE = 0.5;

type Manifest = { version?: string; crossValidated?: Record<string, LanguageAgreement> | null; testSplit?: Record<string, LanguageAgreement> };

/** The shipped model's manifest, or null when none is built. */
export function readModelManifest(path: URL | string = MANIFEST): Manifest | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

const pick = ({ n, accuracy, macroF1, reversals, themesMicroF1 }: LanguageAgreement): LanguageAgreement => ({ n, accuracy, macroF1, reversals, themesMicroF1 });

/** The active model's figures per language, and this installation's corrections. */
export async function accuracyOf(store: Store, manifest = readModelManifest()): Promise<AccuracyResponse> {
  const [active, corrections] = await store.withConnection(async (conn) => [await activeVersion(conn), await correctionAgreement(conn)] as const);
  const testSplit = active ? active.figures.testSplit.after : manifest?.testSplit ?? null;
  const crossValidated = active ? active.figures.crossValidated.after : manifest?.crossValidated ?? null;
  const languages = new Set([...Object.keys(testSplit ?? {}), ...Object.keys(crossValidated ?? {}), ...corrections.map((c) => c.language)]);
  const rows: AccuracyLanguage[] = [...languages].sort().map((language) => {
    const c = corrections.find((x) => x.language === language);
    return {
      language,
      testSplit: testSplit?.[language] ? pick(testSplit[language]) : null,
      crossValidated: crossValidated?.[language] ? pick(crossValidated[language]) : null,
      corrections: { n: c?.n ?? 0, agree: c?.agree ?? 0, accuracy: c && c.n ? c.agree / c.n : null },
    };
  });
  return {
    activeVersion: active?.version ?? 0,
    modelId: active?.modelId ?? manifest?.version ?? null,
    testSplitSource: active ? 'retrain' : manifest?.testSplit ? 'manifest' : null,
    languages: rows,
    corrections: corrections.reduce((s, c) => s + c.n, 0),
  };
}

let englishNames: Intl.DisplayNames | null = null;
const nameOf = (code: string) => {
  try {
    englishNames ??= new Intl.DisplayNames('en', { type: 'language' });
    return englishNames.of(code) ?? code;
  } catch {
    return code;
  }
};

/**
 * The caveat of a figure whose segments (per language, as languages.sql counts them) rest mostly
 * on a language whose labels agree with readers below CAVEAT_ACCURACY; null otherwise. The test
 * split's agreement is used when measured, else the cross-validated one.
 */
export function languageCaveat(segmentsByLanguage: { language: string; segments: number }[], accuracy: AccuracyResponse): LanguageCaveat | null {
  const total = segmentsByLanguage.reduce((s, l) => s + l.segments, 0);
  if (total === 0) return null;
  const top = [...segmentsByLanguage].sort((a, b) => b.segments - a.segments)[0];
  const share = top.segments / total;
  if (share <= CAVEAT_SHARE) return null;
  const row = accuracy.languages.find((l) => l.language === top.language);
  const figure = row?.testSplit ?? row?.crossValidated;
  if (!row || !figure || figure.accuracy >= CAVEAT_ACCURACY) return null;
  const basis = row.testSplit ? 'test split' : 'cross-validated';
  const name = nameOf(top.language);
  return {
    language: top.language, share, segments: top.segments, accuracy: figure.accuracy, n: figure.n, basis,
    message: `Rests mostly on ${name} (${Math.round(share * 100)}% of its segments), where labels agree with readers ${Math.round(figure.accuracy * 100)}% of the time (${basis}, n = ${figure.n}).`,
  };
}
