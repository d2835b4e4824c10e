/**
 * Links between survey items of different waves (issue 19 item 4): suggested by matching question
 * text, made and undone only by the analyst (DOMAIN.md: two files' items are one item only when
 * the analyst links them).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SurveyLinkItem, SurveyLinksResponse } from '../data/types.ts';
import type { Store } from '../data/db/store.ts';
import { ApiError } from './errors.ts';

/**
 * The text two items must share to be suggested as one question: lower case, accents and
 * punctuation dropped, runs of spaces collapsed ("It is easy to find housing." ≡ "it is  easy to
 * find HOUSING"). The item key (Q6_2) is not compared: a key says where a question sat in a file.
 */
export function normaliseQuestion(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

type ItemRow = Omit<SurveyLinkItem, 'link_id'> & { link_id: number | null };

async function cityItems(conn: DuckDBConnection, cityId: number): Promise<ItemRow[]> {
  const reader = await conn.runAndReadAll(
    `with first_month as (select source_id, strftime(min(date), '%Y-%m') as month from documents group by source_id)
     select i.id::INTEGER as item_id, i.source_id::INTEGER as source_id, s.file_name as source,
            coalesce(s.wave, m.month, 'unknown') as wave, i.key, i.text, i.kind, l.link_id::INTEGER as link_id
     from survey_items i join sources s on s.id = i.source_id
     left join first_month m on m.source_id = s.id
     left join survey_item_links l on l.item_id = i.id
     where s.city_id = $cityId and i.kind in ('likert', 'nps', 'numeric')
     order by wave, i.source_id, i.id`, { cityId });
  return reader.getRowObjectsJS() as unknown as ItemRow[];
}

/**
 * The confirmed links of a city's survey items and the suggested ones: items of at least two
 * sources with the same kind and the same normalised question text, not yet all in one link.
 */
export async function surveyLinks(store: Store, cityId: number, city: string): Promise<SurveyLinksResponse> {
  const items = await store.withConnection((conn) => cityItems(conn, cityId));
  const links = new Map<number, SurveyLinkItem[]>();
  for (const it of items) if (it.link_id !== null) links.set(it.link_id, [...links.get(it.link_id) ?? [], it as SurveyLinkItem]);
  const byText = new Map<string, ItemRow[]>();
  for (const it of items) {
    const k = `${it.kind}\u0000${normaliseQuestion(it.text)}`;
    byText.set(k, [...byText.get(k) ?? [], it]);
  }
  const suggestions: SurveyLinksResponse['suggestions'] = [];
  for (const group of byText.values()) {
    if (new Set(group.map((i) => i.source_id)).size < 2) continue;
    const linked = new Set(group.map((i) => i.link_id));
    if (linked.size === 1 && !linked.has(null)) continue; // already one link
    suggestions.push({ text: group[0].text, kind: group[0].kind, items: group });
  }
  return { city, links: [...links].map(([link_id, its]) => ({ link_id, items: its })), suggestions };
}

/**
 * Links the given items (and every item already linked to any of them) into one set; returns its
 * id. Items must be closed items of the city, of different sources, of one kind.
 */
export async function linkItems(store: Store, cityId: number, ids: number[], actor: string | null): Promise<{ link_id: number; items: number[] }> {
  return store.write(async (conn) => {
    const items = await cityItems(conn, cityId);
    const chosen = ids.map((id) => items.find((i) => i.item_id === id));
    const missing = ids.filter((_, k) => !chosen[k]);
    if (missing.length) throw new ApiError(400, 'bad_items', `items: ${missing.join(', ')} not closed survey items of this city`);
    const linkIds = new Set(chosen.map((i) => i!.link_id).filter((l): l is number => l !== null));
    const members = items.filter((i) => ids.includes(i.item_id) || (i.link_id !== null && linkIds.has(i.link_id)));
    if (new Set(members.map((i) => i.kind)).size > 1) throw new ApiError(400, 'bad_items', 'items: a link joins items of one kind (likert, nps or numeric)');
    if (new Set(members.map((i) => i.source_id)).size < members.length) throw new ApiError(400, 'bad_items', 'items: two of them are in the same source; a link joins one item per wave');
    if (members.length < 2) throw new ApiError(400, 'bad_items', 'items: a link needs at least two items');
    const linkId = Math.min(...members.map((i) => i.item_id));
    for (const m of members) {
      await conn.run(
        `insert into survey_item_links (item_id, link_id, linked_by) values ($item, $link, $actor)
         on conflict (item_id) do update set link_id = excluded.link_id`,
        { item: m.item_id, link: linkId, actor },
      );
    }
    return { link_id: linkId, items: members.map((i) => i.item_id) };
  });
}

/** Takes an item out of its link; a link left with one item is dissolved. */
export async function unlinkItem(store: Store, cityId: number, itemId: number): Promise<{ item: number; dissolved: boolean }> {
  return store.write(async (conn) => {
    const items = await cityItems(conn, cityId);
    const it = items.find((i) => i.item_id === itemId);
    if (!it || it.link_id === null) throw new ApiError(404, 'unknown_link', `item ${itemId} is not linked in this city`);
    const rest = items.filter((i) => i.link_id === it.link_id && i.item_id !== itemId).map((i) => i.item_id);
    await conn.run(`delete from survey_item_links where item_id = $item`, { item: itemId });
    if (rest.length < 2) {
      await conn.run(`delete from survey_item_links where link_id = $link`, { link: it.link_id });
    } else {
      const next = Math.min(...rest);
      await conn.run(`update survey_item_links set link_id = $next where link_id = $link`, { next, link: it.link_id });
    }
    return { item: itemId, dissolved: rest.length < 2 };
  });
}
