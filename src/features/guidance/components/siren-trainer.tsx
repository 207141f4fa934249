import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { Page } from '../../../components/page';
import { countdownTo, nextSirenTest, SIREN_TIME_ZONE } from '../domain/siren-schedule';
import { sirenSignal, type SirenKind, type SirenSignal } from '../domain/siren-signal';
import { intlLocale, useGuidanceLang } from '../hooks/use-lang';
import { canPlayAudio, SirenPlayer } from './siren-player';
import { GuidanceNav } from './sub-nav';

/** A small drawing of the frequency over time (decorative: the text says the same). */
function EnvelopeDrawing({ signal }: { signal: SirenSignal }) {
  const max = Math.max(...signal.points.map((p) => p.hz));
  const min = Math.min(...signal.points.map((p) => p.hz)) * 0.6;
  const pts = signal.points.map((p) => `${(p.t / signal.duration) * 300},${58 - ((p.hz - min) / (max - min)) * 50}`).join(' ');
  return (
    <svg className="siren-envelope" viewBox="0 0 300 60" aria-hidden="true" focusable="false">
      <polyline points={pts} fill="none" stroke="currentColor" strokeWidth="3" strokeLinejoin="round" />
    </svg>
  );
}

function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

function NextTest() {
  const { t } = useTranslation('guidance');
  const lang = useGuidanceLang();
  const now = useNow(1000);
  const next = nextSirenTest(now);
  const left = countdownTo(next, now);
  const date = new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: SIREN_TIME_ZONE }).format(next);
  const unit = (value: number, u: 'day' | 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  return (
    <section className="card siren-next" aria-labelledby="h-next-test">
      <h2 id="h-next-test">{t('siren.nextTest')}</h2>
      <p className="siren-next-date">
        <time dateTime={next.toISOString()}>{t('siren.nextTestWhen', { date })}</time>
      </p>
      {left.inProgress ? (
        <p role="status">{t('siren.inProgress')}</p>
      ) : (
        <p>
          <span className="visually-hidden">{t('siren.countdownLabel')}: </span>
          <span className="siren-countdown" data-testid="siren-countdown">
            {unit(left.days, 'day')}, {unit(left.hours, 'hour')}, {unit(left.minutes, 'minute')}, {unit(left.seconds, 'second')}
          </span>
        </p>
      )}
      <p>{t('siren.testInfo')}</p>
    </section>
  );
}

/** The siren trainer: plays both signals (Web Audio), explains them, counts down to the test. */
export function SirenTrainer() {
  const { t } = useTranslation('guidance');
  const player = useRef<SirenPlayer | null>(null);
  const [playing, setPlaying] = useState<{ kind: SirenKind; until: number } | null>(null);
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);
  const now = useNow(playing ? 250 : 60_000);
  const audio = canPlayAudio();

  useEffect(() => () => player.current?.close(), []);

  const names: Record<SirenKind, string> = { warning: t('siren.warningName'), 'all-clear': t('siren.allClearName') };

  const play = async (kind: SirenKind) => {
    const signal = sirenSignal(kind);
    player.current ??= new SirenPlayer();
    try {
      setFailed(false);
      await player.current.play(signal, () => {
        setPlaying((p) => (p?.kind === kind ? null : p));
        setMessage(t('siren.stopped'));
      });
      setPlaying({ kind, until: Date.now() + signal.duration * 1000 });
      setMessage('');
    } catch {
      setFailed(true);
    }
  };

  const stop = () => {
    player.current?.stop();
    setPlaying(null);
    setMessage(t('siren.stopped'));
  };

  const secondsLeft = playing ? Math.max(0, Math.ceil((playing.until - now.getTime()) / 1000)) : 0;

  return (
    <Page title={t('siren.title')} lead={t('siren.intro')} className="guidance-siren">
      <GuidanceNav />
      {!audio || failed ? (
        <Notice tone="error" role="alert">
          {t('siren.noAudio')}
        </Notice>
      ) : (
        <Notice tone="warning" role="note">
          {t('siren.volume')}
        </Notice>
      )}
      {(['warning', 'all-clear'] as const).map((kind) => (
        <section key={kind} className="card siren-card" aria-labelledby={`h-siren-${kind}`}>
          <h2 id={`h-siren-${kind}`}>{names[kind]}</h2>
          <EnvelopeDrawing signal={sirenSignal(kind)} />
          <p>{kind === 'warning' ? t('siren.warningText') : t('siren.allClearText')}</p>
          <div className="button-row">
            {playing?.kind === kind ? (
              <button type="button" className="button button-danger" onClick={stop}>
                ■ {t('siren.stop')}
              </button>
            ) : (
              <button type="button" className="button button-primary" disabled={!audio} onClick={() => void play(kind)}>
                ▶ {t('siren.play', { name: names[kind] })}
              </button>
            )}
          </div>
        </section>
      ))}
      <p role="status" className="siren-status">
        {playing ? t('siren.playing', { name: names[playing.kind], seconds: sirenSignal(playing.kind).duration }) : message}
      </p>
      {playing ? (
        <p className="siren-left" aria-hidden="true" data-testid="siren-left">
          {secondsLeft} s
        </p>
      ) : null}
      <NextTest />
    </Page>
  );
}
