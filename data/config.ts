/** Runtime configuration, read once from the environment in an entry point and passed down. */
import { DEFAULT_DB_MEMORY_MB } from './db/store.ts';
import { PARSE_MEMORY_MB, READ_LIMITS, type ParseLimits } from './limits.ts';

export type Config = {
  /** DuckDB's memory limit in MB (BRANDGAP_DB_MEMORY_MB, default 384); beyond it DuckDB spills to disk. */
  dbMemoryMb: number;
  port: number;
  dbPath: string;
  demoDbPath: string;
  webDist: string;
  minN: number;
  /** Largest upload request body, in bytes (BRANDGAP_MAX_UPLOAD_MB, default 200). */
  maxUploadBytes: number;
  /** Uploads one user may have queued or running at once. */
  maxUploadsPerUser: number;
  /** Largest JSON request body, in bytes. */
  maxJsonBytes: number;
  /** How long a login lasts, in hours. */
  sessionHours: number;
  /** Failed logins allowed per IP and per account name within loginWindowMinutes. */
  loginAttempts: number;
  loginWindowMinutes: number;
  /** Trust X-Forwarded-Proto/-For from a reverse proxy (secure cookies, client IP). */
  trustProxy: boolean;
  /** Folder where uploads wait for their job (default: the OS temp folder). */
  uploadDir: string | null;
  /** An upload still being read after this long is rejected (nothing stored). */
  parseTimeoutMs: number;
  /**
   * What reading one file may take: the reading thread's heap (BRANDGAP_PARSE_MEMORY_MB, 512),
   * expanded bytes of its ZIP entries and PDF streams (BRANDGAP_MAX_EXPANDED_MB, 256), characters
   * per record (BRANDGAP_MAX_RECORD_KB, 1024), characters of text without a sentence end
   * (BRANDGAP_MAX_TEXT_CHARS, 20000) and parts per document (BRANDGAP_MAX_SEGMENTS, 10000).
   */
  parseLimits: Omit<ParseLimits, 'timeoutMs'>;
  /** Folder under which POST /api/admin/backup writes dated snapshots. */
  backupDir: string;
  /** Where POST /api/admin/lake writes the Parquet lake (BRANDGAP_LAKE_DIR); null: the route is off. */
  lakeDir: string | null;
};

function positive(env: Record<string, string | undefined>, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${key} must be a positive number, got "${raw}"`);
  return n;
}

/** Pure: the config for an environment. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    dbPath: env.BRANDGAP_DB || 'data/brandgap.duckdb',
    dbMemoryMb: Math.round(positive(env, 'BRANDGAP_DB_MEMORY_MB', DEFAULT_DB_MEMORY_MB)),
    demoDbPath: 'data/demo.duckdb',
    webDist: env.BRANDGAP_WEB_DIST || 'web/dist',
    minN: Number(env.BRANDGAP_MIN_N ?? 30),
    maxUploadBytes: Math.round(positive(env, 'BRANDGAP_MAX_UPLOAD_MB', 200) * 1024 * 1024),
    maxUploadsPerUser: Math.floor(positive(env, 'BRANDGAP_UPLOADS_PER_USER', 2)),
    maxJsonBytes: Math.round(positive(env, 'BRANDGAP_MAX_JSON_KB', 1024) * 1024),
    sessionHours: positive(env, 'BRANDGAP_SESSION_HOURS', 12),
    loginAttempts: Math.floor(positive(env, 'BRANDGAP_LOGIN_ATTEMPTS', 5)),
    loginWindowMinutes: positive(env, 'BRANDGAP_LOGIN_WINDOW_MIN', 15),
    trustProxy: env.BRANDGAP_TRUST_PROXY === '1' || env.BRANDGAP_TRUST_PROXY === 'true',
    uploadDir: env.BRANDGAP_UPLOAD_DIR || null,
    parseTimeoutMs: Math.round(positive(env, 'BRANDGAP_PARSE_TIMEOUT_MIN', 30) * 60_000),
    parseLimits: {
      memoryMb: Math.round(positive(env, 'BRANDGAP_PARSE_MEMORY_MB', PARSE_MEMORY_MB)),
      maxExpandedBytes: Math.round(positive(env, 'BRANDGAP_MAX_EXPANDED_MB', READ_LIMITS.maxExpandedBytes / 2 ** 20) * 2 ** 20),
      maxRecordChars: Math.round(positive(env, 'BRANDGAP_MAX_RECORD_KB', READ_LIMITS.maxRecordChars / 1024) * 1024),
      maxTextChars: Math.floor(positive(env, 'BRANDGAP_MAX_TEXT_CHARS', READ_LIMITS.maxTextChars)),
      maxSegments: Math.floor(positive(env, 'BRANDGAP_MAX_SEGMENTS', READ_LIMITS.maxSegments)),
    },
    backupDir: env.BRANDGAP_BACKUP_DIR || 'data/backups',
    lakeDir: env.BRANDGAP_LAKE_DIR || null,
  };
}
