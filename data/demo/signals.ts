/**
 * The signals planted in the demo data. The generator reads its probabilities from PLANTED, and tests
 * and the README cite SIGNALS, so what the data is meant to show and what it contains cannot drift.
 */

/** Probabilities the generator draws with (per sentence about the theme, by that group). */
export const PLANTED = {
  /** Havenstad internationals: share of their housing sentences that are clearly negative. */
  havenstadIntlHousingNeg: 0.8,
  /** Havenstad internationals: share of their culture/events sentences that are clearly positive. */
  havenstadIntlCulturePos: 0.75,
  /** Lindholm residents: share of negative tourism sentences, rising linearly across the 24 months. */
  lindholmResidentTourismNeg: { start: 0.2, end: 0.8 },
  /** Share of Lindholm survey responses written in Dutch (all from residents). */
  lindholmDutchShare: 0.15,
  /** Share of Marenburg survey responses written in German (all from residents). */
  marenburgGermanShare: 0.15,
  /** Marenburg, every group: share of positive sentences about green space, nature, cycling. */
  marenburgGreenPos: 0.8,
  /** Marenburg internationals: share of negative sentences about language and about bureaucracy. */
  marenburgIntlLanguageNeg: 0.78,
  marenburgIntlBureaucracyNeg: 0.8,
  /** International survey respondents, every city: chance of being from outside the EU given that they
   * said something negative (or positive) about bureaucracy; 0.55 otherwise. */
  bureaucracyOrigin: { nonEuIfNegative: 0.85, nonEuIfPositive: 0.15 },
  /** Havenstad focus groups, the skyline poster (S1): odds of each kind of reaction per group. */
  havenstadPosterReactions: {
    resident: { inauthentic: 0.75, authentic: 0.05, neutral: 0.2 },
    international: { inauthentic: 0.2, authentic: 0.4, neutral: 0.4 },
  },
  /** Havenstad focus groups, the market video (S2). */
  havenstadVideoReactions: {
    resident: { inauthentic: 0.1, authentic: 0.7, neutral: 0.2 },
    international: { inauthentic: 0.1, authentic: 0.6, neutral: 0.3 },
  },
  /** Havenstad's international barometer (two waves, 2025-10 and 2026-04): top-2-box per item and wave. */
  havenstadBarometerTop2: {
    housing: [0.45, 0.2], social: [0.5, 0.5], career: [0.4, 0.4], welcome: [0.55, 0.55],
  },
} as const;

export type Signal = {
  id: string;
  city: 'Havenstad' | 'Lindholm' | 'Marenburg';
  /** A theme id, or a brand value name (as in data/demo/values/<city>.json). */
  theme?: string;
  value?: string;
  group?: 'resident' | 'international' | 'visitor';
  source?: 'survey' | 'focus-group' | 'social' | 'brand';
  /** What the analysis should find, in the measures of DOMAIN.md. */
  expect: string;
};

export const SIGNALS: Signal[] = [
  // The brand talks innovation; the people talk diversity: the textbook "sender-centred" gap.
  { id: 'havenstad-brand-innovation', city: 'Havenstad', value: 'Innovation', source: 'brand', expect: 'brand emphasis E(Innovation) is the highest of the five values (≥ 0.35)' },
  { id: 'havenstad-voice-diversity', city: 'Havenstad', value: 'Open & diverse', group: 'international', expect: 'voice share S(Open & diverse) is the highest value for residents and internationals; S(Innovation) ≤ 0.05' },
  { id: 'havenstad-innovation-unvoiced', city: 'Havenstad', value: 'Innovation', expect: 'Innovation is emphasised but residents and internationals hardly voice it: their Innovation figures rest on n < 30 (flagged low_n), and residents\' alignment is < 0.6' },
  { id: 'havenstad-housing-internationals', city: 'Havenstad', theme: 'housing', group: 'international', expect: 'net sentiment ≤ -40 (≈ 80% of their housing sentences negative)' },
  { id: 'havenstad-culture-internationals', city: 'Havenstad', theme: 'culture_events', group: 'international', expect: 'net sentiment ≥ +40 (≈ 75% of their culture sentences positive)' },
  { id: 'havenstad-survey-housing-item', city: 'Havenstad', group: 'international', source: 'survey', expect: 'Q6_2 "It is easy to find housing": bottom-2-box ≥ 70% for internationals' },
  // Residents of the historic city turn against tourism over the two years.
  { id: 'lindholm-tourism-residents-trend', city: 'Lindholm', theme: 'tourism', group: 'resident', expect: 'share of negative tourism sentences by residents rises from ≈ 25% (first 6 months) to ≈ 75% (last 6 months); monthly net sentiment trends down' },
  { id: 'lindholm-dutch-answers', city: 'Lindholm', source: 'survey', group: 'resident', expect: '≈ 15% of survey responses in Dutch (UserLanguage NL)' },
  { id: 'lindholm-brand-term-drift', city: 'Lindholm', source: 'brand', expect: 'GET /api/terms/series?source=brand&interval=year: "multicultural" in ≥ 2 of the 2024 brand segments and none in 2026; "cosmopolitan" none in 2024 and in ≥ 3 segments in 2026' },
  { id: 'lindholm-nps-decline', city: 'Lindholm', group: 'resident', source: 'survey', expect: 'Q7 recommend: NPS of residents lower in the last 8 months than in the first 8' },
  // The green university city: a value that really resonates, and internationals who struggle.
  { id: 'marenburg-green-resonates', city: 'Marenburg', value: 'Green', theme: 'environment', expect: 'E(Green) is the highest brand emphasis AND net sentiment on environment ≥ +50 for residents: quadrant "resonating"' },
  { id: 'marenburg-german-answers', city: 'Marenburg', source: 'survey', group: 'resident', expect: '≈ 15% of survey responses in German (UserLanguage DE)' },
  { id: 'marenburg-internationals-language', city: 'Marenburg', theme: 'language', group: 'international', expect: 'net sentiment ≤ -40 on language for internationals' },
  { id: 'marenburg-internationals-bureaucracy', city: 'Marenburg', theme: 'bureaucracy', group: 'international', expect: 'net sentiment ≤ -40 on bureaucracy for internationals' },
  { id: 'marenburg-bureaucracy-by-origin', city: 'Marenburg', theme: 'bureaucracy', group: 'international', source: 'survey', expect: 'by=origin: non-EU internationals\' net sentiment on bureaucracy is at least 30 points below EU internationals\' (planted: 85% of those negative about it are non-EU, 15% of those positive)' },
  // Campaign material tested in focus groups: residents do not recognise their city in the poster.
  { id: 'havenstad-poster-inauthentic', city: 'Havenstad', group: 'resident', source: 'focus-group', expect: 'GET /api/stimuli: S1 "Skyline at sunset poster" has an authentic share ≤ 0.25 for residents, S2 "Saturday market video" ≥ 0.7; residents\' S1 words include "polished" or "fake"' },
  // The barometer asked twice: internationals find housing harder in the second wave.
  { id: 'havenstad-barometer-housing-drop', city: 'Havenstad', theme: 'housing', group: 'international', source: 'survey', expect: 'GET /api/survey?by=wave: the linked barometer item "It is easy to find housing" falls from ≈ 45% top-2-box (wave 2025-10) to ≈ 20% (2026-04), n = 120 each, and the 95% interval of the change excludes zero; the social, career and welcome items hold steady (their intervals include zero)' },
  { id: 'marenburg-survey-language-item', city: 'Marenburg', group: 'international', source: 'survey', expect: 'Q6_3 "I can get by without speaking the local language": bottom-2-box ≥ 60% for internationals' },
];
