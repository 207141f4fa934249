/**
 * The backup file: one versioned JSON document with every table of user data.
 *
 *   { "app": "beredt", "kind": "backup", "format": 1, "exportedAt": "…", "schemaVersion": 1,
 *     "tables": { "household": [ … ], "plan": [ … ], … } }
 *
 * `parseBackup` is the only way in. It never throws: it returns a typed error for every way a
 * file can be wrong (too big, not JSON, not ours, newer format, unknown table, bad row), checks
 * the size before parsing, strips `__proto__` keys, and bounds nesting depth and row counts.
 * Dates inside rows are written as {"$date": ISO} and read back as Date objects.
 */
import { z } from 'zod';
import { PRIMARY_KEY, USER_TABLES, rowKey, type Row, type UserTable } from './user-rows';

export const BACKUP_APP = 'beredt';
export const BACKUP_KIND = 'backup';
export const PLAN_FILE_KIND = 'plan';
export const BACKUP_FORMAT = 1;
/** Largest backup accepted (a 100k-point shelter import is about 20 MB). */
export const MAX_BACKUP_BYTES = 32 * 1024 * 1024;
export const MAX_BACKUP_ROWS = 500_000;
export const MAX_ROW_DEPTH = 32;
export const MAX_KEY_LENGTH = 256;

export type BackupTables = Partial<Record<UserTable, Row[]>>;

export interface Backup {
  app: typeof BACKUP_APP;
  kind: typeof BACKUP_KIND;
  format: number;
  exportedAt: string;
  schemaVersion?: number;
  tables: BackupTables;
}

export type BackupError =
  | { code: 'empty' }
  | { code: 'tooLarge'; limit: number }
  | { code: 'notJson' }
  | { code: 'notBackup' }
  | { code: 'isPlanFile' }
  | { code: 'badVersion' }
  | { code: 'newerVersion'; found: number; supported: number }
  | { code: 'unknownTable'; table: string }
  | { code: 'invalid'; field: string }
  | { code: 'tooManyRows'; limit: number }
  | { code: 'badRow'; table: UserTable; index: number; reason: 'notObject' | 'missingKey' | 'keyTooLong' | 'tooDeep' | 'duplicateKey' };

export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

const tableShape = Object.fromEntries(USER_TABLES.map((t) => [t, z.array(z.unknown()).optional()])) as Record<
  UserTable,
  z.ZodOptional<z.ZodArray<z.ZodUnknown>>
>;

const envelope = z.strictObject({
  app: z.literal(BACKUP_APP),
  kind: z.literal(BACKUP_KIND),
  format: z.number().int().min(1),
  exportedAt: z.string().max(64),
  schemaVersion: z.number().int().min(1).max(10_000).optional(),
  tables: z.strictObject(tableShape),
});

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Walks a parsed row without recursion: removes own `__proto__` keys, turns {"$date": ISO} back
 * into Dates, and reports whether nesting stays within MAX_ROW_DEPTH. NOTE: mutates the row.
 */
function reviveRow(row: Record<string, unknown>): boolean {
  const stack: [Record<string, unknown> | unknown[], number][] = [[row, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_ROW_DEPTH) return false;
    if (!Array.isArray(node) && Object.hasOwn(node, '__proto__')) delete (node as Record<string, unknown>)['__proto__'];
    const keys = Array.isArray(node) ? node.keys() : Object.keys(node);
    for (const k of keys) {
      const v = (node as Record<string | number, unknown>)[k];
      if (typeof v !== 'object' || v === null) continue;
      const date = dateOf(v);
      if (date) (node as Record<string | number, unknown>)[k] = date;
      else stack.push([v as Record<string, unknown> | unknown[], depth + 1]);
    }
  }
  return true;
}

function dateOf(v: object): Date | null {
  if (Array.isArray(v)) return null;
  const keys = Object.keys(v);
  if (keys.length !== 1 || keys[0] !== '$date') return null;
  const iso = (v as { $date: unknown }).$date;
  if (typeof iso !== 'string') return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Parses and validates a backup file's text. Safe on any input.
 *
 * @example
 * const r = parseBackup(await file.text());
 * if (!r.ok) showError(r.error);
 */
export function parseBackup(text: unknown): ParseResult {
  try {
    return parseUnsafe(text);
  } catch {
    // Nothing above should throw; if a host object misbehaves, it is still just a bad file.
    return { ok: false, error: { code: 'invalid', field: '' } };
  }
}

function parseUnsafe(text: unknown): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: { code: 'notJson' } };
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: { code: 'tooLarge', limit: MAX_BACKUP_BYTES } };
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  if (!isPlainObject(data) || data.app !== BACKUP_APP) return { ok: false, error: { code: 'notBackup' } };
  if (data.kind === PLAN_FILE_KIND) return { ok: false, error: { code: 'isPlanFile' } };
  if (data.kind !== BACKUP_KIND) return { ok: false, error: { code: 'notBackup' } };
  const format = data.format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) return { ok: false, error: { code: 'badVersion' } };
  if (format > BACKUP_FORMAT) return { ok: false, error: { code: 'newerVersion', found: format, supported: BACKUP_FORMAT } };

  const r = envelope.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    if (issue.code === 'unrecognized_keys' && issue.path.join('.') === 'tables') {
      return { ok: false, error: { code: 'unknownTable', table: String(issue.keys[0]).slice(0, 64) } };
    }
    if (issue.code === 'too_big' && issue.path[0] === 'tables') return { ok: false, error: { code: 'tooManyRows', limit: MAX_BACKUP_ROWS } };
    return { ok: false, error: { code: 'invalid', field: issue.path.join('.').slice(0, 80) } };
  }

  const tables: BackupTables = {};
  let total = 0;
  for (const table of USER_TABLES) {
    const rows = r.data.tables[table];
    if (!rows) continue;
    total += rows.length;
    if (total > MAX_BACKUP_ROWS) return { ok: false, error: { code: 'tooManyRows', limit: MAX_BACKUP_ROWS } };
    const seen = new Set<string>();
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index];
      const bad = (reason: Extract<BackupError, { code: 'badRow' }>['reason']): ParseResult => ({
        ok: false,
        error: { code: 'badRow', table, index, reason },
      });
      if (!isPlainObject(row)) return bad('notObject');
      const raw = row[PRIMARY_KEY[table]];
      if (typeof raw === 'string' && raw.length > MAX_KEY_LENGTH) return bad('keyTooLong');
      const key = rowKey(table, row);
      if (key === null) return bad('missingKey');
      if (seen.has(key)) return bad('duplicateKey');
      seen.add(key);
      if (!reviveRow(row)) return bad('tooDeep');
    }
    tables[table] = rows as Row[];
  }
  return {
    ok: true,
    backup: {
      app: BACKUP_APP,
      kind: BACKUP_KIND,
      format,
      exportedAt: r.data.exportedAt,
      ...(r.data.schemaVersion !== undefined ? { schemaVersion: r.data.schemaVersion } : {}),
      tables,
    },
  };
}

/** JSON text of a backup: Dates become {"$date": ISO}; keys in a stable table order. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, function replacer(this: Record<string, unknown>, key: string, value: unknown) {
    const original = key === '' ? value : this[key];
    if (original instanceof Date) return Number.isNaN(original.getTime()) ? null : { $date: original.toISOString() };
    return value;
  });
}

/** A backup envelope around the given tables. */
export function makeBackup(tables: BackupTables, now: Date, schemaVersion?: number): Backup {
  const ordered: BackupTables = {};
  for (const t of USER_TABLES) if (tables[t]) ordered[t] = tables[t];
  return {
    app: BACKUP_APP,
    kind: BACKUP_KIND,
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    ...(schemaVersion !== undefined ? { schemaVersion } : {}),
    tables: ordered,
  };
}

/** File name for a backup made at `now`, e.g. beredt-backup-2026-11-23.json. */
export function backupFileName(now: Date, prefix = 'beredt-backup'): string {
  return `${prefix}-${now.toISOString().slice(0, 10)}.json`;
}
