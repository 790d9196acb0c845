import { describe, expect, it } from 'vitest';
import { csvField, fileSlug, toCsv } from '../../client/src/lib/csv.ts';

describe('CSV export', () => {
  it('quotes fields holding the separator, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('Saint-Denis')).toBe('Saint-Denis');
    expect(csvField('CC du Pays; de Dol')).toBe('"CC du Pays; de Dol"');
    expect(csvField('le "Mégalis"')).toBe('"le ""Mégalis"""');
    expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('defuses a formula hidden behind spaces, a byte-order mark or in full-width form', () => {
    for (const hidden of [
      ' =1+1',
      '   +cmd',
      '\u00A0=HYPERLINK("http://x")',
      '\u202F-2+3',
      '\uFEFF=1',
      '\u200B@SUM(A1)',
      '\uFF1D1+1',
      ' \uFF0B1',
      '\n=1',
    ]) {
      expect(csvField(hidden).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvField('Saint-Denis')).toBe('Saint-Denis');
    expect(csvField(' Paris')).toBe(' Paris');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+33')).toBe("'+33");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes numbers with a decimal comma, booleans in French, nothing for empty values', () => {
    expect(csvField(1234.5)).toBe('1234,5');
    expect(csvField(-2)).toBe('-2');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('oui');
    expect(csvField(false)).toBe('non');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('writes a header then one CRLF-terminated line per row', () => {
    const csv = toCsv(
      [
        { nom: 'Brest', population: 139_926 },
        { nom: 'Plouguerneau; Finistère', population: null },
      ],
      [
        { header: 'Commune', value: (r) => r.nom },
        { header: 'Population', value: (r) => r.population },
      ],
    );
    expect(csv).toBe('Commune;Population\r\nBrest;139926\r\n"Plouguerneau; Finistère";\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv([], [{ header: 'Nom', value: () => 'x' }])).toBe('Nom\r\n');
  });

  it('makes file names without accents or spaces', () => {
    expect(fileSlug('Mégalis Bretagne')).toBe('megalis-bretagne');
    expect(fileSlug("Centre de gestion de l'Aisne (CDG 02)")).toBe(
      'centre-de-gestion-de-l-aisne-cdg-02',
    );
    expect(fileSlug('***')).toBe('export');
  });
});
