/**
 * The two meeting places: typed, with an optional point picked on the offline map or taken from
 * the device position (explained before the browser asks; refusal, no fix and timeout each get a
 * message). The point stays on the device unless the user shares the plan.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/field';
import { Notice } from '../../../components/notice';
import type { MeetingPlace, Plan } from '../domain/plan-model';
import { MapPick } from './map-pick';

type Which = 'meetingNearHome' | 'meetingOutsideArea';
type GeoError = 'denied' | 'unavailable' | 'timeout';

function PlaceField({ which, place, onChange }: { which: Which; place: MeetingPlace; onChange: (p: MeetingPlace) => void }) {
  const { t } = useTranslation('plan');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<GeoError | null>(null);
  const key = which === 'meetingNearHome' ? 'nearHome' : 'outsideArea';
  const locate = () => {
    setError(null);
    if (!('geolocation' in navigator)) return setError('unavailable');
    setBusy(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setBusy(false);
        const round = (v: number) => Math.round(v * 1e5) / 1e5;
        onChange({ ...place, lat: round(pos.coords.latitude), lon: round(pos.coords.longitude) });
      },
      (err) => {
        setBusy(false);
        setError(err.code === err.PERMISSION_DENIED ? 'denied' : err.code === err.TIMEOUT ? 'timeout' : 'unavailable');
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  const hasPoint = place.lat !== undefined && place.lon !== undefined;
  return (
    <div className="plan-place">
      <TextAreaField
        rows={3}
        label={t(`meeting.${key}`)}
        hint={t(`meeting.${key}Hint`)}
        value={place.description}
        maxLength={1000}
        onChange={(e) => onChange({ ...place, description: e.target.value })}
      />
      {hasPoint ? <p className="field-hint">{t('meeting.point', { lat: place.lat!.toFixed(5), lon: place.lon!.toFixed(5) })}</p> : null}
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={locate}>
          {busy ? t('meeting.locating') : t('meeting.usePosition')}
        </button>
        {hasPoint ? (
          <button type="button" className="button" onClick={() => onChange({ description: place.description })}>
            {t('meeting.removePoint')}
          </button>
        ) : null}
      </div>
      <MapPick place={place} onChange={onChange} />
      {error ? (
        <Notice tone="warning" role="alert">
          {t(`meeting.geo.${error}`)}
        </Notice>
      ) : null}
    </div>
  );
}

export function MeetingSection({ plan, change }: { plan: Plan; change: (patch: Partial<Plan>) => void }) {
  const { t } = useTranslation('plan');
  return (
    <section className="card plan-section" aria-labelledby="plan-meeting-title">
      <h2 id="plan-meeting-title">{t('meeting.title')}</h2>
      <p>{t('meeting.hint')}</p>
      <p className="field-hint">{t('meeting.positionWhy')}</p>
      <PlaceField which="meetingNearHome" place={plan.meetingNearHome} onChange={(meetingNearHome) => change({ meetingNearHome })} />
      <PlaceField which="meetingOutsideArea" place={plan.meetingOutsideArea} onChange={(meetingOutsideArea) => change({ meetingOutsideArea })} />
    </section>
  );
}
