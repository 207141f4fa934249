/** A minimal PNG reader for the shelters browser test: counts pixels close to a colour. */
import { inflateSync } from 'node:zlib';

export function decodePng(buf: Buffer): { width: number; height: number; channels: number; data: Uint8Array } {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNG');
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      if (!channels) throw new Error(`PNG colour type ${body[9]} not handled`);
    } else if (type === 'IDAT') idat.push(body);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? data[y * stride + x - channels]! : 0;
      const b = y > 0 ? data[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      data[y * stride + x] = v & 255;
    }
  }
  return { width, height, channels, data };
}

/** Pixels within `tol` of an RGB colour, and the number of distinct colours (to tell blank from drawn). */
export function pixelStats(png: Buffer, rgb: [number, number, number], tol = 40): { matching: number; distinct: number } {
  const { data, channels } = decodePng(png);
  let matching = 0;
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += channels) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    colours.add((r << 16) | (g << 8) | b);
    if (Math.abs(r - rgb[0]) < tol && Math.abs(g - rgb[1]) < tol && Math.abs(b - rgb[2]) < tol) matching++;
  }
  return { matching, distinct: colours.size };
}

/**
 * Dark, neutral grey pixels inside a rectangle (in PNG pixels, clipped to the image): the core of
 * anti-aliased map label text (#2b2b2b / #3d3d3d drawn thin at 12–13 px comes out around #505050).
 * Nothing else on the shelter map is both dark and grey (sea, land, shelters, clusters, borders
 * are light or coloured).
 */
export function darkGreyPixels(png: Buffer, rect: { x: number; y: number; w: number; h: number }, below = 130, spread = 16): number {
  const { data, channels, width, height } = decodePng(png);
  let matching = 0;
  for (let y = Math.max(0, rect.y); y < Math.min(height, rect.y + rect.h); y++) {
    for (let x = Math.max(0, rect.x); x < Math.min(width, rect.x + rect.w); x++) {
      const i = (y * width + x) * channels;
      const hi = Math.max(data[i]!, data[i + 1]!, data[i + 2]!);
      const lo = Math.min(data[i]!, data[i + 1]!, data[i + 2]!);
      if (hi < below && hi - lo < spread) matching++;
    }
  }
  return matching;
}
