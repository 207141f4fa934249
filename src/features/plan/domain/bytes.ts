/**
 * Byte helpers for links and files: UTF-8, base64url, and (de)compression with the browser's
 * own CompressionStream, reading the output in chunks so a hostile input cannot make us hold
 * more than `maxBytes` (a "zip bomb" in a link stops at the limit).
 */

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url (padding optional). Throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export type DeflateFormat = 'deflate-raw' | 'deflate';

/** The best deflate format this runtime's CompressionStream offers, or null if it has none. */
export function deflateFormat(): DeflateFormat | null {
  if (typeof CompressionStream === 'undefined' || typeof DecompressionStream === 'undefined') return null;
  for (const f of ['deflate-raw', 'deflate'] as const) {
    try {
      new CompressionStream(f);
      new DecompressionStream(f);
      return f;
    } catch {
      /* not supported here: try the next one */
    }
  }
  return null;
}

async function pump(stream: GenericTransformStream, input: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Write and close without awaiting: the reader below drains the output (no back-pressure stall).
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = (stream.readable as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError('output too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export function deflate(bytes: Uint8Array, format: DeflateFormat): Promise<Uint8Array> {
  return pump(new CompressionStream(format), bytes, Number.MAX_SAFE_INTEGER);
}

/** Inflates, refusing (RangeError) once the output passes maxBytes; corrupt input rejects too. */
export function inflate(bytes: Uint8Array, format: DeflateFormat, maxBytes: number): Promise<Uint8Array> {
  return pump(new DecompressionStream(format), bytes, maxBytes);
}
