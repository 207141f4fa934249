import { useTranslation } from 'react-i18next';
import type { ChildPickup, Neighbour, Plan, PlanContact, PlanMember } from '../domain/plan-model';
import { ListSection } from './list-section';

interface Props {
  plan: Plan;
  change: (patch: Partial<Plan>) => void;
  errorAt: (path: string) => string | null;
}

/** The four lists of the plan: household, contacts, children, neighbours. */
export function PlanLists({ plan, change, errorAt }: Props) {
  const { t } = useTranslation('plan');
  return (
    <>
      <ListSection<PlanMember>
        id="plan-members"
        title={t('members.title')}
        hint={t('members.hint')}
        itemLabel={(n) => t('members.item', { n })}
        addLabel={t('members.add')}
        rows={plan.members}
        blank={() => ({ name: '', phone: '', needs: '', medicine: '' })}
        fields={[
          { key: 'name', label: t('members.name') },
          { key: 'phone', label: t('members.phone'), type: 'tel' },
          { key: 'needs', label: t('members.needs'), hint: t('members.needsHint'), type: 'textarea' },
          { key: 'medicine', label: t('members.medicine'), hint: t('members.medicineHint'), type: 'textarea' },
        ]}
        onChange={(members) => change({ members })}
        errorFor={(i, key) => errorAt(`members.${i}.${key}`)}
      />
      <ListSection<PlanContact>
        id="plan-contacts"
        title={t('contacts.title')}
        hint={t('contacts.hint')}
        itemLabel={(n) => t('contacts.item', { n })}
        addLabel={t('contacts.add')}
        rows={plan.contacts}
        blank={() => ({ name: '', phone: '', relation: '', outsideArea: plan.contacts.every((c) => !c.outsideArea) })}
        fields={[
          { key: 'name', label: t('contacts.name') },
          { key: 'phone', label: t('contacts.phone'), type: 'tel' },
          { key: 'relation', label: t('contacts.relation') },
          { key: 'outsideArea', label: t('contacts.outsideArea'), type: 'checkbox' },
        ]}
        onChange={(contacts) => change({ contacts })}
        errorFor={(i, key) => errorAt(`contacts.${i}.${key}`)}
      />
      <ListSection<ChildPickup>
        id="plan-children"
        title={t('children.title')}
        hint={t('children.hint')}
        itemLabel={(n) => t('children.item', { n })}
        addLabel={t('children.add')}
        rows={plan.childPickups}
        blank={() => ({ child: '', place: '', collectedBy: '', backup: '' })}
        fields={[
          { key: 'child', label: t('children.child') },
          { key: 'place', label: t('children.place') },
          { key: 'collectedBy', label: t('children.collectedBy') },
          { key: 'backup', label: t('children.backup') },
        ]}
        onChange={(childPickups) => change({ childPickups })}
      />
      <ListSection<Neighbour>
        id="plan-neighbours"
        title={t('neighbours.title')}
        hint={t('neighbours.hint')}
        itemLabel={(n) => t('neighbours.item', { n })}
        addLabel={t('neighbours.add')}
        rows={plan.neighbours}
        blank={() => ({ name: '', address: '', note: '' })}
        fields={[
          { key: 'name', label: t('neighbours.name') },
          { key: 'address', label: t('neighbours.address') },
          { key: 'note', label: t('neighbours.note'), type: 'textarea' },
        ]}
        onChange={(neighbours) => change({ neighbours })}
      />
    </>
  );
}
