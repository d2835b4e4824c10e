/** Tick 2–10 cities to compare; the choice lives in the URL (`cities=`). */
import type { CityRow } from '../../../../data/types.ts';
import { fmtInt } from '../../format/intl.ts';
import { cityColor } from '../../charts/city-colors.ts';
import { setParam } from './compare-state.ts';

/** A fieldset of checkboxes; unticking below two or ticking past ten is refused with a note. */
export function CityChooser({ all, chosen }: { all: CityRow[]; chosen: string[] }) {
  const toggle = (name: string, on: boolean) => {
    const next = on ? [...chosen, name] : chosen.filter((c) => c !== name);
    if (next.length < 2 || next.length > 10) return;
    setParam('cities', next.join(','));
  };
  return (
    <fieldset class="city-chooser">
      <legend>Cities to compare <span class="muted small">(2 to 10)</span></legend>
      {all.map((c) => {
        const i = chosen.indexOf(c.name);
        const on = i >= 0;
        return (
          <label class={`city-option ${on ? 'on' : ''}`}>
            <input
              type="checkbox"
              checked={on}
              disabled={(on && chosen.length <= 2) || (!on && chosen.length >= 10)}
              onChange={(e) => toggle(c.name, (e.currentTarget as HTMLInputElement).checked)}
            />
            {on && <span class="city-dot" style={{ background: cityColor(i) }} aria-hidden="true" />}
            {c.name} <span class="muted small">{fmtInt(c.documents)} docs</span>
          </label>
        );
      })}
    </fieldset>
  );
}
