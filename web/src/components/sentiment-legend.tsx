/** The diverging sentiment scale as a compact legend (the bins of sentimentColor). */
import { SENTIMENT_BREAKS, SENTIMENT_SCALE } from '../charts/palette.ts';
import { fmtSigned } from '../format/intl.ts';

/** Seven swatches from −100 to +100 with their bin edges. */
export function SentimentLegend() {
  const edges = [-100, ...SENTIMENT_BREAKS, 100];
  return (
    <div class="sentiment-legend" aria-label="Colour shows net sentiment, from negative (red) to positive (blue)">
      <span class="legend-caption">Net sentiment</span>
      <span class="legend-swatches" aria-hidden="true">
        {SENTIMENT_SCALE.map((c, i) => (
          <span class="swatch" style={{ background: c }} title={`${fmtSigned(edges[i])} to ${fmtSigned(edges[i + 1])}`} />
        ))}
      </span>
      <span class="legend-ends" aria-hidden="true">
        <span>{fmtSigned(-100)}</span>
        <span>0</span>
        <span>{fmtSigned(100)}</span>
      </span>
    </div>
  );
}
