/** @skip and @include, with literals or variables: a field left out is not read. */
import { describe, expect, it } from 'vitest';
import { cypher, translate } from './translate.ts';

const FICHE = `query($avecTerritoire: Boolean!, $sansSigle: Boolean!) {
  node(id: "opsn:megalis") { ... on Opsn {
    nom
    sigle @skip(if: $sansSigle)
    territoire @include(if: $avecTerritoire) { code }
  } }
}`;

describe('@skip and @include', () => {
  it('reads the fields the variables keep', async () => {
    const [read] = await translate(FICHE, { avecTerritoire: true, sansSigle: false });

    expect(read!.cypher).toBe(
      cypher(`n {.id, .nom, .sigle, __sel: {territoire: COLLECT {
        MATCH (n)-[r2:INTERVIENT_DANS]->(v1:Departement) WITH v1, r2 ORDER BY v1.code
        RETURN {node: v1 {.id, .code}, rel: {}} }}}`),
    );
  });

  it('leaves out the fields the variables skip, relationships included', async () => {
    const [read] = await translate(FICHE, { avecTerritoire: false, sansSigle: true });

    expect(read).toEqual({ cypher: 'n {.id, .nom}', params: {} });
  });

  it('applies directives on fragments too', async () => {
    const [read] = await translate(`{ node(id: "opsn:megalis") {
      ... on Opsn @include(if: false) { nom }
      ...Sigle @skip(if: false)
    } }
    fragment Sigle on Opsn { sigle }`);

    expect(read).toEqual({ cypher: 'n {.id, .sigle}', params: {} });
  });
});
