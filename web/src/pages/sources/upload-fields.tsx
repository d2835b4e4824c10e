/** City, source kind, audience group, voice, format, (brand texts) publication date and (surveys) wave of an upload; empty means "as detected". */
import { axisValueLabel, VOICES } from '../../../../data/speaker.ts';
import { GROUP_LABEL, SOURCE_LABEL } from '../../format/labels.ts';
import { GROUPS, SOURCE_KINDS } from '../../../../data/types.ts';
import type { UploadFields } from '../../api/uploads.ts';

/** Formats a user may force when detection picks the wrong one (the server knows more aliases). */
const FORMATS = [
  'qualtrics-csv', 'qualtrics-xlsx', 'surveymonkey-csv', 'surveymonkey-xlsx', 'google-forms-csv', 'limesurvey-csv',
  'generic-csv', 'generic-xlsx', 'social-csv', 'social-json', 'x-api-v2', 'reddit-json', 'mastodon-json', 'facebook-json',
  'focus-group-text', 'focus-group-docx', 'webvtt', 'srt', 'brand-text', 'brand-docx', 'brand-pdf',
];

type Props = { fields: UploadFields; cities: string[]; detected: string | null; onChange: (f: UploadFields) => void; disabled: boolean };

/** The describing fields; the city is required so every document lands in a city. */
export function UploadFieldsForm({ fields, cities, detected, onChange, disabled }: Props) {
  const set = (k: keyof UploadFields, v: string) => onChange({ ...fields, [k]: v });
  // brand texts are dated by their publication (term drift reads it); asked when the file is one
  const brand = fields.source === 'brand' || (!fields.source && (detected ?? '').startsWith('brand'));
  // a survey's wave, so that items of several waves can be compared once the analyst links them
  const survey = fields.source === 'survey' || (!fields.source && /^(qualtrics|surveymonkey|google-forms|limesurvey)/.test(detected ?? ''));
  return (
    <fieldset class="upload-fields" disabled={disabled}>
      <legend>About this file</legend>
      <label class="field">
        <span>City</span>
        <input name="city" list="known-cities" required value={fields.city ?? ''} onInput={(e) => set('city', e.currentTarget.value)} />
        <datalist id="known-cities">
          {cities.map((c) => (
            <option value={c} />
          ))}
        </datalist>
      </label>
      <label class="field">
        <span>Source</span>
        <select name="source" value={fields.source ?? ''} onChange={(e) => set('source', e.currentTarget.value)}>
          <option value="">As detected</option>
          {SOURCE_KINDS.map((s) => (
            <option value={s}>{SOURCE_LABEL[s]}</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Audience group</span>
        <select name="group" value={fields.group ?? ''} onChange={(e) => set('group', e.currentTarget.value)}>
          <option value="">From the file (or unknown)</option>
          {GROUPS.map((g) => (
            <option value={g}>Everyone is: {GROUP_LABEL[g]}</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Voice</span>
        <select name="voice" value={fields.voice ?? ''} onChange={(e) => set('voice', e.currentTarget.value)}>
          <option value="">From the source and the city's handles</option>
          {VOICES.map((v) => (
            <option value={v}>Everyone is: {axisValueLabel('voice', v)}</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Format</span>
        <select name="format" value={fields.format ?? ''} onChange={(e) => set('format', e.currentTarget.value)}>
          <option value="">Detect{detected ? ` (${detected})` : ''}</option>
          {FORMATS.map((f) => (
            <option value={f}>{f}</option>
          ))}
        </select>
      </label>
      {brand && (
        <label class="field">
          <span>Publication date</span>
          <input type="date" name="date" value={fields.date ?? ''} onInput={(e) => set('date', e.currentTarget.value)} />
          <small class="muted">When the text was published; a date in the file (Markdown front matter) comes first</small>
        </label>
      )}
      {survey && (
        <label class="field">
          <span>Wave</span>
          <input name="wave" maxLength={40} placeholder="e.g. 2026-04 or spring 2026" value={fields.wave ?? ''} onInput={(e) => set('wave', e.currentTarget.value)} />
          <small class="muted">Which round of the survey this is; empty: the month of its first response</small>
        </label>
      )}
    </fieldset>
  );
}
