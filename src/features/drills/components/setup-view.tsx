import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './loading';
import { Link } from 'wouter';
import { Field } from '../../../components/field';
import { Notice } from '../../../components/notice';
import { Page } from '../../../components/page';
import { newId, saveSchool } from '../db/drills-repo';
import { emptySchool, parseNames, validateSchool, type SchoolIssue } from '../domain/school';
import type { School, SchoolClass } from '../domain/types';
import { useAction } from '../hooks/use-action';
import { useAutosave } from '../hooks/use-autosave';
import { useSchool } from '../hooks/use-drills';
import { ClassEditor } from './class-editor';

function newClass(): SchoolClass {
  return { id: newId(), name: '', size: NaN, adult: '', pupils: [] };
}

/** School set-up: name, lead, assembly points, classes (names stay on the device). */
export function SetupView() {
  const { t } = useTranslation('drills');
  const stored = useSchool();
  const [draft, setDraft] = useState<School | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<SchoolIssue[] | null>(null);
  const [dirty, setDirty] = useState(false);
  const { attempt, error } = useAction();
  const newPupilIds = useRef(new Map<string, string>());

  /** The draft with the typed names as pupils (ids stay the same while the names are edited). */
  const school = useMemo<School | null>(() => {
    if (!draft) return null;
    const idFor = (classId: string, i: number, existing?: string) => {
      if (existing) return existing;
      const key = `${classId}:${i}`;
      if (!newPupilIds.current.has(key)) newPupilIds.current.set(key, newId());
      return newPupilIds.current.get(key)!;
    };
    return {
      ...draft,
      classes: draft.classes.map((c) => ({
        ...c,
        pupils: parseNames(names[c.id] ?? '').map((name, i) => ({ id: idFor(c.id, i, c.pupils[i]?.id), name })),
      })),
    };
  }, [draft, names]);
  useAutosave(school, dirty, (s) => attempt(() => saveSchool(s)));

  useEffect(() => {
    if (draft || stored === undefined) return;
    const school = stored ?? { ...emptySchool(), classes: [newClass()], assemblyPoints: [{ id: newId(), name: '' }] };
    setDraft(school);
    setNames(Object.fromEntries(school.classes.map((c) => [c.id, c.pupils.map((p) => p.name).join('\n')])));
  }, [stored, draft]);

  if (!draft) return <Loading />;

  const patch = (p: Partial<School>) => {
    setDraft({ ...draft, ...p });
    setDirty(true);
  };
  const patchClass = (i: number, p: Partial<SchoolClass>) => patch({ classes: draft.classes.map((c, j) => (j === i ? { ...c, ...p } : c)) });
  const issue = (path: string) => issues?.find((x) => x.path === path);
  const msg = (path: string, namesCount = 0) => {
    const found = issue(path);
    return found ? t(`setup.errors.${found.code}`, { names: namesCount }) : undefined;
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!school) return;
    const found = validateSchool(school);
    if (await attempt(() => saveSchool(school))) setIssues(found);
    else setIssues(null);
  };

  return (
    <Page title={t('setup.title')} lead={t('setup.privacy')} className="drills">
      <p className="no-print">
        <Link href="/">{t('setup.back')}</Link>
      </p>
      <form onSubmit={onSubmit} noValidate>
        <Field label={t('setup.schoolName')} value={draft.name} error={msg('name')} onChange={(e) => patch({ name: e.target.value })} autoComplete="organization" />
        <Field label={t('setup.lead')} hint={t('setup.leadHint')} value={draft.lead} onChange={(e) => patch({ lead: e.target.value })} autoComplete="name" />

        <h2>{t('setup.pointsTitle')}</h2>
        {draft.assemblyPoints.map((p, i) => (
          <div key={p.id} className="button-row">
            <Field
              label={t('setup.pointName', { n: i + 1 })}
              value={p.name}
              onChange={(e) => patch({ assemblyPoints: draft.assemblyPoints.map((q) => (q.id === p.id ? { ...q, name: e.target.value } : q)) })}
            />
            <button
              type="button"
              className="button button-danger"
              onClick={() =>
                patch({
                  assemblyPoints: draft.assemblyPoints.filter((q) => q.id !== p.id),
                  classes: draft.classes.map((c) => (c.assemblyPointId === p.id ? { ...c, assemblyPointId: undefined } : c)),
                })
              }
            >
              {t('setup.removePoint', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button" onClick={() => patch({ assemblyPoints: [...draft.assemblyPoints, { id: newId(), name: '' }] })}>
          {t('setup.addPoint')}
        </button>

        <h2>{t('setup.classesTitle')}</h2>
        {issue('classes') ? <Notice tone="error" role="alert">{t('setup.errors.classesRequired')}</Notice> : null}
        {draft.classes.map((c, i) => (
          <ClassEditor
            key={c.id}
            index={i}
            cls={c}
            namesText={names[c.id] ?? ''}
            points={draft.assemblyPoints}
            errors={{ name: msg(`classes.${i}.name`), size: msg(`classes.${i}.size`, parseNames(names[c.id] ?? '').length) }}
            onChange={(p) => patchClass(i, p)}
            onNamesChange={(text) => {
              setNames({ ...names, [c.id]: text });
              setDirty(true);
            }}
            onRemove={() => patch({ classes: draft.classes.filter((x) => x.id !== c.id) })}
          />
        ))}
        <div className="button-row">
          <button type="button" className="button" onClick={() => patch({ classes: [...draft.classes, newClass()] })}>
            {t('setup.addClass')}
          </button>
        </div>
        {error ? <Notice tone="error" role="alert">{error}</Notice> : null}
        {issues ? (
          issues.length === 0 ? (
            <Notice tone="success">{t('setup.saved')}</Notice>
          ) : (
            <Notice tone="warning">{t('setup.notValid')}</Notice>
          )
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary big-button">
            {t('setup.save')}
          </button>
        </div>
      </form>
    </Page>
  );
}
