/**
 * bench/RESULTS.md is shared by several scripts: each owns the sections between its own
 * `<!-- NAME:start -->` and `<!-- NAME:end -->` markers and replaces only those.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RESULTS_FILE = fileURLToPath(new URL('./RESULTS.md', import.meta.url));

const TITLE = '# Benchmark results\n';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The file text with section `name` set to `markdown` (appended when it was absent). */
export function replaceSection(fileText: string, name: string, markdown: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const existing = new RegExp(`${escapeRegExp(start)}[\\s\\S]*?${escapeRegExp(end)}`);
  if (existing.test(fileText)) return fileText.replace(existing, () => block);
  const base = fileText.trim() === '' ? TITLE : fileText.replace(/\s*$/, '\n');
  return `${base}\n${block}\n`;
}

/** Replaces (or appends) one section of bench/RESULTS.md, leaving the others as they are. */
export function writeResultsSection(name: string, markdown: string, file = RESULTS_FILE): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, replaceSection(current, name, markdown));
}
