/** Fragments: named and inline, on the type itself, on an interface, on the members of a union. */
import { describe, expect, it } from 'vitest';
import { cypher, translate } from './translate.ts';

describe('fragments', () => {
  it('reads what a named fragment asks, merged with the fields beside it', async () => {
    const [read] = await translate(`{
      node(id: "opsn:megalis") { id ...Fiche ... on Opsn { sigle } }
    }
    fragment Fiche on Opsn { nom simule territoire { code } }`);

    expect(read).toEqual({
      cypher:
        cypher(`n {.id, .nom, .source, .sigle, __sel: {territoire: COLLECT { MATCH (n)-[r2:INTERVIENT_DANS]->(v1:Departement)
          WITH v1, r2 ORDER BY v1.code
          RETURN {node: v1 {.id, .code}, rel: {}} }}}`),
      params: {},
    });
  });

  it('projects each type of an interface apart, with the fields its own fragment adds', async () => {
    const [read] = await translate(`{ node(id: "epci:200040392") { ... on Epci {
      membres(first: 1) { edges { node { ...Nom } } }
    } } }
    fragment Nom on Collectivite { nom ... on Commune { population } }`);

    expect(read!.cypher).toBe(
      cypher(`n {.id, __sel: {membres: {total: 0, items: COLLECT {
        MATCH (v1:Commune)-[:MEMBRE_DE]->(n)
        WITH v1 ORDER BY v1.nom, v1.id SKIP $p2 LIMIT $p3
        RETURN v1 {.id, .nom, .population} }}}}`),
    );
  });

  it('reads the members of a union each with its own fields (CASE on the label)', async () => {
    const [read] = await translate(`{ node(id: "logiciel:i-parapheur") { ... on Logiciel {
      editePar { __typename ... on Editeur { nom statut } ... on Opsn { sigle } }
    } } }`);

    expect(read).toEqual({
      cypher: cypher(`n {.id, __sel: {editePar: COLLECT {
        MATCH (v1:Editeur|Opsn)-[r2:EDITE]->(n)
        WITH v1, r2 ORDER BY v1.nom, v1.id
        RETURN {node: CASE WHEN v1:Editeur THEN v1 {.id, .nom, .statut}
                           WHEN v1:Opsn THEN v1 {.id, .sigle} END, rel: {}} }}}`),
      params: {},
    });
  });

  it('leaves out a fragment on another type', async () => {
    const [read] = await translate(`{ node(id: "service:dpd") {
      ... on Service { nom } ... on Opsn { sigle } ... on Collectivite { source }
    } }`);

    expect(read).toEqual({ cypher: 'n {.id, .nom}', params: {} });
  });
});
