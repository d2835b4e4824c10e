/**
 * A private redis-server for the tests and the bench: its own free port, a temporary folder, no
 * persistence. Tests use `useRedis()` (tests/helpers/redis.ts), which starts one per test file.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { tmpDir } from './tmp.ts';

export type TestRedis = { url: string; port: number; stop: () => Promise<void> };

/** A port nobody listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** True when the server answers PING with PONG. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1');
    let got = '';
    const done = (ok: boolean) => { sock.destroy(); resolve(ok); };
    sock.setTimeout(500, () => done(false));
    sock.once('error', () => done(false));
    sock.on('data', (d) => { got += d.toString(); if (got.includes('\r\n')) done(got.startsWith('+PONG')); });
    sock.write('PING\r\n');
  });
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve();
  else child.once('exit', () => resolve());
});

/** Starts redis-server on a free port and resolves once it answers. */
export async function startRedis(): Promise<TestRedis> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not installed: run .ci/setup (or apt-get install -y redis-server)');
  }
  // another process may take the port between freePort() and redis binding it: try a few
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const tmp = tmpDir('brandgap-redis-');
    const child = spawn('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--dir', tmp.dir,
      '--save', '', '--appendonly', 'no', '--protected-mode', 'yes', '--loglevel', 'warning',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    // redis logs to stdout: keep both streams for the error message
    let stderr = '';
    const keep = (d: Buffer) => { stderr = (stderr + d.toString()).slice(-2000); };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const stop = async () => {
      child.kill('SIGTERM');
      await exited(child);
      tmp.cleanup();
    };
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && child.exitCode === null) {
      if (await pings(port)) return { url: `redis://127.0.0.1:${port}`, port, stop };
      await new Promise((r) => setTimeout(r, 50));
    }
    await stop();
    if (attempt >= 2) throw new Error(`redis-server did not start on port ${port}: ${stderr.trim() || 'no answer in 10 s'}`);
  }
}
