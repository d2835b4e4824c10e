/** A one-line progress bar on stderr: records/s, and percent when the size is known. */
export function progressBar(label: string) {
  const started = Date.now();
  let last = 0;
  return {
    update(p: { records: number; bytes: number; total: number | null; partsDone?: number; parts?: number }): void {
      const now = Date.now();
      if (now - last < 200 || !process.stderr.isTTY) return;
      last = now;
      const rate = Math.round(p.records / Math.max((now - started) / 1000, 0.001));
      const pct = p.total ? Math.min(100, (100 * p.bytes) / p.total) : null;
      const bar = pct === null ? '' : `[${'#'.repeat(Math.round(pct / 5)).padEnd(20, '.')}] ${pct.toFixed(0)}% `;
      const parts = p.parts ? `, parts ${p.partsDone ?? 0}/${p.parts}` : '';
      process.stderr.write(`\r${label} ${bar}${p.records.toLocaleString('en')} records, ${rate.toLocaleString('en')}/s${parts}`);
    },
    done(): void { if (process.stderr.isTTY && last) process.stderr.write('\n'); },
  };
}
