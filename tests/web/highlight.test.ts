import { describe, expect, it } from 'vitest';
import { h, type VNode } from 'preact';
import type { Highlight } from '../../data/types.ts';
import { splitHighlights } from '../../web/src/evidence/highlight.ts';
import { HighlightedText } from '../../web/src/evidence/highlighted-text.tsx';

const hl = (start: number, end: number, kind: Highlight['kind'] = 'theme', id = 'housing'): Highlight => ({ kind, id, term: '', start, end });

/** Every string and every element type in a rendered tree (function components expanded). */
function walk(node: unknown, out: { strings: string[]; tags: string[]; props: Record<string, unknown>[] }) {
  if (node == null || typeof node === 'boolean') return out;
  if (typeof node === 'string' || typeof node === 'number') {
    out.strings.push(String(node));
    return out;
  }
  if (Array.isArray(node)) {
    for (const n of node) walk(n, out);
    return out;
  }
  const v = node as VNode<Record<string, unknown>>;
  if (typeof v.type === 'function') return walk((v.type as (p: unknown) => unknown)(v.props), out);
  out.tags.push(String(v.type));
  out.props.push(v.props);
  return walk(v.props.children, out);
}

describe('splitHighlights', () => {
  it('cuts the text at the offsets and keeps every character exactly once', () => {
    const text = 'The rent in Oude Haven is insane.';
    const parts = splitHighlights(text, [hl(4, 8), hl(12, 22, 'value', 'Open harbour')]);
    expect(parts.map((p) => [p.text, p.mark?.id ?? null])).toEqual([
      ['The ', null], ['rent', 'housing'], [' in ', null], ['Oude Haven', 'Open harbour'], [' is insane.', null],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('drops overlapping marks, clips marks past the end and keeps unsorted input in order', () => {
    const text = 'affordable rooms';
    const parts = splitHighlights(text, [hl(11, 99), hl(0, 10), hl(5, 12)]);
    expect(parts.map((p) => [p.text, !!p.mark])).toEqual([['affordable', true], [' ', false], ['rooms', true]]);
  });

  it('returns the whole text when nothing is highlighted, and one empty part for empty text', () => {
    expect(splitHighlights('plain', [])).toEqual([{ text: 'plain', mark: null }]);
    expect(splitHighlights('', [hl(0, 3)])).toEqual([{ text: '', mark: null }]);
  });
});

describe('HighlightedText', () => {
  it('renders markup in user text as text: no element but <mark>, no innerHTML', () => {
    const text = 'Nice <img src=x onerror=alert(1)> housing <script>alert(2)</script>';
    const start = text.indexOf('housing');
    const tree = walk(h(HighlightedText, { text, highlights: [hl(start, start + 7)] }), { strings: [], tags: [], props: [] });
    expect(tree.tags).toEqual(['mark']);
    expect(tree.props.some((p) => 'dangerouslySetInnerHTML' in p)).toBe(false);
    expect(tree.strings.join('')).toBe(text);
    expect(tree.strings).toContain('Nice <img src=x onerror=alert(1)> ');
    expect(tree.strings).toContain('housing');
  });
});
