/**
 * `npm run bench:files`: the peak memory of reading a file as an import reads it (before the
 * database: format checks, inflation, XLSX parts, CSV records and each row's own checks), for
 * a legitimate 100 MB file and for each file built to exhaust memory, each in a process of its
 * own (bench/read-file-child.ts). The files are generated in a temporary folder, then removed.
 * Writes its own section of bench/RESULTS.md (`files`).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { banaticWorkbook, hugeSharedString, rowNumbered } from './hostile-workbooks.ts';
import { writeResultsSection } from './results-file.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1024 * 1024;

interface Case {
  name: string;
  what: string;
  type: string;
  make(path: string): Promise<void>;
}

/** Writes `total` bytes of `line` repeated (after `header`), gzipped when asked. */
async function repeated(
  path: string,
  header: string,
  line: (i: number) => string,
  total: number,
  gzip: boolean,
) {
  const file = createWriteStream(path);
  const out = gzip ? createGzip({ level: 9 }) : null;
  out?.pipe(file);
  const target = out ?? file;
  let written = 0;
  let i = 0;
  const write = async (text: string) => {
    written += text.length;
    if (!target.write(text)) await once(target, 'drain');
  };
  await write(header);
  while (written < total) {
    let block = '';
    for (let j = 0; j < 10_000; j += 1) block += line(i++);
    await write(block);
  }
  target.end();
  await once(file, 'close');
}

/** A SIREN with a valid check digit (Luhn), from 8 digits. */
function siren(eight: number): string {
  const digits = String(eight % 1e8).padStart(8, '0');
  for (let check = 0; check <= 9; check += 1) {
    const candidate = `${digits}${check}`;
    let sum = 0;
    for (let k = 0; k < 9; k += 1) {
      let d = Number(candidate[8 - k]);
      if (k % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

const adherent = (i: number) =>
  `${siren(21000000 + i)}00017;7e7ff701-de04-476e-bfca-${String(i % 1e12).padStart(12, '0')}\n`;

const CASES: Case[] = [
  {
    name: 'adherents-100mb.csv',
    what: 'legitimate: 100 MB of ANCT adherents (≈ 1.9 M rows), plain CSV',
    type: 'adherents',
    make: (path) => repeated(path, 'organisation_siret;operateur_id\n', adherent, 100 * MB, false),
  },
  {
    name: 'adherents-100mb.csv.gz',
    what: 'legitimate: the same 100 MB, gzip',
    type: 'adherents',
    make: (path) => repeated(path, 'organisation_siret;operateur_id\n', adherent, 100 * MB, true),
  },
  {
    name: 'bombe-3gb.csv.gz',
    what: 'gzip bomb: 3 GB of one row, gzip -9',
    type: 'adherents',
    make: (path) =>
      repeated(
        path,
        'organisation_siret;operateur_id\n',
        () => '21350001000017;12\n',
        3 * 1024 * MB,
        true,
      ),
  },
  {
    name: 'ligne-200000000.xlsx',
    what: 'XLSX: one row numbered 200,000,000',
    type: 'banatic',
    make: (path) => banaticWorkbook(path, rowNumbered(200_000_000)).then(() => {}),
  },
  {
    name: 'chaine-300mb.xlsx',
    what: 'XLSX: one shared string of 300 MB',
    type: 'banatic',
    make: (path) => banaticWorkbook(path, hugeSharedString(300 * MB)).then(() => {}),
  },
  {
    name: 'refusees-50mb.csv',
    what: '50 MB CSV whose every row is refused (dry run)',
    type: 'adhesions',
    make: (path) =>
      repeated(
        path,
        'opsn,code_insee,depuis\n',
        (i) => `inconnu-${i},XXXXX,pas-une-date\n`,
        50 * MB,
        false,
      ),
  },
];

interface Measure {
  outcome: string;
  rows?: number;
  refused?: number;
  message?: string;
  seconds?: number;
  peakMiB: number;
}

function readInChild(path: string, type: string): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/read-file-child.ts', path, type],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as Measure);
      } catch {
        resolve({ outcome: `crashed (code ${code}, signal ${signal})`, peakMiB: Number.NaN });
      }
    });
  });
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'maillage-files-'));
  const rows: string[] = [];
  try {
    for (const c of CASES) {
      const path = join(folder, c.name);
      process.stderr.write(`${c.name}: generating…\n`);
      await c.make(path);
      const bytes = statSync(path).size;
      const measure = await readInChild(path, c.type);
      rmSync(path, { force: true });
      process.stderr.write(`${c.name}: ${JSON.stringify(measure)}\n`);
      const result =
        measure.outcome === 'read'
          ? `read: ${measure.rows?.toLocaleString('en')} rows (${measure.refused?.toLocaleString('en')} refused) in ${measure.seconds?.toFixed(1)} s`
          : measure.outcome === 'refused'
            ? `refused: « ${measure.message
                ?.split(' / ')[0]
                ?.replace(/^.*?: /, '')
                .replace(`${folder}/`, '')} »`
            : measure.outcome;
      rows.push(
        `| ${c.what} | ${(bytes / MB).toFixed(bytes < MB ? 3 : 1)} MB | ${result} | ${Math.round(measure.peakMiB)} MiB |`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const markdown = [
    '## Files read in bounded memory',
    '',
    `Command: \`npm run bench:files\` — each file generated, then read as an import reads it before the database (format checks, inflation, XLSX parts, CSV records, each row's own checks) by \`bench/read-file-child.ts\` in a process of its own; "peak" is that process's VmHWM, Node and tsx included (≈ 100 MiB for an empty run). Date: ${new Date().toISOString()}.`,
    '',
    '| File | Size on disk | Outcome | Peak memory |',
    '|---|---:|---|---:|',
    ...rows,
    '',
    'Before this work (issue 25): the 3 GB gzip bomb took 6.3 GB then crashed V8, the 200,000,000th row 1.8 GB then `invalid size error`, the 300 MB shared string 2.4 GB, the 50 MB refused CSV 3.3 GB and 39 s.',
  ].join('\n');
  writeResultsSection('files', markdown);
  console.log(markdown);
}

await main();
