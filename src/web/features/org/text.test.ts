import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from './text';

describe('chart label text', () => {
  it('keeps short titles whole', () => {
    expect(fitText('总经理', 100, 13)).toBe('总经理');
    expect(wrapText('Cashier', 120, 13, 2)).toEqual(['Cashier']);
  });

  it('cuts long titles with an ellipsis within the width', () => {
    const cut = fitText('服务经理/维修站站长兼技术总监', 100, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(100);
  });

  it('wraps Latin titles at word boundaries into two lines', () => {
    const lines = wrapText('Customer-relations supervisor', 136, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ').replace('- ', '-')).toBe('Customer-relations supervisor');
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(136);
  });

  it('cuts the last line when even two lines are not enough', () => {
    const lines = wrapText('Service manager / station manager and head of everything else here', 120, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
  });
});
