import { describe, expect, it } from 'vitest';
import { parseId } from '../../server/ids.ts';
import { departementCode, regionCode } from '../../server/input/codes.ts';
import { cursorFor, pageWindow } from '../../server/input/pages.ts';
import { fold, luceneQuery } from '../../server/input/text.ts';
import { parseMigration } from '../../server/graph/migrations.ts';
import { loadConfig } from '../../server/config.ts';

describe('ids', () => {
  it('maps each prefix to its label and keeps the natural key', () => {
    expect(parseId('commune:2A004')).toEqual({ prefix: 'commune', label: 'Commune', key: '2A004' });
    expect(parseId('epci:200040392').label).toBe('Epci');
    expect(parseId('departement:971').label).toBe('Departement');
    expect(parseId('organisme:sdis-34').label).toBe('AutreOrganisme');
    expect(parseId('opsn:e-collectivites-vendee').label).toBe('Opsn');
  });

  it.each([
    '',
    ':',
    'commune',
    'commune:',
    'commune:123',
    'epci:12',
    'region:1',
    'opsn:Megalis',
    'opsn:a b',
    'constructor:x',
    'toString:1',
  ])('refuses %j', (id) => {
    expect(() => parseId(id)).toThrow(/Identifiant mal formé/);
  });
});

describe('pagination', () => {
  it('starts after the cursor it gave', () => {
    expect(pageWindow(undefined, undefined)).toEqual({ skip: 0, limit: 20 });
    expect(pageWindow(50, cursorFor(49))).toEqual({ skip: 50, limit: 50 });
  });

  it.each([0, -1, 501, 1.5])('refuses first = %d', (first) => {
    expect(() => pageWindow(first, null)).toThrow(/entre 1 et 500/);
  });

  it('refuses a forged cursor', () => {
    expect(() => pageWindow(10, Buffer.from('o:-1').toString('base64url'))).toThrow(/Curseur/);
    expect(() => pageWindow(10, 'x'.repeat(100))).toThrow(/Curseur/);
  });
});

describe('filter values', () => {
  it('accepts official codes only', () => {
    expect(departementCode('2A')).toBe('2A');
    expect(departementCode('976')).toBe('976');
    expect(departementCode(null)).toBeNull();
    expect(() => departementCode('20')).toThrow(/Département inconnu/);
    expect(regionCode('53')).toBe('53');
    expect(() => regionCode('05')).toThrow(/Région inconnue/);
  });

  it('turns text into a prefix query without accents, case or Lucene syntax', () => {
    expect(fold('Mégalis Bretagne')).toBe('megalis bretagne');
    expect(luceneQuery('Mégalis')).toBe('megalis*');
    expect(luceneQuery("Saint-Léger d'Œ")).toBe('saint* AND leger* AND d* AND œ*');
    expect(luceneQuery('title:(a OR b)~2 \\ "x"')).toBe(
      'title* AND a* AND or* AND b* AND 2* AND x*',
    );
    expect(luceneQuery('  ')).toBeNull();
    expect(luceneQuery('!!!')).toBe('');
    expect(() => luceneQuery('a'.repeat(201))).toThrow(/Texte trop long/);
  });
});

describe('migration files', () => {
  it('split into statements, comments dropped', () => {
    const text = `// a comment; with a semicolon\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n`;
    expect(parseMigration(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)',
    ]);
  });
});

describe('configuration', () => {
  it('has defaults that run locally', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_BOLT_PORT).toBe(7687);
  });

  it('lists every problem in one readable message', () => {
    expect(() => loadConfig({ PORT: 'abc', NEO4J_URI: 'http://x', NEO4J_HEAP: 'lots' })).toThrow(
      /Configuration invalide[\s\S]*PORT[\s\S]*NEO4J_URI[\s\S]*NEO4J_HEAP/,
    );
    expect(() => loadConfig({ NEO4J_URI: 'neo4j://db.example:7687' })).toThrow(
      /NEO4J_PASSWORD: requis/,
    );
  });
});
