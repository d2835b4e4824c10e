import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useRedis } from '../helpers/redis.ts';
import { startRedis } from '../../bench/support/redis.ts';

const ask = (port: number, cmd: string) => new Promise<string>((resolve, reject) => {
  const sock = connect(port, '127.0.0.1');
  sock.once('error', reject);
  sock.once('data', (d) => { sock.destroy(); resolve(d.toString()); });
  sock.write(cmd);
});

describe('the test redis-server', () => {
  const redis = useRedis();

  it('answers on its own port and keeps nothing on disk', async () => {
    expect(redis().url).toBe(`redis://127.0.0.1:${redis().port}`);
    expect(await ask(redis().port, 'PING\r\n')).toBe('+PONG\r\n');
    expect(await ask(redis().port, 'CONFIG GET appendonly\r\n')).toContain('no');
    expect(await ask(redis().port, 'CONFIG GET save\r\n')).toMatch(/save\r\n\$0\r\n/);
  });

  it('starts a second server on another port and stops it', async () => {
    const other = await startRedis();
    expect(other.port).not.toBe(redis().port);
    await other.stop();
    await expect(ask(other.port, 'PING\r\n')).rejects.toThrow();
  });
});
