/** Builders for plan test data (used by tests only). */
import { emptyPlan, type Plan } from './plan-model';

export function samplePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    ...emptyPlan(),
    updatedAt: '2026-11-20T10:00:00.000Z',
    members: [
      { id: 'm1', name: 'Søren Æbelø', phone: '+45 20 30 40 50', needs: 'Gangbesvær, bruger rollator', medicine: 'Insulin (køleskab)' },
      { id: 'm2', name: 'Олена Коваленко', phone: '31 22 11 00', needs: 'Алергія на горіхи', medicine: '' },
    ],
    contacts: [
      { id: 'c1', name: 'Moster Åse', phone: '86 12 34 56', relation: 'Moster i Aarhus', outsideArea: true },
      { id: 'c2', name: 'Naboen Ib', phone: '22 33 44 55', relation: 'Nabo', outsideArea: false },
    ],
    meetingNearHome: { description: 'Ved legepladsen på Grønnegade', lat: 55.6761, lon: 12.5683 },
    meetingOutsideArea: { description: 'Hos moster Åse, Søndergade 3, Aarhus' },
    childPickups: [{ id: 'k1', child: 'Ida', place: 'Børnehaven Solsikken', collectedBy: 'Søren', backup: 'Naboen Ib' }],
    supplyLocation: 'Kælderen, hylden til venstre',
    neighbours: [{ id: 'n1', name: 'Fru Jensen', address: 'nr. 12, 2. th.', note: 'Bor alene, hører dårligt' }],
    notes: 'Radio med batterier i køkkenskuffen. Пам’ятка: радіо DR P4.',
    ...overrides,
  };
}
