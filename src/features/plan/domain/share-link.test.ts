import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflate, toBase64Url, utf8 } from './bytes';
import { emptyPlan, restorePlan, type Plan } from './plan-model';
import { MAX_FRAGMENT_CHARS, decodePlanFragment, encodePlanFragment, isPlanFragment, planLink } from './share-link';
import { samplePlan } from './test-data';

/** The plan as it comes back from a link: ids are not carried, so compare without them. */
const withoutIds = (p: Plan) => JSON.parse(JSON.stringify(p, (k, v) => (k === 'id' && typeof v === 'string' && v !== 'plan' ? undefined : v)));

describe('share link', () => {
  for (const method of ['r', 'z', 'j'] as const) {
    it(`round-trips a Danish and Ukrainian plan with method ${method}`, async () => {
      const plan = samplePlan();
      const frag = await encodePlanFragment(plan, { method });
      expect(frag).toMatch(new RegExp(`^plan=1${method}\\.[A-Za-z0-9_-]+$`));
      const back = await decodePlanFragment(`#${frag}`);
      expect(back.ok).toBe(true);
      if (back.ok) {
        expect(withoutIds(back.plan)).toEqual(withoutIds(plan));
        expect(back.plan.members[1]!.name).toBe('Олена Коваленко');
        expect(back.plan.contacts[0]!.name).toBe('Moster Åse');
      }
    });
  }

  it('picks compression by default when it makes the link shorter', async () => {
    const frag = await encodePlanFragment(samplePlan());
    expect(frag.startsWith('plan=1r.')).toBe(true);
    expect(frag.length).toBeLessThan((await encodePlanFragment(samplePlan(), { method: 'j' })).length);
  });

  it('builds a /plan link with the plan in the fragment only', async () => {
    const link = await planLink('https://beredt.example/', emptyPlan());
    const url = new URL(link);
    expect(url.pathname).toBe('/plan');
    expect(url.search).toBe('');
    expect(isPlanFragment(url.hash)).toBe(true);
  });

  it('round-trips any plan (property, both methods)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          members: fc.array(fc.record({ name: fc.string(), phone: fc.string({ maxLength: 25 }), needs: fc.string(), medicine: fc.string() }), { maxLength: 5 }),
          contacts: fc.array(fc.record({ name: fc.string(), phone: fc.string(), relation: fc.string(), outsideArea: fc.boolean() }), { maxLength: 5 }),
          supplyLocation: fc.string({ unit: 'grapheme' }),
          notes: fc.string({ unit: 'binary' }),
          meetingNearHome: fc.record({ description: fc.string(), lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }),
        }),
        fc.constantFrom('r' as const, 'j' as const),
        async (raw, method) => {
          const plan = restorePlan(raw);
          const back = await decodePlanFragment(await encodePlanFragment(plan, { method }));
          expect(back.ok && withoutIds(back.plan)).toEqual(withoutIds(plan));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('refuses what is not a plan link, never throwing', async () => {
    expect(await decodePlanFragment('')).toEqual({ ok: false, error: 'notALink' });
    expect(await decodePlanFragment('#section-2')).toEqual({ ok: false, error: 'notALink' });
    expect(await decodePlanFragment('#plan=')).toEqual({ ok: false, error: 'corrupt' });
    expect(await decodePlanFragment('#plan=1q.abc')).toEqual({ ok: false, error: 'corrupt' });
    expect(await decodePlanFragment('#plan=1r.!!!')).toEqual({ ok: false, error: 'corrupt' });
    expect(await decodePlanFragment('#plan=1r.AAAA')).toEqual({ ok: false, error: 'corrupt' });
    expect(await decodePlanFragment(`#plan=1j.${toBase64Url(utf8('[1,2]'))}`)).toEqual({ ok: false, error: 'corrupt' });
    expect(await decodePlanFragment(`#plan=1j.${toBase64Url(new Uint8Array([0xff, 0xfe, 0x00]))}`)).toEqual({ ok: false, error: 'corrupt' });
    expect(await decodePlanFragment(`#plan=1j.${'A'.repeat(MAX_FRAGMENT_CHARS)}`)).toEqual({ ok: false, error: 'tooLong' });
  });

  it('says when a link comes from a newer version of the app', async () => {
    expect(await decodePlanFragment('#plan=2r.AAAA')).toEqual({ ok: false, error: 'newerVersion' });
  });

  it('stops a compression bomb at the size limit', async () => {
    const bomb = await deflate(new Uint8Array(8 * 1024 * 1024), 'deflate-raw');
    const frag = `plan=1r.${toBase64Url(bomb)}`;
    expect(frag.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    expect(await decodePlanFragment(frag)).toEqual({ ok: false, error: 'tooLong' });
  }, 60_000);

  it('never throws on arbitrary fragments (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string().map((s) => `plan=1r.${s}`), fc.base64String().map((s) => `plan=1j.${s}`)), async (frag) => {
        const r = await decodePlanFragment(frag);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('a link cannot smuggle prototype keys', async () => {
    const json = '{"v":1,"__proto__":{"polluted":true},"m":[["A","1","","",{"__proto__":{"x":1}}]]}';
    const r = await decodePlanFragment(`plan=1j.${toBase64Url(utf8(json))}`);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
