import { useTranslation } from 'react-i18next';
import type { MeetingPlace, Plan } from '../domain/plan-model';
import { TextArea } from './text-area';

export function MeetingSection({ plan, change }: { plan: Plan; change: (patch: Partial<Plan>) => void }) {
  const { t } = useTranslation('plan');
  const point = (p: MeetingPlace) =>
    p.lat !== undefined && p.lon !== undefined ? <p className="field-hint">{t('meeting.point', { lat: p.lat.toFixed(5), lon: p.lon.toFixed(5) })}</p> : null;
  return (
    <section className="card plan-section" aria-labelledby="plan-meeting-title">
      <h2 id="plan-meeting-title">{t('meeting.title')}</h2>
      <p>{t('meeting.hint')}</p>
      <TextArea
        label={t('meeting.nearHome')}
        hint={t('meeting.nearHomeHint')}
        value={plan.meetingNearHome.description}
        maxLength={1000}
        onChange={(e) => change({ meetingNearHome: { ...plan.meetingNearHome, description: e.target.value } })}
      />
      {point(plan.meetingNearHome)}
      <TextArea
        label={t('meeting.outsideArea')}
        hint={t('meeting.outsideAreaHint')}
        value={plan.meetingOutsideArea.description}
        maxLength={1000}
        onChange={(e) => change({ meetingOutsideArea: { ...plan.meetingOutsideArea, description: e.target.value } })}
      />
      {point(plan.meetingOutsideArea)}
    </section>
  );
}
