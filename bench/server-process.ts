/**
 * The API as it runs in production, in its own process (`tsx cli/start.ts`) over an existing
 * Neo4j, so that its memory can be read apart from the bench's own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident memory now and at its peak since start (VmRSS, VmHWM), in MiB. */
  memory(): { rssMiB: number; peakMiB: number };
  /** Forgets the peak so far (Linux: writing 5 to clear_refs resets VmHWM). */
  resetPeak(): void;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  port: number;
  neo4j: { uri: string; user: string; password: string };
  /** More settings of the server (for instance ANSWER_CACHE_MB=0). */
  env?: Record<string, string>;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function readStatusKiB(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}

/** True once the server answers; `init` makes the probe a POST (a GraphQL server alone). */
async function waitUntilReady(
  url: string,
  child: ChildProcess,
  init: RequestInit = {},
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, init);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not ready after ${timeoutMs} ms`);
}

/** Maillage's server (`cli/start.ts`), ready when its readiness route says so. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  return startScriptProcess('cli/start.ts', options, { path: '/health/ready' });
}

/** `{ __typename }` over POST: the probe for a server with no health route. */
export const GRAPHQL_PROBE = {
  path: '/graphql',
  init: {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  },
};

/**
 * Any server script of this repository (Maillage's, or a peer's under bench/) in production
 * mode, configured by PORT, HOST and NEO4J_*; ready once `ready.path` answers 2xx. Node is
 * started directly with tsx's loader (not through the tsx CLI, which would add a parent
 * process): the pid read is the one serving.
 */
export async function startScriptProcess(
  script: string,
  options: ServerProcessOptions,
  ready: { path: string; init?: RequestInit },
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      NEO4J_URI: options.neo4j.uri,
      NEO4J_USER: options.neo4j.user,
      NEO4J_PASSWORD: options.neo4j.password,
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilReady(`${base}${ready.path}`, child, ready.init);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid as number;
  return {
    url: `${base}/graphql`,
    pid,
    memory: () => ({
      rssMiB: readStatusKiB(pid, 'VmRSS') / 1024,
      peakMiB: readStatusKiB(pid, 'VmHWM') / 1024,
    }),
    resetPeak: () => {
      try {
        // Needs the same user as the child; when refused, the peak covers the whole life.
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
      } catch {
        // keep the lifetime peak
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}
