/** The feed of changes as Atom (RFC 4287) and as JSON Feed 1.1. */
import type { FeedEntry } from './entries.ts';

export interface Feed {
  title: string;
  /** Absolute addresses: the feed itself (`self`), the site. */
  selfUrl: string;
  homeUrl: string;
  /** Newest recorded first. */
  entries: FeedEntry[];
  /** When the newest entry was recorded, or now when there is none. */
  updated: string;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** A character XML 1.0 cannot hold (C0 controls but tab, line feed and return; U+FFFE, U+FFFF). */
function allowedInXml(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

/** Text for XML: escaped, and without the characters XML 1.0 cannot hold. */
export function xmlText(value: string): string {
  return [...value]
    .filter(allowedInXml)
    .join('')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

const absolute = (feed: Feed, path: string | null) =>
  path ? new URL(path, feed.homeUrl).toString() : feed.homeUrl;

export function atomFeed(feed: Feed): string {
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${xmlText(entry.id)}</id>
    <title type="text">${xmlText(entry.title)}</title>
    <updated>${xmlText(entry.updated)}</updated>
    <link rel="alternate" type="text/html" href="${xmlText(absolute(feed, entry.path))}"/>
    <summary type="text">${xmlText(entry.text)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <id>${xmlText(feed.selfUrl)}</id>
  <title type="text">${xmlText(feed.title)}</title>
  <updated>${xmlText(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(feed.homeUrl)}"/>
  <author><name>Maillage</name></author>
${entries.join('\n')}
</feed>
`;
}

export function jsonFeed(feed: Feed): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrl,
    language: 'fr',
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: absolute(feed, entry.path),
      title: entry.title,
      content_text: entry.text,
      date_published: entry.updated,
    })),
  });
}
