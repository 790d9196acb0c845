import { describe, expect, it } from 'vitest';
import { planAdhesions } from '../../server/import/adhesions/plan.ts';
import { readCsv } from '../../server/import/csv.ts';
import type { ImportJob } from '../../server/import/job.ts';
import { IMPORT_JOBS } from '../../server/import/jobs.ts';
import { parseFile } from '../../server/import/parse-file.ts';
import type { ImportType } from '../../server/import/types.ts';

function check(type: ImportType, text: string) {
  return parseFile(readCsv(text), IMPORT_JOBS[type] as ImportJob<string, unknown, unknown>);
}

const refusedLines = (result: ReturnType<typeof check>) =>
  result.refused.map((problem) => problem.line);

describe('adhesions rows', () => {
  it('read ids or keys, INSEE codes missing their leading zero, SIRENs and both date styles', () => {
    const result = check(
      'adhesions',
      'opsn,code_insee,siren,depuis,fin\nopsn:megalis,1001,,01/03/2017,\nMEGALIS,,253 514 491,,2020-12-31\n',
    );
    expect(result.refused).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        row: {
          opsn: 'opsn:megalis',
          collectivite: { code: '01001' },
          depuis: '2017-03-01',
          fin: null,
        },
      },
      {
        line: 3,
        row: {
          opsn: 'opsn:megalis',
          collectivite: { siren: '253514491' },
          depuis: null,
          fin: '2020-12-31',
        },
      },
    ]);
  });

  it('refuse each malformed row with its line and a French / English reason', () => {
    const result = check(
      'adhesions',
      [
        'opsn,code_insee,siren,depuis,fin',
        'megalis,35238,,,', // 2: fine
        ',35238,,,', // 3: no operator
        'megalis,,,,', // 4: neither code nor SIREN
        'megalis,35238,213502388,,', // 5: both
        'megalis,96001,,,', // 6: not an INSEE code
        'megalis,,213502389,,', // 7: bad check digit
        'megalis,35238,,2020-02-30,', // 8: no such day
        'megalis,35238,,2099-01-01,', // 9: future
        'megalis,35238,,2020-01-01,2019-01-01', // 10: ends before it starts
        'opsn:Mégalis!,35238,,,', // 11: malformed id
        'megalis,35238,,,,extra', // 12: one field too many
      ].join('\n'),
    );
    expect(refusedLines(result)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const problem of result.refused) expect(problem.reason).toMatch(/^.+ \/ .+$/s);
    expect(result.refused.find((p) => p.line === 9)!.reason).toContain('futur');
  });

  it('refuse a file with neither code_insee nor siren column', () => {
    expect(() => check('adhesions', 'opsn,depuis\nmegalis,2020-01-01\n')).toThrow(
      /code_insee ou siren/,
    );
  });
});

describe('distributions rows', () => {
  it('read modes whatever their case, accents or spaces', () => {
    const result = check(
      'distributions',
      'Opsn;Logiciel;Mode;Fournisseur\nmegalis;pastell;marque blanche;opsn:soluris\nsoluris;pastell;Hébergement;\n',
    );
    expect(result.rows.map(({ row }) => row)).toMatchObject([
      {
        opsn: 'opsn:megalis',
        logiciel: 'logiciel:pastell',
        mode: 'MARQUE_BLANCHE',
        fournisseur: 'opsn:soluris',
      },
      { opsn: 'opsn:soluris', mode: 'HEBERGEMENT', fournisseur: null },
    ]);
  });

  it('refuse unknown modes, missing software and an operator supplying itself', () => {
    const result = check(
      'distributions',
      'opsn,logiciel,mode,fournisseur\nmegalis,pastell,VENTE,\nmegalis,,REVENTE,\nmegalis,pastell,SUPPORT,megalis\n',
    );
    expect(refusedLines(result)).toEqual([2, 3, 4]);
    expect(result.refused[0]!.reason).toContain('REVENTE, SUPPORT, MARQUE_BLANCHE, HEBERGEMENT');
  });

  it('refuse a file without a mode column', () => {
    expect(() => check('distributions', 'opsn,logiciel\nmegalis,pastell\n')).toThrow(
      /Missing required column: mode/,
    );
  });
});

describe('dpd rows (CNIL headers)', () => {
  const header =
    'SIREN organisme désignant;Nom organisme désignant;Type de DPO;Date de la désignation;SIREN organisme désigné;Nom organisme désigné';

  it('leave out internal DPOs and SIRENs that cannot be in the graph, and refuse bad dates', () => {
    const result = check(
      'dpd',
      [
        header,
        '213502388;COMMUNE DE RENNES;Personne morale;25/05/2018;253514491;MEGALIS', // 2: fine
        '212900195;COMMUNE DE BREST;Personne physique;25/05/2018;;', // 3: internal
        ';ASSOCIATION;Personne physique;25/05/2018;;', // 4: no SIREN
        '213502389;X;Personne morale;25/05/2018;253514491;MEGALIS', // 5: bad SIREN
        '213502388;X;Personne morale;25/13/2018;253514491;MEGALIS', // 6: bad date
        '213502388;X;Personne morale;2018-05-25;25351449;MEGALIS', // 7: bad designated SIREN
      ].join('\n'),
    );
    expect(result.rows).toEqual([
      {
        line: 2,
        row: {
          siren: '213502388',
          nom: 'COMMUNE DE RENNES',
          sirenDpd: '253514491',
          depuis: '2018-05-25',
        },
      },
    ]);
    expect(result.ignored.map((p) => p.line)).toEqual([3, 4, 5, 7]);
    expect(refusedLines(result)).toEqual([6]);
  });
});

describe('planning memberships', () => {
  const state = (
    collectivite: string,
    current: string | null | false,
    past = [] as object[],
    source: string | null = 'import:avant.csv',
  ) => ({
    collectivite,
    opsn: 'opsn:o',
    current: current !== false,
    depuis: current || null,
    source: current === false ? null : source,
    past: past as { depuis: string | null; fin: string | null }[],
  });
  const row = (line: number, collectivite: string, depuis: string | null, fin: string | null) => ({
    line,
    row: { collectivite, opsn: 'opsn:o', depuis, fin },
  });

  it('ends the current membership before opening the new one', () => {
    const plan = planAdhesions(
      [row(2, 'c', '2018-01-01', null), row(3, 'c', '2010-01-01', '2015-12-31')],
      [state('c', '2010-01-01')],
    );
    expect(plan).toMatchObject({ ended: 1, created: 1, updated: 0, unchanged: 0 });
    expect(plan.steps.map((step) => step.query.name)).toEqual([
      'importEndMemberships',
      'importCreateMemberships',
    ]);
  });

  it('records a past membership without touching a later current one, then finds it known', () => {
    const rows = [row(2, 'c', null, '2015-12-31')];
    const first = planAdhesions(rows, [state('c', '2018-01-01')]);
    expect(first).toMatchObject({ created: 1, ended: 0 });
    expect(first.steps[0]!.query.name).toBe('importCreatePastMemberships');
    const second = planAdhesions(rows, [
      state('c', '2018-01-01', [{ depuis: null, fin: '2015-12-31' }]),
    ]);
    expect(second).toMatchObject({ created: 0, unchanged: 1, steps: [] });
  });

  it('keeps a known start date when the file gives none', () => {
    const plan = planAdhesions([row(2, 'c', null, null)], [state('c', '2010-01-01')]);
    expect(plan).toMatchObject({ unchanged: 1, steps: [] });
  });

  it('makes a simulated membership the file names real, and counts it as confirmed', () => {
    const plan = planAdhesions(
      [row(2, 'c', null, null), row(3, 'd', null, '2015-12-31'), row(4, 'e', null, null)],
      [
        state('c', '2012-05-01', [], 'synthetic'),
        state('d', '2011-01-01', [], 'synthetic'),
        state('e', '2010-01-01'),
      ],
    );
    expect(plan).toMatchObject({ updated: 1, ended: 1, unchanged: 1, simulatedConfirmed: 2 });
    expect(plan.steps.map((step) => step.query.name)).toEqual([
      'importEndMemberships',
      'importUpdateMembershipDates',
    ]);
  });
});
