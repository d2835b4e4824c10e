/** Likert scales recognised from their labels (EN/NL/DE/IT/FR), lowest position first. */

/** Each scale: positions low → high; each position lists its accepted spellings. */
const SCALES: string[][][] = [
  // agreement, 5 points
  [['strongly disagree', 'helemaal oneens', 'zeer oneens', 'stimme überhaupt nicht zu', 'stimme gar nicht zu', 'trifft überhaupt nicht zu', 'fortemente in disaccordo', 'completamente in disaccordo', 'molto in disaccordo', "pas du tout d'accord", 'tout à fait en désaccord', 'fortement en désaccord'],
    ['disagree', 'oneens', 'stimme nicht zu', 'stimme eher nicht zu', 'trifft eher nicht zu', 'in disaccordo', "pas d'accord", "plutôt pas d'accord", 'en désaccord', 'somewhat disagree'],
    ['neither agree nor disagree', 'neutral', 'neutraal', 'niet eens, niet oneens', 'noch eens noch oneens', 'weder noch', 'teils/teils', 'teils, teils', 'weder zustimmung noch ablehnung', "né d'accordo né in disaccordo", 'neutrale', "ni d'accord ni pas d'accord", "ni d'accord, ni pas d'accord", 'neutre', 'neither'],
    ['agree', 'eens', 'stimme zu', 'stimme eher zu', 'trifft eher zu', "d'accordo", 'in accordo', "d'accord", "plutôt d'accord", 'somewhat agree'],
    ['strongly agree', 'helemaal eens', 'zeer eens', 'stimme voll und ganz zu', 'stimme voll zu', 'trifft voll zu', 'trifft voll und ganz zu', "fortemente d'accordo", "completamente d'accordo", "molto d'accordo", "tout à fait d'accord", "fortement d'accord"]],
  // agreement, 7 points
  [['strongly disagree'], ['disagree'], ['somewhat disagree'], ['neither agree nor disagree', 'neutral'], ['somewhat agree'], ['agree'], ['strongly agree']],
  // satisfaction
  [['very dissatisfied', 'zeer ontevreden', 'sehr unzufrieden', 'molto insoddisfatto', 'très insatisfait', 'pas du tout satisfait'],
    ['dissatisfied', 'somewhat dissatisfied', 'ontevreden', 'unzufrieden', 'eher unzufrieden', 'insoddisfatto', 'poco soddisfatto', 'insatisfait', 'plutôt insatisfait', 'peu satisfait'],
    ['neither satisfied nor dissatisfied', 'neutral', 'neutraal', 'teils/teils', 'neutrale', 'neutre'],
    ['satisfied', 'somewhat satisfied', 'tevreden', 'zufrieden', 'eher zufrieden', 'soddisfatto', 'abbastanza soddisfatto', 'satisfait', 'plutôt satisfait'],
    ['very satisfied', 'zeer tevreden', 'sehr zufrieden', 'molto soddisfatto', 'très satisfait', 'tout à fait satisfait']],
  // quality
  [['very poor', 'zeer slecht', 'sehr schlecht', 'molto scarso', 'pessimo', 'très mauvais'], ['poor', 'slecht', 'schlecht', 'scarso', 'mauvais'],
    ['fair', 'average', 'matig', 'gemiddeld', 'mittelmäßig', 'sufficiente', 'moyen'], ['good', 'goed', 'gut', 'buono', 'bon', 'bien'],
    ['very good', 'excellent', 'zeer goed', 'uitstekend', 'sehr gut', 'ottimo', 'eccellente', 'très bon', 'très bien']],
  // likelihood
  [['very unlikely', 'extremely unlikely', 'zeer onwaarschijnlijk', 'sehr unwahrscheinlich', 'molto improbabile', 'très improbable'],
    ['unlikely', 'somewhat unlikely', 'onwaarschijnlijk', 'unwahrscheinlich', 'improbabile', 'improbable'],
    ['neither likely nor unlikely', 'neutral', 'neutraal', 'neutrale', 'neutre'],
    ['likely', 'somewhat likely', 'waarschijnlijk', 'wahrscheinlich', 'probabile', 'probable'],
    ['very likely', 'extremely likely', 'zeer waarschijnlijk', 'sehr wahrscheinlich', 'molto probabile', 'très probable']],
  // importance
  [['not at all important', 'helemaal niet belangrijk', 'überhaupt nicht wichtig', 'per niente importante', 'pas du tout important'],
    ['slightly important', 'not very important', 'niet belangrijk', 'weniger wichtig', 'poco importante', 'peu important'],
    ['moderately important', 'neutraal', 'neutral', 'mittelmäßig wichtig', 'abbastanza importante', 'moyennement important'],
    ['very important', 'belangrijk', 'wichtig', 'molto importante', 'important'],
    ['extremely important', 'zeer belangrijk', 'sehr wichtig', 'estremamente importante', 'très important']],
  // favourability (SurveyMonkey's character ratings)
  [['very unfavorably', 'very unfavourably', 'very unfavorable'], ['somewhat unfavorably', 'somewhat unfavourably', 'unfavorable'],
    ['neither favorably nor unfavorably (neutral)', 'neither favorably nor unfavorably', 'neutral'], ['somewhat favorably', 'somewhat favourably', 'favorable'],
    ['very favorably', 'very favourably', 'very favorable']],
  // frequency
  [['never', 'nooit', 'nie', 'mai', 'jamais'], ['rarely', 'zelden', 'selten', 'raramente', 'rarement'], ['sometimes', 'soms', 'manchmal', 'a volte', 'parfois'],
    ['often', 'vaak', 'oft', 'spesso', 'souvent'], ['always', 'altijd', 'immer', 'sempre', 'toujours']],
];

/** Normalises a label: lower case, straight apostrophes, no "1 -" / "(5)" numbering. */
export function normLabel(value: string): string {
  return value
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/^\s*\d{1,2}\s*[-=.:)]\s*/, '')
    .replace(/\s*[(\[]?\d{1,2}[)\]]?\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const NOT_APPLICABLE = /^(n\/?a|not applicable|unfamiliar|don'?t know|do not know|no opinion|prefer not to (say|answer)|weet ik niet|weet niet|geen mening|n\.v\.t\.?|weiß nicht|keine angabe|non so|non saprei|non applicabile|je ne sais pas|ne sais pas|sans opinion|sans objet)\b/i;

/** "Don't know", "N/A", "Unfamiliar (N/A)": an answer outside the scale (position null). */
export function isNotApplicable(value: string): boolean {
  return NOT_APPLICABLE.test(normLabel(value)) || /\(n\/a\)\s*$/i.test(value);
}

export type LikertScale = {
  /** Which known scale matched (siblings of a matrix share it); -1 for a numeric scale. */
  id: number;
  /** Display labels low → high: as respondents saw them where seen, else the English label. */
  labels: string[];
  position: (value: string) => number | null;
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Finds the smallest known scale covering every distinct value, or null. */
export function matchLikert(values: Iterable<string>): LikertScale | null {
  const raw = [...values].filter((v) => !isNotApplicable(v));
  const norm = [...new Set(raw.map(normLabel))].filter((v) => v !== '');
  if (norm.length === 0) return null;
  for (let id = 0; id < SCALES.length; id++) {
    const scale = SCALES[id];
    const index = new Map<string, number>();
    scale.forEach((spellings, i) => spellings.forEach((s) => index.set(s, i)));
    if (!norm.every((v) => index.has(v))) continue;
    const labels = scale.map((spellings) => capital(spellings[0]));
    const seen = new Set<number>();
    for (const v of raw) {
      const i = index.get(normLabel(v));
      if (i !== undefined && !seen.has(i)) { labels[i] = v.trim(); seen.add(i); }
    }
    // Positions are looked up for every answer of every response: cache per raw value.
    const cache = new Map<string, number | null>();
    const position = (value: string): number | null => {
      let p = cache.get(value);
      if (p === undefined) {
        const i = index.get(normLabel(value));
        p = i === undefined ? null : i + 1;
        if (cache.size < 1000) cache.set(value, p);
      }
      return p;
    };
    return { id, labels, position };
  }
  return null;
}

/** Matrix rows share one scale: gives each the labels any sibling saw (first seen wins). */
export function mergeSiblingLabels(scales: LikertScale[], values: string[][]): void {
  const byId = new Map<number, Map<number, string>>();
  scales.forEach((scale, k) => {
    const seen = byId.get(scale.id) ?? new Map<number, string>();
    for (const v of values[k]) {
      const p = scale.position(v);
      if (p !== null && !seen.has(p)) seen.set(p, v.trim());
    }
    byId.set(scale.id, seen);
  });
  for (const scale of scales) {
    if (scale.id < 0) continue;
    for (const [p, label] of byId.get(scale.id)!) scale.labels[p - 1] = label;
  }
}
