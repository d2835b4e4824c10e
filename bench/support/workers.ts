/** `npm run worker` processes for the queue tests and the bench: started with tsx's loader in node itself, so SIGKILL hits the worker. */
import { spawn, type ChildProcess } from 'node:child_process';

export type WorkerProc = { proc: ChildProcess; log: () => string };

/** Starts ingest/queue/worker-cli.ts and resolves once it says it is ready. */
export function startWorker(env: Record<string, string>, lockMs: number): Promise<WorkerProc> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'ingest/queue/worker-cli.ts', '--lock-ms', String(lockMs)], {
      env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let out = '';
    proc.stderr!.on('data', (d) => { out += d; if (/ready:/.test(out)) resolve({ proc, log: () => out }); });
    proc.once('exit', (code, sig) => reject(new Error(`worker exited (${code ?? sig}) before it was ready: ${out}`)));
  });
}

/** SIGTERM (the worker finishes its part and stops), then SIGKILL after 10 s. */
export async function stopWorker(w: WorkerProc): Promise<void> {
  const p = w.proc;
  if (p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise((r) => p.once('exit', r));
  p.kill('SIGTERM');
  const timer = setTimeout(() => p.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
