// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import StatCard from '../../client/src/components/StatCard.vue';
import { provenanceText } from '../../client/src/lib/provenance.ts';

describe('a figure says what it rests on', () => {
  it('marks real, simulated and mixed figures in words, for the eye and the screen reader', () => {
    for (const [provenance, label] of [
      ['REELLE', 'données réelles'],
      ['SIMULEE', 'données simulées'],
      ['MIXTE', 'réel et simulé'],
    ] as const) {
      const card = mount(StatCard, { props: { label: 'Adhérents', value: '1 234', provenance } });
      const mark = card.get('[data-testid="provenance"]');
      expect(mark.attributes('data-provenance')).toBe(provenance);
      expect(mark.text()).toContain(label);
      expect(mark.attributes('title')).toBe(provenanceText(provenance).explanation);
      expect(mark.get('.visually-hidden').text()).toContain(provenanceText(provenance).explanation);
    }
  });

  it('shows no mark when the figure says nothing of its data', () => {
    const card = mount(StatCard, { props: { label: 'Le périmètre', value: '68 M' } });
    expect(card.find('[data-testid="provenance"]').exists()).toBe(false);
  });
});
