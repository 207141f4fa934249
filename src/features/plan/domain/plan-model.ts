/**
 * The household emergency plan: what a family agrees on before the phones go quiet.
 *
 * `restorePlan` is the one door for plan data from anywhere (IndexedDB, a share link, a plan
 * file, a backup): it repairs what it can, drops what it cannot, and never throws, so a bad or
 * old record never blanks the page.
 */
import { defaultNumbers, type NumberKind } from './important-numbers';

export const PLAN_ID = 'plan';
export const PLAN_FORMAT = 1;

/** Upper bounds that keep a plan printable and a share link scannable. */
export const PLAN_LIMITS = {
  text: 200,
  longText: 1000,
  phone: 25,
  list: 30,
} as const;

export interface PlanMember {
  id: string;
  name: string;
  phone: string;
  /** Care needs, mobility, allergies: what a helper must know. */
  needs: string;
  medicine: string;
}

export interface PlanContact {
  id: string;
  name: string;
  phone: string;
  relation: string;
  /** Lives outside the area: reachable when the local network or area is hit. */
  outsideArea: boolean;
}

export interface MeetingPlace {
  description: string;
  /** Optional point picked on the map (WGS84). */
  lat?: number;
  lon?: number;
}

export interface ChildPickup {
  id: string;
  /** Child's name. */
  child: string;
  /** School or day care. */
  place: string;
  collectedBy: string;
  /** Who goes if the first person cannot. */
  backup: string;
}

export interface Neighbour {
  id: string;
  name: string;
  address: string;
  note: string;
}

export interface ImportantNumber {
  id: string;
  kind: NumberKind;
  /** Free label for kinds that need one (doctor's name, school, work place, other). */
  label: string;
  number: string;
}

export interface Plan {
  id: typeof PLAN_ID;
  format: typeof PLAN_FORMAT;
  /** ISO time of the last saved change ('' for a new plan). */
  updatedAt: string;
  members: PlanMember[];
  contacts: PlanContact[];
  meetingNearHome: MeetingPlace;
  meetingOutsideArea: MeetingPlace;
  childPickups: ChildPickup[];
  /** Where the home supply is kept. */
  supplyLocation: string;
  neighbours: Neighbour[];
  numbers: ImportantNumber[];
  notes: string;
}

/** A fresh plan with the national numbers filled in. */
export function emptyPlan(): Plan {
  return {
    id: PLAN_ID,
    format: PLAN_FORMAT,
    updatedAt: '',
    members: [],
    contacts: [],
    meetingNearHome: { description: '' },
    meetingOutsideArea: { description: '' },
    childPickups: [],
    supplyLocation: '',
    neighbours: [],
    numbers: defaultNumbers(),
    notes: '',
  };
}

// ---- repair on read -------------------------------------------------------------------------
// Plain functions rather than a schema: every field is repaired on its own, nothing throws.

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : null);

/** A string field cut to its limit; numbers become text; anything else ''. */
function text(v: unknown, max: number): string {
  if (typeof v === 'string') return v.slice(0, max);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v).slice(0, max);
  return '';
}

function coord(v: unknown, limit: number): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit ? v : undefined;
}

const KINDS: readonly NumberKind[] = ['emergency', 'police', 'medical', 'poison', 'doctor', 'school', 'work', 'other'];
const T = PLAN_LIMITS.text;
const L = PLAN_LIMITS.longText;
const P = PLAN_LIMITS.phone;

/** A list: non-arrays become [], non-objects are dropped, the length is capped, ids made unique. */
function list<T extends { id: string }>(v: unknown, prefix: string, item: (o: Obj) => Omit<T, 'id'>): T[] {
  if (!Array.isArray(v)) return [];
  const out: T[] = [];
  const seen = new Set<string>();
  for (const raw of v) {
    if (out.length >= PLAN_LIMITS.list) break;
    const o = obj(raw);
    if (!o) continue;
    let id = typeof o.id === 'string' && o.id.length > 0 && o.id.length <= 64 ? o.id : '';
    for (let n = out.length + 1; !id || seen.has(id); n++) id = `${prefix}${n}`;
    seen.add(id);
    out.push({ id, ...item(o) } as T);
  }
  return out;
}

function place(v: unknown): MeetingPlace {
  const o = obj(v) ?? {};
  const lat = coord(o.lat, 90);
  const lon = coord(o.lon, 180);
  const description = text(o.description, L);
  return lat !== undefined && lon !== undefined ? { description, lat, lon } : { description };
}

/**
 * Repairs any value into a valid Plan. Unknown input gives the empty plan; a missing `numbers`
 * list gets the national defaults, an explicit list (even empty) is kept as the user left it.
 *
 * @example restorePlan(JSON.parse(text)).members
 */
export function restorePlan(raw: unknown): Plan {
  const base = emptyPlan();
  const o = obj(raw);
  if (!o) return base;
  const updatedAt = typeof o.updatedAt === 'string' && o.updatedAt.length <= 40 && !Number.isNaN(Date.parse(o.updatedAt)) ? o.updatedAt : '';
  return {
    ...base,
    updatedAt,
    members: list<PlanMember>(o.members, 'm', (m) => ({
      name: text(m.name, T),
      phone: text(m.phone, P),
      needs: text(m.needs, L),
      medicine: text(m.medicine, L),
    })),
    contacts: list<PlanContact>(o.contacts, 'c', (c) => ({
      name: text(c.name, T),
      phone: text(c.phone, P),
      relation: text(c.relation, T),
      outsideArea: c.outsideArea === true,
    })),
    meetingNearHome: place(o.meetingNearHome),
    meetingOutsideArea: place(o.meetingOutsideArea),
    childPickups: list<ChildPickup>(o.childPickups, 'k', (k) => ({
      child: text(k.child, T),
      place: text(k.place, T),
      collectedBy: text(k.collectedBy, T),
      backup: text(k.backup, T),
    })),
    supplyLocation: text(o.supplyLocation, L),
    neighbours: list<Neighbour>(o.neighbours, 'n', (n) => ({ name: text(n.name, T), address: text(n.address, T), note: text(n.note, L) })),
    numbers: Array.isArray(o.numbers)
      ? list<ImportantNumber>(o.numbers, 'p', (n) => ({
          kind: KINDS.includes(n.kind as NumberKind) ? (n.kind as NumberKind) : 'other',
          label: text(n.label, T),
          number: text(n.number, P),
        }))
      : base.numbers,
    notes: text(o.notes, L),
  };
}

/** A short random id for list entries (crypto where available). */
export function newId(prefix = ''): string {
  const c = globalThis.crypto;
  const rnd = c?.randomUUID ? c.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `${prefix}${rnd}`;
}
