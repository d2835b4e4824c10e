import { describe, expect, it } from 'vitest';
import { filterSearch, readFilters, withParam } from '../../../web/src/router/filters.ts';

describe('filters in the query string', () => {
  it('reads city, group, source and the breakdown axis', () => {
    expect(readFilters('?city=Ch%C3%A2teauville&group=international&source=focus-group&by=origin')).toEqual({
      city: 'Châteauville', group: 'international', source: 'focus-group', by: 'origin',
    });
  });

  it('treats unknown values as "all" instead of failing', () => {
    expect(readFilters('?group=aliens&source=brand&by=shoe_size')).toEqual({ city: null, group: null, source: null, by: null });
  });

  it('sets and removes one parameter, keeping the others', () => {
    expect(withParam('?city=A&count=segments', 'group', 'resident')).toBe('?city=A&count=segments&group=resident');
    expect(withParam('?city=A&group=resident', 'group', null)).toBe('?city=A');
    expect(withParam('?group=resident', 'group', null)).toBe('');
  });

  it('writes only the shared filters for links between pages', () => {
    expect(filterSearch({ city: 'São Paulo', group: null, source: 'social', by: null })).toBe('?city=S%C3%A3o+Paulo&source=social');
    expect(filterSearch({ city: 'A', group: null, source: null, by: 'role' })).toBe('?city=A&by=role');
  });
});
