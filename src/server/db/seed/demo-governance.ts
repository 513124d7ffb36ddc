/**
 * Demo data for governance continuity (issue 8, must-haves 1–3): an executive board with five
 * members and their accredited representatives (demo accounts holding only the governing-body
 * reader role), meetings from 2019 to 2020 — the second quarter of 2020 postponed, cancelled or
 * moved online as in the review's Figures XIII–XIV —, the board's continuity provisions, one
 * silence procedure adopted at its deadline and one written vote with a member recorded absent.
 */
import { manualClock } from '../../clock.js';
import type { Ctx, Services } from '../../context.js';
import { actorForUser } from '../../modules/auth/actor.js';
import { createUser } from '../../modules/auth/users.usecases.js';
import { accredit, addMember, createBody, recordMeeting, setContinuity } from '../../modules/governance/bodies.usecases.js';
import { closeDueProcedures } from '../../modules/governance/procedures.close.js';
import { breakSilenceFor, circulateDraft, createSilenceProcedure, openWrittenVote, vote } from '../../modules/governance/procedures.usecases.js';
import type { TLanguage } from '../../../domain/languages.js';

export interface GovernanceSeed {
  orgId: string;
  /** The root unit: representatives' reader role is given there. */
  hqId: string;
  emailDomain: string;
  password: string;
  passwordHash: string;
  publicUrl?: string;
}

const MEMBERS: { name: string; representative: string; language: TLanguage }[] = [
  { name: 'Argentina', representative: 'Lucía Fernández', language: 'es' },
  { name: 'Egypt', representative: 'Omar Haddad', language: 'ar' },
  { name: 'France', representative: 'Sophie Laurent', language: 'fr' },
  { name: 'Kenya', representative: 'Amina Otieno', language: 'en' },
  { name: 'Viet Nam', representative: 'Nguyen Thi Lan', language: 'en' },
];

type Meeting = [scheduledOn: string, mode: 'in_person' | 'virtual' | 'hybrid', outcome: 'held_as_planned' | 'postponed' | 'cancelled', reason: string];
const MEETINGS: Meeting[] = [
  ['2019-09-10', 'in_person', 'held_as_planned', ''],
  ['2019-11-19', 'in_person', 'held_as_planned', ''],
  ['2019-12-12', 'hybrid', 'held_as_planned', ''],
  ['2020-01-28', 'in_person', 'held_as_planned', ''],
  ['2020-02-18', 'in_person', 'held_as_planned', ''],
  ['2020-03-17', 'in_person', 'postponed', 'Host country closed its borders; rescheduled online.'],
  ['2020-04-07', 'virtual', 'held_as_planned', ''],
  ['2020-04-28', 'in_person', 'cancelled', 'COVID-19 lockdown; decisions taken by silence procedure.'],
  ['2020-05-12', 'in_person', 'postponed', 'Interpretation could not be arranged remotely in time.'],
  ['2020-05-26', 'virtual', 'held_as_planned', ''],
  ['2020-06-09', 'in_person', 'cancelled', 'Travel restrictions for most delegations.'],
  ['2020-06-23', 'virtual', 'held_as_planned', ''],
  ['2020-07-14', 'hybrid', 'held_as_planned', ''],
  ['2020-09-08', 'virtual', 'held_as_planned', ''],
];

const DRAFT = {
  en: 'The Executive Board approves the revised schedule of its annual session, to be held virtually.',
  fr: 'Le Conseil d’administration approuve le calendrier révisé de sa session annuelle, qui se tiendra en mode virtuel.',
  es: 'La Junta Ejecutiva aprueba el calendario revisado de su período de sesiones anual, que se celebrará de forma virtual.',
  ru: 'Исполнительный совет утверждает пересмотренное расписание своей ежегодной сессии, которая пройдёт в виртуальном формате.',
  zh: '执行局核准其年度会议的订正日程，年度会议将以线上方式举行。',
  ar: 'يوافق المجلس التنفيذي على الجدول المنقح لدورته السنوية التي ستُعقد افتراضياً.',
};

const HOUR = 3_600_000;

export async function seedGovernance(coordinator: Ctx, s: GovernanceSeed): Promise<void> {
  const start = coordinator.clock.now();
  // The seed's own clock, moved by hand so the silence can run out and the scheduler close it.
  const clock = manualClock(start);
  const secretariat: Ctx = { ...coordinator, clock };
  const publicUrl = s.publicUrl ?? '';
  const services: Services = { db: coordinator.db, clock, log: coordinator.log };

  const { id: bodyId } = await createBody(secretariat, s.orgId, { name: 'Executive Board', timeZone: 'America/New_York', officialLanguages: ['en', 'fr', 'es', 'ru', 'zh', 'ar'], silenceMinimumHours: 72 });
  await setContinuity(secretariat, s.orgId, bodyId, {
    mtpdDays: 30,
    alternateVenues: [
      { name: 'Palais des Nations, Room XVII', city: 'Geneva', notes: 'Booked through the host-country liaison; 48 hours notice.' },
      { name: 'Regional office conference centre', city: 'Nairobi', notes: 'Interpretation booths for six languages.' },
    ],
    virtualProvisions: 'Meetings on the organization’s video platform with remote simultaneous interpretation; quorum counted from members signed in; members identified by their accredited accounts; if the connection fails for more than 30 minutes the President suspends the meeting and decisions go to silence procedure.',
    interpretationArrangements: 'Remote simultaneous interpretation in the six official languages through the conference services contract; documents issued in all six languages 72 hours before any silence procedure.',
    planId: null,
  });

  const members: { id: string; representative: Ctx }[] = [];
  for (const m of MEMBERS) {
    const { id: memberId } = await addMember(secretariat, s.orgId, bodyId, m.name);
    const email = `${m.representative.normalize('NFD').replace(/[^\p{L}\s]/gu, '').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, '.')}.delegate@${s.emailDomain}`;
    const user = await createUser(services, { email, name: m.representative, password: s.password, roles: [{ orgId: s.orgId, role: 'governing_body_reader', unitId: s.hqId }] }, 'demo seed', s.passwordHash);
    await accredit(secretariat, s.orgId, bodyId, { memberId, userId: user.id, language: m.language, validFrom: new Date(start.getTime() - 60 * 24 * HOUR).toISOString(), validUntil: null });
    members.push({ id: memberId, representative: { ...secretariat, actor: (await actorForUser(coordinator.db, user.id))! } });
  }
  for (const [i, [scheduledOn, mode, outcome, reason]] of MEETINGS.entries()) {
    await recordMeeting(secretariat, s.orgId, bodyId, { title: `Executive Board, meeting ${i + 1}`, scheduledOn, mode, outcome, reason });
  }

  // A draft circulated for 72 hours that nobody objected to: adopted at its deadline.
  const adopted = await createSilenceProcedure(secretariat, s.orgId, bodyId, { title: 'Revised schedule of the annual session', texts: DRAFT });
  await circulateDraft(secretariat, s.orgId, adopted.id, { deadline: { instant: new Date(start.getTime() + 74 * HOUR).toISOString() } }, publicUrl);
  clock.advance(2 * HOUR);

  // A draft on which one member broke silence.
  const broken = await createSilenceProcedure(secretariat, s.orgId, bodyId, { title: 'Postponement of the field visit', texts: DRAFT });
  await circulateDraft(secretariat, s.orgId, broken.id, { deadline: { instant: new Date(start.getTime() + 80 * HOUR).toISOString() } }, publicUrl);
  clock.advance(HOUR);
  await breakSilenceFor({ ...members[2]!.representative, clock }, s.orgId, broken.id, { memberId: members[2]!.id, language: 'fr', statement: 'La France souhaite que cette question soit examinée lors de la prochaine réunion virtuelle.' }, publicUrl);

  // A written vote: four members vote, Viet Nam does not and is recorded absent.
  const written = await openWrittenVote(secretariat, s.orgId, bodyId, { title: 'Use of the reserve for the emergency response', texts: { en: 'The Executive Board authorizes the use of the operational reserve for the emergency response.' }, rule: { kind: 'majority_of_voting', majority: 'simple' } }, publicUrl);
  const choices = ['yes', 'yes', 'abstain', 'no'] as const;
  for (const [i, choice] of choices.entries()) {
    clock.advance(HOUR);
    await vote({ ...members[i]!.representative, clock }, s.orgId, written.id, { memberId: members[i]!.id, choice }, publicUrl);
  }

  // The scheduler comes by after every deadline.
  clock.set(new Date(start.getTime() + 81 * HOUR));
  await closeDueProcedures(services, publicUrl);
}
