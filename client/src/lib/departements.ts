/** Département codes and names the client needs before any query answers (map outlines, DROM). */

export const DROM = [
  { code: '971', nom: 'Guadeloupe' },
  { code: '972', nom: 'Martinique' },
  { code: '973', nom: 'Guyane' },
  { code: '974', nom: 'La Réunion' },
  { code: '976', nom: 'Mayotte' },
];

/** Sorts département codes as the INSEE does: 01…19, 2A, 2B, 21…95, 971…976. */
export function compareCodes(a: string, b: string): number {
  const key = (code: string) => (code === '2A' ? 20.1 : code === '2B' ? 20.2 : Number(code));
  return key(a) - key(b);
}
