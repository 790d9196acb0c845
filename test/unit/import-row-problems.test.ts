/**
 * Every problem of a refused row is listed, not only the first: a row with a bad INSEE code
 * and a bad date is refused for both, each reason in French then English.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../server/import/csv.ts';
import type { ImportJob } from '../../server/import/job.ts';
import { IMPORT_JOBS } from '../../server/import/jobs.ts';
import { parseFile } from '../../server/import/parse-file.ts';
import { formatReport } from '../../server/import/report-text.ts';
import {
  emptyImportReport,
  type ImportReport,
  type ImportType,
} from '../../server/import/types.ts';

function refused(type: ImportType, text: string) {
  return parseFile(readCsv(text), IMPORT_JOBS[type] as ImportJob<string, unknown, unknown>).refused;
}

const bilingualReason = /^«.+ \/ ".+$/;

describe('a refused row', () => {
  it('lists a bad INSEE code and a bad date together (adhesions)', () => {
    const [problem, ...others] = refused(
      'adhesions',
      'opsn,code_insee,depuis,fin\nmegalis,96001,2020-02-30,2099-01-01\n',
    );
    expect(others).toEqual([]);
    expect(problem!.line).toBe(2);
    expect(problem!.reasons).toHaveLength(3);
    expect(problem!.reasons![0]).toContain('code INSEE de commune invalide « 96001 »');
    expect(problem!.reasons![1]).toContain('« depuis » : date invalide « 2020-02-30 »');
    expect(problem!.reasons![2]).toContain('« fin » : date dans le futur');
    for (const reason of problem!.reasons!) expect(reason).toMatch(bilingualReason);
    // The one-line reason existing clients read holds them all.
    expect(problem!.reason).toBe(problem!.reasons!.join(' ; '));
  });

  it('lists every bad field of a distribution, of a register operator and of a usage', () => {
    const [distribution] = refused('distributions', 'opsn,logiciel,mode\nMégalis!,pastell,vente\n');
    expect(distribution!.reasons).toEqual([
      expect.stringContaining('« opsn » : identifiant mal formé'),
      expect.stringContaining('« mode » : valeur « vente » inconnue'),
    ]);
    const [operator] = refused(
      'operateurs',
      'id;nom;statut;url;siret;services;departements\npas-un-uuid;;chef;javascript:alert(1);;;ZZZ\n',
    );
    expect(operator!.reasons!.length).toBe(5);
    expect(operator!.reason).toContain('« statut »');
    expect(operator!.reason).toContain('« departements »');
    const [usage] = refused('usages', 'siret;service;active\n21350238800018;x;peut-être\n');
    expect(usage!.reasons).toEqual([
      expect.stringContaining('« service »'),
      expect.stringContaining('« active »'),
    ]);
  });

  it('keeps a single reason as before', () => {
    const [problem] = refused('adhesions', 'opsn,code_insee\nmegalis,96001\n');
    expect(problem!.reasons).toHaveLength(1);
    expect(problem!.reason).toBe(problem!.reasons![0]);
  });

  it('is printed with each of its reasons', () => {
    const reasons = ['« a » : un / "a": one', '« b » : deux / "b": two'];
    const report: ImportReport = {
      ...emptyImportReport({
        type: 'adhesions',
        fileName: 'a.csv',
        source: 'import:declic:0123456789abcdef',
        bytes: 10,
        sha256: '0'.repeat(64),
        rows: 1,
        dryRun: false,
      }),
      refused: [{ line: 2, reason: reasons.join(' ; '), reasons }],
      refusedCount: 1,
      durationMs: 1,
    };
    const text = formatReport(report);
    expect(text).toContain(
      '  ligne 2 :\n    – « a » : un / "a": one\n    – « b » : deux / "b": two',
    );
  });
});
