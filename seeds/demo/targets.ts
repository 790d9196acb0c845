/** The study's figures the demo graph must reproduce (server/reference/study-figures.json). */
import figures from '../../server/reference/study-figures.json' with { type: 'json' };

// ---------------------------------------------------------------------------------------------
// Targets (from the study's figures)
// ---------------------------------------------------------------------------------------------

const P = figures.panorama;

export const TARGETS = {
  opsnMapped: P.opsnMapped.exact,
  adherentsTotal: P.adherents.total.exact,
  adherentsMean: P.adherents.mean.exact,
  adherentsMedian: P.adherents.median.exact,
  adherentsMin: P.adherents.min.exact,
  adherentsMinOpsn: P.adherents.min.opsn,
  adherentsMax: P.adherents.max.exact,
  adherentsMaxOpsn: P.adherents.max.opsn,
  communes: P.memberships.communes.exact,
  shareOfFrenchCommunes: P.memberships.communes.shareOfFrenchCommunes,
  epci: P.memberships.epci.exact,
  departements: P.memberships.departements.exact,
  autres: P.memberships.autres.exact,
  populationDeclared: P.population.declaredTotal.exact,
  populationShare: P.population.declaredTotal.shareOfFrance,
  populationMaximilien: P.population.maximilien.exact,
  departementsCovered: P.departementsCovered.exact,
  agentsMin: P.agents.min.exact,
  agentsMax: P.agents.max.exact,
  agentsMean: P.agents.mean.exact,
  shareDematerialisation: P.serviceOfferShare.dematerialisation.share,
  shareMarchesPublics: P.serviceOfferShare.marchesPublics.share,
  shareDpd: P.serviceOfferShare.dpd.share,
  collectivitesWithOpsnDpo: figures.dpo.collectivitesWithOpsnDpo.exact,
  atd24DpdShare: 0.7,
} as const;

/** Operators outside Déclic, real or simulated (the study's map shows them in red). */
export const NON_MEMBER_COUNT = 10;
/** Share of all operators (members or not) offering cybersecurity, leaving white zones. */
export const CYBER_SHARE = 0.3;
export const STUDY_YEAR = 2020;
