/**
 * What a file given to an import may hold, whatever it claims: the same caps for
 * `npm run import`, `npm run donnees-ouvertes` and the API's `importer`. Each protects the
 * server's memory from a file built to exhaust it (a gzip that inflates a thousandfold, an
 * XLSX whose one row is numbered 200,000,000, a quote never closed); real files of the
 * registers stay far below them (README « Sécurité »).
 */
export const FILE_LIMITS = {
  /** Bytes a compressed file (gzip, an XLSX part) may inflate to. */
  maxInflatedBytes: 1024 * 1024 * 1024,
  /** Inflated ÷ compressed bytes, checked once MIN_RATIO_CHECK_BYTES have been inflated. */
  maxInflateRatio: 100,
  minRatioCheckBytes: 16 * 1024 * 1024,
  /** Characters of one CSV record (an unclosed quote would otherwise swallow the file). */
  maxRecordChars: 1_000_000,
  /** Data rows of one file. */
  maxRows: 3_000_000,
  /** Rows and columns of an XLSX worksheet: Excel's own maxima. */
  maxXlsxRows: 1_048_576,
  maxXlsxColumns: 16_384,
  /** Characters of one XLSX cell (Excel's own maximum is 32,767). */
  maxXlsxCellChars: 32_767,
  /**
   * Bytes of a file given to the API's `importer` in base64, checked on the text's length
   * before it is decoded. The request's own cap (BODY_LIMIT, 1 MB by default) comes first;
   * this one holds whatever BODY_LIMIT an operator sets.
   */
  maxUploadBytes: 64 * 1024 * 1024,
} as const;

/** True once `inflated` bytes out of `compressed` pass the size or the ratio a file may reach. */
export function inflatesBeyondLimits(inflated: number, compressed: number): boolean {
  return (
    inflated > FILE_LIMITS.maxInflatedBytes ||
    (inflated > FILE_LIMITS.minRatioCheckBytes &&
      inflated / Math.max(compressed, 1) > FILE_LIMITS.maxInflateRatio)
  );
}
