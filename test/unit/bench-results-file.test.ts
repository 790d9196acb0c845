import { describe, expect, it } from 'vitest';
import { replaceSection } from '../../bench/results-file.ts';

describe('bench results file sections', () => {
  it('appends a missing section after the existing text', () => {
    const text = replaceSection('# Benchmark results\n\nIntro.\n', 'run:scale-1', '## Run\n\nA');
    expect(text).toBe(
      '# Benchmark results\n\nIntro.\n\n<!-- run:scale-1:start -->\n## Run\n\nA\n<!-- run:scale-1:end -->\n',
    );
  });

  it('replaces only its own section and keeps the others', () => {
    let text = replaceSection('', 'run:scale-1', 'one');
    text = replaceSection(text, 'load', 'load test');
    text = replaceSection(text, 'run:scale-1', 'one, again ($& and $1 stay literal)');
    expect(text).toContain('<!-- run:scale-1:start -->\none, again ($& and $1 stay literal)\n');
    expect(text).toContain('<!-- load:start -->\nload test\n<!-- load:end -->');
    expect(text.match(/run:scale-1:start/g)).toHaveLength(1);
    expect(text.startsWith('# Benchmark results\n')).toBe(true);
  });
});
