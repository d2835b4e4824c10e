import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queueConfig, redisConnection, stagingDir } from '../../ingest/queue/config.ts';
import { fromRoot, resultFromJob, resultToJob, specFromJob, specToJob, underRoot } from '../../ingest/queue/portable.ts';
import { specsFor } from './specs.ts';

describe('queue configuration', () => {
  it('is off without BRANDGAP_REDIS_URL, so the embedded default needs no Redis', () => {
    expect(queueConfig({})).toBeNull();
    expect(queueConfig({ BRANDGAP_REDIS_URL: '  ' })).toBeNull();
  });

  it('stages beside the database unless BRANDGAP_STAGING says where', () => {
    expect(stagingDir({})).toBe(resolve('data/staging'));
    expect(stagingDir({ BRANDGAP_DB: '/srv/bg/city.duckdb' })).toBe('/srv/bg/staging');
    expect(queueConfig({ BRANDGAP_REDIS_URL: 'redis://q:6380', BRANDGAP_STAGING: '/mnt/shared' })?.staging).toBe('/mnt/shared');
  });

  it('reads host, port, credentials, database and TLS from the URL and refuses what is not a Redis URL', () => {
    expect(redisConnection('rediss://bg:p%40ss@queue.internal:6390/2')).toMatchObject({
      host: 'queue.internal', port: 6390, username: 'bg', password: 'p@ss', db: 2, tls: {}, maxRetriesPerRequest: null,
    });
    expect(redisConnection('redis://127.0.0.1')).toMatchObject({ port: 6379, db: 0, tls: undefined });
    expect(() => redisConnection('http://x')).toThrow(/redis:\/\//);
    expect(() => redisConnection('localhost:6379')).toThrow(/redis:\/\/|not a URL/);
    expect(() => redisConnection('redis://x/abc')).toThrow(/database number/);
  });
});

describe('portable job data', () => {
  it('carries paths relative to the staging root, resolved against each machine\'s own mount', () => {
    const [spec] = specsFor('/owner/staging/u1/input/posts.csv', 'u1', 2, '/owner/staging');
    const job = specToJob('/owner/staging', spec);
    expect(job).toMatchObject({ path: 'u1/input/posts.csv', staging: '.' });
    expect(specFromJob('/mnt/bg', job)).toMatchObject({ path: join('/mnt/bg', 'u1/input/posts.csv'), staging: '/mnt/bg' });
  });

  it('maps a result\'s staged files back to the owner\'s paths', () => {
    const files = { documents: '/mnt/bg/u1/part-0-documents.ndjson' } as never;
    const back = resultFromJob('/owner/staging', resultToJob('/mnt/bg', { files } as never));
    expect(back.files).toEqual({ documents: '/owner/staging/u1/part-0-documents.ndjson' });
  });

  it('refuses paths outside the staging root, either way', () => {
    expect(() => underRoot('/s', '/etc/passwd')).toThrow(/not inside/);
    expect(() => underRoot('/s', '/s')).toThrow(/not inside/);
    expect(() => fromRoot('/s', '../etc/passwd')).toThrow(/bad staging path/);
    expect(() => fromRoot('/s', '/etc/passwd')).toThrow(/bad staging path/);
  });
});
