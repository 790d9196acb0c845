/**
 * The organisation behind a write. What readers see on the data (`source`, `modifiePar`)
 * names who declared it — an operator, or Déclic's administration — never the
 * person who typed it; the person stays in the journal, for administrators only, and is
 * forgotten there after the retention period (PERSONAL_DATA_RETENTION_DAYS).
 */

/** The organisation of administrators and of the command-line tools. */
export const DECLIC_ADMINISTRATION = 'declic';

export interface Writer {
  role: string;
  /** The operator of an `opsn-editor`. */
  opsnId?: string;
}

/** Who a write is declared by: the editor's operator, else Déclic's administration. */
export function organisationOf(writer: Writer): string {
  return writer.role === 'opsn-editor' && writer.opsnId ? writer.opsnId : DECLIC_ADMINISTRATION;
}

/** The default `source` of a write: the declaration of the writer's organisation. */
export function declarationOf(writer: Writer): string {
  return `declaration:${organisationOf(writer)}`;
}

/** Anything shaped like an e-mail address: personal data that a provenance must not carry. */
export const EMAIL_ADDRESS = /[^\s@:/]+@[^\s@/]+\.[^\s@/]+/;
