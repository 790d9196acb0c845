// @vitest-environment happy-dom
/**
 * What a service's coverage rests on: the API's `CoverageReport.provenance` when the page gives
 * it (Carte, Zones blanches), the graph's simulated share otherwise.
 */
import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { describe, expect, it } from 'vitest';
import CoverageProvenance from '../../client/src/components/CoverageProvenance.vue';
import type { Provenance } from '../../client/src/lib/provenance.ts';

/** A graph whose memberships and offers are nearly all simulated. */
const SIMULATION = {
  __typename: 'Simulation',
  presente: true,
  adhesions: 100,
  adhesionsSimulees: 98,
  partAdhesionsSimulees: 0.98,
  operateurs: 10,
  operateursSimules: 5,
  operateursAvecFaitsSimules: 1,
  offres: 20,
  offresSimulees: 18,
};

async function shown(provenance: Provenance | null | undefined, path = '/') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  });
  await router.push(path);
  const apollo = new ApolloClient({
    cache: new InMemoryCache(),
    link: new ApolloLink(
      () =>
        new Observable((observer) => {
          observer.next({ data: { simulation: SIMULATION } });
          observer.complete();
        }),
    ),
  });
  const wrapper = mount(CoverageProvenance, {
    props: provenance === undefined ? {} : { provenance },
    global: { plugins: [router], provide: { [DefaultApolloClient]: apollo } },
  });
  await flushPromises();
  return wrapper;
}

describe('CoverageProvenance', () => {
  it('says the report’s own provenance, whatever the graph’s simulated share', async () => {
    const real = await shown('REELLE');
    expect(real.text()).toContain('données réelles');
    expect(real.text()).not.toMatch(/simulé/);

    const mixed = await shown('MIXTE');
    expect(mixed.text()).toContain('réel et simulé');
    expect(mixed.text()).toContain('offres et des adhésions réelles et simulées');

    const simulated = await shown('SIMULEE');
    expect(simulated.text()).toContain('données simulées');
    expect(simulated.text()).toContain('ne décrit pas la réalité');
  });

  it('says nothing while the report is not there', async () => {
    expect((await shown(null)).find('[data-testid="couverture-provenance"]').exists()).toBe(false);
  });

  it('falls back on the graph’s simulated share when the page gives no report', async () => {
    const text = (await shown(undefined)).text();
    expect(text).toContain('réel et simulé');
    expect(text).toContain('18 offres de services sur 20');
  });

  it('says that only real data count under « données réelles seulement »', async () => {
    const text = (await shown('REELLE', '/?donnees=reelles')).text();
    expect(text).toContain('Seules les offres et les adhésions réelles');
  });
});
