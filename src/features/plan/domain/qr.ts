/**
 * QR code of the share link, computed on the device with `qrcode` (no image service). The UI
 * draws the module matrix as SVG. Big QR codes are hard to scan from a screen, so we stop at
 * MAX_QR_VERSION and say the plan is too large for a QR code (the file still works).
 */
import QRCode from 'qrcode';

/** Version 25 is 117×117 modules: about the most a phone camera reads reliably off a screen. */
export const MAX_QR_VERSION = 25;

export type QrResult =
  | { ok: true; size: number; version: number; level: 'M' | 'L'; modules: boolean[] }
  | { ok: false; reason: 'tooLarge'; bytes: number };

/** The QR matrix for a text, at level M if it fits, else L; `tooLarge` beyond MAX_QR_VERSION. */
export function makeQr(text: string, maxVersion = MAX_QR_VERSION): QrResult {
  for (const level of ['M', 'L'] as const) {
    try {
      const qr = QRCode.create(text, { errorCorrectionLevel: level });
      if (qr.version > maxVersion) continue;
      const size = qr.modules.size;
      const modules: boolean[] = new Array(size * size);
      for (let i = 0; i < size * size; i++) modules[i] = Boolean(qr.modules.data[i]);
      return { ok: true, size, version: qr.version, level, modules };
    } catch {
      /* more data than any QR code holds at this level */
    }
  }
  return { ok: false, reason: 'tooLarge', bytes: new TextEncoder().encode(text).byteLength };
}

/** One SVG path for the dark modules (1 unit per module), to draw with a quiet zone of 4. */
export function qrPath(qr: { size: number; modules: boolean[] }): string {
  const parts: string[] = [];
  for (let y = 0; y < qr.size; y++) {
    let x = 0;
    while (x < qr.size) {
      if (!qr.modules[y * qr.size + x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < qr.size && qr.modules[y * qr.size + x + run]) run++;
      parts.push(`M${x + 4} ${y + 4}h${run}v1h-${run}z`);
      x += run;
    }
  }
  return parts.join('');
}
