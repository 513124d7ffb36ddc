import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TEventState } from '../../../domain/response/events.js';
import { TONE } from '../training/tones.js';

const STYLE: Record<TEventState, { color?: string; style?: React.CSSProperties }> = {
  declared: { style: TONE.warn },
  active: { color: 'red' },
  stabilized: { color: 'blue' },
  closed: {},
};

export function StateTag({ state }: { state: TEventState }) {
  const { t } = useTranslation();
  return (
    <Tag {...STYLE[state]} data-testid="event-state">
      {t(`response.enums.state.${state}`)}
    </Tag>
  );
}
