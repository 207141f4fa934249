/**
 * The share link: the whole plan in the URL fragment (`/plan#plan=…`). Browsers never send the
 * fragment to the server, so the plan goes from one phone to another without passing any
 * server, not even ours.
 *
 * Fragment: `plan=1<m>.<payload>`, where 1 is the link format, <m> is the method:
 *   r  deflate-raw (CompressionStream), z  deflate with zlib header, j  plain UTF-8 JSON,
 * and the payload is base64url. The JSON is a compact array form of the plan (no ids, short
 * keys), so even the uncompressed form stays short. Danish and Ukrainian text travel as UTF-8.
 */
import { deflate, deflateFormat, fromBase64Url, fromUtf8, inflate, toBase64Url, utf8, type DeflateFormat } from './bytes';
import { restorePlan, type Plan } from './plan-model';
import type { NumberKind } from './important-numbers';

export const LINK_FORMAT = 1;
export const FRAGMENT_KEY = 'plan=';
/** Longest fragment we try to read (a full plan compresses to a few KB). */
export const MAX_FRAGMENT_CHARS = 16_000;
/** Most bytes we inflate a link to. */
export const MAX_LINK_JSON_BYTES = 128 * 1024;

const KINDS: NumberKind[] = ['emergency', 'police', 'medical', 'poison', 'doctor', 'school', 'work', 'other'];
const METHOD: Record<string, DeflateFormat | null> = { r: 'deflate-raw', z: 'deflate', j: null };

type Place = [string, number?, number?];

function place(p: Plan['meetingNearHome']): Place {
  return p.lat !== undefined && p.lon !== undefined ? [p.description, p.lat, p.lon] : [p.description];
}

/** The compact array form. Order of fields is part of link format 1: never reorder. */
export function compactPlan(plan: Plan): unknown {
  return {
    v: LINK_FORMAT,
    m: plan.members.map((m) => [m.name, m.phone, m.needs, m.medicine]),
    c: plan.contacts.map((c) => [c.name, c.phone, c.relation, c.outsideArea ? 1 : 0]),
    h: place(plan.meetingNearHome),
    o: place(plan.meetingOutsideArea),
    k: plan.childPickups.map((k) => [k.child, k.place, k.collectedBy, k.backup]),
    s: plan.supplyLocation,
    n: plan.neighbours.map((n) => [n.name, n.address, n.note]),
    p: plan.numbers.map((p) => [KINDS.indexOf(p.kind), p.label, p.number]),
    t: plan.notes,
    u: plan.updatedAt,
  };
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const rows = (v: unknown): unknown[][] => arr(v).map(arr);

/** Back from the compact form; everything passes through restorePlan, so junk cannot get in. */
export function expandPlan(raw: unknown): Plan {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pl = (v: unknown) => {
    const [description, lat, lon] = arr(v);
    return { description, lat, lon };
  };
  return restorePlan({
    updatedAt: o.u,
    members: rows(o.m).map(([name, phone, needs, medicine]) => ({ name, phone, needs, medicine })),
    contacts: rows(o.c).map(([name, phone, relation, out]) => ({ name, phone, relation, outsideArea: out === 1 })),
    meetingNearHome: pl(o.h),
    meetingOutsideArea: pl(o.o),
    childPickups: rows(o.k).map(([child, place, collectedBy, backup]) => ({ child, place, collectedBy, backup })),
    supplyLocation: o.s,
    neighbours: rows(o.n).map(([name, address, note]) => ({ name, address, note })),
    numbers: Array.isArray(o.p)
      ? rows(o.p).map(([k, label, number]) => ({ kind: typeof k === 'number' ? KINDS[k] : undefined, label, number }))
      : undefined,
    notes: o.t,
  });
}

export interface EncodeOptions {
  /** Force a method (tests); default: compressed when the browser can, whichever is shorter. */
  method?: 'r' | 'z' | 'j';
}

/** The fragment (without '#') carrying the plan. */
export async function encodePlanFragment(plan: Plan, options: EncodeOptions = {}): Promise<string> {
  const json = utf8(JSON.stringify(compactPlan(plan)));
  const plain = `${FRAGMENT_KEY}${LINK_FORMAT}j.${toBase64Url(json)}`;
  const format = options.method ? METHOD[options.method] : deflateFormat();
  if (options.method === 'j' || !format) return plain;
  const packed = `${FRAGMENT_KEY}${LINK_FORMAT}${format === 'deflate-raw' ? 'r' : 'z'}.${toBase64Url(await deflate(json, format))}`;
  return options.method || packed.length < plain.length ? packed : plain;
}

/** The full link to share. */
export async function planLink(origin: string, plan: Plan, options?: EncodeOptions): Promise<string> {
  return `${origin.replace(/\/$/, '')}/plan#${await encodePlanFragment(plan, options)}`;
}

export type LinkError = 'notALink' | 'tooLong' | 'newerVersion' | 'unsupported' | 'corrupt';
export type LinkResult = { ok: true; plan: Plan } | { ok: false; error: LinkError };

/** Does this location hash carry a plan? */
export function isPlanFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(FRAGMENT_KEY);
}

/** Reads a fragment (with or without '#'). Never throws; never returns a plan from bad input. */
export async function decodePlanFragment(hash: string): Promise<LinkResult> {
  const frag = hash.replace(/^#/, '');
  if (!frag.startsWith(FRAGMENT_KEY)) return { ok: false, error: 'notALink' };
  if (frag.length > MAX_FRAGMENT_CHARS) return { ok: false, error: 'tooLong' };
  const m = /^(\d{1,4})([a-z])\.(.*)$/s.exec(frag.slice(FRAGMENT_KEY.length));
  if (!m) return { ok: false, error: 'corrupt' };
  const version = Number(m[1]);
  if (version > LINK_FORMAT) return { ok: false, error: 'newerVersion' };
  if (version < 1 || !(m[2]! in METHOD)) return { ok: false, error: 'corrupt' };
  const format = METHOD[m[2]!] ?? null;
  try {
    let bytes = fromBase64Url(decodeURIComponent(m[3]!));
    if (format) {
      if (deflateFormat() === null) return { ok: false, error: 'unsupported' };
      bytes = await inflate(bytes, format, MAX_LINK_JSON_BYTES);
    } else if (bytes.byteLength > MAX_LINK_JSON_BYTES) return { ok: false, error: 'tooLong' };
    const data: unknown = JSON.parse(fromUtf8(bytes));
    if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== LINK_FORMAT) {
      return { ok: false, error: 'corrupt' };
    }
    return { ok: true, plan: expandPlan(data) };
  } catch (err) {
    return { ok: false, error: err instanceof RangeError ? 'tooLong' : 'corrupt' };
  }
}
