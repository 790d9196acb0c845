/**
 * The real collectivités (INSEE's Code officiel géographique, as packaged by Etalab in
 * @etalab/decoupage-administratif), validated and shaped into rows for the loader.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';

const require = createRequire(import.meta.url);
export const SOURCE_COG = 'insee-cog';

const zone = z.enum(['metro', 'drom', 'com']);
const regionSchema = z.object({ code: z.string().regex(/^\d{2}$/), nom: z.string().min(1), zone });
const departementSchema = z.object({
  code: z.string().regex(/^(\d{2}|2A|2B|9\d{2})$/),
  nom: z.string().min(1),
  region: z.string().regex(/^\d{2}$/),
  zone,
});
const communeSchema = z.object({
  code: z.string().regex(/^(\d{5}|2[AB]\d{3})$/),
  nom: z.string().min(1),
  type: z.string(),
  zone,
  departement: z.string().optional(),
  region: z.string().optional(),
  siren: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
  population: z.number().int().nonnegative().optional(),
});
const epciSchema = z.object({
  code: z.string().regex(/^\d{9}$/),
  nom: z.string().min(1),
  type: z.enum(['CC', 'CA', 'CU', 'METRO', 'MET69']),
  populationMunicipale: z.number().int().nonnegative(),
  membres: z.array(z.object({ code: z.string(), nom: z.string() })).min(1),
});

export type NatureEpci = 'CC' | 'CA' | 'CU' | 'METRO';

export interface RegionRow {
  id: string;
  code: string;
  nom: string;
}
export interface DepartementRow {
  id: string;
  code: string;
  nom: string;
  region: string;
}
export interface CommuneRow {
  id: string;
  code: string;
  siren: string;
  nom: string;
  population: number | null;
  departement: string;
  region: string;
}
export interface EpciRow {
  id: string;
  siren: string;
  nom: string;
  nature: NatureEpci;
  /** INSEE's own category; the Métropole de Lyon (MET69) is a METRO with a special status. */
  natureInsee: string;
  population: number;
  departements: string[];
  membres: string[];
}
export interface Collectivites {
  regions: RegionRow[];
  departements: DepartementRow[];
  communes: CommuneRow[];
  epcis: EpciRow[];
}

export class ReferenceDataError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Données de référence invalides, rien n'a été écrit / invalid reference data, nothing was written:\n` +
        problems
          .slice(0, 20)
          .map((p) => `  - ${p}`)
          .join('\n') +
        (problems.length > 20
          ? `\n  … et ${problems.length - 20} autres / and ${problems.length - 20} more`
          : ''),
    );
  }
}

export interface RawReferenceData {
  regions: unknown[];
  departements: unknown[];
  communes: unknown[];
  epci: unknown[];
}

export function readEtalabPackage(): RawReferenceData {
  const dir = '@etalab/decoupage-administratif/data';
  return {
    regions: require(`${dir}/regions.json`) as unknown[],
    departements: require(`${dir}/departements.json`) as unknown[],
    communes: require(`${dir}/communes.json`) as unknown[],
    epci: require(`${dir}/epci.json`) as unknown[],
  };
}

function parseAll<T>(
  items: unknown[],
  schema: z.ZodType<T>,
  what: string,
  problems: string[],
): T[] {
  const parsed: T[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) parsed.push(result.data);
    else {
      const detail = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      problems.push(`${what} n°${index + 1}: ${detail}`);
    }
  });
  return parsed;
}

const inScope = (z: string) => z === 'metro' || z === 'drom';
/** Collectivités d'outre-mer (zone 'com') are out of scope; anything without a zone is kept to fail validation. */
const notOverseasCollectivity = (item: unknown) =>
  !(typeof item === 'object' && item !== null && (item as { zone?: unknown }).zone === 'com');

/**
 * Validates everything and returns the rows of metropolitan France and the DROM, or throws a
 * ReferenceDataError listing every problem (so that nothing is written from a bad file).
 */
export function buildCollectivites(raw: RawReferenceData = readEtalabPackage()): Collectivites {
  const problems: string[] = [];
  const regions = parseAll(
    raw.regions.filter(notOverseasCollectivity),
    regionSchema,
    'région',
    problems,
  ).filter((r) => inScope(r.zone));
  const departements = parseAll(
    raw.departements.filter(notOverseasCollectivity),
    departementSchema,
    'département',
    problems,
  ).filter((d) => inScope(d.zone));
  const communes = parseAll(
    raw.communes.filter(notOverseasCollectivity),
    communeSchema,
    'commune',
    problems,
  ).filter((c) => c.type === 'commune-actuelle' && inScope(c.zone));
  const epcis = parseAll(raw.epci, epciSchema, 'EPCI', problems);

  const regionCodes = new Set(regions.map((r) => r.code));
  const departementCodes = new Set(departements.map((d) => d.code));
  for (const d of departements) {
    if (!regionCodes.has(d.region))
      problems.push(`département ${d.code}: région ${d.region} inconnue`);
  }
  const communeRows: CommuneRow[] = [];
  for (const c of communes) {
    if (!c.siren) problems.push(`commune ${c.code}: SIREN manquant`);
    if (!c.departement || !departementCodes.has(c.departement))
      problems.push(`commune ${c.code}: département ${c.departement ?? '∅'} inconnu`);
    if (!c.region || !regionCodes.has(c.region))
      problems.push(`commune ${c.code}: région ${c.region ?? '∅'} inconnue`);
    communeRows.push({
      id: `commune:${c.code}`,
      code: c.code,
      siren: c.siren ?? '',
      nom: c.nom,
      population: c.population ?? null,
      departement: c.departement ?? '',
      region: c.region ?? '',
    });
  }
  const communeByCode = new Map(communeRows.map((c) => [c.code, c]));
  const epciRows: EpciRow[] = [];
  for (const e of epcis) {
    const departementsOfMembers = new Set<string>();
    for (const m of e.membres) {
      const commune = communeByCode.get(m.code);
      if (!commune)
        problems.push(`EPCI ${e.code}: membre ${m.code} n'est pas une commune actuelle`);
      else departementsOfMembers.add(commune.departement);
    }
    epciRows.push({
      id: `epci:${e.code}`,
      siren: e.code,
      nom: e.nom,
      nature: e.type === 'MET69' ? 'METRO' : e.type,
      natureInsee: e.type,
      population: e.populationMunicipale,
      departements: [...departementsOfMembers].sort(),
      membres: e.membres.map((m) => m.code),
    });
  }
  if (problems.length > 0) throw new ReferenceDataError(problems);
  return {
    regions: regions.map((r) => ({ id: `region:${r.code}`, code: r.code, nom: r.nom })),
    departements: departements.map((d) => ({
      id: `departement:${d.code}`,
      code: d.code,
      nom: d.nom,
      region: d.region,
    })),
    communes: communeRows,
    epcis: epciRows,
  };
}
