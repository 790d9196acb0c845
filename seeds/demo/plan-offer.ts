/**
 * 6, 8 and 9. What the operators offer (the study's three shares exactly, cybersecurity with
 * white zones, other métiers), whom they serve as DPD, and their partnerships.
 */
import { PARTENAIRES } from '../study-actors.ts';
import type { Atlas } from './atlas.ts';
import { SERVICE_WEIGHTS } from './catalogue.ts';
import { SYNTHETIC } from '../../server/graph/simulated.ts';
import type { DemoDpd, DemoPartenariat } from './model.ts';
import type { OrganismeCandidate, OrganismePool } from './organismes.ts';
import { PlanError, type Named, type Op } from './operators.ts';
import type { Random } from './random.ts';
import { CYBER_SHARE, TARGETS } from './targets.ts';
import { byString, randomDate, sum } from './util.ts';

export function planServices(members: Op[], nonMembers: Op[], named: Named, rng: Random): void {
  const maximilien = named('maximilien');
  const share = (target: number) => Math.round(target * members.length);
  const offer = (key: string, count: number, mustHave: Op[], exclude: Op[]) => {
    const must = mustHave.filter((o) => !exclude.includes(o));
    const rest = rng.shuffle(members.filter((o) => !must.includes(o) && !exclude.includes(o)));
    for (const o of [...must, ...rest].slice(0, count)) o.services.push(key);
  };
  // The three shares of the study, exactly; Maximilien offers marchés publics only.
  offer('dematerialisation', share(TARGETS.shareDematerialisation), [], [maximilien]);
  offer('marches-publics', share(TARGETS.shareMarchesPublics), [maximilien], []);
  offer('dpd', share(TARGETS.shareDpd), [named('adico'), named('atd24')], [maximilien]);
  for (const op of nonMembers) {
    for (const key of ['dematerialisation', 'marches-publics', 'dpd']) {
      if (rng.chance(0.8)) op.services.push(key);
    }
  }
  // Cybersecurity: about 30 % of all operators, so that coverage has white zones.
  const all = [...members, ...nonMembers];
  const cyber = rng
    .shuffle(all.filter((o) => o !== maximilien))
    .slice(0, Math.round(CYBER_SHARE * all.length));
  for (const o of cyber) {
    o.services.push('cybersecurite');
    if (rng.chance(0.5)) o.services.push('rssi-mutualise');
  }
  // Other métiers: most operators cover 10 to 20.
  // SOLURIS runs the départemental GIS platform Géo17 (public source).
  const soluris = named('soluris');
  if (!soluris.services.includes('sig')) soluris.services.push('sig');
  for (const o of all) {
    if (o === maximilien) continue;
    const wanted = rng.chance(0.8)
      ? rng.int(10, 20)
      : rng.chance(0.5)
        ? rng.int(6, 9)
        : rng.int(21, 24);
    const others = Object.keys(SERVICE_WEIGHTS).filter(
      (k) => !o.services.includes(k) && (SERVICE_WEIGHTS[k] ?? 0) > 0,
    );
    const extra = rng.weightedSample(
      others,
      Math.max(0, wanted - o.services.length),
      (k) => SERVICE_WEIGHTS[k] ?? 0,
    );
    o.services.push(...extra);
    o.services.sort(byString);
  }
  maximilien.services = ['marches-publics'];
}

/**
 * DESIGNE_DPD: 5,421 collectivités named an operator as their DPD (CNIL open data, study),
 * among them 70 % of Dordogne's communes for ATD24; a few communes named a centre de gestion.
 * A collectivité names one DPD, among the operators it adheres to that offer the service.
 */
export function planDpd(
  atlas: Atlas,
  pool: OrganismePool,
  allOps: Op[],
  named: Named,
  rng: Random,
): DemoDpd[] {
  const rows: DemoDpd[] = [];
  const designated = new Set<string>();
  const designate = (collectivite: string, dpd: string) => {
    designated.add(collectivite);
    rows.push({ collectivite, dpd, source: SYNTHETIC });
  };
  const offering = allOps.filter((o) => o.services.includes('dpd'));
  const atd24 = named('atd24');
  const adico = named('adico');
  const dordogne = atd24.members.filter(
    (m) => m.kind === 'commune' && atlas.communeByCode.get(m.id.slice(8))?.departement === '24',
  );
  const atdCount = Math.round((atlas.communesByDep.get('24') ?? []).length * TARGETS.atd24DpdShare);
  if (dordogne.length < atdCount)
    throw new PlanError('ATD24 : trop peu de communes adhérentes pour 70 % de DPD');
  for (const m of rng.shuffle(dordogne).slice(0, atdCount)) designate(m.id, atd24.id);
  const adicoCount = rng.int(800, 1000);
  const adicoMembers = rng.shuffle(
    adico.members.filter((m) => m.kind === 'commune' || m.kind === 'autre'),
  );
  for (const m of adicoMembers.slice(0, adicoCount))
    if (!designated.has(m.id)) designate(m.id, adico.id);

  const others = rng.shuffle(offering.filter((o) => o !== atd24 && o !== adico));
  const eligible = (o: Op) =>
    o.members.filter((m) => m.kind !== 'region' && m.kind !== 'departement');
  const wanted = others.map((o) => eligible(o).length * rng.float(0.1, 0.5));
  const budget = TARGETS.collectivitesWithOpsnDpo - rows.length;
  const scale = budget / Math.max(1, sum(wanted));
  let left = budget;
  others.forEach((o, i) => {
    const count = Math.max(0, Math.min(left, Math.round((wanted[i] as number) * scale)));
    const free = rng.shuffle(eligible(o).filter((m) => !designated.has(m.id))).slice(0, count);
    for (const m of free) designate(m.id, o.id);
    left -= free.length;
  });
  // Top up (or trim) to the exact figure.
  for (const o of others) {
    if (left <= 0) break;
    for (const m of rng.shuffle(eligible(o).filter((x) => !designated.has(x.id)))) {
      if (left <= 0) break;
      designate(m.id, o.id);
      left -= 1;
    }
  }
  if (rows.length !== TARGETS.collectivitesWithOpsnDpo) {
    throw new PlanError(
      `DPD : ${rows.length} désignations au lieu de ${TARGETS.collectivitesWithOpsnDpo}`,
    );
  }
  return [...rows, ...centreDeGestionDpd(atlas, pool, new Set(designated), rng)];
}

/** A few centres de gestion act as DPD for communes of their département. */
function centreDeGestionDpd(
  atlas: Atlas,
  pool: OrganismePool,
  designatedNow: ReadonlySet<string>,
  rng: Random,
): DemoDpd[] {
  const rows: DemoDpd[] = [];
  const cdgDeps = rng
    .shuffle(
      atlas.depCodes.filter(
        (d) => !atlas.isOverseas(d) && pool.of(d).some((c) => c.nature === 'centre de gestion'),
      ),
    )
    .slice(0, rng.int(3, 5))
    .sort(byString);
  for (const d of cdgDeps) {
    const cdg = pool.of(d).find((c) => c.nature === 'centre de gestion') as OrganismeCandidate;
    const share = rng.float(0.1, 0.3);
    for (const c of atlas.communesByDep.get(d) ?? []) {
      if (!designatedNow.has(c.id) && rng.chance(share))
        rows.push({ collectivite: c.id, dpd: cdg.id, source: SYNTHETIC });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 9. Partnerships
// ---------------------------------------------------------------------------------------------

export function planPartnerships(allOps: Op[], rng: Random): DemoPartenariat[] {
  const partnerIds = new Set(PARTENAIRES.map((p) => `partenaire:${p.key}`));
  const rows: DemoPartenariat[] = [];
  const add = (partenaire: string, ops: Op[], objet: string) => {
    if (!partnerIds.has(partenaire)) throw new Error(`Partenaire inconnu ${partenaire}`);
    for (const o of ops) {
      rows.push({
        partenaire,
        cible: o.id,
        objet,
        date: randomDate(rng, 2018, 2020),
        source: SYNTHETIC,
      });
    }
  };
  const members = allOps.filter((o) => o.membre && o.named?.key !== 'maximilien');
  add(
    'partenaire:banque-des-territoires',
    rng.shuffle(members).slice(0, rng.int(3, 5)),
    'Convention simulée : cofinancement de projets numériques des collectivités adhérentes',
  );
  add(
    'partenaire:anssi',
    rng.shuffle(allOps.filter((o) => o.services.includes('cybersecurite'))).slice(0, rng.int(2, 4)),
    "Partenariat simulé : accompagnement cybersécurité des adhérents, dans l'esprit de la convention ANSSI–Déclic",
  );
  add(
    'partenaire:anct',
    rng
      .shuffle(allOps.filter((o) => o.services.includes('mediation-inclusion')))
      .slice(0, rng.int(2, 3)),
    'Partenariat simulé : médiation et inclusion numériques sur le territoire',
  );
  return rows;
}
