import { describe, expect, it } from 'vitest';
import { chooseProbe } from './probe.js';

describe('chooseProbe: the rarest tokens up to the budget, "any of"; the rest "all of"', () => {
  const counts = new Map([
    ['异响', 3000],
    ['发动', 9000],
    ['机异', 40],
    ['正时', 900],
    ['链条', 1500],
  ]);
  it.each([
    { name: 'rare first, then the common ones by count', tokens: ['发动', '机异', '异响'], rare: ['机异'], common: ['异响', '发动'] },
    { name: 'counts add up to the budget', tokens: ['正时', '链条', '机异', '异响'], rare: ['机异', '正时'], common: ['链条', '异响'] },
    { name: 'a token nobody holds is the rarest', tokens: ['异响', '新词'], rare: ['新词'], common: ['异响'] },
    { name: 'every token over the budget: all common', tokens: ['发动', '异响'], rare: [], common: ['异响', '发动'] },
    { name: 'duplicates once', tokens: ['机异', '机异'], rare: ['机异'], common: [] },
    { name: 'nothing asked', tokens: [], rare: [], common: [] },
  ])('$name', ({ tokens, rare, common }) => {
    expect(chooseProbe(tokens, counts, 2000)).toEqual({ rare, common });
  });
});
