/** A risk's score is likelihood × impact on 1–5 scales (1–25), banded for the heat map and the badge. */
export const RATINGS = [1, 2, 3, 4, 5] as const;
export type TRating = (typeof RATINGS)[number];

export const SCORE_BANDS = ['low', 'medium', 'high', 'critical'] as const;
export type TScoreBand = (typeof SCORE_BANDS)[number];

export const riskScore = (likelihood: number, impact: number) => likelihood * impact;

/** The usual 5×5 banding: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical. */
export function scoreBand(score: number): TScoreBand {
  if (score >= 20) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}
