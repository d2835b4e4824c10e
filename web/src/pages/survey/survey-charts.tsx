/** The survey's headline NPS, Likert cards (one per answer scale), NPS cards, single/multi/numeric question cards and the open-answer themes. */
import { useMemo } from 'preact/hooks';
import type { SurveyItemFigure, SurveyResponse } from '../../../../data/types.ts';
import { CHOICE_ROW_PX, choiceBars, choiceMeaning, choiceRows, choiceTable, describeChoice } from '../../charts/choice-bars.ts';
import { describeLikert, LIKERT_ROW_PX, likertBars, likertTable } from '../../charts/likert-bars.ts';
import { describeNps, NPS_ROW_PX, npsBars, npsTable, npsRows } from '../../charts/nps-bars.ts';
import { describeOpenThemes, OPEN_ROW_PX, openThemeBars, openThemeRows, openThemeTable } from '../../charts/open-themes.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { openEvidence } from '../../evidence/open.ts';
import { fileStem } from '../../export/download.ts';
import { fmtDecimal, fmtInt } from '../../format/intl.ts';
import { GROUP_LABEL, themeLabel } from '../../format/labels.ts';
import type { Filters } from '../../router/filters.ts';
import { withDistinctTexts } from './item-names.ts';
import { NpsHeadline } from './nps-headline.tsx';
import { likertEvidence, npsEvidence, openAnswerEvidence } from './survey-evidence.ts';

/** Items of one kind, each item's rows (all respondents and each group) together, in first-seen order. */
function byItem(items: SurveyItemFigure[], kind: SurveyItemFigure['kind']): Map<number, SurveyItemFigure[]> {
  const m = new Map<number, SurveyItemFigure[]>();
  for (const it of items) if (it.kind === kind) m.set(it.item_id, [...(m.get(it.item_id) ?? []), it]);
  return m;
}

/** Likert items sharing one scale (same points and labels) go in one chart. */
function scales(items: SurveyItemFigure[]): SurveyItemFigure[][] {
  const m = new Map<string, SurveyItemFigure[]>();
  for (const it of items) {
    const sig = `${it.scale_min}|${it.scale_max}|${(it.labels ?? []).join('|')}`;
    m.set(sig, [...(m.get(sig) ?? []), it]);
  }
  return [...m.values()];
}

/** All survey charts of one answer. */
export function SurveyCharts({ d: raw, filters }: { d: SurveyResponse; filters: Filters }) {
  // one item per file and question; items sharing a question text are named with their file
  const d = useMemo(() => ({ ...raw, items: withDistinctTexts(raw.items) }), [raw]);
  const group = filters.group ?? 'all';
  const scope = `${d.city} · ${filters.group ? GROUP_LABEL[filters.group] : 'all respondents'}`;
  const stem = (what: string) => fileStem([d.city, what, filters.group]);
  const likert = useMemo(() => scales(d.items.filter((it) => it.kind === 'likert' && it.group === group && it.n > 0)), [d, group]);
  const nps = useMemo(() => [...byItem(d.items, 'nps').values()], [d]);
  const open = useMemo(() => {
    const rows = openThemeRows(d.openThemes);
    const f = describeOpenThemes(rows, scope);
    return { rows, ...f, option: openThemeBars(rows, f.summary), table: openThemeTable(rows) };
  }, [d]);
  const firstNps = nps[0]?.find((r) => r.group === group);
  // single choice, multi-select and numeric questions: one card each, numbered per kind
  const choices = useMemo(() => {
    const seen: Record<string, number> = {};
    return d.items
      .filter((it) => (it.kind === 'single' || it.kind === 'multi' || it.kind === 'numeric') && it.group === group && it.n > 0)
      .map((it) => {
        seen[it.kind] = (seen[it.kind] ?? 0) + 1;
        const rows = choiceRows(it);
        return { it, rows, id: `${it.kind}-${seen[it.kind]}`, ...describeChoice(it, rows, scope) };
      });
  }, [d, group]);

  return (
    <>
      <NpsHeadline item={firstNps} respondents={d.respondents} />
      {likert.map((items, i) => {
        const f = describeLikert(items, scope);
        return (
          <ChartCard
            id={likert.length > 1 ? `likert-${i + 1}` : 'likert'}
            class="wide"
            title={f.title}
            subtitle={`How far do respondents agree? Share of answers per point, disagreement left, agreement right, the middle point centred · ${scope}`}
            source={`n = ${fmtInt(Math.max(...items.map((it) => it.n)))} respondents · survey answers · top-2/bottom-2 with Wilson 95% intervals in the tooltip and table · click a bar to read those respondents' open answers`}
            option={likertBars(items, f.summary)}
            height={items.length * LIKERT_ROW_PX + 60}
            table={likertTable(items)}
            fileStem={stem('likert')}
            onChartClick={(p) => openAnswerEvidence(likertEvidence(items, group, p))}
          />
        );
      })}
      {nps.map((rows, i) => {
        const f = describeNps(rows, scope);
        const drawn = npsRows(rows);
        return (
          <ChartCard
            id={nps.length > 1 ? `nps-${i + 1}` : 'nps'}
            class="wide"
            title={f.title}
            subtitle={`${rows[0].text} · NPS = % promoters (9–10) − % detractors (0–6) · ${scope}`}
            source={`n = ${fmtInt(drawn[0]?.n ?? 0)} respondents · survey answers · 95% intervals in the tooltip and table · click a bar to read those respondents' open answers`}
            option={npsBars(rows, f.summary)}
            height={drawn.length * NPS_ROW_PX + 50}
            table={npsTable(rows)}
            fileStem={stem('nps')}
            onChartClick={(p) => openAnswerEvidence(npsEvidence(rows, filters.group, p))}
          />
        );
      })}
      {choices.map((c) => (
        <ChartCard
          id={c.id}
          class="wide"
          title={c.title}
          subtitle={`${c.it.text} · ${choiceMeaning(c.it.kind)} · ${scope}`}
          source={`n = ${fmtInt(c.it.n)} respondents answered this question${c.it.kind === 'numeric' && c.it.mean !== null ? ` · mean ${fmtDecimal(c.it.mean)}` : ''} · survey answers · ${c.it.source}`}
          option={choiceBars(c.it, c.rows, c.summary, d.minN)}
          height={c.rows.length * CHOICE_ROW_PX + 40}
          table={choiceTable(c.it, c.rows)}
          fileStem={stem(c.id)}
        />
      ))}
      {open.rows.length > 0 && (
        <ChartCard
          id="open-themes"
          class="wide"
          title={open.title}
          subtitle={`What do respondents write about in their open answers, and who writes it? Segments per theme by the respondent's NPS category · ${scope}`}
          source={`n = ${fmtInt(open.rows.reduce((a, r) => a + r.n, 0))} theme mentions in open answers (a segment can carry several themes) · click a bar to read the answers`}
          option={open.option}
          height={open.rows.length * OPEN_ROW_PX + 50}
          table={open.table}
          fileStem={stem('open-answer-themes')}
          onChartClick={(p) => {
            const r = open.rows[(p as { dataIndex: number }).dataIndex];
            if (r) openEvidence({ theme: r.theme, source: 'survey' }, `${themeLabel(r.theme)} in open survey answers`);
          }}
        />
      )}
    </>
  );
}
