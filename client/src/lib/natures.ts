/** The natures a list of collectivités can be filtered by; '' for all. */
export const NATURE_CHOICES = ['', 'COMMUNE', 'EPCI', 'DEPARTEMENT', 'REGION', 'AUTRE'] as const;
