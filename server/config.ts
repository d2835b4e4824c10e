/** Runtime configuration, read once from the environment in an entry point and passed down. */
export type Config = {
  port: number;
  dbPath: string;
  demoDbPath: string;
  webDist: string;
  minN: number;
};

/** Pure: the config for an environment. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    dbPath: env.BRANDGAP_DB || 'data/brandgap.duckdb',
    demoDbPath: 'data/demo.duckdb',
    webDist: env.BRANDGAP_WEB_DIST || 'web/dist',
    minN: Number(env.BRANDGAP_MIN_N ?? 30),
  };
}
