import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/field';
import { Notice } from '../../../components/notice';
import { saveDebrief } from '../db/drills-repo';
import type { Drill } from '../domain/types';
import { useAction } from '../hooks/use-action';

/** Remarks and debrief (what worked, what to improve), stored with the drill. */
export function DebriefForm({ drill }: { drill: Drill }) {
  const { t } = useTranslation('drills');
  const [notes, setNotes] = useState(drill.notes);
  const [worked, setWorked] = useState(drill.debrief.worked);
  const [improve, setImprove] = useState(drill.debrief.improve);
  const [saved, setSaved] = useState(false);
  const { attempt, error } = useAction();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(await attempt(() => saveDebrief(drill.id, { notes, debrief: { worked, improve } })));
  };
  const area = (label: string, value: string, set: (v: string) => void) => (
    <TextAreaField
      label={label}
      value={value}
      onChange={(e) => {
        set(e.target.value);
        setSaved(false);
      }}
    />
  );
  return (
    <form onSubmit={onSubmit}>
      {area(t('report.worked'), worked, setWorked)}
      {area(t('report.improve'), improve, setImprove)}
      {area(t('report.drillNotes'), notes, setNotes)}
      {error ? <Notice tone="error" role="alert">{error}</Notice> : null}
      {saved ? <Notice tone="success">{t('report.saved')}</Notice> : null}
      <button type="submit" className="button no-print">
        {t('report.save')}
      </button>
    </form>
  );
}
