/** The open-data page says which file holds what: the register's services in both files. */
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../server/publication/datasets.ts';
import {
  CSV_FORMAT,
  renderIndexHtml,
  WHAT_EACH_FILE_HOLDS,
  type PublishedFile,
} from '../../server/publication/index-page.ts';

const file = (nom: string): PublishedFile => ({
  nom,
  titre: nom,
  description: `<${nom}>`,
  lignes: 1,
  provenances: [],
  csv: { chemin: `${nom}.csv`, octets: 1 },
  json: { chemin: `${nom}.json`, octets: 1 },
  schema: `${nom}.schema.json`,
});

describe('the open-data page', () => {
  it('says which file holds the operators’ offered services and the register’s services', () => {
    const html = renderIndexHtml({
      titre: 'Maillage',
      description: 'd',
      revision_graphe: 3,
      genere_le: '2026-01-01T00:00:00.000Z',
      format_csv: CSV_FORMAT,
      fichiers: DATASETS.map((dataset) => file(dataset.name)),
    });
    const section = html.slice(html.indexOf('<h2>Quel fichier contient quoi</h2>'));
    expect(section).toMatch(
      /<li><a href="#services-proposes"><code>services-proposes<\/code><\/a> : [^<]*services du registre de l’ANCT qu’il offre/,
    );
    expect(section).toMatch(/<a href="#distributions">[^\n]*en mode SUPPORT/);
    // Every published dataset is said.
    expect(Object.keys(WHAT_EACH_FILE_HOLDS).sort()).toEqual(DATASETS.map((d) => d.name).sort());
    expect(html).toContain('&lt;distributions&gt;');
  });
});
