import { describe, expect, it } from 'vitest';
import { MAX_QR_VERSION, makeQr, qrPath } from './qr';

describe('QR code', () => {
  it('encodes a typical share link at level M', () => {
    const qr = makeQr(`https://beredt.example/plan#plan=1r.${'A'.repeat(600)}`);
    expect(qr.ok).toBe(true);
    if (qr.ok) {
      expect(qr.level).toBe('M');
      expect(qr.size).toBe(qr.version * 4 + 17);
      expect(qr.modules).toHaveLength(qr.size * qr.size);
      // The three finder patterns: top-left corner module is dark.
      expect(qr.modules[0]).toBe(true);
      expect(qrPath(qr)).toMatch(/^M4 4h7v1h-7z/);
    }
  });

  it('falls back to level L before giving up', () => {
    const qr = makeQr('x'.repeat(1200));
    expect(qr.ok && qr.level).toBe('L');
  });

  it('says a plan is too large beyond version ' + MAX_QR_VERSION, () => {
    expect(makeQr('x'.repeat(1400))).toEqual({ ok: false, reason: 'tooLarge', bytes: 1400 });
    expect(makeQr('x'.repeat(5000))).toEqual({ ok: false, reason: 'tooLarge', bytes: 5000 });
  });
});

describe('QR code of a real plan', () => {
  it('a household plan in Danish and Ukrainian fits a scannable QR code', async () => {
    const { planLink } = await import('./share-link');
    const { samplePlan } = await import('./test-data');
    const qr = makeQr(await planLink('https://beredt.dk', samplePlan()));
    expect(qr.ok && qr.version).toBeLessThanOrEqual(MAX_QR_VERSION);
  });
});
