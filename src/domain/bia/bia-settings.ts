import { DEFAULT_IMPACT_CATEGORIES, DEFAULT_TIME_POINTS, type TImpactLevel, type TImpactScale } from './impact-scale.js';

/** The stored shape of an organization's scale (see the contract's ZBiaSettings). */
export interface TScaleSettings {
  categories: { key: string; label: string }[];
  timePoints: number[];
  levels: { level: TImpactLevel; label: string; description: string }[];
  intolerableLevel: TImpactLevel;
}

const CATEGORY_LABELS: Record<(typeof DEFAULT_IMPACT_CATEGORIES)[number], string> = {
  mandate_delivery: 'Mandate delivery',
  staff_safety_wellbeing: 'Staff safety and wellbeing',
  beneficiaries_partners: 'Beneficiaries and partners',
  financial: 'Financial',
  reputational: 'Reputational',
  legal_compliance: 'Legal and compliance',
};

/** What an organization rates with until its coordinator words its own scale. */
export const DEFAULT_BIA_SETTINGS: TScaleSettings = {
  categories: DEFAULT_IMPACT_CATEGORIES.map((key) => ({ key, label: CATEGORY_LABELS[key] })),
  timePoints: [...DEFAULT_TIME_POINTS],
  levels: [
    { level: 1, label: 'Minimal', description: 'Hardly noticed; absorbed by normal work.' },
    { level: 2, label: 'Minor', description: 'Some delay or cost, handled within the unit.' },
    { level: 3, label: 'Moderate', description: 'Noticeable harm; management attention needed.' },
    { level: 4, label: 'Major', description: 'Serious harm to people, mandate or standing; not tolerable.' },
    { level: 5, label: 'Severe', description: 'Lasting or irreversible harm; threatens the organization.' },
  ],
  intolerableLevel: 4,
};

/** The rule-bearing part of the settings, as the pure MTPD rules take it. */
export function scaleOf(settings: TScaleSettings): TImpactScale {
  return { categories: settings.categories.map((c) => c.key), timePoints: settings.timePoints, intolerableLevel: settings.intolerableLevel };
}

/** Levels must be exactly 1–5 once each, besides what checkImpactScale asks of the rest. */
export function levelProblems(settings: TScaleSettings): string[] {
  const levels = settings.levels.map((l) => l.level).sort();
  return levels.join(',') === '1,2,3,4,5' ? [] : ['each level 1–5 must be worded once'];
}
