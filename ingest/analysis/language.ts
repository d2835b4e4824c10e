/** Language detection with eld, with the fallbacks short and informal texts need. */
import { eld } from 'eld/medium';
import type { LanguageVocabulary } from './learned/language-words.ts';

/** Below this many characters a segment keeps its part's language. */
export const MIN_DETECT_CHARS = 40;
/** A part shorter than this takes the platform's language tag when there is one: platforms tag
 * posts with their own detector, and eld costs as much as wink itself. */
export const TRUST_HINT_CHARS = 200;
/** With fewer letters than this (after dropping @handles and links) there is nothing to detect. */
const MIN_LETTERS = 12;
/** The preferred language wins when its eld score is this close to the top one (see `detect`). */
const PREFER_MARGIN = 0.9;
const MAX_DETECT_CHARS = 1000;
/** Short texts (under MIN_DETECT_CHARS): a wider tie margin, and a floor on eld's top score.
 * Real short Dutch/German/French/Spanish lines score ≥ 0.8; misread English ones 0.5–0.8. */
const SHORT_PREFER_MARGIN = 0.8;
const SHORT_MIN_SCORE = 0.8;
/** Longer texts: below this top score eld is unsure. Real Dutch and German sentences of our
 * labelled set score ≥ 0.76; English tweets it misreads ("I hate Joomla" ×10 → Norwegian 0.59) 0.43–0.67. */
const MIN_SCORE = 0.7;

const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{M}\s]*$/u;

// The medium database. The large one misreads half as many short English posts as the small one
// (92 vs 173 of the 4,200 VADER tweets) but holds ~390 MB per thread, and every analysis worker
// loads its own copy: with two workers that alone breaks the 1.5 GB ingest budget. Medium: ~190 MB.
function detect(text: string, prefer = 'en'): { language: string; reliable: boolean } {
  // eld's verdict settles within the first ~1,000 characters; long documents need no more.
  const clean = stripHandles(text.length > MAX_DETECT_CHARS ? text.slice(0, MAX_DETECT_CHARS) : text);
  // Short is measured without handles and links: "@a @b @c congrats ladies!!!" is two words.
  const short = clean.trim().length < MIN_DETECT_CHARS;
  const result = eld.detect(clean);
  if (!result.language || result.language === prefer) return { language: result.language, reliable: result.isReliable() };
  // Informal English ("so angry. so fucking angry.") often lands on a near tie with German
  // or Tagalog. Near ties go to the preferred language: the part's own for a segment, else
  // English, the lingua franca of our audience. (getScores is costly: only asked here.)
  const scores = result.getScores();
  const top = scores[result.language] ?? 0;
  const margin = short ? SHORT_PREFER_MARGIN : PREFER_MARGIN;
  if ((scores[prefer] ?? 0) >= margin * top) return { language: prefer, reliable: true };
  // A few words read as anything ("Tram ride home" → Catalan 0.71), and eld flags some verdicts
  // itself as unreliable ("Yay yay yay … #mets" → Azerbaijani): below the floor it is guessing.
  if (!result.isReliable() || top < (short ? SHORT_MIN_SCORE : MIN_SCORE)) return { language: '', reliable: false };
  return { language: result.language, reliable: true };
}

/** Text without links and @handles, which are no evidence of a language ("@anonymous" reads Finnish). */
function stripHandles(text: string): string {
  return text.replace(/https?:\/\/\S+/g, ' ').replace(/@[\p{L}\p{N}_]+/gu, ' ');
}

function letters(text: string): number {
  return (stripHandles(text).replace(/#[\p{L}\p{N}_]+/gu, '').match(/\p{L}/gu) ?? []).length;
}

// Function words that are English and not also common words of the languages around it
// ("is", "in", "was", "so", "a", "i", "me", "on", "do" are left out for that reason).
const ENGLISH_MARKERS = new Set(['the', 'and', 'of', 'to', 'you', 'my', 'that', 'with', 'this', 'are', 'have', 'not',
  'but', 'they', 'what', 'just', 'be', 'at', 'it', 'your', 'we', 'will', 'can', 'there', 'from', 'for', 'been', 'would']);

const NON_ASCII_LETTER = /[^\P{L}a-zA-Z]/u;

/** Texts up to this length whose eld verdict is English or nothing are checked for function words. */
const MARKER_MAX_CHARS = 120;
// Function words of one language that are not ordinary words of the others (or of English):
// "die", "am", "den", "des", "du", "met", "er", "je", "de", "la", "il", "que", "mais" are left out.
const MARKERS: Record<string, Set<string>> = {
  de: new Set(['ich', 'nicht', 'und', 'der', 'das', 'ist', 'mit', 'mein', 'meine', 'meiner', 'meinem', 'meinen', 'vom', 'zum', 'zur', 'für', 'eine', 'einen', 'einem', 'keine', 'kein', 'nichts', 'sonst', 'noch', 'aber', 'sehr', 'auch', 'wir', 'sind', 'gibt', 'hier', 'immer', 'schon', 'wird', 'habe', 'hab', 'nur', 'alles', 'danke', 'bitte', 'leider', 'jetzt', 'heute', 'warum', 'weil', 'oder', 'nein', 'mehr', 'bei', 'nach', 'über', 'uns', 'dem', 'vor', 'wenn', 'kann', 'muss', 'viel', 'zu', 'ganz', 'gar', 'halt', 'mal', 'doch', 'keiner', 'niemand', 'endlich', 'wer', 'wo']),
  nl: new Set(['ik', 'niet', 'het', 'een', 'van', 'voor', 'geen', 'maar', 'wel', 'nog', 'heel', 'mijn', 'ook', 'zijn', 'naar', 'bij', 'wat', 'hoe', 'waarom', 'omdat', 'dat', 'deze', 'dit', 'zo', 'hier', 'wij', 'jij', 'hebben', 'heb', 'heeft', 'wordt', 'worden', 'kan', 'moet', 'veel', 'meer', 'altijd', 'nooit', 'goed', 'bedankt', 'niks', 'niets', 'alles', 'erg', 'gewoon', 'nu', 'vandaag', 'nee', 'op', 'uit', 'om', 'ze', 'zij', 'weer', 'echt', 'onze', 'jullie', 'graag', 'lekker', 'prima', 'mee', 'toch', 'iets', 'niemand', 'eindelijk']),
  fr: new Set(['pas', 'les', 'une', 'est', 'et', 'très', 'rien', 'elle', 'nous', 'vous', 'ils', 'sur', 'dans', 'aux', 'qui', 'quoi', 'pourquoi', 'parce', 'trop', 'tout', 'tous', 'merci', 'oui', 'toujours', 'jamais', 'ici', 'ça', 'ce', 'cette', 'mon', 'avec', 'le', 'des', 'sont', 'suis', 'fait', 'peu', 'beaucoup', 'personne', 'chez', 'enfin', 'leur', 'notre', 'votre', 'ai', 'été', 'être', 'avoir', 'aussi', 'après', 'sans', 'chaque']),
};
const LANGUAGE_LETTERS: [string, RegExp][] = [['de', /[äöüß]/], ['fr', /[êçœâîûë]/]];

/** The language whose function words (and, with a model's `vocabulary`, words only that language's
 * training texts use) a short text uses, when one clearly leads English and the others; null when none does. */
export function markerLanguage(text: string, words: string[], vocabulary?: LanguageVocabulary | null): string | null {
  const seen: Record<string, Set<string>> = { en: new Set() };
  for (const w of words) {
    if (ENGLISH_MARKERS.has(w)) seen.en.add(w);
    for (const [l, m] of Object.entries(MARKERS)) if (m.has(w)) (seen[l] ??= new Set()).add(w);
    const own = vocabulary?.get(w);
    if (own) (seen[own] ??= new Set()).add(w);
  }
  const score: Record<string, number> = {};
  for (const [l, ws] of Object.entries(seen)) score[l] = ws.size;
  for (const l of Object.keys(MARKERS)) score[l] ??= 0;
  const lower = text.toLowerCase();
  for (const [l, re] of LANGUAGE_LETTERS) if (re.test(lower)) score[l] += 1;
  const ranked = Object.entries(score).sort((a, b) => b[1] - a[1]);
  const [best, top] = ranked[0];
  if (best === 'en' || top < 1 || ranked[1][1] >= top) return null;
  return best;
}

/** A cheap first look: text without non-ASCII letters whose words are at least 15% English function words
 * (two different ones at least) is English without asking eld, which costs as much as wink. */
export function looksEnglish(text: string, words: string[]): boolean {
  if (words.length < 4 || NON_ASCII_LETTER.test(text)) return false;
  let hits = 0;
  const seen = new Set<string>();
  for (const w of words) if (ENGLISH_MARKERS.has(w)) { hits += 1; seen.add(w); }
  return seen.size >= 2 && hits >= 0.15 * words.length;
}

/** Detects a part's language: eld for long texts, the platform hint for short ones. `words`
 * gives the part's lowercase words, asked for only when the hint does not settle it; `vocabulary`
 * (the model's language words) helps settle short texts. */
export function detectPartLanguage(text: string, hint?: string, words: () => string[] = () => [], vocabulary?: LanguageVocabulary | null): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return hint ?? null;
  if (hint && trimmed.length < TRUST_HINT_CHARS) return hint;
  if (looksEnglish(trimmed, words())) return 'en';
  const result = letters(trimmed) >= MIN_LETTERS ? detect(trimmed, 'en') : { language: '', reliable: false };
  // Short answers eld cannot settle ("Ich lebe allein mit meiner Katze.", "Miete frisst 60 % vom
  // Gehalt.") went to English; their function words say otherwise.
  if (!hint && (result.language === '' || (result.language === 'en' && trimmed.length < MARKER_MAX_CHARS))) {
    const guess = markerLanguage(trimmed, words(), vocabulary);
    if (guess) return guess;
  }
  if (result.language) return result.language;
  if (hint) return hint;
  // Nothing to detect ("@anna :) :)", "lol", "ok 👍"): Latin-script text defaults to English,
  // since leaving every short English post unscored costs more than a rare wrong guess.
  if (LATIN_ONLY.test(trimmed)) return 'en';
  return null;
}

/** A segment's language: its own detection when long enough and reliable, else the part's.
 * A segment of an English part that reads as English by its function words (`words`, asked
 * only then) skips eld, which costs as much as wink. */
export function detectSegmentLanguage(text: string, partLanguage: string | null, words: () => string[] = () => []): string | null {
  if (text.length < MIN_DETECT_CHARS || letters(text) < MIN_LETTERS) return partLanguage;
  if (partLanguage === 'en' && looksEnglish(text, words())) return 'en';
  const result = detect(text, partLanguage ?? 'en');
  if (result.language && result.reliable) return result.language;
  return partLanguage;
}
