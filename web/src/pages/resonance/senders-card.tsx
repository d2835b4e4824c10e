/**
 * The sender-centred index (issue 18 item 5): per channel the share of the city's own voice,
 * its partners' and its users', as small stacked bars; per brand value and top theme who talks
 * about it. Every figure has its n and opens its quotes.
 */
import type { SenderRow, SenderShare, SendersResponse } from '../../../../data/senders.ts';
import { useSenders } from '../../api/use-senders.ts';
import { ChartSkeleton, ErrorBox } from '../../components/states.tsx';
import { openEvidence } from '../../evidence/open.ts';
import { fmtInt, fmtN, fmtShare } from '../../format/intl.ts';
import { SOURCE_LABEL, themeLabel } from '../../format/labels.ts';
import type { Filters } from '../../router/filters.ts';
import type { SourceKind, ThemeOrUnclassified } from '../../../../data/types.ts';
import { downloadCsv, fileStem } from '../../export/download.ts';
import { cityVoicedSentence, sendersTable, sendersTitle, shareEvidence, shareLabel, tableRows, VOICE_NAME, VOICE_ORDER } from './senders-text.ts';

const TOP_THEMES = 6;
const open = (what: string, s: SenderShare, total: number) => openEvidence(shareEvidence(s), shareLabel(what, s, total));
const channelName = (key: string) => (key === 'all' ? 'All channels' : SOURCE_LABEL[key as SourceKind]);
const interval = (s: SenderShare) => (s.low == null || s.high == null ? '' : `95% interval ${fmtShare(s.low)} to ${fmtShare(s.high)}`);

/** One channel: a stacked bar of the three voices, each part opening its quotes. */
function ChannelBar({ row }: { row: SenderRow }) {
  const name = channelName(row.key);
  return (
    <div class={`sender-channel${row.low_n ? ' low-n' : ''}`} data-channel={row.key}>
      <div class="sender-channel-head">
        <span>{name}</span>
        <span class="muted small">{row.low_n && '⚠ '}n = {fmtInt(row.n)}</span>
      </div>
      <div class="sender-bar">
        {row.voices.filter((s) => s.n > 0).map((s) => (
          <button type="button" class={`sender-part voice-${s.voice}`} style={{ flexGrow: s.n }} data-voice={s.voice}
            title={`${VOICE_NAME[s.voice]}: ${fmtShare(s.share ?? 0)}, ${fmtInt(s.n)} of ${fmtInt(row.n)} · ${interval(s)}`}
            aria-label={`Quotes: ${shareLabel(name, s, row.n)}`} onClick={() => open(name, s, row.n)}>
            {(s.share ?? 0) >= 0.12 ? fmtShare(s.share ?? 0) : ''}
          </button>
        ))}
      </div>
    </div>
  );
}

/** One cell of the table: share, n and interval of a voice, opening its quotes. */
function ShareCell({ what, s, total }: { what: string; s: SenderShare; total: number }) {
  if (total === 0) return <td class="num muted">–</td>;
  return (
    <td class="num" data-voice={s.voice}>
      <button type="button" class="link-button" onClick={() => open(what, s, total)} aria-label={`Quotes: ${shareLabel(what, s, total)}`}>
        {fmtShare(s.share ?? 0)}
      </button>
      <span class="muted small"> {fmtN(s.n)}</span>
      <div class="muted small">{s.low == null ? '' : `${fmtShare(s.low)}–${fmtShare(s.high ?? 0)}`}</div>
    </td>
  );
}

function SendersBody({ d }: { d: SendersResponse }) {
  const channels = d.channels.filter((c) => c.n > 0 || c.key === 'all');
  return (
    <>
      <div class="sender-legend small" aria-hidden="true">
        {VOICE_ORDER.map((v) => <span><i class={`swatch voice-${v}`} /> {VOICE_NAME[v]}{v === 'official' ? ' (city and agencies)' : v === 'partner' ? ' (universities, employers, welcome centres)' : ' (residents, visitors)'}</span>)}
      </div>
      <div class="sender-channels">{channels.map((row) => <ChannelBar row={row} />)}</div>
      <p class="sender-finding" data-finding="city-voiced">{cityVoicedSentence(d)}</p>
      <div class="table-wrap">
        <table class="data-table senders-table">
          <caption class="sr-only">Who talks about each brand value and top theme: share of official, partner and user segments with n and 95% interval</caption>
          <thead>
            <tr>
              <th scope="col">Value or theme</th>
              <th scope="col" class="num">n</th>
              {VOICE_ORDER.map((v) => <th scope="col" class="num">{VOICE_NAME[v]}</th>)}
            </tr>
          </thead>
          <tbody>
            {tableRows(d, TOP_THEMES).map(({ kind, row }) => {
              const what = kind === 'value' ? row.key : themeLabel(row.key as ThemeOrUnclassified);
              return (
                <tr class={row.low_n ? 'low-n' : ''} data-row={`${kind}:${row.key}`}>
                  <th scope="row">{what}<span class="muted small"> {kind === 'value' ? 'value' : 'theme'}</span></th>
                  <td class="num">{row.low_n && row.n > 0 && <span title={`Fewer than ${fmtInt(d.minN)} segments — read with care`}>⚠ </span>}{fmtInt(row.n)}</td>
                  {VOICE_ORDER.map((v) => <ShareCell what={what} s={row.voices.find((s) => s.voice === v)!} total={row.n} />)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The card, with its own request: the index counts every channel and date of the city. */
export function SendersCard({ filters }: { filters: Filters }) {
  const res = useSenders(filters);
  if (res.status === 'loading') return <ChartSkeleton rows={5} height={260} id="senders" />;
  if (res.status === 'error') return <ErrorBox error={res.error} onRetry={res.reload} />;
  const d = res.data;
  return (
    <section class="card senders-card" aria-labelledby="senders-title" data-card="senders">
      <header class="card-head">
        <div>
          <h2 id="senders-title" class="card-title">{sendersTitle(d)}</h2>
          <p class="card-subtitle">Who speaks: the city itself, its partners or its users, per channel, brand value and theme · every channel and date, brand texts included</p>
        </div>
        <div class="card-tools">
          <button type="button" class="tool" onClick={() => downloadCsv(`${fileStem([d.city, 'senders'])}.csv`, sendersTable(d))}>CSV</button>
        </div>
      </header>
      <SendersBody d={d} />
      <p class="source-line">
        Share of segments by voice, with n and 95% Wilson intervals; ⚠ under {fmtInt(d.minN)} segments. Voice comes from the source kind,
        the city's official and partner handles and the upload option. Click a figure for its quotes.
      </p>
    </section>
  );
}
