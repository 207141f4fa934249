import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeNeed } from '../../src/features/supplies/domain/needs';
import { createHousehold } from '../../src/features/supplies/domain/testing';
import { build, validateCatalogue } from './supplies';
import { ContentError } from './types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILE = 'content/supplies/catalogue.yaml';

async function realData(): Promise<Record<string, unknown> & { items: Record<string, unknown>[] }> {
  return parse(await readFile(path.join(root, FILE), 'utf8'));
}

function errorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ContentError) return err;
    throw err;
  }
  throw new Error('expected a ContentError');
}

describe('supplies pack: the real catalogue', () => {
  it('builds, with names in da/en/uk and an https source checked on a date', async () => {
    const out = await build({ root, dataDir: root });
    expect(out).toMatchObject({ id: 'supplies', target: 'catalogue', date: '2026-11-23' });
    expect(out.records.length).toBeGreaterThanOrEqual(20);
    for (const r of out.records) {
      expect(r.names.da && r.names.en && r.names.uk).toBeTruthy();
      expect(r.source.url).toMatch(/^https:\/\//);
      expect(r.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(out.records.map((r) => r.order)).toEqual(out.records.map((_, i) => i));
    expect(out.sources.map((s) => s.url)).toContain('https://www.brs.dk/da/forberedt');
  });
  it('encodes the official figures: 3 L water per person per day, iodine under 40', async () => {
    const out = await build({ root, dataDir: root });
    const water = out.records.find((r) => r.id === 'water')!;
    expect(computeNeed(water, createHousehold({ adults: 1, days: 3 }))).toBe(9);
    const iodine = out.records.find((r) => r.id === 'iodine')!;
    expect(iodine.when).toEqual(expect.arrayContaining(['under40', 'pregnantOrBreastfeeding']));
  });
});

describe('supplies pack: invalid data fails naming file and field', () => {
  it('a missing Ukrainian name', async () => {
    const data = await realData();
    delete (data.items[2]!.names as Record<string, string>).uk;
    const err = errorOf(() => validateCatalogue(FILE, data));
    expect(err.file).toBe(FILE);
    expect(err.field).toBe('items[2].names.uk');
  });
  it('an empty name', async () => {
    const data = await realData();
    (data.items[0]!.names as Record<string, string>).da = '  ';
    expect(errorOf(() => validateCatalogue(FILE, data)).field).toBe('items[0].names.da');
  });
  it('an unknown unit, category or condition', async () => {
    const data = await realData();
    data.items[1]!.unit = 'gallon';
    expect(errorOf(() => validateCatalogue(FILE, data)).field).toBe('items[1].unit');
    const d2 = await realData();
    d2.items[3]!.when = ['teenagers'];
    expect(errorOf(() => validateCatalogue(FILE, d2)).field).toBe('items[3].when[0]');
  });
  it('a negative amount, or a rule with both amount and amountByGroup', async () => {
    const data = await realData();
    (data.items[0]!.rules as Record<string, unknown>[])[0]!.amount = -3;
    expect(errorOf(() => validateCatalogue(FILE, data)).field).toBe('items[0].rules[0].amount');
    const d2 = await realData();
    (d2.items[0]!.rules as Record<string, unknown>[])[1]!.amount = 1;
    const err = errorOf(() => validateCatalogue(FILE, d2));
    expect(err.field).toBe('items[0].rules[1]');
    expect(err.message).toContain('exactly one of amount or amountByGroup');
  });
  it('pet groups on a person rule', async () => {
    const data = await realData();
    (data.items[0]!.rules as Record<string, unknown>[])[0]!.groups = ['dog'];
    expect(errorOf(() => validateCatalogue(FILE, data)).field).toBe('items[0].rules[0]');
  });
  it('an unknown source, a non-https url, an impossible checked date', async () => {
    const data = await realData();
    (data.items[4]!.source as Record<string, string>).ref = 'nowhere';
    expect(errorOf(() => validateCatalogue(FILE, data)).field).toBe('items[4].source.ref');
    const d2 = await realData();
    (d2.sources as Record<string, Record<string, string>>)['brs-forberedt']!.url = 'http://www.brs.dk';
    expect(errorOf(() => validateCatalogue(FILE, d2)).field).toBe('sources.brs-forberedt.url');
    const d3 = await realData();
    d3.checked = '2026-02-30';
    expect(errorOf(() => validateCatalogue(FILE, d3)).field).toBe('checked');
  });
  it('a duplicate id, and an unknown field', async () => {
    const data = await realData();
    data.items[1]!.id = 'water';
    expect(errorOf(() => validateCatalogue(FILE, data)).field).toBe('items[1].id');
    const d2 = await realData();
    d2.items[0]!.colour = 'blue';
    expect(errorOf(() => validateCatalogue(FILE, d2)).field).toBe('items[0]');
  });

  let tmp = '';
  afterEach(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });
  it('build() fails on a broken file, naming it', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'beredt-supplies-'));
    await mkdir(path.join(tmp, 'content', 'supplies'), { recursive: true });
    await writeFile(path.join(tmp, 'content', 'supplies', 'bad.yaml'), 'checked: 2026-11-23\nitems: [\n');
    await expect(build({ root: tmp, dataDir: tmp })).rejects.toMatchObject({ file: 'content/supplies/bad.yaml', field: '(yaml)' });
    const data = await realData();
    (data.items[0] as Record<string, unknown>).category = 'snacks';
    await writeFile(path.join(tmp, 'content', 'supplies', 'bad.yaml'), JSON.stringify(data));
    await expect(build({ root: tmp, dataDir: tmp })).rejects.toThrow('content/supplies/bad.yaml: items[0].category:');
  });
});

describe('the closing-note household: 2 adults, 1 child of 8, a dog', () => {
  it('needs, over 3 and 7 days', async () => {
    const out = await build({ root, dataDir: root });
    const h = createHousehold({ adults: 2, children3to12: 1, dogs: 1 });
    const table = Object.fromEntries(
      out.records
        .map((r) => [r.id, [computeNeed(r, { ...h, days: 3 }), computeNeed(r, { ...h, days: 7 })]] as const)
        .filter(([, [a, b]]) => a! + b! > 0),
    );
    expect(table).toEqual({
      water: [30, 70], // 3 L × 3 people × days + 1 L for the dog per day
      'food-no-cook': [9, 21],
      'pet-food': [3, 7],
      'cooking-no-power': [1, 1],
      'first-aid-kit': [1, 1],
      iodine: [1, 1], // a child under 18
      'toilet-paper': [5, 11],
      'hand-sanitiser': [1, 1],
      menstrual: [1, 1],
      blankets: [3, 3],
      'warm-clothes': [3, 3],
      'power-bank': [1, 1],
      flashlight: [1, 1],
      batteries: [1, 1],
      candles: [1, 1],
      matches: [1, 1],
      'fm-radio': [1, 1],
      cash: [1, 1],
    });
  });
});
