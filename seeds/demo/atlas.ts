/** Index of the real collectivités the demo graph is drawn over. */
import type { Collectivites, CommuneRow, DepartementRow, EpciRow } from '../collectivites.ts';
import { byString, sum } from './util.ts';

export class Atlas {
  readonly departements = new Map<string, DepartementRow>();
  readonly regionNames = new Map<string, string>();
  readonly depsOfRegion = new Map<string, string[]>();
  readonly communesByDep = new Map<string, CommuneRow[]>();
  readonly communeByCode = new Map<string, CommuneRow>();
  readonly epciById = new Map<string, EpciRow>();
  readonly epciOfCommune = new Map<string, EpciRow>();
  readonly epcis: EpciRow[];
  readonly depCodes: string[];
  readonly populationOfDep = new Map<string, number>();
  readonly populationFrance: number;

  constructor(readonly data: Collectivites) {
    for (const r of data.regions) this.regionNames.set(r.code, r.nom);
    for (const d of [...data.departements].sort((a, b) => byString(a.code, b.code))) {
      this.departements.set(d.code, d);
      this.depsOfRegion.set(d.region, [...(this.depsOfRegion.get(d.region) ?? []), d.code]);
      this.communesByDep.set(d.code, []);
      this.populationOfDep.set(d.code, 0);
    }
    this.depCodes = [...this.departements.keys()];
    for (const c of [...data.communes].sort((a, b) => byString(a.code, b.code))) {
      this.communeByCode.set(c.code, c);
      this.communesByDep.get(c.departement)?.push(c);
      this.populationOfDep.set(
        c.departement,
        (this.populationOfDep.get(c.departement) ?? 0) + (c.population ?? 0),
      );
    }
    this.populationFrance = sum(data.communes.map((c) => c.population ?? 0));
    this.epcis = [...data.epcis].sort((a, b) => byString(a.siren, b.siren));
    for (const e of this.epcis) {
      this.epciById.set(e.id, e);
      for (const m of e.membres) this.epciOfCommune.set(m, e);
    }
  }

  dep(code: string): DepartementRow {
    const d = this.departements.get(code);
    if (!d) throw new Error(`Département inconnu : ${code} / unknown département`);
    return d;
  }

  communesIn(deps: readonly string[]): CommuneRow[] {
    return deps.flatMap((d) => this.communesByDep.get(d) ?? []);
  }

  /** EPCI whose every member commune lies in the given départements. */
  epcisWithin(deps: readonly string[]): EpciRow[] {
    const set = new Set(deps);
    return this.epcis.filter((e) => e.departements.every((d) => set.has(d)));
  }

  population(deps: readonly string[]): number {
    return sum(deps.map((d) => this.populationOfDep.get(d) ?? 0));
  }

  isOverseas(code: string): boolean {
    return code.length === 3;
  }
}
