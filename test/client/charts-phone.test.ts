// @vitest-environment happy-dom
import { mount, RouterLinkStub } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ShareBars from '../../client/src/components/ShareBars.vue';
import { buildMatrix, HEATMAP_GRID, heatmapOption } from '../../client/src/lib/heatmap.ts';

const pair = (jaccard: number) => ({
  a: { id: 'opsn:a', nom: 'A', sigle: null },
  b: { id: 'opsn:b', nom: 'B', sigle: null },
  shared: 1,
  jaccard,
});

describe('the heat map', () => {
  it('puts its legend above the grid, clear of the rotated names below', () => {
    const option = heatmapOption(buildMatrix([pair(0.2)]), 'shared');
    expect(option.visualMap.top).toBe(0);
    expect(option.visualMap).not.toHaveProperty('bottom');
    expect(HEATMAP_GRID.top).toBeGreaterThanOrEqual(60);
  });

  it('keeps a pair sharing one collectivité among thousands as a cell of the Jaccard view', () => {
    expect(buildMatrix([pair(0.0002)], 'jaccard').cells).toHaveLength(2);
  });
});

describe('ShareBars (the services chart on a phone)', () => {
  it('writes each name on its line with its share, in the order given', () => {
    const wrapper = mount(ShareBars, {
      props: {
        label: 'Services',
        items: [
          { key: 's:1', label: 'Dématérialisation des marchés publics', share: 0.9, to: '/carte' },
          { key: 's:2', label: '<b>DPD</b>', share: 0.15 },
        ],
      },
      global: { stubs: { RouterLink: RouterLinkStub } },
    });
    const items = wrapper.findAll('li');
    expect(items.map((li) => li.find('.name').text())).toEqual([
      'Dématérialisation des marchés publics',
      '<b>DPD</b>',
    ]);
    expect(items[0]!.find('.value').text()).toBe('90 %');
    expect(items[1]!.find('.fill').attributes('style')).toContain('width: 15%');
    expect(wrapper.find('b').exists()).toBe(false);
  });
});
