/**
 * Provisions and runs the project's own Neo4j (db/src/Launcher.java, jars from Maven Central).
 * Used by the main command when NEO4J_URI is not set, by the test setup and by db:start/db:stop.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { keptSecret } from './kept-secret.ts';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const DB_DIR = dirname(fileURLToPath(import.meta.url));
const LIB_DIR = join(DB_DIR, 'target', 'lib');
const CLASSES_DIR = join(DB_DIR, 'target', 'classes');
const LAUNCHER_SOURCE = join(DB_DIR, 'src', 'Launcher.java');
const READY_LINE = 'MAILLAGE_NEO4J_READY';

export interface LocalNeo4jOptions {
  /** Directory holding the database files; created when missing. */
  home: string;
  boltPort: number;
  password: string;
  heap?: string;
  pageCache?: string;
  startTimeoutMs?: number;
  log?: (message: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The launcher's process id. */
  pid: number;
  /** Resolves when the process has ended, whether stop() ended it or not. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

export class ProvisioningError extends Error {}

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

export function checkPrerequisites(): void {
  if (!commandWorks('java', ['-version'])) {
    throw new ProvisioningError(
      'Java 17 est introuvable : installez un JDK 17 (par exemple `apt install openjdk-17-jdk`) ou définissez NEO4J_URI. / ' +
        'Java 17 was not found: install a JDK 17 (for example `apt install openjdk-17-jdk`) or set NEO4J_URI.',
    );
  }
  if (!existsSync(LIB_DIR) && !commandWorks('mvn', ['-v'])) {
    throw new ProvisioningError(
      'Maven est introuvable : installez Maven 3 (par exemple `apt install maven`) ou définissez NEO4J_URI. / ' +
        'Maven was not found: install Maven 3 (for example `apt install maven`) or set NEO4J_URI.',
    );
  }
}

function jarsPresent(): boolean {
  return existsSync(LIB_DIR) && readdirSync(LIB_DIR).some((f) => f.startsWith('neo4j-bolt-'));
}

function launcherCompiled(): boolean {
  const compiled = join(CLASSES_DIR, 'Launcher.class');
  return existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(LAUNCHER_SOURCE).mtimeMs;
}

/** Fetches the Neo4j jars through Maven and compiles the launcher, once. */
export function provisionNeo4j(log: (message: string) => void = () => {}): void {
  checkPrerequisites();
  if (!jarsPresent()) {
    log('Téléchargement de Neo4j Community par Maven (une seule fois)…');
    const mvn = spawnSync('mvn', ['-q', '-B', '-f', join(DB_DIR, 'pom.xml'), 'package'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (mvn.status !== 0) {
      throw new ProvisioningError(
        `Maven n'a pas pu récupérer les jars de Neo4j (code ${mvn.status}). / Maven could not fetch the Neo4j jars.`,
      );
    }
  }
  if (!launcherCompiled()) {
    mkdirSync(CLASSES_DIR, { recursive: true });
    const javac = spawnSync(
      'javac',
      ['-cp', `${LIB_DIR}/*`, '-d', CLASSES_DIR, '--release', '17', LAUNCHER_SOURCE],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (javac.status !== 0) {
      throw new ProvisioningError(
        'La compilation du lanceur Neo4j a échoué (javac). / Compiling the Neo4j launcher failed (javac).',
      );
    }
  }
}

/** The password kept under the data directory, generated on first use. */
export function localPassword(dataDir: string): string {
  return keptSecret(dataDir, 'neo4j-password');
}

function launcherArgs(options: LocalNeo4jOptions): string[] {
  return [
    `-Xmx${options.heap ?? '768m'}`,
    '-XX:+UseG1GC',
    '-cp',
    `${CLASSES_DIR}:${LIB_DIR}/*`,
    'Launcher',
  ];
}

function launcherEnv(options: LocalNeo4jOptions, tiedToThisProcess: boolean): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MAILLAGE_NEO4J_HOME: resolve(options.home),
    MAILLAGE_NEO4J_PORT: String(options.boltPort),
    MAILLAGE_NEO4J_PASSWORD: options.password,
    MAILLAGE_NEO4J_PAGECACHE: options.pageCache ?? '256m',
    MAILLAGE_NEO4J_PARENT_PID: tiedToThisProcess ? String(process.pid) : '',
  };
}

async function waitForBolt(uri: string, password: string, deadline: number): Promise<void> {
  let lastError: unknown;
  while (Date.now() < deadline) {
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
      connectionTimeout: 2000,
      maxConnectionPoolSize: 1,
    });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await driver.close();
    }
  }
  throw new ProvisioningError(
    `Neo4j ne répond pas sur ${uri} dans le délai imparti. / Neo4j did not answer on ${uri} in time: ${String(lastError)}`,
  );
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveExit();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit();
    });
  });
}

function logFile(home: string): string {
  return join(home, 'launcher.log');
}

/**
 * Waits for the launcher's READY line in its log file. The launcher writes to a file rather
 * than a pipe so that it never depends on this process staying alive to read its output.
 */
async function waitForReadyLine(
  child: ChildProcess,
  log: string,
  from: number,
  deadline: number,
): Promise<void> {
  let exitCode: number | null = null;
  child.once('exit', (code) => {
    exitCode = code ?? -1;
  });
  while (Date.now() < deadline) {
    const text = readFileSync(log, 'utf8').slice(from);
    if (text.includes(READY_LINE)) return;
    if (exitCode !== null) {
      throw new ProvisioningError(
        `Neo4j s'est arrêté au démarrage (code ${exitCode}). / Neo4j exited while starting:\n${text.slice(-2000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new ProvisioningError(
    `Neo4j n'a pas démarré à temps (voir ${log}). / Neo4j did not start in time (see ${log}).`,
  );
}

function spawnLauncher(
  options: LocalNeo4jOptions,
  tiedToThisProcess: boolean,
): { child: ChildProcess; from: number } {
  mkdirSync(options.home, { recursive: true });
  const log = logFile(options.home);
  const from = existsSync(log) ? statSync(log).size : 0;
  const fd = openSync(log, 'a');
  const child = spawn('java', launcherArgs(options), {
    env: launcherEnv(options, tiedToThisProcess),
    stdio: ['ignore', fd, fd],
    detached: !tiedToThisProcess,
  });
  closeSync(fd);
  return { child, from };
}

/**
 * Starts Neo4j as a child of this process; it stops when stop() is called or when this
 * process ends, even by a crash (the launcher watches this process id).
 */
export async function startNeo4j(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  provisionNeo4j(options.log);
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  const { child, from } = spawnLauncher(options, true);
  try {
    await waitForReadyLine(child, logFile(options.home), from, deadline);
    await waitForBolt(uri, options.password, deadline);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const exited = new Promise<void>((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
  return {
    uri,
    user: 'neo4j',
    password: options.password,
    pid: child.pid ?? -1,
    exited,
    async stop() {
      child.kill('SIGTERM');
      await waitForExit(child, 30_000);
    },
  };
}

function pidFile(home: string): string {
  return join(home, 'launcher.pid');
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts Neo4j in the background (db:start); its pid is kept under the data directory. */
export async function startNeo4jDetached(options: LocalNeo4jOptions): Promise<string> {
  const log = options.log ?? (() => {});
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const existing = readPid(options.home);
  if (existing && processAlive(existing)) {
    log(`Neo4j tourne déjà (pid ${existing}) sur ${uri}.`);
    return uri;
  }
  provisionNeo4j(log);
  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  const { child, from } = spawnLauncher(options, false);
  child.unref();
  writeFileSync(pidFile(options.home), String(child.pid));
  await waitForReadyLine(child, logFile(options.home), from, deadline);
  await waitForBolt(uri, options.password, deadline);
  return uri;
}

function readPid(home: string): number | null {
  const file = pidFile(home);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Stops the background Neo4j started by startNeo4jDetached; true when one was running. */
export async function stopNeo4jDetached(home: string, timeoutMs = 30_000): Promise<boolean> {
  const pid = readPid(home);
  if (!pid || !processAlive(pid)) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}
