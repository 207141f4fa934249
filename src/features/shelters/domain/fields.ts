/**
 * Which property or column of a shelter file holds what. Files from BBR extracts, municipalities
 * and hand-made spreadsheets name their fields differently; matching is case-insensitive.
 */
export const FIELD_NAMES = {
  capacity: ['pladser', 'plasser', 'capacity', 'kapacitet', 'places', 'byg069sikringsrumpladser', 'sikringsrumpladser', 'antal_pladser', 'antalpladser'],
  id: ['id', 'bbr_id', 'romnr', 'bygning_id', 'id_lokalid', 'objectid', 'fid', 'shelter_id'],
  address: ['adresse', 'address', 'adr', 'addr'],
  name: ['navn', 'name', 'betegnelse'],
  lat: ['lat', 'latitude', 'breddegrad', 'y_wgs84'],
  lon: ['lon', 'lng', 'long', 'longitude', 'laengdegrad', 'længdegrad', 'x_wgs84'],
} as const;

export type FieldRole = keyof typeof FIELD_NAMES;

/** The first key of `keys` that names `role`, or undefined. */
export function findField(keys: readonly string[], role: FieldRole): string | undefined {
  const lower = new Map(keys.map((k) => [k.trim().toLowerCase(), k]));
  for (const name of FIELD_NAMES[role]) {
    const hit = lower.get(name);
    if (hit !== undefined) return hit;
  }
  return undefined;
}
