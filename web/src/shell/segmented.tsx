/** A row of toggle buttons choosing one value, "All" being null. */

type Option<T extends string> = { value: T | null; label: string };

type Props<T extends string> = {
  label: string;
  options: Option<T>[];
  value: T | null;
  onChange: (v: T | null) => void;
};

/** Segmented control; the pressed button is the current value (aria-pressed for screen readers). */
export function Segmented<T extends string>({ label, options, value, onChange }: Props<T>) {
  return (
    <div class="segmented" role="group" aria-label={label}>
      <span class="segmented-label" aria-hidden="true">{label}</span>
      <div class="segmented-buttons">
        {options.map((o) => (
          <button
            type="button"
            aria-pressed={o.value === value}
            data-value={o.value ?? 'all'}
            onClick={() => o.value !== value && onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}
