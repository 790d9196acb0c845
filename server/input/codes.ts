/** Official codes of the current départements and régions (metropolitan France and DROM). */
import { createRequire } from 'node:module';
import { badInput } from '../errors.ts';
import { shown } from './text.ts';

const require = createRequire(import.meta.url);
let knownCodes: { departements: Set<string>; regions: Set<string> } | null = null;

function officialCodes() {
  if (!knownCodes) {
    type Entry = { code: string; zone: string };
    const inScope = (e: Entry) => e.zone === 'metro' || e.zone === 'drom';
    const departements =
      require('@etalab/decoupage-administratif/data/departements.json') as Entry[];
    const regions = require('@etalab/decoupage-administratif/data/regions.json') as Entry[];
    knownCodes = {
      departements: new Set(departements.filter(inScope).map((d) => d.code)),
      regions: new Set(regions.filter(inScope).map((r) => r.code)),
    };
  }
  return knownCodes;
}

export function departementCode(code: string | null | undefined): string | null {
  if (code == null) return null;
  if (!officialCodes().departements.has(code)) {
    throw badInput(
      `Département inconnu : « ${shown(code)} »`,
      `Unknown département "${shown(code)}"`,
    );
  }
  return code;
}

export function regionCode(code: string | null | undefined): string | null {
  if (code == null) return null;
  if (!officialCodes().regions.has(code)) {
    throw badInput(`Région inconnue : « ${shown(code)} »`, `Unknown région "${shown(code)}"`);
  }
  return code;
}

/** A list of 1 to 101 département codes, each known, each once. */
export function departementCodes(codes: readonly string[]): string[] {
  if (codes.length < 1 || codes.length > 101) {
    throw badInput('Donnez de 1 à 101 départements', 'Give 1 to 101 départements');
  }
  for (const code of codes) departementCode(code);
  return [...new Set(codes)];
}
