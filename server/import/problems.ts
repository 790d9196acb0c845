/** What can be wrong with a file or one of its rows, said in French then English. */

/** A row of the file (header = line 1) and why it was refused or left out, « français / English ». */
export interface RowProblem {
  line: number;
  /** Every reason, joined by « ; ». */
  reason: string;
  /** Each reason apart, when a row has several (a bad code and a bad date). */
  reasons?: string[];
}

/** Thrown when the file as a whole cannot be read: not UTF-8, no header, a missing column… */
export class ImportFileError extends Error {
  constructor(
    readonly french: string,
    readonly english: string,
  ) {
    super(`${french} / ${english}`);
    this.name = 'ImportFileError';
  }
}

/** A refusal or exclusion reason, French then English. */
export const bilingual = (french: string, english: string): string => `${french} / ${english}`;
