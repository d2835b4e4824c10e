import { describe, expect, it } from 'vitest';
import { cached, forget, onForgetAll, remember } from '../../../web/src/api/response-cache.ts';

describe('response cache', () => {
  it('returns what was remembered for a URL and nothing for others', () => {
    remember('/api/overview?city=A', { documents: 3 });
    expect(cached('/api/overview?city=A')).toEqual({ hit: true, value: { documents: 3 } });
    expect(cached('/api/overview?city=B').hit).toBe(false);
  });

  it('forgets one URL without telling the views', () => {
    let told = 0;
    const off = onForgetAll(() => told++);
    remember('/api/cities', []);
    forget('/api/cities');
    expect(cached('/api/cities').hit).toBe(false);
    expect(told).toBe(0);
    off();
  });

  it('empties itself after a write and tells every mounted view to refetch', () => {
    let told = 0;
    const off = onForgetAll(() => told++);
    remember('/api/themes?city=A', {});
    forget();
    expect(cached('/api/themes?city=A').hit).toBe(false);
    expect(told).toBe(1);
    off();
    forget();
    expect(told).toBe(1);
  });

  it('keeps at most 50 answers, dropping the oldest', () => {
    forget();
    for (let i = 0; i < 51; i++) remember(`/api/x?i=${i}`, i);
    expect(cached('/api/x?i=0').hit).toBe(false);
    expect(cached('/api/x?i=1').value).toBe(1);
    expect(cached('/api/x?i=50').value).toBe(50);
  });
});
