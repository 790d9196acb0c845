/**
 * What third-party libraries would do that the Content-Security-Policy refuses, headed off.
 *
 * Cytoscape inserts `<style id="__________cytoscape_stylesheet">` (a rule giving its container
 * `position: relative`) into the page's head, unless an element of that id already exists: an
 * inline `<style>` element, which `style-src 'self'` refuses (with a console error). The
 * container's position comes from our own stylesheet instead (GraphView's `.graph`), and an
 * empty placeholder of that id tells cytoscape the rule is already there.
 */
export const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

/** Adds the placeholder once; returns it. Call before creating a cytoscape instance. */
export function claimCytoscapeStylesheet(doc: Document = document): Element {
  const existing = doc.getElementById(CYTOSCAPE_STYLESHEET_ID);
  if (existing) return existing;
  const placeholder = doc.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  placeholder.setAttribute('name', 'cytoscape-stylesheet');
  placeholder.setAttribute('content', 'in the application stylesheet');
  doc.head.append(placeholder);
  return placeholder;
}
