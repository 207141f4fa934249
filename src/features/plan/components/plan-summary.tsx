/**
 * The plan as text: the printable plan, and the read-only view of a shared plan before it is
 * imported. Empty parts are left out; phone numbers are tel: links on screen.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../domain/plan-model';
import { telHref } from '../domain/plan-validation';

export function Phone({ value }: { value: string }) {
  const href = telHref(value);
  return href ? <a href={href}>{value}</a> : <>{value}</>;
}

function Part({ title, children, show }: { title: string; children: ReactNode; show: boolean }) {
  if (!show) return null;
  return (
    <section className="plan-part">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** A meeting place as text: the description, and the point (if any) to type into a map app. */
function placeText(p: Plan['meetingNearHome']): string {
  const point = p.lat !== undefined && p.lon !== undefined ? `(${p.lat.toFixed(5)}, ${p.lon.toFixed(5)})` : '';
  return [p.description.trim(), point].filter(Boolean).join(' ') || '–';
}

const join = (...parts: string[]) => parts.map((p) => p.trim()).filter(Boolean).join(' · ');

export function PlanSummary({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plan');
  const numbers = plan.numbers.filter((n) => n.number.trim());
  return (
    <div className="plan-summary">
      <Part title={t('members.title')} show={plan.members.length > 0}>
        <ul>
          {plan.members.map((m) => (
            <li key={m.id}>
              <strong>{m.name}</strong> {m.phone ? <Phone value={m.phone} /> : null}
              {m.needs ? <div>{`${t('members.needs')}: ${m.needs}`}</div> : null}
              {m.medicine ? <div>{`${t('members.medicine')}: ${m.medicine}`}</div> : null}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('contacts.title')} show={plan.contacts.length > 0}>
        <ul>
          {plan.contacts.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> <Phone value={c.phone} /> {join(c.relation, c.outsideArea ? t('contacts.outsideArea') : '')}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('meeting.title')} show={!!(plan.meetingNearHome.description || plan.meetingOutsideArea.description)}>
        <dl>
          <dt>{t('meeting.nearHome')}</dt>
          <dd>{placeText(plan.meetingNearHome)}</dd>
          <dt>{t('meeting.outsideArea')}</dt>
          <dd>{placeText(plan.meetingOutsideArea)}</dd>
        </dl>
      </Part>
      <Part title={t('children.title')} show={plan.childPickups.length > 0}>
        <ul>
          {plan.childPickups.map((k) => (
            <li key={k.id}>
              <strong>{k.child}</strong> {join(k.place, k.collectedBy && `${t('children.collectedBy')}: ${k.collectedBy}`, k.backup && `${t('children.backup')}: ${k.backup}`)}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('supply.location')} show={!!plan.supplyLocation.trim()}>
        <p>{plan.supplyLocation}</p>
      </Part>
      <Part title={t('neighbours.title')} show={plan.neighbours.length > 0}>
        <ul>
          {plan.neighbours.map((n) => (
            <li key={n.id}>
              <strong>{n.name}</strong> {join(n.address, n.note)}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('numbers.title')} show={numbers.length > 0}>
        <ul className="plan-numbers-list">
          {numbers.map((n) => (
            <li key={n.id}>
              {join(t(`numbers.kinds.${n.kind}`), n.label)}: <Phone value={n.number} />
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('notes.title')} show={!!plan.notes.trim()}>
        <p>{plan.notes}</p>
      </Part>
    </div>
  );
}
