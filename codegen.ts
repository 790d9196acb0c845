import type { CodegenConfig } from '@graphql-codegen/cli';

const record = (name: string) => `../graph/records.ts#${name}`;

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'server/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.ts#RequestContext',
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        mappers: {
          Commune: record('CommuneRecord'),
          Epci: record('EpciRecord'),
          Departement: record('DepartementRecord'),
          Region: record('RegionRecord'),
          AutreOrganisme: record('AutreOrganismeRecord'),
          Opsn: record('OpsnRecord'),
          Federation: record('FederationRecord'),
          Editeur: record('EditeurRecord'),
          Logiciel: record('LogicielRecord'),
          Service: record('ServiceRecord'),
          Partenaire: record('PartenaireRecord'),
          Adhesion: record('AdhesionRecord'),
          Distribution: record('DistributionRecord'),
          Partenariat: record('PartenariatRecord'),
          Modification: '../graph/journal.ts#ModificationRecord',
          CommuneConnection: record('CommunePage'),
          EpciConnection: record('EpciPage'),
          DepartementConnection: record('DepartementPage'),
          RegionConnection: record('RegionPage'),
          CollectiviteConnection: record('CollectivitePage'),
          OpsnConnection: record('OpsnPage'),
          EditeurConnection: record('EditeurPage'),
          LogicielConnection: record('LogicielPage'),
          ServiceConnection: record('ServicePage'),
          PartenaireConnection: record('PartenairePage'),
          Serving: '../graph/serving.ts#ServingRow',
          Served: '../graph/serving.ts#ServedItem',
          ServedConnection: '../graph/serving.ts#ServedPage',
          OverlapReport: '../graph/overlaps.ts#OverlapReportSource',
          DepartementCoverage: '../graph/coverage.ts#DepartementCoverageSource',
          DistributionReport: '../graph/distribution.ts#DistributionReportRow',
          DistributionChain: '../graph/distribution.ts#DistributionChainRow',
          RelayCandidate: '../graph/distribution.ts#RelayCandidateRow',
        },
      },
    },
    // The Vue client's operations (client/src/graphql/*.graphql), typed as TypedDocumentNode.
    'client/src/generated/': {
      documents: ['client/src/graphql/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, nonOptionalTypename: true },
    },
    // possibleTypes and the id prefix → type table, read from the schema.
    'client/src/generated/schema-tables.ts': {
      plugins: ['./client/codegen/schema-tables.js'],
    },
  },
};

export default config;
