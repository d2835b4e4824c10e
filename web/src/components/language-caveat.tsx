/** The warning on figures that rest mostly on a language whose labels agree with readers below 70%. */
import type { LanguageCaveat } from '../../../data/types.ts';
import { onLinkClick } from '../router/location.ts';

/** Nothing when the figures rest on no weak language. */
export function LanguageCaveatNote({ caveat }: { caveat: LanguageCaveat | null | undefined }) {
  if (!caveat) return null;
  return (
    <p class="language-caveat" role="note" data-language-caveat={caveat.language}>
      <span aria-hidden="true">⚠ </span>
      <b>Read with care.</b> {caveat.message} <a href="/accuracy" onClick={onLinkClick}>Accuracy</a>
    </p>
  );
}
