import { describe, expect, it } from 'vitest';
import { formatElapsed, formatLocalDateTime, toSeconds } from './format';
import { buildCustomScenario, localize, sortScenarios, validateCustomScenario } from './scenario';
import { emptySchool, parseNames, toDrillClasses, validateSchool } from './school';
import type { Scenario, School } from './types';

describe('formatElapsed / toSeconds', () => {
  it('formats m:ss and h:mm:ss, floors, and never shows negative time', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(5_999)).toBe('0:05');
    expect(formatElapsed(185_000)).toBe('3:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5000)).toBe('0:00');
    expect(formatElapsed(null)).toBe('0:00');
    expect(formatElapsed(NaN)).toBe('0:00');
  });
  it('toSeconds', () => {
    expect(toSeconds(95_400)).toBe(95);
    expect(toSeconds(-1)).toBe(0);
    expect(toSeconds(null)).toBeNull();
  });
  it('formatLocalDateTime uses the given time zone', () => {
    expect(formatLocalDateTime(Date.UTC(2026, 6, 1, 10, 0, 0), 'Europe/Copenhagen')).toBe('2026-07-01 12:00:00');
  });
});

describe('scenarios', () => {
  const s = (id: string, kind: Scenario['kind'], name: string): Scenario => ({ id, sourceId: 'x', kind, name: { da: name }, summary: {}, steps: [], targets: [], sources: [] });
  it('localize falls back to Danish, then any language', () => {
    expect(localize({ da: 'Hej', en: 'Hi' }, 'en')).toBe('Hi');
    expect(localize({ da: 'Hej' }, 'uk')).toBe('Hej');
    expect(localize({ en: 'Only' }, 'da')).toBe('Only');
    expect(localize({ da: 'Hej', en: '' }, 'en')).toBe('Hej');
    expect(localize(undefined, 'da')).toBe('');
    expect(localize({ da: 'Hej' }, 'xx')).toBe('Hej');
  });
  it('sorts shipped scenarios first', () => {
    const out = sortScenarios([s('c', 'custom', 'Aa'), s('sh', 'shelter', 'Z'), s('ev', 'evacuation', 'Y')], 'da');
    expect(out.map((x) => x.id)).toEqual(['ev', 'sh', 'c']);
  });
  it('validates and builds a custom scenario in the writer’s language', () => {
    expect(validateCustomScenario({ name: ' ', steps: [' '], allAccountedWithinSeconds: 0 })).toEqual(['nameRequired', 'stepsRequired', 'targetInvalid']);
    const built = buildCustomScenario({ name: 'Lockdown', steps: ['Lock doors', '', 'Count'], allAccountedWithinSeconds: 300 }, 'en', 'u1', 'All counted in 5 min');
    expect(built).toMatchObject({ id: 'u1', sourceId: 'user', kind: 'custom', name: { en: 'Lockdown' } });
    expect(built.steps.map((x) => x.id)).toEqual(['step-1', 'step-2']);
    expect(built.targets).toEqual([{ id: 'all-accounted', kind: 'allAccounted', withinSeconds: 300, text: { en: 'All counted in 5 min' } }]);
    expect(buildCustomScenario({ name: 'X', steps: ['a'] }, 'da', 'u2', '').targets).toEqual([]);
    expect(() => buildCustomScenario({ name: '', steps: [] }, 'da', 'u3', '')).toThrow();
  });
});

describe('school', () => {
  const school = (patch: Partial<School> = {}): School => ({
    ...emptySchool(),
    name: 'Søndre Skole',
    classes: [{ id: 'c1', name: '3.A', size: 20, adult: 'Jens', assemblyPointId: 'p1', pupils: [] }],
    assemblyPoints: [{ id: 'p1', name: 'Fodboldbanen' }],
    ...patch,
  });
  it('a complete set-up is valid', () => {
    expect(validateSchool(school())).toEqual([]);
  });
  it('names what is wrong, by path', () => {
    const bad = school({
      name: '',
      classes: [
        { id: 'a', name: '', size: 0, adult: '', pupils: [] },
        { id: 'b', name: '3.a', size: 2.5, adult: '', pupils: [] },
        { id: 'c', name: '3.A', size: 3, adult: '', pupils: [{ id: 'p', name: 'Ida' }] },
      ],
    });
    expect(validateSchool(bad)).toEqual([
      { path: 'name', code: 'required' },
      { path: 'classes.0.name', code: 'required' },
      { path: 'classes.0.size', code: 'range' },
      { path: 'classes.1.size', code: 'range' },
      { path: 'classes.2.name', code: 'duplicate' },
      { path: 'classes.2.size', code: 'namesMismatch' },
    ]);
    expect(validateSchool(school({ classes: [] }))).toEqual([{ path: 'classes', code: 'required' }]);
  });
  it('freezes classes into a drill without pupil names', () => {
    const withNames = school({ classes: [{ id: 'c1', name: ' 3.A ', size: 1, adult: 'Jens', assemblyPointId: 'p1', pupils: [{ id: 'x', name: 'Ida Ærø' }] }] });
    const frozen = toDrillClasses(withNames);
    expect(frozen).toEqual([{ id: 'c1', name: '3.A', size: 1, adult: 'Jens', assemblyPoint: 'Fodboldbanen' }]);
    expect(JSON.stringify(frozen)).not.toContain('Ida');
  });
  it('parses names one per line', () => {
    expect(parseNames(' Ida \r\n\nBo\n ')).toEqual(['Ida', 'Bo']);
  });
});
