/**
 * A question and its short answer are one judgement ("Welcoming? Not at all." is a negative
 * judgement about being welcoming; "Expensive? Not at all." a positive one). The answer either
 * denies or confirms what the question names, so the label follows the question's polarity.
 */
import type { Label } from '../../data/types.ts';

type Answers = { deny: string[]; confirm: string[] };

const ANSWERS: Record<string, Answers> = {
  en: {
    deny: ['no', 'nope', 'nah', 'not at all', 'not really', 'hardly', 'never', 'no way', 'not in the slightest', 'far from it', 'as if', 'yeah right', 'absolutely not', 'definitely not', 'of course not', 'not one bit', 'not even close'],
    confirm: ['yes', 'yep', 'yeah', 'absolutely', 'definitely', 'totally', 'of course', 'very much', 'very much so', 'indeed', 'for sure', 'sure', 'without a doubt', 'big time', '100%'],
  },
  nl: {
    deny: ['nee', 'neen', 'helemaal niet', 'niet echt', 'nauwelijks', 'nooit', 'echt niet', 'absoluut niet', 'totaal niet', 'geen sprake van', 'mwah', 'allerminst'],
    confirm: ['ja', 'zeker', 'absoluut', 'zeker weten', 'jazeker', 'inderdaad', 'heel erg', 'enorm', 'echt wel', 'zeer zeker', 'en hoe'],
  },
  de: {
    deny: ['nein', 'nö', 'nee', 'überhaupt nicht', 'gar nicht', 'nicht wirklich', 'kaum', 'nie', 'niemals', 'keineswegs', 'absolut nicht', 'von wegen', 'fehlanzeige', 'mitnichten'],
    confirm: ['ja', 'absolut', 'definitiv', 'auf jeden fall', 'klar', 'sicher', 'total', 'sehr', 'allerdings', 'natürlich', 'und wie', 'ja klar'],
  },
  fr: {
    deny: ['non', 'pas du tout', 'pas vraiment', 'absolument pas', 'jamais', 'guère', 'tu parles', 'mon œil', 'certainement pas', 'loin de là', 'même pas', 'que dalle'],
    confirm: ['oui', 'absolument', 'carrément', 'tout à fait', 'bien sûr', 'totalement', 'évidemment', 'très', 'grave', 'et comment'],
  },
  es: { deny: ['no', 'para nada', 'en absoluto', 'nunca', 'qué va', 'ni de broma'], confirm: ['sí', 'claro', 'totalmente', 'absolutamente', 'por supuesto'] },
  it: { deny: ['no', 'per niente', 'affatto', 'mai', 'macché', 'neanche per sogno'], confirm: ['sì', 'certo', 'assolutamente', 'decisamente', 'eccome'] },
  pt: { deny: ['não', 'nada', 'de jeito nenhum', 'nunca', 'nem pensar'], confirm: ['sim', 'claro', 'com certeza', 'totalmente', 'absolutamente'] },
};

const ANSWER_MAX_CHARS = 32;
const QUESTION_MAX_CHARS = 80;

/** Where the question of "question? answer" ends (the "?" offset in `text`) and whether its answer
 * denies or confirms; null when the text is not one short question with one short answer. */
export function questionAnswer(text: string, language: string | null): { questionEnd: number; answer: 'deny' | 'confirm' } | null {
  const answers = ANSWERS[language ?? ''];
  if (!answers) return null;
  const q = text.indexOf('?');
  if (q <= 0 || q > QUESTION_MAX_CHARS || text.indexOf('?', q + 1) >= 0) return null;
  const answer = text.slice(q + 1).toLowerCase().replace(/[.!…,;:\s]+$/u, '').replace(/^[\s,.…-]+/u, '').replace(/\s+/g, ' ');
  if (!answer || answer.length > ANSWER_MAX_CHARS) return null;
  if (answers.deny.includes(answer)) return { questionEnd: q, answer: 'deny' };
  if (answers.confirm.includes(answer)) return { questionEnd: q, answer: 'confirm' };
  return null;
}

/** The label of the whole: a denied quality flips, a confirmed one stands. A question of one to
 * three words with no sentiment of its own names a quality to judge ("International? Not really.")
 * and takes the answer's side; a longer neutral question asks for information: null. */
export function answeredLabel(questionLabel: Label | null, answer: 'deny' | 'confirm', questionWords: number): Label | null {
  if (questionLabel === 'positive') return answer === 'deny' ? 'negative' : 'positive';
  if (questionLabel === 'negative') return answer === 'deny' ? 'positive' : 'negative';
  if (questionLabel === 'mixed' || questionWords > 3) return null;
  return answer === 'deny' ? 'negative' : 'positive';
}
