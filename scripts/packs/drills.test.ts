import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { build, parseScenarioFile } from './drills';
import { ContentError } from './types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ctx = { root, dataDir: path.join(root, '..', 'shared', 'data') };

describe('drills pack builder', () => {
  it('builds the shipped scenarios (fire evacuation, shelter-in-place) with sources', async () => {
    const out = await build(ctx);
    expect(out.id).toBe('drills');
    expect(out.target).toBe('scenarios');
    expect(out.records.map((r) => r.id)).toEqual(['fire-evacuation', 'shelter-in-place']);
    for (const r of out.records) {
      expect(r.steps.length).toBeGreaterThan(3);
      expect(r.targets.length).toBeGreaterThan(0);
      for (const s of r.steps) expect(Object.keys(s.text).sort()).toEqual(['da', 'en', 'uk']);
      expect(r.sources.length).toBeGreaterThan(0);
    }
    expect(out.records[0]!.targets[0]).toMatchObject({ kind: 'step', stepId: 'out', withinSeconds: 180 });
    expect(out.sources.some((s) => s.title.startsWith('Beredskabsstyrelsen'))).toBe(true);
    expect(out.date).toBe('2026-11-23');
  });

  async function fileWith(mutate: (d: Record<string, unknown>) => void) {
    const out = await build(ctx);
    const data = structuredClone(out.records[0]!) as unknown as Record<string, unknown>;
    mutate(data);
    return data;
  }

  it.each([
    ['steps.1.text.en', (d: Record<string, any>) => (d.steps[1].text.en = '')],
    ['targets.0.stepId', (d: Record<string, any>) => (d.targets[0].stepId = 'nowhere')],
    ['targets.0.withinSeconds', (d: Record<string, any>) => (d.targets[0].withinSeconds = -3)],
    ['sources', (d: Record<string, any>) => (d.sources = [])],
    ['sources.0.url', (d: Record<string, any>) => (d.sources[0].url = 'http://example.com')],
    ['checked', (d: Record<string, any>) => (d.checked = '23-11-2026')],
    ['steps.2.id', (d: Record<string, any>) => (d.steps[2].id = d.steps[0].id)],
    ['kind', (d: Record<string, any>) => (d.kind = 'custom')],
  ])('a bad file fails naming the file and the field %s', async (field, mutate) => {
    const data = await fileWith(mutate);
    let err: unknown;
    try {
      parseScenarioFile('content/drills/fire-evacuation.json', data);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContentError);
    expect((err as ContentError).message).toMatch(new RegExp(`^content/drills/fire-evacuation\\.json: ${field.replace(/\./g, '\\.')}:`));
  });

  it('the id must match the file name', async () => {
    const data = await fileWith(() => {});
    expect(() => parseScenarioFile('content/drills/other.json', data)).toThrow(/other\.json: id: must match/);
  });

  it('invalid JSON names the file', async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'drills-'));
    await mkdir(path.join(tmp, 'content', 'drills'), { recursive: true });
    await writeFile(path.join(tmp, 'content', 'drills', 'broken.json'), '{ "id": ');
    await expect(build({ root: tmp, dataDir: tmp })).rejects.toThrow(/content\/drills\/broken\.json: \(file\): not valid JSON/);
  });
});
