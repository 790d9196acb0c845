/** What the relay list says beyond the API's rows: a web site, the départements left without one. */
import { externalHref, sourceParts } from './external-links.ts';

/** An operator's web site, as its public provenance gives it (`public:<adresse>`), or ''. */
export function websiteOf(source: string | null | undefined): string {
  if (!source?.startsWith('public:')) return '';
  return sourceParts(source).find((part) => part.href)?.href ?? externalHref(source.slice(7)) ?? '';
}

/**
 * The chosen départements where no possible relay serves a commune (in the order chosen): the
 * table lists operators, so such a département would vanish from it silently.
 */
export function departementsWithoutRelay(
  chosen: readonly string[],
  relays: readonly { departements: readonly { code: string }[] }[],
): string[] {
  const served = new Set(relays.flatMap((r) => r.departements.map((d) => d.code)));
  return chosen.filter((code) => !served.has(code));
}
