/** Types shared by the server, the ingest pipeline and the web app. Declared once. */
import type { Breakdown } from './speaker.ts';

export const SOURCE_KINDS = ['survey', 'focus-group', 'social', 'brand'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const GROUPS = ['resident', 'international', 'visitor', 'unknown'] as const;
export type Group = (typeof GROUPS)[number];

export const LABELS = ['positive', 'negative', 'neutral', 'mixed'] as const;
export type Label = (typeof LABELS)[number];

export const THEME_IDS = [
  'housing', 'cost_of_living', 'bureaucracy', 'healthcare', 'language', 'work_career',
  'education', 'family', 'social_life', 'discrimination', 'diversity', 'culture_events',
  'mobility', 'safety', 'environment', 'information', 'economy', 'city_image', 'tourism',
  'governance', 'retention',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];
export type ThemeOrUnclassified = ThemeId | 'unclassified';

export type JourneyStage = 'attraction' | 'facilitation' | 'incorporation' | 'retention';
/** Themes added after the labelled corpus was written: the corpus never labels them, so the
 * learned layer keeps the taxonomy's verdict on them and the evaluation leaves them out. */
export const THEMES_NOT_IN_CORPUS: readonly ThemeId[] = ['retention'];
export const JOURNEY_STAGE: Record<ThemeId, JourneyStage | null> = {
  city_image: 'attraction', culture_events: 'attraction', economy: 'attraction', education: 'attraction',
  housing: 'facilitation', bureaucracy: 'facilitation', healthcare: 'facilitation',
  information: 'facilitation', mobility: 'facilitation', cost_of_living: 'facilitation',
  social_life: 'incorporation', language: 'incorporation', work_career: 'incorporation',
  family: 'incorporation', discrimination: 'incorporation', diversity: 'incorporation',
  retention: 'retention',
  safety: null, environment: null, tourism: null, governance: null,
};

/** A brand value as users edit it (same JSON as `npm run values`). */
export type BrandValueInput = { name: string; terms: string[]; exclusions?: string[] };

/**
 * A net-sentiment figure: (% positive − % negative) of the scored segments, in points, with its 95%
 * interval. n = the segments behind the figure (what its quotes count); scored = those with a
 * sentiment score (unscored languages excluded); net is null when none is scored.
 */
export type NetFigure = { n: number; scored: number; net: number | null; low: number | null; high: number | null; mean: number | null; low_n: boolean };

export type HealthResponse = { ok: true; version: string; schema: number; demo: boolean; readOnly: boolean };

export type CityRow = {
  name: string;
  country: string | null;
  documents: number;
  segments: number;
  bySource: Partial<Record<SourceKind, number>>;
  byGroup: Partial<Record<Group, number>>;
};
export type CitiesResponse = { cities: CityRow[] };

export type SourceGroupCount = { source: SourceKind; group: Group | 'brand'; documents: number; segments: number };
export type GroupNet = NetFigure & { group: Group };
export type ThemeRow = NetFigure & {
  theme: ThemeOrUnclassified; share: number; stage: JourneyStage | null;
  /** 95% interval of the mean score (null below two scored segments). */
  mean_low: number | null; mean_high: number | null;
};

export type OverviewResponse = {
  /** With `by=`: one row per value of the axis (data/speaker.ts). */
  breakdown?: Breakdown;
  city: string;
  documents: number;
  segments: number;
  minN: number;
  bySourceGroup: SourceGroupCount[];
  netByGroup: GroupNet[];
  topThemes: ThemeRow[];
  languages: { language: string; segments: number }[];
  unscored: number;
  period: { from: string | null; to: string | null };
  loudFew: LoudFew;
  movers: ThemeMovers;
  /** Set when the figures rest mostly on a language whose labels agree with readers below 70%. */
  languageCaveat?: LanguageCaveat | null;
  /** Monthly negative spikes (the same computation and verdict as /api/trend at its defaults). */
  spikes: SpikeSummary;
  /** The spikes' alerts, every series, with their strongest quotes. */
  alerts: TrendAlert[];
};

/** One side of a theme move: the theme's figures in one period; low_n below minN scored segments. */
export type MoverSide = {
  n: number; scored: number; share: number; net: number | null; low: number | null; high: number | null; low_n: boolean;
};

/** A theme in both periods; `change` = latest net − previous net in points (null when a side has no score). */
export type ThemeMove = {
  theme: ThemeId; stage: string | null; previous: MoverSide; latest: MoverSide; change: number | null;
  /** Change of the theme's share of segments, in percentage points. */
  share_change: number;
};

/** Dates are ISO days; `to` is exclusive, as the `to` filter of every route. */
export type Period = { from: string; to: string };

/** Themes rising and falling: the last 3 full months of the filtered data vs the 3 before. */
export type ThemeMovers = {
  /** Null when the filtered data has no dated segment. */
  previous: Period | null;
  latest: Period | null;
  minN: number;
  /** The 3 largest rises and falls among themes with at least minN scored segments on both sides. */
  rising: ThemeMove[];
  falling: ThemeMove[];
  /** Themes below minN on either side: listed, never compared. */
  lowN: ThemeMove[];
  /** Themes with enough data on both sides that are not among the top 3 either way. */
  steady: number;
};

export type ApiError = { error: { code: string; message: string } };

export type ThemesResponse = {
  /** With `by=`: one row per value of the axis (data/speaker.ts). */
  breakdown?: Breakdown;
  city: string;
  minN: number;
  /** Every audience group together (after the group filter). */
  themes: ThemeRow[];
  /** The same figures per audience group. */
  byGroup: (ThemeRow & { group: Group })[];
  unclassifiedShare: number;
  /** Frequent phrases in segments no theme or value covers: candidates for new lexicon terms. */
  suggestedTerms: { term: string; n: number }[];
  loudFew: LoudFew;
  /** Set when the figures rest mostly on a language whose labels agree with readers below 70%. */
  languageCaveat?: LanguageCaveat | null;
};

/** Share of social segments written by the most active 1% of authors. */
export type LoudFew = { authors: number; segments: number; top_authors: number; top1_share: number | null };

export type Quadrant = 'resonating' | 'overpromised' | 'untold_strength' | 'blind_spot';

/**
 * voice_share is 0 when the group names no value at all (its alignment is then null). quadrant is
 * null ("not enough voices") when fewer than minN of the group's segments name the value.
 */
export type ValueGroupFigure = NetFigure & { group: Group | 'all'; voice_share: number; quadrant: Quadrant | null };
export type ValueRow = {
  value: string;
  /** E(v): share of value-mentioning brand segments that mention this value. */
  emphasis: number;
  brand_n: number;
  emphasised: boolean;
  /** Figures for all audience groups together ('all') and per group. */
  groups: ValueGroupFigure[];
};
/** Brand words beside each audience group's words for one value. */
export type VocabularyGap = { value: string; side: Group | 'brand'; terms: string[]; counts: number[] };

export type ValuesResponse = {
  /** With `by=`: one row per value of the axis (data/speaker.ts). */
  breakdown?: Breakdown;
  city: string;
  minN: number;
  vocabularyGap: VocabularyGap[];
  /** First and last dated audience segment under the filters. */
  period: { from: string | null; to: string | null };
  /**
   * E(v) relative to the mean emphasis of the same value across the cities with brand texts
   * (1 = typical); null unless at least two other cities have brand texts.
   */
  distinctiveness: { value: string; emphasis: number; distinctiveness: number | null }[];
  /** Other cities whose brand texts name any of their values: distinctiveness needs 2. */
  distinctivenessPeers: number;
  /** k: the number of brand values; "emphasised" means E(v) ≥ 1/k. */
  k: number;
  /**
   * The city's brand segments, and those naming a value. With none naming a value there is no
   * emphasis to compare with: every quadrant and alignment is null and the page asks for brand texts.
   */
  brandTexts: { segments: number; naming: number };
  values: ValueRow[];
  /** null when the brand texts or the group name no value. */
  alignment: { group: Group | 'all'; alignment: number | null; n: number; low_n: boolean }[];
};

export type TrendPoint = NetFigure & {
  period: string; group: Group | 'all'; negative_share: number | null;
  /** Mean and sd of the negative share over the trailing baseline periods. */
  baseline_share: number | null; baseline_sd: number | null; alert: boolean;
};
export type TrendAlert = {
  period: string; group: Group | 'all'; negative_share: number; baseline_share: number; baseline_sd: number | null;
  /** The negative segments of that period, strongest first. */
  quotes: Quote[];
};
export type TrendResponse = {
  /** With `by=`: one row per value of the axis (data/speaker.ts). */
  breakdown?: Breakdown;
  city: string; interval: 'week' | 'month'; minN: number; k: number; baseline: number;
  points: TrendPoint[]; alerts: TrendAlert[];
  spikes: SpikeSummary;
};
/**
 * The spike verdict both the Overview and Trends state (server/spikes.ts): the periods where any
 * series (every group, or one group) spiked, and whether any period had history enough to judge.
 */
export type SpikeSummary = {
  interval: 'week' | 'month'; k: number; baseline: number;
  /** Periods with scored audience segments. */
  periods: number;
  /** Periods a series needs before one can be judged: the minimum baseline plus the period itself. */
  needed: number;
  /** Periods judged against a baseline of at least needed − 1 periods before them. */
  judged: number;
  /** False when no period could be judged: "not enough history", never "within its usual range". */
  enoughHistory: boolean;
  /** Start dates (YYYY-MM-DD) of the periods with a spike, oldest first. */
  spikePeriods: string[];
};

export type Highlight = { kind: 'theme' | 'value'; id: string; term: string; start: number; end: number };
export type Quote = {
  id: number;
  text: string;
  sentiment: number | null;
  label: Label | null;
  language: string | null;
  group: Group | null;
  source: SourceKind;
  date: string | null;
  question: string | null;
  speaker: string | null;
  documentId: number;
  fileName: string;
  themes: string[];
  highlights: Highlight[];
};
export type QuotesResponse = { city: string; /** null on an empty page after a cursor. */ total: number | null; quotes: Quote[]; nextCursor: string | null };

export type SurveyItemFigure = {
  /** The survey item: one question of one source file (items of different files are never merged by code). */
  item_id: number; source_id: number;
  /** The file the item was read from. */
  source: string;
  /** Export tag / code (Q7), and the question text as the export gives it (the tag when it has none). */
  key: string; text: string; kind: 'likert' | 'nps' | 'single' | 'multi' | 'numeric';
  scale_min: number | null; scale_max: number | null; labels: string[] | null;
  group: Group | 'all'; n: number; low_n: boolean; mean: number | null;
  /** Likert: shares of the two highest / two lowest points, with Wilson 95% bounds. */
  top2: number | null; top2_low: number | null; top2_high: number | null;
  bottom2: number | null; bottom2_low: number | null; bottom2_high: number | null;
  /** 0–10 recommend items: NPS = % promoters (9–10) − % detractors (0–6), with its interval. */
  nps: number | null; nps_low: number | null; nps_high: number | null; promoters: number | null; detractors: number | null;
  distribution: { value: string; num: number | null; n: number }[];
  /** The survey_items ids behind this figure ([item_id]): /api/quotes `item`. */
  item_ids: number[];
};
/** A closed survey item as the wave links list it (GET /api/survey/links). */
export type SurveyLinkItem = { item_id: number; source_id: number; source: string; wave: string; key: string; text: string; kind: string; link_id: number };
export type SurveyLinksResponse = {
  city: string;
  /** Links the analyst confirmed: one per question asked in several waves. */
  links: { link_id: number; items: SurveyLinkItem[] }[];
  /** Items of several sources with the same normalised question text and kind, not yet one link. */
  suggestions: { text: string; kind: string; items: (Omit<SurveyLinkItem, 'link_id'> & { link_id: number | null })[] }[];
};
/** A change between two consecutive waves (later minus earlier) with its 95% interval. */
export type WaveChange = { diff: number; low: number; high: number; excludesZero: boolean };
/** One wave of a linked item: n respondents, top-2-box (Likert), mean with sd, NPS (0–10 recommend). */
export type WaveFigure = {
  wave: string; item_id: number; source: string; key: string; n: number; low_n: boolean;
  top2: number | null; top2_k: number | null; top2_low: number | null; top2_high: number | null;
  mean: number | null; sd: number | null;
  nps: number | null; promoters: number | null; detractors: number | null;
  /** The change from the previous wave (null for the first). */
  change: { top2: WaveChange | null; mean: WaveChange | null; nps: WaveChange | null } | null;
};
/** Barometer themes (the preset): a linked item's question text matched to the taxonomy. */
export const BAROMETER = ['housing', 'social_inclusion', 'career', 'welcome_services'] as const;
export type BarometerTheme = (typeof BAROMETER)[number];
/** `by=wave`: per linked item, its waves in order and the change between consecutive ones. */
export type SurveyWaveItem = { link_id: number; text: string; kind: string; barometer: BarometerTheme[]; waves: WaveFigure[] };

export type SurveyResponse = {
  /** With `by=wave`: the linked items compared across waves. */
  waves?: SurveyWaveItem[];
  /** With `by=`: one row per value of the axis (data/speaker.ts). */
  breakdown?: Breakdown;
  city: string; minN: number;
  /** Survey responses stored for the city under the filters (every file, with or without closed answers). */
  respondents: number;
  items: SurveyItemFigure[];
  /** Themes of the same respondents' open answers, overall and by NPS category. */
  openThemes: { theme: ThemeId; category: 'all' | 'promoter' | 'passive' | 'detractor'; n: number; net: number | null }[];
};

export type CompareDimension = NetFigure & { dimension: string; share: number };
/** One figure of a city's context, as the analyst entered it: the value, where it comes from, and its year. */
export type ContextFigure = { value: number; source: string; year: number };
/** GET/PUT /api/cities/:city/context: population, share born abroad (0–1), nationalities; null = not entered. */
export type CityContext = {
  population: ContextFigure | null; bornAbroad: ContextFigure | null; nationalities: ContextFigure | null;
};
export type CityContextResponse = CityContext & { city: string; updatedBy: string | null; updatedAt: string | null };
/** Counts per 10,000 residents (`per=10k`); null when the city has no population entered. */
export type ComparePer10k = { documents: number; segments: number; dimensions: { dimension: string; n: number; rate: number }[] };

export type CompareCity = {
  city: string; documents: number; segments: number;
  /** The population entered for the city (its source and year), or null: "no population entered". */
  population: ContextFigure | null;
  /** Only with `per=10k`: counts per 10,000 residents (shares and nets are never rescaled); null without a population. */
  per10k?: ComparePer10k | null;
  overall: NetFigure;
  /** Themes, or the preset's dimensions; shares are of each city's own segments (size-normalised). */
  dimensions: CompareDimension[];
  /** distinctiveness null unless at least two other compared cities have brand texts. */
  values: { value: string; emphasis: number; distinctiveness: number | null }[];
};
export type CompareResponse = {
  preset: 'themes' | 'anholt' | 'expat'; minN: number; cities: CompareCity[];
  /** '10k' when the counts are also given per 10,000 residents. */
  per: '10k' | null;
  /** Compared cities whose brand texts name any of their values; distinctiveness is null below 3. */
  brandCities: number;
};

/** A whole document: a survey response with its closed answers, a session with its turns, a post. */
export type DocumentResponse = {
  id: number; city: string; source: SourceKind; fileName: string; format: string; date: string | null;
  group: Group | null; language: string | null; attrs: Record<string, unknown>; text: string;
  segments: { id: number; start: number; end: number; text: string; question: string | null; speaker: string | null;
    moderator: boolean; group: Group | null; sentiment: number | null; label: Label | null; themes: string[] }[];
  answers: { key: string; text: string; kind: string; value: string; num: number | null }[];
};

export type ValuesHistoryResponse = { city: string; versions: { version: number; changedBy: string | null; changedAt: string; values: BrandValueInput[] }[] };

/** What the upload wizard shows before ingesting: the detected format and the first records. */
export type UploadPreview = {
  format: string; source: SourceKind; dropped: string[];
  items: { key: string; text: string; kind: string }[];
  documents: { group: Group | null; date: string | null; language: string | null; attrs: Record<string, unknown>;
    parts: { question: string | null; speaker: string | null; text: string }[]; answers: number }[];
  /** Table files: the header, a few sample values and a guessed role per column, for the column mapping. */
  columns: PreviewColumn[];
  /** Table files: the first data rows. */
  rows: string[][];
  /** Workbooks: every worksheet (empty for CSV), and the one read. */
  sheets: string[]; sheet: string | null;
  /** No known layout fits the file: the column mapping is needed. */
  needsMapping: boolean;
  /** A generic table whose kind of source is only guessed from its columns: the user says which it is. */
  needsSource: boolean;
  /** The guess to preselect, and why it was made (null when the layout itself says the kind). */
  guessedSource: SourceKind | null;
  sourceReason: string | null;
  errors: { where: string; message: string }[];
};

/** A role the mapping UI offers, as guessed from a column's name and first values. */
export type ColumnGuess = 'text' | 'likert' | 'nps' | 'single' | 'multi' | 'numeric' | 'group' | 'date' | 'id' | 'attr' | 'drop' | 'ignore';
export type PreviewColumn = { name: string; samples: string[]; guess: ColumnGuess };

/** Agreement of labels with readers in one language: n texts, 4-class accuracy (and more where measured). */
export type LanguageAgreement = { n: number; accuracy: number; macroF1?: number; reversals?: number; themesMicroF1?: number | null };

/** A figure that rests mostly (> 50% of its segments) on a language whose labels agree with readers less than 70% of the time. */
export type LanguageCaveat = {
  language: string; share: number; segments: number; accuracy: number; n: number;
  /** Where the agreement comes from: the frozen test split, or cross-validation when the split is not measured. */
  basis: 'test split' | 'cross-validated';
  message: string;
};

/** A reader's correction of one segment (POST /api/segments/:id/correction, GET /api/corrections). */
export type CorrectionView = {
  id: number; city: string; segmentId: number; sentiment: Label; themes: string[];
  /** What the active model says of the segment. */
  modelLabel: string | null; modelThemes: string[] | null;
  correctedBy: string | null; correctedAt: string;
  /** The text and language of a segment it applies to (null once the segment is deleted). */
  text: string | null; language: string | null;
  /** Segments it applies to now (0 after its source was deleted, until the file is uploaded again). */
  segments: number;
};

/** What POST /api/segments/:id/correction answers: the correction, the segment's label before it,
 * the segments it now applies to, and the corrected segment's stored score (corrected_score in SQL). */
export type CorrectionResponse = { correction: CorrectionView; previous: { label: string | null; themes: string[] }; segments: number; score: number | null };

/** Per-language figures of one model, each with its n; null where not measured. */
export type AccuracyLanguage = {
  language: string;
  testSplit: LanguageAgreement | null;
  crossValidated: LanguageAgreement | null;
  /** This installation's corrections: how many, and how many the active model's label agrees with. */
  corrections: { n: number; agree: number; accuracy: number | null };
};

/** GET /api/accuracy: the active model's agreement with readers, per language. */
export type AccuracyResponse = {
  /** 0 = the model the repository ships. */
  activeVersion: number;
  modelId: string | null;
  /** Where the test-split figures come from (the shipped manifest's "testSplit", or this version's retrain). */
  testSplitSource: 'manifest' | 'retrain' | null;
  languages: AccuracyLanguage[];
  corrections: number;
};

/** Per-language agreement figures of one model. */
export type LanguageFigures = Record<string, LanguageAgreement>;

/** What a retrain measured, before (the model it replaced) and after (the new one), per language with n. */
export type RetrainFigures = {
  /** The model it was trained to replace: a version number, 0 = the shipped model. */
  replaced: number;
  /** Cross-validated (5 folds) on the same training texts without (before) and with (after) the corrections. */
  crossValidated: { before: LanguageFigures; after: LanguageFigures };
  /** Agreement with the corrections themselves: the replaced model, and the new one (trained on them, so in-sample). */
  corrections: { before: LanguageFigures; after: LanguageFigures };
  /** The frozen test split (data/corpus/test), read the same way as the cross-validation. */
  testSplit: { before: LanguageFigures; after: LanguageFigures };
  trainingTexts: number;
  seconds: number;
};

/** A stored model version (GET /api/models), without its weights. */
export type ModelVersionView = {
  version: number; modelId: string; createdBy: string | null; createdAt: string;
  corrections: number; texts: number; figures: RetrainFigures; active: boolean;
};

/** A retrain or an activation (GET /api/models/jobs/:id). */
export type ModelJobView = {
  id: string; kind: 'retrain' | 'activate'; status: 'queued' | 'running' | 'done' | 'failed'; actor: string | null;
  /** What it is doing now, in words. */
  phase: string;
  createdAt: string; finishedAt: string | null;
  /** The version trained (retrain) or activated (activate; 0 = the shipped model). */
  version: number | null;
  /** Segments re-annotated and how many changed label, once an activation has run. */
  relabelled: { segments: number; changed: number } | null;
  error: string | null;
};

/** GET /api/models: the shipped model, the installation's versions and the job running, if any. */
export type ModelsResponse = {
  /** 0 = the shipped model. */
  activeVersion: number;
  shipped: { modelId: string | null; crossValidated: LanguageFigures | null; testSplit: LanguageFigures | null } | null;
  versions: ModelVersionView[];
  job: ModelJobView | null;
};

/** A share k of n with its Wilson 95% interval (null bounds when n = 0). */
export type ShareFigure = { k: number; n: number; share: number | null; low: number | null; high: number | null };

/** How authentic segments find the brand: of the judged segments, authentic vs inauthentic. */
export type AuthenticityFigure = {
  /** Segments that judge authenticity at all; the share's n. */
  judged: number; authentic: number; inauthentic: number;
  /** authentic / judged, with its Wilson 95% interval. */
  share: number | null; low: number | null; high: number | null;
};

/** GET /api/stimuli: one stimulus shown to focus groups, for one audience group ('all' = every group). */
export type StimulusRow = {
  stimulus: string; label: string; group: Group | 'all';
  n: number; scored: number; low_n: boolean;
  net: number | null; low: number | null; high: number | null;
  /** Shares of the scored segments labelled mixed / negative, with Wilson bounds. */
  mixed: ShareFigure; negative: ShareFigure;
  authenticity: AuthenticityFigure;
  /** The words people used about it: distinctive against the other focus-group segments (n = segments). */
  words: { term: string; n: number }[];
  /** The query of /api/quotes that lists the segments behind the row. */
  quotes: string;
};
/** A closed survey item whose question names a stimulus ("rate this image"), for one group. */
export type StimulusItemRow = {
  stimulus: string; label: string; item_id: number; key: string; text: string; kind: 'likert' | 'nps' | 'numeric';
  scale_min: number | null; scale_max: number | null; group: Group | 'all'; n: number; low_n: boolean; mean: number | null;
  /** Likert items: the share of the two highest points, Wilson 95%; null for other kinds. */
  top2: ShareFigure | null;
};
export type StimuliResponse = { city: string; minN: number; stimuli: StimulusRow[]; items: StimulusItemRow[] };

/** GET /api/authenticity: the authentic share per source kind, stimulus and brand value. */
export type AuthenticityRow = AuthenticityFigure & { key: string; n: number; low_n: boolean; quotes: string };
export type AuthenticityResponse = {
  city: string; minN: number;
  bySource: AuthenticityRow[]; byStimulus: AuthenticityRow[]; byValue: AuthenticityRow[];
};

export const TERM_SERIES_INTERVALS = ['month', 'quarter', 'year'] as const;
export type TermSeriesInterval = (typeof TERM_SERIES_INTERVALS)[number];
/** GET /api/terms/series: per period, each term's share of the period's segments (k of n). */
export type TermSeriesPoint = { period: string; term: string; n: number; k: number; share: number; low: number; high: number };
export type TermSeriesResponse = {
  city: string; source: 'brand' | 'audience'; interval: TermSeriesInterval; terms: string[]; points: TermSeriesPoint[];
};

/** GET/POST /api/events?city=: a dated event in a city (a campaign launch, a policy change). */
export type CityEvent = { id: number; city: string; date: string; title: string; note: string | null; created_by: string | null };
export type EventsResponse = { city: string; events: CityEvent[] };
/** One window of GET /api/events/:id/impact: [from, to) with n, net and its 95% interval, and its quotes. */
export type EventWindow = { from: string; to: string; n: number; scored: number; net: number | null; low: number | null; high: number | null; low_n: boolean; quotes: string };
/** The same window before and after an event, and the change after − before with its 95% interval. */
export type EventImpactResponse = {
  city: string; event: CityEvent; window: number; theme: string | null; group: string | null; minN: number;
  before: EventWindow; after: EventWindow;
  change: { net: number | null; low: number | null; high: number | null; excludes_zero: boolean };
};

/** A city's brand value lexicon as the analysis needs it. */
export type ValueLexicon = { name: string; terms: string[]; exclusions: string[] };

/** A problem of an input file, with where it is (row, line, record, or "file"). */
export type ReadError = { where: string; message: string };

/** Contact details replaced in free text while reading, by kind. */
export type RedactionKind = 'email' | 'phone' | 'ip' | 'iban' | 'address';
export type RedactionCounts = Record<RedactionKind, number>;

/** The `ingest --json` summary (CONTRACT.md); `redacted` counts contact details replaced in free text, by kind. */
export type IngestSummary = {
  file: string; format: string | null; city: string | null; source: SourceKind | null;
  documents: number; segments: number; skipped: number; duplicates: number;
  errors: ReadError[]; dropped: string[]; redacted: RedactionCounts;
};

/** `unchanged`: read without a problem, but nothing new to store (`note` says why). */
export type JobStatus = 'queued' | 'running' | 'stored' | 'unchanged' | 'rejected' | 'failed';

/**
 * An upload's progress. `partsDone`/`parts`: the file's parts staged so far (the queue path,
 * BRANDGAP_REDIS_URL); `postsPerSecond`: records read per second since the job started.
 */
export type UploadProgress = { records: number; bytes: number; total: number | null; partsDone?: number; parts?: number; postsPerSecond?: number };

/** What GET /api/uploads/:id answers. */
export type UploadView = {
  id: string; status: JobStatus; file: string; bytes: number; actor: string | null;
  createdAt: string; startedAt: string | null; finishedAt: string | null;
  progress: UploadProgress | null; summary: IngestSummary | null; error: string | null;
  /** Why an `unchanged` upload stored nothing; null otherwise. */
  note: string | null;
};
