import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPlanState } from '../../../domain/plans/plan-state.js';
import { STATE_COLORS } from '../../app/theme.js';

export function PlanStateTag({ state, testId }: { state: TPlanState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag data-testid={testId} data-state={state} style={STATE_COLORS[state]}>
      {t(`enums.planState.${state}`)}
    </Tag>
  );
}
