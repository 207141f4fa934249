import { describe, expect, it } from 'vitest';
import { applies, computeNeed, dailyRate, roundUp, ruleAmount } from './needs';
import { createHousehold, createItem } from './testing';

const water = () =>
  createItem({
    rules: [
      { per: 'person', basis: 'perDay', amount: 3 },
      { per: 'pet', basis: 'perDay', amountByGroup: { dog: 1, cat: 0.25, otherPet: 0.1 } },
    ],
  });

describe('computeNeed', () => {
  it('water: 3 L per person per day, 9 L per person for 3 days', () => {
    expect(computeNeed(water(), createHousehold({ adults: 1 }))).toBe(9);
    expect(computeNeed(water(), createHousehold({ adults: 3 }))).toBe(27);
  });
  it('counts children of every age band as persons', () => {
    const h = createHousehold({ adults: 2, children0to2: 1, children3to12: 1, children13to17: 1 });
    expect(computeNeed(water(), h)).toBe(45);
  });
  it('adds water for pets', () => {
    expect(computeNeed(water(), createHousehold({ adults: 2, dogs: 1 }))).toBe(21);
    expect(computeNeed(water(), createHousehold({ adults: 2, dogs: 1, days: 7 }))).toBe(49);
  });
  it('rounds up to whole units, ignoring floating-point dust', () => {
    // 1 cat for 3 days = 0.75 L, 3 other pets for 1 day = 0.3 L (0.30000000000000004)
    expect(computeNeed(water(), createHousehold({ adults: 1, cats: 1 }))).toBe(10);
    expect(computeNeed(water(), createHousehold({ adults: 1, otherPets: 3, days: 1 }))).toBe(4);
    expect(roundUp(0.1 * 3)).toBe(1);
    expect(roundUp(2.0000000001)).toBe(2);
    expect(roundUp(2.01)).toBe(3);
  });
  it('scales with the duration: 1 to 14 days', () => {
    const h = createHousehold({ adults: 2 });
    expect([1, 3, 7, 14].map((days) => computeNeed(water(), { ...h, days }))).toEqual([6, 18, 42, 84]);
  });
  it('limits a rule to its groups', () => {
    const nappies = createItem({ id: 'nappies', unit: 'piece', rules: [{ per: 'person', basis: 'perDay', amount: 6, groups: ['child0to2'] }] });
    expect(computeNeed(nappies, createHousehold({ adults: 2 }))).toBe(0);
    expect(computeNeed(nappies, createHousehold({ adults: 2, children0to2: 2 }))).toBe(36);
  });
  it('fixed per person and per household', () => {
    const blanket = createItem({ id: 'blankets', rules: [{ per: 'person', basis: 'fixed', amount: 1 }] });
    const radio = createItem({ id: 'fm-radio', rules: [{ per: 'household', basis: 'fixed', amount: 1 }] });
    const h = createHousehold({ adults: 2, children3to12: 1, days: 7 });
    expect(computeNeed(blanket, h)).toBe(3);
    expect(computeNeed(radio, h)).toBe(1);
    expect(dailyRate(radio, h)).toBe(0);
  });
  it('applies `when` conditions: groups, needs, under 40, pregnant', () => {
    const iodine = createItem({ id: 'iodine', when: ['under40', 'pregnantOrBreastfeeding', 'child3to12'], rules: [{ per: 'household', basis: 'fixed', amount: 1 }] });
    expect(computeNeed(iodine, createHousehold({ adults: 2 }))).toBe(0);
    expect(computeNeed(iodine, createHousehold({ adults: 2, adultsUnder40: 1 }))).toBe(1);
    expect(computeNeed(iodine, createHousehold({ adults: 2, pregnantOrBreastfeeding: 1 }))).toBe(1);
    expect(computeNeed(iodine, createHousehold({ adults: 2, children3to12: 1 }))).toBe(1);
    const medicine = createItem({ id: 'medicine', when: ['dailyMedicine'], min: 3, rules: [{ per: 'household', basis: 'perDay', amount: 1 }] });
    expect(computeNeed(medicine, createHousehold())).toBe(0);
    const withMeds = createHousehold({ needs: { dailyMedicine: true } as never });
    expect(computeNeed(medicine, { ...withMeds, days: 1 })).toBe(3);
    expect(computeNeed(medicine, { ...withMeds, days: 7 })).toBe(7);
  });
  it('hidden items need nothing', () => {
    const h = createHousehold({ adults: 2, hiddenItems: ['water'] });
    expect(applies(water(), h)).toBe(false);
    expect(computeNeed(water(), h)).toBe(0);
  });
  it('a group missing from amountByGroup counts 0', () => {
    expect(ruleAmount({ per: 'pet', basis: 'perDay', amountByGroup: { dog: 1 } }, createHousehold({ cats: 4 }))).toBe(0);
  });
});
