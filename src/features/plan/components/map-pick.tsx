/**
 * "Pick on the map" for one meeting place. The map (maplibre-gl, from the shelters feature) is
 * a lazy chunk loaded only when the user opens it; without WebGL, or if the map fails, a plain
 * message says to type the place instead and the rest of the plan keeps working.
 */
import { Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../../components/error-boundary';
import { Notice } from '../../../components/notice';
import { PointPickerMap, webglAvailable } from '../../shelters';
import type { MeetingPlace } from '../domain/plan-model';

type Failure = 'noWebgl' | 'contextLost' | 'failed';

export function MapPick({ place, onChange }: { place: MeetingPlace; onChange: (p: MeetingPlace) => void }) {
  const { t } = useTranslation('plan');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [picked, setPicked] = useState(false);

  const toggle = () => {
    setPicked(false);
    if (open) return setOpen(false);
    setFailure(webglAvailable() ? null : 'noWebgl');
    setOpen(true);
  };
  const failed = <Notice tone="warning" role="alert">{t('meeting.pick.failed')}</Notice>;

  return (
    <>
      <div className="button-row">
        <button type="button" className="button" aria-expanded={open} aria-controls={open ? `${id}-map` : undefined} onClick={toggle}>
          {open ? t('meeting.pick.close') : t('meeting.pick.open')}
        </button>
      </div>
      {open ? (
        <div id={`${id}-map`} className="plan-map-pick">
          {failure ? (
            <Notice tone="warning" role="alert">
              {t(`meeting.pick.${failure}`)}
            </Notice>
          ) : (
            <>
              <p className="field-hint">{t('meeting.pick.hint')}</p>
              <ErrorBoundary fallback={() => failed}>
                <Suspense fallback={<p role="status">{t('meeting.pick.loading')}</p>}>
                  <PointPickerMap
                    lon={place.lon}
                    lat={place.lat}
                    label={t('meeting.pick.label')}
                    useCentreLabel={t('meeting.pick.useCentre')}
                    onPick={(lon, lat) => {
                      setPicked(true);
                      onChange({ ...place, lon, lat });
                    }}
                    onFailure={setFailure}
                  />
                </Suspense>
              </ErrorBoundary>
              <p role="status" className="field-hint">
                {picked ? t('meeting.pick.picked') : ''}
              </p>
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
