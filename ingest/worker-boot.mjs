// Worker threads start as plain Node: register tsx here so the TypeScript worker can load.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
