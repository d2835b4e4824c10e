/** Classification and correlation measures for the evaluation. */

/** Precision, recall and F1 of one class. */
export type Prf = { precision: number; recall: number; f1: number; support: number };

/** Share of predictions equal to the gold label. */
export function accuracy<T>(gold: T[], pred: T[]): number {
  let ok = 0;
  for (let i = 0; i < gold.length; i += 1) if (gold[i] === pred[i]) ok += 1;
  return gold.length ? ok / gold.length : 0;
}

/** Per-class precision/recall/F1 from true/false positive and false negative counts. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn };
}

/** Macro-F1 over the given classes of a single-label task, with the per-class figures. */
export function macroF1<T extends string>(gold: T[], pred: T[], classes: readonly T[]): { macroF1: number; perClass: Record<string, Prf> } {
  const perClass: Record<string, Prf> = {};
  for (const c of classes) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < gold.length; i += 1) {
      if (pred[i] === c && gold[i] === c) tp += 1;
      else if (pred[i] === c) fp += 1;
      else if (gold[i] === c) fn += 1;
    }
    perClass[c] = prf(tp, fp, fn);
  }
  const macro = classes.reduce((a, c) => a + perClass[c].f1, 0) / classes.length;
  return { macroF1: macro, perClass };
}

/** Pearson correlation of two equally long series. */
export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (n === 0) return 0;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Multi-label micro/macro F1 and per-label figures; `none` is the empty-set label. */
export function multiLabel(gold: string[][], pred: string[][], labels: readonly string[]): { microF1: number; macroF1: number; perLabel: Record<string, Prf> } {
  const perLabel: Record<string, Prf> = {};
  let TP = 0, FP = 0, FN = 0;
  for (const l of labels) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < gold.length; i += 1) {
      const g = gold[i].includes(l);
      const p = pred[i].includes(l);
      if (g && p) tp += 1;
      else if (p) fp += 1;
      else if (g) fn += 1;
    }
    perLabel[l] = prf(tp, fp, fn);
    TP += tp; FP += fp; FN += fn;
  }
  const present = labels.filter((l) => perLabel[l].support > 0);
  const macro = present.reduce((a, l) => a + perLabel[l].f1, 0) / (present.length || 1);
  return { microF1: prf(TP, FP, FN).f1, macroF1: macro, perLabel };
}
