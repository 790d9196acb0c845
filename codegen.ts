import type { CodegenConfig } from '@graphql-codegen/cli';

const record = (name: string) => `../graph/records.ts#${name}`;
const apiEnum = (name: string) => `../graph/enums.ts#${name}`;

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'server/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      // An enum taken from enumValues is re-exported as `export { X };`, which
      // verbatimModuleSyntax refuses for a type: made `export type { X };`.
      hooks: {
        afterOneFileWrite: [
          `node -e "const fs = require('fs'), f = process.argv[1]; fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/^export \\{ (\\w+) \\};$/gm, 'export type { \\$1 };'))"`,
        ],
      },
      config: {
        useTypeImports: true,
        contextType: '../context.ts#RequestContext',
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        mappers: {
          Node: record('NodeRecord'),
          Collectivite: record('CollectiviteRecord'),
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
          Adhesion: record('MembershipRecord'),
          Distribution: record('DistributionRecord'),
          Partenariat: record('PartnershipRecord'),
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
          CommuneEdge: record('Edge<CommuneRecord>'),
          EpciEdge: record('Edge<EpciRecord>'),
          DepartementEdge: record('Edge<DepartementRecord>'),
          RegionEdge: record('Edge<RegionRecord>'),
          CollectiviteEdge: record('Edge<CollectiviteRecord>'),
          OpsnEdge: record('Edge<OpsnRecord>'),
          EditeurEdge: record('Edge<EditeurRecord>'),
          LogicielEdge: record('Edge<LogicielRecord>'),
          ServiceEdge: record('Edge<ServiceRecord>'),
          PartenaireEdge: record('Edge<PartenaireRecord>'),
          Usage: '../graph/usages.ts#UsageRecord',
          UsageConnection: record('Page<UsageRecord>'),
          UsageEdge: record('Edge<UsageRecord>'),
          Serving: '../graph/serving.ts#ServingRow',
          Served: '../graph/serving.ts#ServedItem',
          ServedConnection: '../graph/serving.ts#ServedPage',
          ServedEdge: record('Edge<ServedItem>'),
          OverlapReport: '../graph/overlaps.ts#OverlapReportSource',
          DepartementCoverage: '../analyses/coverage.ts#DepartementCoverageFigures',
          DistributionReport: '../graph/distribution.ts#DistributionReportRow',
          DistributionChain: '../graph/distribution.ts#DistributionChainRow',
          RelayCandidate: '../graph/distribution.ts#RelayCandidateRow',
          SourcesOperateur: '../graph/sources.ts#SourcesReport',
          PorteePartenaire: '../graph/partnerships.ts#PartnerReachReport',
          OperateurAtteint: '../graph/partnerships.ts#ReachedOperatorRow',
          PorteeDepartement: '../graph/partnerships.ts#DepartementReach',
          Panorama: '../analyses/panorama.ts#Panorama as PanoramaAnswer',
          Evolution: '../graph/evolution.ts#EvolutionAnswer',
        },
        // The API's enums are the unions the graph layer stores (server/graph/enums.ts).
        enumValues: {
          FormeJuridique: apiEnum('FormeJuridique'),
          ModeDistribution: apiEnum('DistributionMode'),
          ServingWay: apiEnum('ServingWay'),
          NatureCollectivite: apiEnum('CollectiviteNature'),
          NatureEpci: apiEnum('EpciNature'),
          OrdreCollectivites: apiEnum('CollectiviteOrder'),
          CouvertureDepartement: apiEnum('DepartementCoverageKind'),
          TypeImport: '../import/types.ts#ImportTypeName',
          Provenance: '../analyses/provenance.ts#Provenance',
        },
      },
    },
    // The Vue client's operations (client/src/graphql/*.graphql), typed as TypedDocumentNode.
    // Components declare the fragment they render beside them (graphql() in the component, or
    // a .graphql file), masked: a page sees only its own fields of a child's fragment and hands
    // the child its reference, which the child reads with getFragmentData().
    'client/src/generated/': {
      documents: [
        'client/src/graphql/*.graphql',
        'client/src/**/*.vue',
        'client/src/**/*.ts',
        '!client/src/generated/**',
      ],
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        nonOptionalTypename: true,
      },
    },
    // possibleTypes and the id prefix → type table, read from the schema.
    'client/src/generated/schema-tables.ts': {
      plugins: ['./client/codegen/schema-tables.js'],
    },
  },
};

export default config;
