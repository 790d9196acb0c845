// The most populous communes of a white zone read in order of population, stopping at the
// first ones out of reach (partnerReach), instead of every commune of France read and sorted.
CREATE INDEX commune_population IF NOT EXISTS FOR (n:Commune) ON (n.population);
