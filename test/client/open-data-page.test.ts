import { describe, expect, it } from 'vitest';
import { renderIndexHtml } from '../../server/publication/index-page.ts';

describe('the open-data page', () => {
  it('says when its files were made in French and links back to the application', () => {
    const html = renderIndexHtml({
      titre: 'Données ouvertes',
      description: 'Fichiers.',
      revision_graphe: 12,
      genere_le: '2026-12-07T15:20:00.000Z',
      format_csv: {},
      fichiers: [],
    } as unknown as Parameters<typeof renderIndexHtml>[0]);
    expect(html).toContain('<a href="/">← Retour à Maillage</a>');
    expect(html).toMatch(
      /<time datetime="2026-12-07T15:20:00.000Z">7 décembre 2026 à 16:20 \(heure de Paris\)<\/time>/,
    );
  });
});
