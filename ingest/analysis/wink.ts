/** The one wink-nlp instance of the process, with access to its per-token sentiment hits. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A sentiment lexicon hit from wink's automaton: token span [first, last] and its raw (un-negated) score in [-1, 1]. */
export type WinkHit = { first: number; last: number; score: number };

type SaModel = { machines: unknown[]; setter: (px: number[][], ...rest: unknown[]) => void };

let lastHits: number[][] = [];

// wink only exposes sentence/document averages; wrapping its SA setter (on a derived model
// object, the package is untouched) lets us see which words moved the score.
const baseModel = model as unknown as Record<string, unknown> & { sa: () => SaModel };
const tappedModel = Object.create(baseModel) as typeof baseModel;
tappedModel.sa = () => {
  const sa = baseModel.sa();
  return {
    machines: sa.machines,
    setter: (px: number[][], ...rest: unknown[]) => {
      sa.setter(px, ...rest);
      lastHits = px;
    },
  };
};

/** The shared wink instance. NER and negation are off: nothing here uses entities, and our own
 * negation scope (sentiment/negation.ts) replaces wink's; both cost time. */
export const nlp = winkNLP(tappedModel as unknown as typeof model, ['sbd', 'sentiment', 'pos']);
export const its = nlp.its;

/** Reads a document and returns it with wink's sentiment hits (scores already divided to [-1, 1]). */
export function readDoc(text: string) {
  lastHits = [];
  const doc = nlp.readDoc(text);
  const hits: WinkHit[] = lastHits.map((p) => ({ first: p[0], last: p[1], score: p[2] }));
  lastHits = [];
  return { doc, hits };
}
