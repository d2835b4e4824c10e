/**
 * The speaker fields in the demo (issue 18): every field is filled, and the planted signal
 * "non-EU internationals are more negative about bureaucracy than EU ones" (data/demo/signals.ts,
 * PLANTED.bureaucracyOrigin) is recovered through GET /api/themes?by=origin.
 */
import { describe, expect, it } from 'vitest';
import type { OverviewResponse, ThemesResponse } from '../../data/types.ts';
import { useDemoApi } from '../helpers/demo-server.ts';

const { get, store: demoStore } = useDemoApi();

describe('speaker fields in the demo', () => {
  it('recovers the planted signal: non-EU internationals are more negative about bureaucracy than EU ones', async () => {
    const body = await get<ThemesResponse>('/api/themes?city=Marenburg&group=international&source=survey&by=origin');
    const row = (value: string) => body.breakdown!.rows.find((r) => r.key === 'bureaucracy' && r.value === value)!;
    const eu = row('eu');
    const nonEu = row('non_eu');
    for (const r of [eu, nonEu]) {
      expect(r).toEqual(expect.objectContaining({ n: expect.any(Number), net: expect.any(Number), low: expect.any(Number), high: expect.any(Number), low_n: r.n < 30 }));
      expect(r.quotes).toContain('origin=');
    }
    expect(nonEu.n).toBeGreaterThanOrEqual(30);
    expect(nonEu.net!).toBeLessThanOrEqual(eu.net! - 30);
  });

  it('fills every speaker field somewhere in every city', async () => {
    const rows = await demoStore().all<{ city: string; field: string; values: string[] }>(`
      select c.name as city, f.field, list(distinct f.value order by f.value) as values
      from segments s join cities c on c.id = s.city_id,
           (select 'origin' as field union all select 'role' union all select 'stay' union all select 'stage' union all select 'voice') t(field),
           lateral (select t.field as field, case t.field when 'origin' then s.origin when 'role' then s.role when 'stay' then s.stay
                                                 when 'stage' then s.stage else s.voice end as value) f
      where not s.moderator
      group by all order by all`);
    for (const city of ['Havenstad', 'Lindholm', 'Marenburg']) {
      const of = (field: string) => rows.find((r) => r.city === city && r.field === field)!.values;
      expect(of('origin')).toEqual(['eu', 'local', 'non_eu', 'unknown']);
      expect(of('role')).toEqual(expect.arrayContaining(['student', 'researcher', 'professional', 'entrepreneur', 'partner', 'other']));
      expect(of('stay')).toEqual(['1_2', '3_5', 'born_here', 'gt5', 'lt1', 'unknown']);
      expect(of('stage')).toEqual(['first_year', 'settled', 'unknown']);
      expect(of('voice')).toEqual(['official', 'user']);
    }
  });

  it('maps every role answer of the demo survey (none left unmapped), on respondents and their segments', async () => {
    const { unmapped } = await get<{ unmapped: unknown[] }>('/api/role-mapping');
    expect(unmapped).toEqual([]);
    const rows = await demoStore().all<{ role_raw: string; roles: string[] }>(`
      select role_raw, list(distinct role order by role) as roles from documents where kind = 'survey' and role_raw is not null group by role_raw order by role_raw`);
    expect(rows).toEqual([
      { role_raw: 'Academic staff', roles: ['researcher'] }, { role_raw: 'Accompanying partner', roles: ['partner'] },
      { role_raw: 'Entrepreneur', roles: ['entrepreneur'] }, { role_raw: 'Other', roles: ['other'] },
      { role_raw: 'Professional', roles: ['professional'] }, { role_raw: 'Retired', roles: ['other'] }, { role_raw: 'Student', roles: ['student'] },
    ]);
  });

  it('reads the origin of focus-group speakers from the countries in their labels', async () => {
    const rows = await demoStore().all<{ origin: string; n: number }>(`
      select origin, count(*)::INTEGER as n from segments
      where kind = 'focus-group' and grp = 'international' and not moderator group by origin order by origin`);
    expect(rows.map((r) => r.origin)).toEqual(['eu', 'non_eu']);
  });

  it('breaks the overview down by voice: the city\'s own posts are official', async () => {
    const body = await get<OverviewResponse>('/api/overview?city=Havenstad&source=social&by=voice');
    const official = body.breakdown!.rows.find((r) => r.value === 'official')!;
    expect(official.n).toBeGreaterThan(0);
    expect(official.quotes).toBe('/api/quotes?city=Havenstad&source=social&voice=official');
    const quotes = await get<{ total: number }>(official.quotes);
    expect(quotes.total).toBe(official.n);
  });
});
