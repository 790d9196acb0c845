/** The import report as text for a terminal: counts, then the refused and ignored rows. */
import type { ImportReport, RowProblem } from './types.ts';

export const SHOWN_IGNORED = 20;

function problemLines(problems: RowProblem[], total: number, limit: number): string[] {
  const lines = problems
    .slice(0, limit)
    .map((p) =>
      p.reasons && p.reasons.length > 1
        ? [`  ligne ${p.line} :`, ...p.reasons.map((reason) => `    – ${reason}`)].join('\n')
        : `  ligne ${p.line} : ${p.reason}`,
    );
  const rest = total - Math.min(limit, problems.length);
  if (rest > 0) lines.push(`  … et ${rest} autres / … and ${rest} more`);
  return lines;
}

export function formatReport(report: ImportReport): string {
  const outcome = report.refusedCount
    ? `REFUSÉ : ${report.refusedCount} ligne(s) en erreur, rien n'a été écrit / REFUSED: ${report.refusedCount} row(s) in error, nothing was written`
    : report.dryRun
      ? 'Essai à blanc : rien n\u2019a été écrit / Dry run: nothing was written'
      : report.committed
        ? 'Import enregistré / Import committed'
        : 'Rien à changer / Nothing to change';
  const lines = [
    `Import ${report.type} de ${report.fileName} (source ${report.source})`,
    `  fichier lu / file read: ${report.fileName}, ${report.bytes} octets / bytes, sha256 ${report.sha256}`,
    `  lignes / rows: ${report.rows}, valides / valid: ${report.valid}, refusées / refused: ${report.refusedCount}, ignorées / ignored: ${report.ignoredCount}`,
    `  ${report.dryRun ? 'seraient ' : ''}créées / created: ${report.created}, modifiées / updated: ${report.updated}, terminées / ended: ${report.ended}, inchangées / unchanged: ${report.unchanged}`,
    ...(report.simulatedRemoved
      ? [
          `  adhésions simulées ${report.dryRun ? 'à retirer' : 'retirées'} (remplacées par les réelles) / simulated memberships ${report.dryRun ? 'to remove' : 'removed'} (replaced by the real ones): ${report.simulatedRemoved}`,
        ]
      : []),
    ...(report.attested || report.withdrawn
      ? [
          `  attestations de cette source ${report.dryRun ? 'à enregistrer' : 'enregistrées'} / of this source ${report.dryRun ? 'to record' : 'recorded'}: ${report.attested}, ${report.dryRun ? 'à retirer' : 'retirées'} (membre plus listé) / ${report.dryRun ? 'to withdraw' : 'withdrawn'} (member no longer listed): ${report.withdrawn}`,
        ]
      : []),
    ...(report.changements
      ? [
          `  changements depuis le chargement précédent / changes since the previous load: ${report.changements}`,
        ]
      : []),
    `  durée / duration: ${(report.durationMs / 1000).toFixed(1)} s`,
    outcome,
  ];
  if (report.refusedCount) {
    lines.push(
      'Lignes refusées / Refused rows:',
      ...problemLines(report.refused, report.refusedCount, Infinity),
    );
  }
  if (report.ignoredCount) {
    lines.push(
      'Lignes ignorées (hors du graphe) / Ignored rows (out of scope):',
      ...problemLines(report.ignored, report.ignoredCount, SHOWN_IGNORED),
    );
  }
  return lines.join('\n');
}
