// @vitest-environment happy-dom
/**
 * Values from the data are text wherever the client shows them: chart tooltips built as DOM
 * nodes, links only to http(s) addresses, and no inline <style> from cytoscape.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import SourceLinks from '../../client/src/components/SourceLinks.vue';
import {
  axisTooltipLines,
  dataName,
  textTooltip,
  tooltipElement,
} from '../../client/src/lib/chart-text.ts';
import { CYTOSCAPE_STYLESHEET_ID, claimCytoscapeStylesheet } from '../../client/src/lib/csp.ts';
import { externalHref, sourceParts } from '../../client/src/lib/external-links.ts';
import { buildSankey, SANKEY_KIND_COLORS, sankeyOption } from '../../client/src/lib/sankey.ts';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=1</script>';
const RTL = `${'\u202E'.repeat(50)}retourné`;
const TEMPLATE = '{a}{b}{c}';

describe('the Sankey option', () => {
  const data = buildSankey({ id: 'editeur:x', nom: TEMPLATE }, [
    {
      logiciel: { id: 'logiciel:l', nom: IMG },
      distributeur: { id: 'opsn:d', nom: 'Distributeur', sigle: null },
      mode: 'SUPPORT',
      reach: { collectivites: 12, communes: 10, population: 1_234_567 },
    },
  ]);

  it('labels nodes with their names as text and colours them by kind', () => {
    const option = sankeyOption(data, 'collectivites');
    const series = option.series[0]!;
    expect(series.data.map((n) => n.itemStyle.color)).toEqual(
      data.nodes.map((n) => SANKEY_KIND_COLORS[n.kind]),
    );
    expect(series.label.formatter({ name: 'E:editeur:x' })).toBe(TEMPLATE);
    expect(series.label.formatter({ name: 'L:logiciel:l' })).toBe(IMG);
    expect(series.links.map((l) => l.real)).toEqual(data.links.map((l) => l.real));
  });

  it('writes each link’s real value in the measure’s format, names as text', () => {
    const format = (option: ReturnType<typeof sankeyOption>) =>
      (option.tooltip.formatter as (p: unknown) => HTMLElement)({
        dataType: 'edge',
        data: { source: 'E:editeur:x', target: 'L:logiciel:l', real: 1_234_567 },
      });
    const byCount = format(sankeyOption(data, 'collectivites'));
    expect(byCount.textContent).toBe(`${TEMPLATE} → ${IMG}1\u202f234\u202f567`);
    expect(byCount.querySelectorAll('img')).toHaveLength(0);
    const byPopulation = format(sankeyOption(data, 'population'));
    expect(byPopulation.textContent).toContain('1,2 million d');
  });
});

describe('chart tooltips', () => {
  it('shows names from the data as text, each in its own <bdi>', () => {
    const element = tooltipElement([
      { parts: [dataName(IMG), ' × ', dataName(RTL)], title: true },
      `12 collectivités ${SCRIPT}`,
    ]);
    expect(element.textContent).toBe(`${IMG} × ${RTL}12 collectivités ${SCRIPT}`);
    expect(element.querySelectorAll('img, script')).toHaveLength(0);
    expect([...element.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([IMG, RTL]);
    expect(element.innerHTML).toContain('&lt;img src=x onerror="window.__xss=1"&gt;');
    expect(element.className).toBe('chart-tooltip');
    expect(element.querySelector('.chart-tooltip-title')?.textContent).toBe(`${IMG} × ${RTL}`);
  });

  it('colours a marker through the CSSOM, with no style in the markup it was built from', () => {
    const element = tooltipElement([{ parts: ['Opérateurs : 4'], color: '#2b6cb0' }]);
    const marker = element.querySelector<HTMLElement>('.chart-tooltip-marker')!;
    expect(marker.style.backgroundColor).not.toBe('');
    expect(marker.getAttribute('aria-hidden')).toBe('true');
    expect(element.hasAttribute('style')).toBe(false);
  });

  it('gives ECharts a formatter returning an element, confined (no arrow markup)', () => {
    const option = textTooltip((name: string) => [{ parts: [dataName(name)] }], {
      trigger: 'item',
    });
    expect(option).toMatchObject({ trigger: 'item', confine: true, renderMode: 'html' });
    const content = (option.formatter as (name: string) => unknown)(SCRIPT);
    expect(content).toBeInstanceOf(HTMLElement);
    expect((content as HTMLElement).textContent).toBe(SCRIPT);
  });

  it('writes an axis tooltip: the category, then each series with its value', () => {
    const lines = axisTooltipLines(
      [{ name: `Service ${TEMPLATE}`, seriesName: 'Part', color: '#0f766e', value: 0.5 }],
      (value) => `${value * 100} %`,
      true,
    );
    expect(lines).toEqual([
      { parts: [{ name: `Service ${TEMPLATE}` }], title: true },
      { parts: ['Part : 50 %'], color: '#0f766e' },
    ]);
    expect(tooltipElement(lines).textContent).toBe(`Service ${TEMPLATE}Part : 50 %`);
    expect(axisTooltipLines([], String)).toEqual([]);
  });
});

describe('links from the data', () => {
  it('links only http(s) addresses', () => {
    expect(externalHref('https://www.megalis.bretagne.bzh/page?x=1#a')).toBe(
      'https://www.megalis.bretagne.bzh/page?x=1#a',
    );
    expect(externalHref('http://exemple.fr')).toBe('http://exemple.fr/');
    // The references write bare addresses.
    expect(externalHref('alpi40.fr/Presentation/Devenir-adherent')).toBe(
      'https://alpi40.fr/Presentation/Devenir-adherent',
    );
    for (const hostile of [
      'javascript:window.__xss=1',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'javascript://exemple.fr/%0Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//exemple.fr/chemin',
      '/fiches',
      'exemple',
      'https://exemple.fr/ a',
      '',
      null,
      undefined,
    ]) {
      expect(externalHref(hostile), String(hostile)).toBeNull();
    }
  });

  it('escapes what an http(s) address carries', () => {
    expect(externalHref('https://exemple.fr/"><script>window.__xss=1</script>')).toBe(
      'https://exemple.fr/%22%3E%3Cscript%3Ewindow.__xss=1%3C/script%3E',
    );
  });

  it('splits a public provenance into its addresses, links only for web ones', () => {
    expect(sourceParts('public:lagazettefrance.fr/article ; javascript:alert(1)')).toEqual([
      { text: 'lagazettefrance.fr/article', href: 'https://lagazettefrance.fr/article' },
      { text: 'javascript:alert(1)', href: null },
    ]);
    expect(sourceParts('declaration:bob@megalis.bzh')).toEqual([
      { text: 'declaration:bob@megalis.bzh', href: null },
    ]);
    expect(sourceParts(null)).toEqual([]);
  });

  it('SourceLinks shows a javascript: provenance as text, an https one as a link', () => {
    const hostile = mount(SourceLinks, { props: { source: 'public:javascript:window.__xss=1' } });
    expect(hostile.text()).toBe('Source : javascript:window.__xss=1');
    expect(hostile.findAll('a')).toHaveLength(0);

    const web = mount(SourceLinks, {
      props: { source: `public:https://exemple.fr/doc ; ${IMG}` },
    });
    const links = web.findAll('a');
    expect(links.map((a) => a.attributes('href'))).toEqual(['https://exemple.fr/doc']);
    expect(links[0]!.attributes('rel')).toBe('noopener noreferrer');
    expect(web.text()).toContain(IMG);
    expect(web.find('img').exists()).toBe(false);

    expect(mount(SourceLinks, { props: { source: 'etude-declic-2020' } }).text()).toBe(
      'Source : étude Déclic 2020',
    );
  });
});

describe('cytoscape under the Content-Security-Policy', () => {
  afterEach(() => document.getElementById(CYTOSCAPE_STYLESHEET_ID)?.remove());

  it('claims the id of the stylesheet cytoscape would insert, once', () => {
    const first = claimCytoscapeStylesheet(document);
    expect(claimCytoscapeStylesheet(document)).toBe(first);
    expect(document.querySelectorAll(`#${CYTOSCAPE_STYLESHEET_ID}`)).toHaveLength(1);
    expect(first.tagName).toBe('META');
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('matches what cytoscape checks before inserting its <style>', () => {
    // If an upgrade of cytoscape changes this, its inline <style> comes back (and the e2e
    // hostile journey sees the CSP violation): this test says where to look.
    const source = readFileSync(fileURLToPath(import.meta.resolve('cytoscape')), 'utf8');
    expect(source).toContain(`var stylesheetId = '${CYTOSCAPE_STYLESHEET_ID}';`);
    expect(source).toContain('document.getElementById(stylesheetId) != null');
  });
});
