/**
 * The generic peer's type definitions (@neo4j/graphql 7) over Maillage's database: the same
 * labels, relationships and properties, written as a user of the library would write them.
 * Relationship fields are lists (the library's rule since version 6); the one question the
 * generated API cannot express, "who serves this commune" (directly or through its EPCI), is a
 * `@cypher` field.
 */
export const peerTypeDefs = /* GraphQL */ `
  type Region @node {
    id: ID!
    code: String!
    nom: String!
    departements: [Departement!]! @relationship(type: "SITUE_DANS", direction: IN)
  }

  type Departement @node {
    id: ID!
    code: String!
    nom: String!
    region: [Region!]! @relationship(type: "SITUE_DANS", direction: OUT)
  }

  type Epci @node {
    id: ID!
    siren: String!
    nom: String!
    nature: String!
    population: Int
    departements: [Departement!]! @relationship(type: "SITUE_DANS", direction: OUT)
    membres: [Commune!]! @relationship(type: "MEMBRE_DE", direction: IN)
    adhesions: [Opsn!]! @relationship(type: "ADHERE_A", direction: OUT)
  }

  type Commune @node {
    id: ID!
    code: String!
    siren: String!
    nom: String!
    population: Int
    "Code of the département (indexed property), for filtering."
    codeDepartement: String! @alias(property: "departement")
    departement: [Departement!]! @relationship(type: "SITUE_DANS", direction: OUT)
    epci: [Epci!]! @relationship(type: "MEMBRE_DE", direction: OUT)
    adhesions: [Opsn!]! @relationship(type: "ADHERE_A", direction: OUT)
    "Operators the commune adheres to, directly or through its EPCI."
    servieParOperateurs: [Opsn!]!
      @cypher(
        statement: """
        CALL (this) {
          MATCH (this)-[:ADHERE_A]->(o:Opsn) RETURN o
          UNION
          MATCH (this)-[:MEMBRE_DE]->(:Epci)-[:ADHERE_A]->(o:Opsn) RETURN o
        }
        RETURN o ORDER BY o.nom, o.id
        """
        columnName: "o"
      )
  }

  type Service @node {
    id: ID!
    nom: String!
    famille: String!
  }

  type Editeur @node {
    id: ID!
    nom: String!
    logiciels: [Logiciel!]! @relationship(type: "EDITE", direction: OUT)
  }

  union Editant = Editeur | Opsn

  type Logiciel @node {
    id: ID!
    nom: String!
    licence: String
    editePar: [Editant!]! @relationship(type: "EDITE", direction: IN)
  }

  type Distribue @relationshipProperties {
    mode: String!
  }

  type Opsn @node {
    id: ID!
    nom: String!
    sigle: String
    membreDeclic: Boolean!
    services: [Service!]! @relationship(type: "PROPOSE", direction: OUT)
    distribue: [Logiciel!]!
      @relationship(type: "DISTRIBUE", direction: OUT, properties: "Distribue")
    adherents: [Commune!]! @relationship(type: "ADHERE_A", direction: IN)
  }
`;
