/**
 * Links built from the data. A provenance is free text (`public:<adresse>`): only an http(s)
 * address becomes a link — never `javascript:`, `data:` or any other scheme, which stay text.
 */

const HOST_THEN_PATH =
  /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d+)?(?:[/?#]|$)/i;

/**
 * The http(s) URL an address from the data designates, or null. A bare host and path
 * (`alpi40.fr/Presentation`, as the references write them) is read as https.
 */
export function externalHref(address: string | null | undefined): string | null {
  const text = address?.trim() ?? '';
  if (text === '' || /\s/.test(text)) return null;
  const candidate = /^https?:\/\//i.test(text)
    ? text
    : HOST_THEN_PATH.test(text)
      ? `https://${text}`
      : null;
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export interface SourcePart {
  text: string;
  /** Where the part links to: an http(s) URL, or null to show it as text. */
  href: string | null;
}

/**
 * The addresses of a `public:` provenance (several are separated by ` ; `), each with its link
 * when it is a web address; any other provenance is one part without a link.
 */
export function sourceParts(source: string | null | undefined): SourcePart[] {
  if (!source) return [];
  if (!source.startsWith('public:')) return [{ text: source, href: null }];
  return source
    .slice('public:'.length)
    .split(/\s+;\s+/)
    .filter((part) => part.trim() !== '')
    .map((part) => ({ text: part, href: externalHref(part) }));
}
