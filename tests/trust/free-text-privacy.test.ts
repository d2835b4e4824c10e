import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../data/db/store.ts';
import type { Jobs, UploadView } from '../../server/jobs.ts';
import { multipart, MULTIPART_TYPE } from './multipart-body.ts';
import { as, loginAs, trustApp, type App, type Login } from './trust-app.ts';

const CONTACTS = ['jan.devries@voorbeeld.nl', '06 12345678', '192.168.1.20', 'NL91 ABNA 0417 1643 00', 'Kerkstraat 12a', '+49 30 1234567', '12 rue de la Paix'];
const CSV = [
  'id,comment',
  '1,"Housing is a nightmare, mail me at jan.devries@voorbeeld.nl or call 06 12345678, my IP is 192.168.1.20"',
  '2,"Refund the deposit to NL91 ABNA 0417 1643 00 please, I live at Kerkstraat 12a"',
  '3,"Ruf mich an unter +49 30 1234567 oder schreib an 12 rue de la Paix"',
  '4,"Rent went from €1,450 to 1.650 euro in 2024 after 40 viewings; 45% of my income"',
].join('\n') + '\n';

describe('contact details typed into open answers are never stored, served or exported', () => {
  let app: App;
  let store: Store;
  let jobs: Jobs;
  let analyst: Login;
  let viewer: Login;
  let upload: UploadView;
  beforeAll(async () => {
    ({ app, store, jobs } = await trustApp());
    analyst = await loginAs(app, store, 'ana', 'analyst');
    viewer = await loginAs(app, store, 'vic', 'viewer');
    const mapping = JSON.stringify({ id: 'id', text: ['comment'], defaultGroup: 'international' });
    const res = await app.request('/api/uploads', {
      method: 'POST', headers: { ...as(analyst), 'content-type': MULTIPART_TYPE },
      body: multipart({ city: 'Havenstad', mapping }, { name: 'answers.csv', data: CSV }),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await jobs.idle();
    upload = (await (await app.request(`/api/uploads/${id}`, { headers: as(analyst) })).json()) as UploadView;
  });
  afterAll(() => store.close());

  it('counts what was replaced in the upload summary, by kind', () => {
    expect(upload.status).toBe('stored');
    expect(upload.summary?.documents).toBe(4);
    expect(upload.summary?.redacted).toEqual({ email: 1, phone: 2, ip: 1, iban: 1, address: 2 });
  });

  it('stores placeholders instead of the details, and keeps prices, years and counts', async () => {
    const rows = await store.all<{ text: string }>(`select text from documents order by id`);
    const all = rows.map((r) => r.text).join('\n');
    for (const c of CONTACTS) expect(all).not.toContain(c);
    expect(rows[0].text).toContain('mail me at [e-mail] or call [phone], my IP is [IP address]');
    expect(rows[1].text).toContain('to [IBAN] please, I live at [address]');
    expect(rows[3].text).toBe('Rent went from €1,450 to 1.650 euro in 2024 after 40 viewings; 45% of my income');
    const segments = (await store.all<{ text: string }>(`select text from segments`)).map((r) => r.text).join('\n');
    for (const c of CONTACTS) expect(segments).not.toContain(c);
  });

  it('serves a viewer only the placeholders in /api/quotes and in the quotes export', async () => {
    const quotes = await (await app.request('/api/quotes?city=Havenstad&limit=50', { headers: as(viewer) })).text();
    expect(quotes).toContain('[e-mail]');
    const csv = await (await app.request('/api/export?view=quotes&city=Havenstad&format=csv', { headers: as(viewer) })).text();
    expect(csv).toContain('[phone]');
    for (const c of CONTACTS) {
      expect(quotes).not.toContain(c);
      expect(csv).not.toContain(c);
    }
  });
});
