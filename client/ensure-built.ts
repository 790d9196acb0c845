/**
 * Builds the Vue client when client/dist is missing or older than its sources, so that
 * `npm start` always serves an up-to-date interface without rebuilding it every time.
 * Run as a script (`tsx client/ensure-built.ts`) or imported (the e2e tests call it).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLIENT = fileURLToPath(new URL('.', import.meta.url));
export const DIST_INDEX = join(CLIENT, 'dist', 'index.html');
const SOURCES = ['src', 'index.html', 'vite.config.ts'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the client needs building, or null when client/dist is up to date. */
export function staleReason(): string | null {
  if (!existsSync(DIST_INDEX)) return 'client/dist est absent';
  const built = statSync(DIST_INDEX).mtimeMs;
  const sources = Math.max(...SOURCES.map((entry) => newestMtime(join(CLIENT, entry))));
  return sources > built ? 'client/src a changé depuis la dernière construction' : null;
}

export async function ensureClientBuilt(
  log: (message: string) => void = console.log,
): Promise<boolean> {
  const reason = staleReason();
  if (!reason) return false;
  log(`Construction du client (${reason})…`);
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: join(CLIENT, 'vite.config.ts'), logLevel: 'warn' });
  log(`Client construit en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureClientBuilt().catch((error: unknown) => {
    console.error(
      `La construction du client a échoué / client build failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
