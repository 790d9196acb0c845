/** The import report as text for a terminal: counts, then the refused and ignored rows. */
import type { ImportReport, RowProblem } from './types.ts';

export const SHOWN_IGNORED = 20;

function problemLines(problems: RowProblem[], limit: number): string[] {
  const lines = problems.slice(0, limit).map((p) => `  ligne ${p.line} : ${p.reason}`);
  const rest = problems.length - limit;
  if (rest > 0) lines.push(`  … et ${rest} autres / … and ${rest} more`);
  return lines;
}

export function formatReport(report: ImportReport): string {
  const outcome = report.refused.length
    ? `REFUSÉ : ${report.refused.length} ligne(s) en erreur, rien n'a été écrit / REFUSED: ${report.refused.length} row(s) in error, nothing was written`
    : report.dryRun
      ? 'Essai à blanc : rien n\u2019a été écrit / Dry run: nothing was written'
      : report.committed
        ? 'Import enregistré / Import committed'
        : 'Rien à changer / Nothing to change';
  const lines = [
    `Import ${report.type} de ${report.fileName} (source ${report.source})`,
    `  lignes / rows: ${report.rows}, valides / valid: ${report.valid}, refusées / refused: ${report.refused.length}, ignorées / ignored: ${report.ignored.length}`,
    `  ${report.dryRun ? 'seraient ' : ''}créées / created: ${report.created}, modifiées / updated: ${report.updated}, terminées / ended: ${report.ended}, inchangées / unchanged: ${report.unchanged}`,
    `  durée / duration: ${(report.durationMs / 1000).toFixed(1)} s`,
    outcome,
  ];
  if (report.refused.length) {
    lines.push('Lignes refusées / Refused rows:', ...problemLines(report.refused, Infinity));
  }
  if (report.ignored.length) {
    lines.push(
      'Lignes ignorées (hors du graphe) / Ignored rows (out of scope):',
      ...problemLines(report.ignored, SHOWN_IGNORED),
    );
  }
  return lines.join('\n');
}
