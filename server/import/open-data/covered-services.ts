/**
 * Which Maillage service (the métiers of the study, `service:<key>`) a register service covers,
 * told by its register type where that is plain: the ANSSI's services are cybersecurity, the
 * shared drive, messages, calendars, video and Grist collaborative tools, RDV Service Public a
 * relation with the public, Mes Adresses (the local address base) geographic information.
 * Other types (ProConnect, the ANCT's programmes, Administration +…) cover no métier of the
 * study that could be named without guessing: they stay distributions only.
 */
export const SERVICES_COVERED_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  anssi: ['service:cybersecurite'],
  drive: ['service:outils-collaboratifs'],
  messages: ['service:outils-collaboratifs'],
  personal: ['service:outils-collaboratifs'],
  grist: ['service:outils-collaboratifs'],
  rdvsp: ['service:gru'],
  bal: ['service:sig'],
};

export const servicesCoveredBy = (typeAnct: string): readonly string[] =>
  SERVICES_COVERED_BY_TYPE[typeAnct] ?? [];
