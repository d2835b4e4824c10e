/**
 * Where the ingest queue lives: BRANDGAP_REDIS_URL (unset: no queue, parts run on in-process
 * worker threads) and BRANDGAP_STAGING, the folder every machine reads and writes the staged
 * parts in (default `staging/` next to the database file). Read once, in an entry point.
 */
import { dirname, join, resolve } from 'node:path';
import type { ConnectionOptions } from 'bullmq';

/** Every BullMQ key starts with this, so the queue can share a Redis with other software. */
export const QUEUE_PREFIX = 'brandgap';
/** One child job per part of a file. */
export const PARTS_QUEUE = 'brandgap-ingest-parts';
/** One parent job per upload (or ingested file); no worker takes it: its owner watches it. */
export const UPLOADS_QUEUE = 'brandgap-ingest-uploads';

export type QueueConfig = {
  redisUrl: string; connection: ConnectionOptions; staging: string;
  /** how long the owner waits for Redis to answer before the upload fails (BRANDGAP_QUEUE_CONNECT_S, default 10 s) */
  connectMs: number;
  /** how long a file's parts may wait with no worker listening before the upload fails (BRANDGAP_QUEUE_PICKUP_S, default 60 s) */
  pickupMs: number;
};

/** The queue could not serve an upload (Redis unreachable, no worker): the upload fails, nothing is stored. */
export class QueueUnavailable extends Error {}

/** Seconds from the environment, as ms; refuses what is not a positive number. */
function seconds(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback * 1000;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number of seconds, got "${raw}"`);
  return Math.round(n * 1000);
}

/** The URL without its credentials, for messages. */
export function publicUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = ''; u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch { return url; }
}

/** The staging folder for an environment: BRANDGAP_STAGING, else `staging/` beside BRANDGAP_DB. */
export function stagingDir(env: Record<string, string | undefined>): string {
  return resolve(env.BRANDGAP_STAGING || join(dirname(env.BRANDGAP_DB || 'data/brandgap.duckdb'), 'staging'));
}

/** Pure: the queue set-up for an environment, or null when BRANDGAP_REDIS_URL is not set. */
export function queueConfig(env: Record<string, string | undefined>): QueueConfig | null {
  const url = env.BRANDGAP_REDIS_URL?.trim();
  if (!url) return null;
  return {
    redisUrl: url, connection: redisConnection(url), staging: stagingDir(env),
    connectMs: seconds(env, 'BRANDGAP_QUEUE_CONNECT_S', 10), pickupMs: seconds(env, 'BRANDGAP_QUEUE_PICKUP_S', 60),
  };
}

/** ioredis options from a redis:// or rediss:// URL (user, password and database included). */
export function redisConnection(url: string): ConnectionOptions {
  let u: URL;
  try { u = new URL(url); } catch { throw new Error(`BRANDGAP_REDIS_URL is not a URL: "${url}"`); }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`BRANDGAP_REDIS_URL must start with redis:// or rediss://, got "${u.protocol}"`);
  const db = u.pathname.replace(/^\//, '');
  if (db && !/^\d+$/.test(db)) throw new Error(`BRANDGAP_REDIS_URL: the path names a database number, got "${db}"`);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: db ? Number(db) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    // BullMQ's blocking commands must wait as long as they need, not fail after 20 retries
    maxRetriesPerRequest: null,
  };
}
