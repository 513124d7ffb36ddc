import { Button, Card, Flex, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlanView } from '../../../domain/contract/plans.js';
import { useRiskRegister } from './structure.api.js';

/** The risks of the register the plan answers (the review found plans written without the register). */
export function RisksCard({ orgId, plan, editable, onSave, pending }: {
  orgId: string;
  plan: TPlanView;
  editable: boolean;
  onSave: (riskIds: string[]) => Promise<unknown>;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const register = useRiskRegister(orgId);
  const [selected, setSelected] = useState<string[]>(plan.structure.riskIds);
  useEffect(() => setSelected(plan.structure.riskIds), [plan.structure.riskIds]);
  const risks = register.data?.items ?? [];
  const label = (id: string) => {
    const r = risks.find((x) => x.id === id);
    return r ? `${r.reference} — ${r.title}` : t('planning.unknownReference');
  };
  const dirty = JSON.stringify(selected) !== JSON.stringify(plan.structure.riskIds);
  return (
    <Card id="part-risks" title={<h2 className="card-title">{t('planning.parts.riskIds.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('planning.parts.riskIds.help')}</Typography.Paragraph>
      {editable ? (
        <Flex vertical gap={8}>
          <label htmlFor="plan-risks">{t('planning.fields.riskIds')}</label>
          <Select
            id="plan-risks"
            data-testid="plan-risks"
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            value={selected}
            onChange={setSelected}
            loading={register.isLoading}
            options={risks.map((r) => ({ value: r.id, label: `${r.reference} — ${r.title}` }))}
          />
          <div>
            <Button type="primary" disabled={!dirty} loading={pending} onClick={() => void onSave(selected).catch(() => undefined)} data-testid="save-risks">
              {t('planning.save')}
            </Button>
          </div>
        </Flex>
      ) : plan.structure.riskIds.length === 0 ? (
        <Typography.Text type="secondary">{t('planning.emptyPart')}</Typography.Text>
      ) : (
        <ul>{plan.structure.riskIds.map((id) => <li key={id}>{label(id)}</li>)}</ul>
      )}
    </Card>
  );
}
