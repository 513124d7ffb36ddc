import { Card, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPlanStructure } from '../../../domain/contract/plan-structure.js';
import type { TPlanView } from '../../../domain/contract/plans.js';
import { SCENARIOS, type TScenario } from '../../../domain/plans/plan-structure.js';

/** Which disruptions the plan answers; long-lasting and global ones are the ones plans used to miss. */
export function ScenariosCard({ plan, editable, onSave, pending }: {
  plan: TPlanView;
  editable: boolean;
  onSave: (scenarios: TPlanStructure['scenarios']) => Promise<unknown>;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const covered = new Set(plan.structure.scenarios.filter((s) => s.covered).map((s) => s.scenario));
  function toggle(scenario: TScenario, on: boolean) {
    const others = plan.structure.scenarios.filter((s) => s.scenario !== scenario);
    const existing = plan.structure.scenarios.find((s) => s.scenario === scenario);
    void onSave([...others, { scenario, covered: on, notes: existing?.notes ?? '' }]).catch(() => undefined);
  }
  return (
    <Card id="part-scenarios" title={<h2 className="card-title">{t('planning.parts.scenarios.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('planning.parts.scenarios.help')}</Typography.Paragraph>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="visually-hidden">{t('planning.parts.scenarios.title')}</legend>
        <Flex vertical gap={8}>
          {SCENARIOS.map((scenario) => (
            <Checkbox
              key={scenario}
              checked={covered.has(scenario)}
              disabled={!editable || pending}
              onChange={(e) => toggle(scenario, e.target.checked)}
              data-testid={`scenario-${scenario}`}
            >
              {t(`enums.scenario.${scenario}`)}
            </Checkbox>
          ))}
        </Flex>
      </fieldset>
    </Card>
  );
}
