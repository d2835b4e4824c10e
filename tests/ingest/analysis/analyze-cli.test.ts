import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function runCli(input: string, args: string[] = []) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'ingest/analyze-cli.ts', ...args], {
    cwd: ROOT, input, encoding: 'utf8', timeout: 120_000,
  });
  return { status: res.status, lines: res.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: res.stderr };
}

describe('npm run analyze', () => {
  it('writes one contract line per input, reports bad lines and exits 0', () => {
    const inputs = [
      { id: 'a', text: 'Great city but the bureaucracy is a nightmare.  The tram 😍 is fast!' },
      { id: 'b', text: 'De huurprijzen in de stad zijn belachelijk hoog.' },
    ];
    const stdin = `${JSON.stringify(inputs[0])}\nnot json\n{"id":"c"}\n\n${JSON.stringify(inputs[1])}\n`;
    const { status, lines } = runCli(stdin);
    expect(status).toBe(0);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toEqual({ id: null, error: expect.stringMatching(/^line 2: /) });
    expect(lines[2]).toEqual({ id: null, error: 'line 3: "text" must be a string' });

    const [a, , , b] = lines;
    expect(a.id).toBe('a');
    expect(a.language).toBe('en');
    expect(a.segments).toHaveLength(2);
    expect(a.segments[0].label).toBe('mixed');
    expect(a.segments[0].themes).toEqual(expect.arrayContaining(['bureaucracy']));
    expect(a.themes).toEqual(expect.arrayContaining(['bureaucracy', 'mobility']));
    for (const [line, input] of [[a, inputs[0]], [b, inputs[1]]] as const) {
      for (const s of line.segments) {
        expect(input.text.slice(s.start, s.end)).toBe(s.text);
        expect(s.sentiment).toBeGreaterThanOrEqual(-1);
        expect(s.sentiment).toBeLessThanOrEqual(1);
        expect(['positive', 'negative', 'neutral', 'mixed']).toContain(s.label);
        for (const m of s.matches) {
          expect(['theme', 'value']).toContain(m.kind);
          expect(input.text.slice(m.start, m.end).length).toBe(m.end - m.start);
        }
      }
    }
    expect(b.language).toBe('nl');
    expect(b.label).toBe('negative');
    expect(b.themes).toContain('housing');
  });

  it('rejects an unknown option with exit 2', () => {
    const { status, stderr } = runCli('', ['--nope']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage/);
  });
});
