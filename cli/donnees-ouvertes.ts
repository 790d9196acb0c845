/**
 * `npm run donnees-ouvertes -- [--hors-ligne DIR] [--cache DIR] [--seulement types] [--dry-run]`:
 * downloads the ANCT register and BANATIC into the cache (`$MAILLAGE_DATA_DIR/donnees-ouvertes`
 * by default; a file fetched today is not fetched again), or takes them from DIR, then imports
 * them in order into NEO4J_URI or the project's own Neo4j. Exits with 1 when a file is refused.
 */
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { progressBar, type Progress } from '../seeds/progress.ts';
import { isOpenDataType, OPEN_DATA_TYPES } from '../server/import/types.ts';
import { formatOpenDataReport } from '../server/import/published/import-file.ts';
import { loadOpenData } from '../seeds/open-data/load.ts';
import { PUBLISHED_RESOURCES, type PublishedResource } from '../seeds/open-data/resources.ts';
import { exitWith, logToStderr as log, runWithDatabase } from './with-database.ts';

const USAGE = [
  `Usage : npm run donnees-ouvertes -- [--hors-ligne DOSSIER] [--cache DOSSIER] [--seulement ${OPEN_DATA_TYPES.join(',')}] [--dry-run]`,
  `Usage: npm run donnees-ouvertes -- [--hors-ligne DIR] [--cache DIR] [--seulement ${OPEN_DATA_TYPES.join(',')}] [--dry-run]`,
].join('\n');

function readArguments() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'hors-ligne': { type: 'string' },
      cache: { type: 'string' },
      seulement: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length > 0) throw new Error(USAGE);
  const only = values.seulement?.split(',').map((type) => type.trim());
  if (only?.some((type) => !isOpenDataType(type))) {
    throw new Error(USAGE);
  }
  return {
    offlineDir: values['hors-ligne'] ? resolve(values['hors-ligne']) : undefined,
    cacheDir: values.cache ? resolve(values.cache) : undefined,
    resources: PUBLISHED_RESOURCES.filter((r) => !only || only.includes(r.type)),
    dryRun: values['dry-run'],
  };
}

/** One bar per file and phase, started at its first report. */
function bars() {
  let current: { key: string; bar: Progress; shown: number } | null = null;
  return (key: string, label: string, done: number, total: number | null) => {
    if (current?.key !== key) {
      current?.bar.finish();
      // Without an announced size the bar counts kilobytes as they come.
      current = { key, bar: progressBar(label, total ?? 0), shown: 0 };
      if (total === null) process.stderr.write(`${label}…\n`);
    }
    current.bar.advance(done - current.shown);
    current.shown = done;
    if (total !== null && done >= total) {
      current.bar.finish();
      current = { key: `${key}:done`, bar: { advance() {}, finish() {} }, shown: done };
    }
  };
}

async function main(): Promise<number> {
  const args = readArguments();
  const show = bars();
  const label = (resource: PublishedResource, phase: string) =>
    `${phase} ${resource.fileName}`.slice(0, 28);
  return runWithDatabase(async (graph, config) => {
    const cacheDir = args.cacheDir ?? join(resolve(config.dataDir), 'donnees-ouvertes');
    log(
      args.offlineDir
        ? `Fichiers pris dans ${args.offlineDir} / Files taken from ${args.offlineDir}`
        : `Téléchargement dans ${cacheDir} / Downloading into ${cacheDir}`,
    );
    const loaded = await loadOpenData(graph, {
      resources: args.resources,
      cacheDir,
      offlineDir: args.offlineDir,
      dryRun: args.dryRun,
      author: { subject: `cli:${userInfo().username}`, role: 'cli' },
      log,
      onDownloadProgress: (r, received, total) =>
        show(`${r.type}:get`, label(r, 'Téléchargement'), received, total),
      onReadProgress: (r, read, total) => show(`${r.type}:read`, label(r, 'Lecture'), read, total),
      onWriteProgress: (r, done, total) =>
        show(`${r.type}:write`, label(r, 'Écriture'), done, total),
    });
    for (const { report } of loaded) console.log(`${formatOpenDataReport(report)}\n`);
    if (args.dryRun) {
      console.log(
        'Essai à blanc de l’ensemble : chaque fichier vérifié sur ce que les précédents auraient écrit, rien n’a été écrit / Dry run of the whole set: each file checked against what the previous ones would have written, nothing was written',
      );
    }
    const refused = loaded.find(({ report }) => report.refusedCount > 0);
    if (refused && loaded.length < args.resources.length) {
      log(
        `${refused.report.fileName} refusé : les fichiers suivants n'ont pas été importés / refused: the next files were not imported`,
      );
    }
    return refused ? 1 : 0;
  });
}

exitWith(main());
