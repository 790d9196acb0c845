import { describe, expect, it } from 'vitest';
import { buildCollectivites } from '../../seeds/collectivites.ts';
import { calibrate, missedTargets, operatorFigures } from '../../seeds/demo/calibration.ts';
import { generateDemoGraph, type DemoGraph } from '../../seeds/demo/generate.ts';
import { createRandom } from '../../seeds/demo/random.ts';
import { adhesionsOn, HISTORY_END, STUDY_DAY } from '../../seeds/demo/plan-history.ts';
import { median } from '../../server/analyses/panorama.ts';
import { REGISTER_SAMPLE_SOURCE, registerOperators } from '../../seeds/demo/register.ts';
import { DEFAULT_DEMO_SEED, DemoCalibrationError, demoReferences } from '../../seeds/load-demo.ts';
import { EDITEURS, OPERATEURS } from '../../seeds/study-actors.ts';

const collectivites = buildCollectivites();
const register = registerOperators(collectivites, OPERATEURS);
const demo = generateDemoGraph({ collectivites, seed: DEFAULT_DEMO_SEED, register });
const OTHER_SEED = 7;
const other = generateDemoGraph({ collectivites, seed: OTHER_SEED, register });

const communeDep = new Map(collectivites.communes.map((c) => [c.id, c.departement]));
const epciDeps = new Map(collectivites.epcis.map((e) => [e.id, e.departements]));
const regionDeps = new Map<string, string[]>();
for (const d of collectivites.departements) {
  regionDeps.set(`region:${d.region}`, [...(regionDeps.get(`region:${d.region}`) ?? []), d.code]);
}

function territories(graph: DemoGraph): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const o of OPERATEURS) map.set(`opsn:${o.key}`, new Set(o.territoire.value));
  for (const o of register) if (!o.named) map.set(o.id, new Set(o.departements));
  for (const o of graph.opsns) map.set(o.id, new Set(o.territoire));
  return map;
}

/** Départements where a collectivité lies (a région: all of its départements). */
function locate(graph: DemoGraph, id: string): string[] {
  if (id.startsWith('commune:')) return [communeDep.get(id) ?? '?'];
  if (id.startsWith('epci:')) return epciDeps.get(id) ?? ['?'];
  if (id.startsWith('departement:')) return [id.slice('departement:'.length)];
  if (id.startsWith('region:')) return regionDeps.get(id) ?? ['?'];
  const organisme = graph.autresOrganismes.find((o) => o.id === id);
  return [organisme?.departement ?? '?'];
}

/** The operator's members in force on the study's day (the demo's today without its history). */
function membersOf(graph: DemoGraph, opsn: string, day = STUDY_DAY): string[] {
  return adhesionsOn(graph.adhesions, day)
    .filter((a) => a.opsn === opsn)
    .map((a) => a.collectivite);
}

describe('random', () => {
  it('repeats the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: number) => {
      const rng = createRandom(seed);
      return [rng.next(), rng.int(1, 6), rng.shuffle([1, 2, 3, 4, 5]), rng.fork('x').next()];
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('draws weighted samples without replacement', () => {
    const rng = createRandom(3);
    const sample = rng.weightedSample([1, 2, 3, 4, 5, 6], 4, (x) => (x === 6 ? 0 : x));
    expect(new Set(sample).size).toBe(4);
    expect(sample).not.toContain(6);
  });
});

describe('demo graph generator', () => {
  it('gives deep-equal graphs for the same seed', () => {
    const again = generateDemoGraph({ collectivites, seed: DEFAULT_DEMO_SEED, register });
    expect(again).toEqual(demo);
  });

  it('gives a different graph for another seed, which still hits every target', () => {
    expect(other.adhesions).not.toEqual(demo.adhesions);
    expect(missedTargets(calibrate(other, collectivites))).toEqual([]);
  });

  it('hits every exact target of the panorama for the default seed', () => {
    const rows = calibrate(demo, collectivites);
    const exact = rows.filter((r) => r.kind === 'exact');
    expect(exact.length).toBeGreaterThanOrEqual(17);
    for (const row of exact) {
      expect({ key: row.key, achieved: row.achieved, ok: row.ok }).toEqual({
        key: row.key,
        achieved: row.target,
        ok: true,
      });
    }
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey['adherents.total']?.achieved).toBe(18841);
    expect(byKey['adherents.median']?.achieved).toBe(429);
    expect(byKey['adherents.min']?.achievedOpsn?.toUpperCase()).toBe('COGITIS');
    expect(byKey['adherents.max']?.achievedOpsn).toBe('MEGALIS');
    expect(byKey['departementsCovered']?.achieved).toBe(62);
  });

  it('keeps the shares within one point', () => {
    const shares = calibrate(demo, collectivites).filter((r) => r.kind === 'share');
    expect(shares.map((r) => r.key).sort()).toEqual([
      'memberships.shareOfFrenchCommunes',
      'services.dematerialisation',
      'services.dpd',
      'services.marchesPublics',
    ]);
    for (const row of shares) expect(Math.abs(row.achieved - row.target)).toBeLessThanOrEqual(0.01);
  });

  it('reads the register’s sample as its import does: 28 operators kept, 8 of them named by the study', () => {
    expect(register).toHaveLength(28);
    expect(register.map((o) => o.id)).not.toContain('opsn:anct');
    expect(register.filter((o) => o.named).map((o) => o.named)).toEqual([
      'opsn:adico',
      'opsn:alpi',
      'opsn:atd24',
      'opsn:gip-recia',
      'opsn:megalis',
      'opsn:sitiv',
      'opsn:smica',
      'opsn:soluris',
    ]);
    // ADM81's 11-digit SIRET: kept, known by its name, without a SIREN.
    expect(register.find((o) => o.id === 'opsn:adm81')).toMatchObject({
      nom: 'ADM81',
      siren: null,
      departements: ['81'],
    });
    expect(register.find((o) => o.id === 'opsn:gironde-numerique')).toMatchObject({
      siren: '200010049',
      statut: 'partenaire',
      departements: ['33'],
      source: REGISTER_SAMPLE_SOURCE,
    });
  });

  it('uses the register’s real operators, and invents only what no real one stands for', () => {
    const used = new Map(demo.registerOpsns.map((r) => [r.opsn, r]));
    const withTerritory = register.filter((o) => !o.named && o.departements.length > 0);
    // Every register operator with départements, and only those (ADICA has none).
    expect([...used.keys()].sort()).toEqual(withTerritory.map((o) => o.id).sort());
    expect(used.has('opsn:adica')).toBe(false);
    const realMembers = demo.registerOpsns.filter((r) => r.membreDeclic);
    const invented = demo.opsns.filter((o) => o.membreDeclic);
    expect(OPERATEURS.length + realMembers.length + invented.length).toBe(37);
    expect(realMembers.length).toBe(17);
    expect(invented).toHaveLength(6);
    expect(used.get('opsn:gironde-numerique')?.membreDeclic).toBe(true);
    expect(used.get('opsn:haute-garonne-numerique')?.membreDeclic).toBe(false);
    for (const r of demo.registerOpsns) {
      expect(r.values.every((v) => v.source === 'synthetic')).toBe(true);
      expect(r.notes.join(' ')).toMatch(/registre de l'ANCT/);
      expect(membersOf(demo, r.opsn).length).toBeGreaterThan(0);
    }
    // Their memberships are simulated.
    const real = new Set(used.keys());
    const sources = new Set(demo.adhesions.filter((a) => real.has(a.opsn)).map((a) => a.source));
    expect(sources).toEqual(new Set(['synthetic']));
    const others = demo.opsns.filter((o) => !o.membreDeclic);
    expect(others.length + demo.registerOpsns.filter((r) => !r.membreDeclic).length).toBe(10);
    for (const o of invented) expect(o.nom).toMatch(/^OPSN simulé — /);
    for (const o of others) expect(o.nom).toMatch(/^Opérateur simulé hors Déclic — /);
    for (const o of demo.opsns) {
      expect(o.id).toMatch(/^opsn:simule-[a-z0-9-]+$/);
      expect(o.source).toBe('synthetic');
    }
  });

  it('still invents 23 members and ten outsiders without the register', () => {
    const alone = generateDemoGraph({ collectivites, seed: DEFAULT_DEMO_SEED });
    expect(alone.registerOpsns).toEqual([]);
    expect(alone.opsns.filter((o) => o.membreDeclic)).toHaveLength(23);
    expect(alone.opsns.filter((o) => !o.membreDeclic)).toHaveLength(10);
    expect(missedTargets(calibrate(alone, collectivites))).toEqual([]);
  });

  it('puts every collectivité in its operator’s territory', () => {
    for (const graph of [demo, other]) {
      const territory = territories(graph);
      const outside = graph.adhesions.filter((a) => {
        const deps = territory.get(a.opsn);
        return !deps || !locate(graph, a.collectivite).every((d) => deps.has(d));
      });
      expect(outside).toEqual([]);
    }
  });

  it('keeps the named facts: SITIV’s 8 communes, ALPI in the Landes, Cogitis’s 7, SMICA’s 429', () => {
    const sitiv = OPERATEURS.find((o) => o.key === 'sitiv');
    const expected = (sitiv?.membresConnus ?? []).map((m) => `commune:${m.code}`).sort();
    expect(expected).toHaveLength(8);
    for (const graph of [demo, other]) {
      expect(membersOf(graph, 'opsn:sitiv').sort()).toEqual(expected);
      expect(new Set(membersOf(graph, 'opsn:alpi').flatMap((id) => locate(graph, id)))).toEqual(
        new Set(['40']),
      );
      expect(membersOf(graph, 'opsn:alpi').filter((id) => id.startsWith('commune:'))).toHaveLength(
        314,
      );
      expect(membersOf(graph, 'opsn:cogitis')).toHaveLength(7);
      expect(membersOf(graph, 'opsn:smica')).toHaveLength(429);
      expect(membersOf(graph, 'opsn:megalis')).toHaveLength(2000);
    }
    const sources = demo.adhesions.filter((a) => a.opsn === 'opsn:sitiv').map((a) => a.source);
    expect(new Set(sources)).toEqual(new Set([sitiv?.membresConnus[0]?.source]));
    expect(demo.autresOrganismes.map((o) => o.id)).toContain('organisme:eid-mediterranee');
  });

  it('has no duplicate ids and no duplicate edges', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(demo.opsns.map((o) => o.id));
    unique(demo.autresOrganismes.map((o) => o.id));
    unique(demo.editeurs.map((e) => e.id));
    unique(demo.logiciels.map((l) => l.id));
    unique(demo.opsnUpdates.map((u) => u.opsn));
    unique(demo.registerOpsns.map((u) => u.opsn));
    unique(demo.adhesions.map((a) => `${a.collectivite}>${a.opsn}`));
    unique(demo.propose.map((p) => `${p.opsn}>${p.service}`));
    unique(demo.edite.map((e) => `${e.editeur}>${e.logiciel}`));
    unique(demo.couvre.map((c) => `${c.logiciel}>${c.service}`));
    unique(demo.distribue.map((d) => `${d.opsn}>${d.logiciel}`));
    unique(demo.dpd.map((d) => d.collectivite));
    unique(demo.partenariats.map((p) => `${p.partenaire}>${p.cible}`));
    const real = new Set([
      ...OPERATEURS.map((o) => `opsn:${o.key}`),
      ...demo.registerOpsns.map((r) => r.opsn),
    ]);
    expect(demo.opsns.filter((o) => real.has(o.id))).toEqual([]);
  });

  it('gives every row a source', () => {
    const rows: Array<{ source: string }> = [
      ...demo.opsns,
      ...demo.autresOrganismes,
      ...demo.adhesions,
      ...demo.propose,
      ...demo.editeurs,
      ...demo.logiciels,
      ...demo.edite,
      ...demo.couvre,
      ...demo.distribue,
      ...demo.dpd,
      ...demo.partenariats,
      ...demo.opsnUpdates.flatMap((u) => u.values),
      ...demo.registerOpsns.flatMap((u) => u.values),
    ];
    const bad = rows.filter(
      (r) =>
        !(
          r.source === 'synthetic' ||
          /^public:\S/.test(r.source) ||
          r.source === 'etude-declic-2020'
        ),
    );
    expect(bad).toEqual([]);
  });

  it('fills only unknown facts of the named operators and explains the bent ones', () => {
    for (const update of demo.opsnUpdates) {
      const seed = OPERATEURS.find((o) => `opsn:${o.key}` === update.opsn);
      for (const v of update.values) {
        expect(seed?.[v.field]).toBeNull();
        expect(v.source).toBe('synthetic');
      }
    }
    const notes = (key: string) => demo.opsnUpdates.find((u) => u.opsn === `opsn:${key}`)?.notes;
    expect(notes('cogitis')?.join(' ')).toMatch(/EID Méditerranée/);
    expect(notes('megalis')?.join(' ')).toMatch(/64 membres statutaires/);
    const figures = operatorFigures(demo).filter((o) => o.membreDeclic);
    expect(figures.every((o) => o.agents !== null && o.populationDeclaree !== null)).toBe(true);
  });

  it('offers DPD only through operators offering it, ATD24 for 70 % of Dordogne', () => {
    const offering = new Set(
      demo.propose.filter((p) => p.service === 'service:dpd').map((p) => p.opsn),
    );
    const toOpsn = demo.dpd.filter((d) => d.dpd.startsWith('opsn:'));
    expect(toOpsn.every((d) => offering.has(d.dpd))).toBe(true);
    const dordogne = collectivites.communes.filter((c) => c.departement === '24').length;
    const atd = toOpsn.filter((d) => d.dpd === 'opsn:atd24').length;
    expect(Math.abs(atd / dordogne - 0.7)).toBeLessThan(0.005);
    const organismes = new Set(demo.autresOrganismes.map((o) => o.id));
    expect(
      demo.dpd.filter((d) => d.dpd.startsWith('organisme:')).every((d) => organismes.has(d.dpd)),
    ).toBe(true);
  });

  it('leaves white zones for cybersecurity and lets editors reach collectivités through operators', () => {
    const operators = OPERATEURS.length + demo.registerOpsns.length + demo.opsns.length;
    const cyber = demo.propose.filter((p) => p.service === 'service:cybersecurite').length;
    expect(cyber / operators).toBeGreaterThan(0.2);
    expect(cyber / operators).toBeLessThan(0.4);

    const editorOf = new Map<string, string>([['logiciel:i-parapheur', 'editeur:libriciel']]);
    for (const e of demo.edite) editorOf.set(e.logiciel, e.editeur);
    for (const editeur of EDITEURS) {
      const id = `editeur:${editeur.key}`;
      const operatorsReaching = new Set(
        demo.distribue.filter((d) => editorOf.get(d.logiciel) === id).map((d) => d.opsn),
      );
      expect(operatorsReaching.size, id).toBeGreaterThanOrEqual(3);
    }
    const whiteLabel = (logiciel: string) =>
      demo.distribue.filter((d) => d.logiciel === logiciel && d.mode === 'MARQUE_BLANCHE').length;
    const solurisSoftware = demo.edite.find((e) => e.editeur === 'opsn:soluris')?.logiciel ?? '';
    expect(whiteLabel(solurisSoftware)).toBeGreaterThanOrEqual(2);
    expect(whiteLabel('logiciel:i-parapheur')).toBeGreaterThanOrEqual(2);
  });

  it('gives legal forms in the study’s order: syndicats, then établissements publics', () => {
    for (const graph of [demo, other]) {
      const forms = [
        ...OPERATEURS.map((o) => o.formeJuridique.value),
        ...graph.opsns.filter((o) => o.membreDeclic).map((o) => o.formeJuridique),
        ...graph.registerOpsns
          .filter((r) => r.membreDeclic)
          .flatMap((r) => r.values.filter((v) => v.field === 'formeJuridique'))
          .map((v) => String(v.value)),
      ];
      const count = (...f: string[]) => forms.filter((x) => f.includes(x)).length;
      const syndicats = count('SYNDICAT_MIXTE', 'SYNDICAT_INTERCOMMUNAL');
      const publics = count('CENTRE_DE_GESTION', 'ETABLISSEMENT_PUBLIC');
      expect(syndicats).toBeGreaterThan(publics);
      expect(count('CENTRE_DE_GESTION')).toBeGreaterThan(count('ETABLISSEMENT_PUBLIC'));
      for (const form of ['AGENCE_TECHNIQUE', 'ASSOCIATION', 'GIP', 'SPL']) {
        expect(count(form)).toBeGreaterThan(0);
        expect(count(form)).toBeLessThan(publics);
      }
    }
  });

  it('lists what the loader expects to find in the database', () => {
    const refs = demoReferences(demo);
    expect(refs.federations).toEqual(['federation:declic']);
    expect(refs.opsns).toEqual(
      [...OPERATEURS.map((o) => `opsn:${o.key}`), ...demo.registerOpsns.map((r) => r.opsn)].sort(),
    );
    expect(refs.logiciels).toEqual(['logiciel:i-parapheur']);
    expect(refs.collectivites.some((id) => id.startsWith('organisme:'))).toBe(false);
  });
});

describe('the history after the study', () => {
  const withHistory = generateDemoGraph({
    collectivites,
    seed: DEFAULT_DEMO_SEED,
    register,
    history: true,
  });
  const TODAY = '2026-12-07';
  const declic = new Set(
    operatorFigures(withHistory)
      .filter((o) => o.membreDeclic)
      .map((o) => o.id),
  );
  const sigles = new Map(operatorFigures(withHistory).map((o) => [o.id, o.sigle]));
  /** The study's figures recounted by hand over the Déclic members' memberships in force on `day`. */
  function recount(day: string) {
    const perOperator = new Map<string, number>([...declic].map((id) => [id, 0]));
    const byKind = { commune: 0, epci: 0, departement: 0 };
    for (const a of adhesionsOn(withHistory.adhesions, day)) {
      if (!declic.has(a.opsn)) continue;
      perOperator.set(a.opsn, (perOperator.get(a.opsn) ?? 0) + 1);
      const kind = a.collectivite.slice(0, a.collectivite.indexOf(':'));
      if (kind in byKind) byKind[kind as keyof typeof byKind] += 1;
    }
    const sizes = [...perOperator.values()].sort((a, b) => a - b);
    const total = sizes.reduce((s, n) => s + n, 0);
    const holder = (n: number) =>
      [...perOperator.entries()].filter(([, v]) => v === n).map(([id]) => sigles.get(id));
    return {
      operators: sizes.length,
      total,
      mean: Math.floor(total / sizes.length),
      median: sizes[Math.floor((sizes.length - 1) / 2)],
      min: [sizes[0], holder(sizes[0] ?? 0)],
      max: [sizes[sizes.length - 1], holder(sizes[sizes.length - 1] ?? 0)],
      ...byKind,
      perOperator,
    };
  }

  it('gives the study’s figures exactly on the study’s day, the calibrated network', () => {
    const atStudy = recount(STUDY_DAY);
    expect({ ...atStudy, perOperator: undefined }).toEqual({
      operators: 37,
      total: 18841,
      mean: 509,
      median: 429,
      min: [7, ['Cogitis']],
      max: [2000, ['MEGALIS']],
      commune: 16339,
      epci: 1138,
      departement: 42,
      perOperator: undefined,
    });
    // The same memberships as the graph drawn without a history, operator by operator.
    const inForce = adhesionsOn(withHistory.adhesions, STUDY_DAY).map(({ fin: _fin, ...a }) => a);
    const without = generateDemoGraph({
      collectivites,
      seed: DEFAULT_DEMO_SEED,
      register,
      history: false,
    });
    expect(inForce).toEqual(without.adhesions);
    expect(withHistory).toEqual(demo);
    expect(missedTargets(calibrate(withHistory, collectivites))).toEqual([]);
  });

  it('grows after it: new memberships dated after the study, some ended, all simulated', () => {
    const today = recount(TODAY);
    expect(today.total).toBeGreaterThan(18841 * 1.05);
    expect(today.total).toBeLessThan(18841 * 1.25);
    expect(today.median).not.toBe(429);
    const added = withHistory.adhesions.filter((a) => a.depuis !== null && a.depuis > STUDY_DAY);
    const ended = withHistory.adhesions.filter((a) => a.fin !== undefined);
    expect(added.length).toBeGreaterThan(1000);
    expect(ended.length).toBeGreaterThan(100);
    for (const a of added) {
      const depuis = a.depuis ?? '';
      expect(depuis >= '2021-01-01' && depuis <= HISTORY_END, depuis).toBe(true);
      expect(a.source).toBe('synthetic');
    }
    for (const a of ended) {
      expect(a.source).toBe('synthetic');
      expect(a.depuis === null || a.depuis <= STUDY_DAY).toBe(true);
      expect((a.fin ?? '') > STUDY_DAY && (a.fin ?? '') <= HISTORY_END, a.fin).toBe(true);
    }
    // The named operators' members, taken from public facts, have no invented history.
    expect(membersOf(withHistory, 'opsn:sitiv', TODAY)).toHaveLength(8);
    expect(membersOf(withHistory, 'opsn:cogitis', TODAY)).toHaveLength(7);
    const again = generateDemoGraph({
      collectivites,
      seed: DEFAULT_DEMO_SEED,
      register,
      history: true,
    });
    expect(again.adhesions).toEqual(withHistory.adhesions);
  });

  it('keeps every new member in its operator’s territory and never twice', () => {
    const territory = territories(withHistory);
    const outside = withHistory.adhesions.filter(
      (a) => !locate(withHistory, a.collectivite).every((d) => territory.get(a.opsn)?.has(d)),
    );
    expect(outside).toEqual([]);
    const pairs = withHistory.adhesions.map((a) => `${a.collectivite}>${a.opsn}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('doubles ADICO in the year before the study (« +800, soit doublement en 1 an »)', () => {
    const before = membersOf(withHistory, 'opsn:adico', `${2018}-12-31`).length;
    const after = membersOf(withHistory, 'opsn:adico', `${2019}-12-31`).length;
    expect(after).toBe(1850);
    expect(after - before).toBeGreaterThanOrEqual(800);
    expect(after).toBe(2 * before);
  });
});

describe('calibration', () => {
  it('takes the median as the server does: the lower middle value for an even count', () => {
    const communes = collectivites.communes.slice(0, 100).map((c) => c.id);
    const sizes = [10, 20, 30, 40];
    const opsns = sizes.map((n, i) => ({
      ...demo.opsns[0]!,
      id: `opsn:simule-test-${i}`,
      membreDeclic: true,
    }));
    const graph: DemoGraph = {
      ...demo,
      opsns,
      opsnUpdates: [],
      registerOpsns: [],
      adhesions: sizes.flatMap((n, i) =>
        communes.slice(0, n).map((collectivite) => ({
          collectivite,
          opsn: `opsn:simule-test-${i}`,
          depuis: null,
          source: 'synthetic',
        })),
      ),
    };
    const rows = calibrate(graph, collectivites, { operateurs: [] });
    const row = (key: string) => rows.find((r) => r.key === key)?.achieved;
    expect(row('opsnMapped')).toBe(4);
    expect(row('adherents.total')).toBe(100);
    expect(row('adherents.median')).toBe(median(sizes));
    expect(row('adherents.median')).toBe(20);
  });
});

describe('loader errors', () => {
  it('names every missed target, in French and in English', () => {
    const rows = calibrate(demo, collectivites).map((r) =>
      r.key === 'adherents.total' ? { ...r, achieved: 18840, ok: false } : r,
    );
    const error = new DemoCalibrationError(DEFAULT_DEMO_SEED, missedTargets(rows));
    expect(error.message).toMatch(/rien n'a été écrit/);
    expect(error.message).toMatch(/nothing was written/);
    expect(error.message).toMatch(/adherents\.total.*18841.*18840/);
  });
});
