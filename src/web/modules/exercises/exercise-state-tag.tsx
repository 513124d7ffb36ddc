import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, MinusCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TExerciseState } from '../../../domain/mer/exercises.js';
import type { TVerdict } from './recovery.js';

const STATE_COLOR: Record<TExerciseState, { text: string; background: string; border: string }> = {
  planned: { text: '#0842a0', background: '#e8f0fe', border: '#a8c7fa' },
  conducted: { text: '#6b3a00', background: '#fff1e0', border: '#f5b97a' },
  closed: { text: '#434343', background: '#f5f5f5', border: '#d9d9d9' },
};
const STATE_ICON = { planned: <ClockCircleOutlined aria-hidden />, conducted: <PlayCircleOutlined aria-hidden />, closed: <CheckCircleOutlined aria-hidden /> };

export function ExerciseStateTag({ state }: { state: TExerciseState }) {
  const { t } = useTranslation();
  return (
    <Tag icon={STATE_ICON[state]} data-state={state} style={{ color: STATE_COLOR[state].text, background: STATE_COLOR[state].background, borderColor: STATE_COLOR[state].border, marginInlineEnd: 0 }}>
      {t(`enums.exerciseState.${state}`)}
    </Tag>
  );
}

/**
 * Met or missed in a word, an icon and a colour (never colour alone); the text colours
 * reach 4.5:1 on their backgrounds, the fills 3:1 on white (WCAG 1.4.11).
 */
export const VERDICT_STYLE: Record<TVerdict, { text: string; background: string; border: string; fill: string; icon: React.ReactNode }> = {
  met: { text: '#0d652d', background: '#e6f4ea', border: '#a8dab5', fill: '#2f8a0b', icon: <CheckCircleOutlined aria-hidden /> },
  missed: { text: '#a50e0e', background: '#fce8e6', border: '#f6aea9', fill: '#cf1322', icon: <CloseCircleOutlined aria-hidden /> },
  no_objective: { text: '#434343', background: '#f5f5f5', border: '#d9d9d9', fill: '#737373', icon: <MinusCircleOutlined aria-hidden /> },
};

export function VerdictTag({ verdict }: { verdict: TVerdict }) {
  const { t } = useTranslation();
  const s = VERDICT_STYLE[verdict];
  return (
    <Tag icon={s.icon} style={{ color: s.text, background: s.background, borderColor: s.border, marginInlineEnd: 0 }} data-verdict={verdict}>
      {t(`enums.recoveryVerdict.${verdict}`)}
    </Tag>
  );
}
