import { and, eq, inArray } from 'drizzle-orm';
import { ZArrangementInput, ZReturnPlanInput, ZSurveyInput } from '../../../domain/contract/people.js';
import { addDays, localDate } from '../../../domain/mer/calendar.js';
import type { Ctx } from '../../context.js';
import { loadOrgScope } from '../../modules/orgs/org-scope.js';
import { people, units } from '../../modules/orgs/orgs.table.js';
import { createArrangement } from '../../modules/people/arrangements.usecases.js';
import { wellbeingAnswers, wellbeingParticipation, wellbeingSurveys } from '../../modules/people/people.table.js';
import { createReturnPlan } from '../../modules/people/return-plans.usecases.js';
import { createSurvey, launchSurvey, officeOf } from '../../modules/people/surveys.usecases.js';

const QUESTIONS = [
  { key: 'q1', kind: 'scale', required: true, text: { en: 'I can manage my workload', fr: 'Je parviens à gérer ma charge de travail', es: 'Puedo gestionar mi carga de trabajo', ru: 'Я справляюсь со своей нагрузкой', zh: '我能够应对自己的工作量', ar: 'أستطيع التعامل مع عبء عملي' } },
  { key: 'q2', kind: 'scale', required: true, text: { en: 'I feel supported by my supervisor', fr: 'Je me sens soutenu(e) par mon supérieur', es: 'Me siento apoyado por mi supervisor', ru: 'Я чувствую поддержку руководителя', zh: '我感到得到了主管的支持', ar: 'أشعر بدعم مشرفي' } },
  {
    key: 'q3',
    kind: 'choice',
    text: { en: 'Where do you prefer to work?', fr: 'Où préférez-vous travailler ?', es: '¿Dónde prefiere trabajar?', ru: 'Где вы предпочитаете работать?', zh: '您更愿意在哪里工作？', ar: 'أين تفضل أن تعمل؟' },
    options: [
      { key: 'o1', text: { en: 'At home', fr: 'À domicile', es: 'En casa', ru: 'Дома', zh: '在家', ar: 'في المنزل' } },
      { key: 'o2', text: { en: 'At the office', fr: 'Au bureau', es: 'En la oficina', ru: 'В офисе', zh: '在办公室', ar: 'في المكتب' } },
      { key: 'o3', text: { en: 'A mix of both', fr: 'Un peu des deux', es: 'Una combinación', ru: 'Сочетание', zh: '两者结合', ar: 'مزيج من الاثنين' } },
    ],
  },
  { key: 'q4', kind: 'text', text: { en: 'What would help you most right now?', fr: 'Qu’est-ce qui vous aiderait le plus en ce moment ?', es: '¿Qué le ayudaría más ahora mismo?', ru: 'Что помогло бы вам больше всего сейчас?', zh: '目前什么对您帮助最大？', ar: 'ما الذي قد يساعدك أكثر الآن؟' } },
];
const TITLE = { en: 'Staff pulse survey', fr: 'Enquête éclair auprès du personnel', es: 'Encuesta rápida al personal', ru: 'Экспресс-опрос персонала', zh: '员工快速调查', ar: 'استبيان سريع للموظفين' };
const COMMENTS = ['Clearer priorities from management', 'More predictable office days', 'Better equipment at home', 'Regular team check-ins', 'Counselling sessions', 'Fewer late meetings across time zones', 'Help with childcare during closures', 'A quieter place to work', 'Recognition of extra hours', 'Time off after the peak'];

/**
 * The people slice's demo: working arrangements at the three levels of Annex XIII; a closed
 * wave of a staff pulse survey answered at headquarters (enough to show), at the Uganda country
 * office and at the Gulu sub-office (too few: hidden, with Uganda hidden alongside so the total
 * cannot give Gulu away); an open second wave; and the Uganda office's return-to-office plan.
 * Answers are written straight into the anonymous table (the seed is not a signed-in person),
 * with participation rows apart, exactly as the use case would leave them.
 */
export async function seedPeople(coordinator: Ctx, orgId: string): Promise<void> {
  const today = localDate(coordinator.clock.now(), 'UTC');
  const ago = (days: number) => addDays(today, -days);
  const orgUnits = await coordinator.db.select().from(units).where(eq(units.orgId, orgId));
  const byCode = (code: string) => orgUnits.find((u) => u.code === code);
  const root = orgUnits.find((u) => u.parentId === null)!;

  const arrangements = [
    { level: 'headquarters', kind: 'regular_telework', adoption: 'widely', permanence: 'permanent', policyReference: 'Administrative instruction on flexible working, 2019', effectiveFrom: '2019-06-01' },
    { level: 'headquarters', kind: 'full_time_telework', adoption: 'certain_functions', permanence: 'temporary', policyReference: 'Crisis telework circular', effectiveFrom: '2020-03-16', effectiveTo: '2021-06-30' },
    { level: 'headquarters', kind: 'staggered_hours', adoption: 'occasionally', permanence: 'temporary', policyReference: 'Return-to-office guidance', effectiveFrom: ago(120) },
    { level: 'regional', kind: 'regular_telework', adoption: 'occasionally', permanence: 'permanent', policyReference: 'Administrative instruction on flexible working, 2019', effectiveFrom: '2019-06-01' },
    { level: 'regional', kind: 'flexible_hours', adoption: 'widely', permanence: 'permanent', policyReference: 'Regional directors’ memo', effectiveFrom: '2021-01-01' },
    { level: 'field', kind: 'regular_telework', adoption: 'depends_on_office', permanence: 'temporary', policyReference: 'Crisis telework circular', effectiveFrom: '2020-03-16' },
    { level: 'field', kind: 'full_time_telework', adoption: 'not_adopted', permanence: 'permanent', policyReference: '', effectiveFrom: '2020-03-16' },
    { level: 'field', kind: 'compressed_week', adoption: 'certain_functions', permanence: 'temporary', policyReference: 'Country office circular', effectiveFrom: ago(200) },
  ];
  for (const a of arrangements) await createArrangement(coordinator, orgId, ZArrangementInput.parse(a));

  // A closed first wave, then an open second wave of the same series.
  const first = await createSurvey(coordinator, orgId, ZSurveyInput.parse({ title: TITLE, questions: QUESTIONS, targetUnitIds: [root.id], opensOn: ago(60), closesOn: ago(40), minimumGroupSize: 5 }));
  await coordinator.db.update(wellbeingSurveys).set({ launchedAt: coordinator.clock.now() }).where(eq(wellbeingSurveys.id, first.id));
  const scope = await loadOrgScope(coordinator, orgId);
  const respondentsAt = async (codes: string[], limit: number) => {
    const ids = codes.map((c) => byCode(c)?.id).filter((id): id is string => Boolean(id));
    return ids.length ? (await coordinator.db.select({ id: people.id, unitId: people.unitId }).from(people).where(and(eq(people.orgId, orgId), inArray(people.unitId, ids)))).slice(0, limit) : [];
  };
  const respondents = [...(await respondentsAt(['HQ', 'HQ-OPS', 'HQ-ICT', 'HQ-HR', 'HQ-SEC'], 9)), ...(await respondentsAt(['CO-UG'], 4)), ...(await respondentsAt(['SO-GULU'], 2))];
  let n = 0;
  for (const p of respondents) {
    n++;
    await coordinator.db.insert(wellbeingParticipation).values({ orgId, surveyId: first.id, personId: p.id });
    await coordinator.db.insert(wellbeingAnswers).values({
      orgId,
      surveyId: first.id,
      groupUnitId: officeOf(scope, p.unitId),
      answers: { q1: 1 + ((n * 3) % 5), q2: 2 + (n % 4), q3: `o${1 + (n % 3)}`, q4: COMMENTS[n % COMMENTS.length]! },
    });
  }
  const second = await createSurvey(coordinator, orgId, ZSurveyInput.parse({ title: TITLE, questions: QUESTIONS, targetUnitIds: [root.id], opensOn: ago(2), closesOn: addDays(today, 12), minimumGroupSize: 5, previousSurveyId: first.id }));
  await launchSurvey(coordinator, orgId, second.id);

  // Uganda's return to office: two teams alternating weekdays, under half occupancy.
  const uganda = byCode('CO-UG');
  if (!uganda) return;
  const staff = await coordinator.db.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), eq(people.unitId, uganda.id)));
  await createReturnPlan(
    coordinator,
    orgId,
    ZReturnPlanInput.parse({
      unitId: uganda.id,
      title: 'Kampala office: phased return',
      phases: [
        { key: 'p1', name: 'Phase 1: essential staff', startsOn: ago(90), endsOn: ago(31), criteria: 'Ministry of Health guidance allows offices to reopen; cleaning contract in place', occupancyPercent: 25, teamKeys: ['a'] },
        { key: 'p2', name: 'Phase 2: rotating teams', startsOn: ago(30), endsOn: null, criteria: 'Two weeks without a case among staff; vaccination offered to all', occupancyPercent: 50, teamKeys: ['a', 'b'] },
      ],
      sites: [{ key: 'kla', name: 'Kampala office, Plot 12', floor: '2', capacity: 12 }],
      teams: [
        { key: 'a', name: 'Team A', siteKey: 'kla', rotation: 'every_week', weekdays: [1, 3, 5] },
        { key: 'b', name: 'Team B', siteKey: 'kla', rotation: 'every_week', weekdays: [2, 4] },
      ],
      members: staff.map((p, i) => ({ personId: p.id, teamKey: i % 2 === 0 ? 'a' : 'b' })),
      hygieneMeasures: 'Hand sanitizer at the entrance and on each floor; masks in shared spaces; desks cleaned twice a day; windows open.',
      meetingRoomMeasures: 'Large meeting room: 4 people at most; small rooms: 2; hybrid by default; rooms aired for 10 minutes between meetings.',
    }),
  );
}
