import type { TLanguage } from '../../../domain/languages.js';

/**
 * What the governance e-mails say, in the representative's language. Deadlines are given as
 * an instant in UTC and as the body's wall clock, so nobody has to convert a time zone in a hurry.
 */
export type TGovernanceMessage =
  | { kind: 'circulated'; body: string; title: string; deadline: string; link: string }
  | { kind: 'silence_broken'; body: string; title: string; member: string; link: string }
  | { kind: 'adopted'; body: string; title: string; deadline: string; link: string }
  | { kind: 'withdrawn'; body: string; title: string; link: string }
  | { kind: 'vote_opened'; body: string; title: string; deadline: string; link: string }
  | { kind: 'vote_acknowledged'; body: string; title: string; member: string; choice: string; at: string; receipt: string; link: string }
  | { kind: 'vote_closed'; body: string; title: string; adopted: boolean; tally: string; link: string };

/** The counts of a closed vote, labelled in the reader's language. */
export interface TTallyCounts {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
}

type Texts = { [K in TGovernanceMessage['kind']]: (m: Extract<TGovernanceMessage, { kind: K }>) => { subject: string; text: string } };

const choices: Record<TLanguage, Record<string, string>> = {
  en: { yes: 'yes', no: 'no', abstain: 'abstain', absent: 'absent' },
  fr: { yes: 'pour', no: 'contre', abstain: 'abstention', absent: 'absents' },
  es: { yes: 'a favor', no: 'en contra', abstain: 'abstención', absent: 'ausentes' },
  ru: { yes: 'за', no: 'против', abstain: 'воздержался', absent: 'отсутствовали' },
  zh: { yes: '赞成', no: '反对', abstain: '弃权', absent: '缺席' },
  ar: { yes: 'نعم', no: 'لا', abstain: 'امتناع', absent: 'غياب' },
};

export function tallyText(language: TLanguage, t: TTallyCounts): string {
  const words = choices[language] ?? choices.en;
  return (['yes', 'no', 'abstain', 'absent'] as const).map((k) => `${words[k]} ${t[k]}`).join(' · ');
}

const catalogue: Record<TLanguage, Texts> = {
  en: {
    circulated: (m) => ({ subject: `${m.body}: silence procedure — "${m.title}"`, text: `A draft decision is circulated under silence procedure: "${m.title}".\nUnless a member breaks silence before ${m.deadline}, it is adopted.\n${m.link}` }),
    silence_broken: (m) => ({ subject: `${m.body}: silence broken — "${m.title}"`, text: `${m.member} broke silence on "${m.title}". The draft is not adopted.\n${m.link}` }),
    adopted: (m) => ({ subject: `${m.body}: adopted — "${m.title}"`, text: `No member broke silence before ${m.deadline}: "${m.title}" is adopted.\n${m.link}` }),
    withdrawn: (m) => ({ subject: `${m.body}: withdrawn — "${m.title}"`, text: `The draft "${m.title}" was withdrawn.\n${m.link}` }),
    vote_opened: (m) => ({ subject: `${m.body}: written vote — "${m.title}"`, text: `Voting is open on "${m.title}" until ${m.deadline}. Members who have not voted then are recorded absent.\n${m.link}` }),
    vote_acknowledged: (m) => ({ subject: `${m.body}: your vote is recorded — "${m.title}"`, text: `The vote of ${m.member} (${m.choice}) was recorded at ${m.at}.\nReceipt: ${m.receipt}\n${m.link}` }),
    vote_closed: (m) => ({ subject: `${m.body}: vote closed — "${m.title}"`, text: `Voting on "${m.title}" is closed: ${m.adopted ? 'adopted' : 'not adopted'} (${m.tally}).\n${m.link}` }),
  },
  fr: {
    circulated: (m) => ({ subject: `${m.body} : procédure d'approbation tacite — « ${m.title} »`, text: `Un projet de décision est distribué selon la procédure d'approbation tacite : « ${m.title} ».\nSauf si un membre rompt le silence avant le ${m.deadline}, il est adopté.\n${m.link}` }),
    silence_broken: (m) => ({ subject: `${m.body} : silence rompu — « ${m.title} »`, text: `${m.member} a rompu le silence sur « ${m.title} ». Le projet n'est pas adopté.\n${m.link}` }),
    adopted: (m) => ({ subject: `${m.body} : adopté — « ${m.title} »`, text: `Aucun membre n'a rompu le silence avant le ${m.deadline} : « ${m.title} » est adopté.\n${m.link}` }),
    withdrawn: (m) => ({ subject: `${m.body} : retiré — « ${m.title} »`, text: `Le projet « ${m.title} » a été retiré.\n${m.link}` }),
    vote_opened: (m) => ({ subject: `${m.body} : vote par écrit — « ${m.title} »`, text: `Le vote sur « ${m.title} » est ouvert jusqu'au ${m.deadline}. Les membres qui n'auront pas voté seront considérés absents.\n${m.link}` }),
    vote_acknowledged: (m) => ({ subject: `${m.body} : votre vote est enregistré — « ${m.title} »`, text: `Le vote de ${m.member} (${m.choice}) a été enregistré le ${m.at}.\nReçu : ${m.receipt}\n${m.link}` }),
    vote_closed: (m) => ({ subject: `${m.body} : vote clos — « ${m.title} »`, text: `Le vote sur « ${m.title} » est clos : ${m.adopted ? 'adopté' : 'non adopté'} (${m.tally}).\n${m.link}` }),
  },
  es: {
    circulated: (m) => ({ subject: `${m.body}: procedimiento de acuerdo tácito — «${m.title}»`, text: `Se distribuye un proyecto de decisión por procedimiento de acuerdo tácito: «${m.title}».\nSalvo que un miembro rompa el silencio antes del ${m.deadline}, quedará aprobado.\n${m.link}` }),
    silence_broken: (m) => ({ subject: `${m.body}: silencio roto — «${m.title}»`, text: `${m.member} rompió el silencio sobre «${m.title}». El proyecto no queda aprobado.\n${m.link}` }),
    adopted: (m) => ({ subject: `${m.body}: aprobado — «${m.title}»`, text: `Ningún miembro rompió el silencio antes del ${m.deadline}: «${m.title}» queda aprobado.\n${m.link}` }),
    withdrawn: (m) => ({ subject: `${m.body}: retirado — «${m.title}»`, text: `El proyecto «${m.title}» fue retirado.\n${m.link}` }),
    vote_opened: (m) => ({ subject: `${m.body}: votación por escrito — «${m.title}»`, text: `La votación sobre «${m.title}» está abierta hasta el ${m.deadline}. Los miembros que no voten constarán como ausentes.\n${m.link}` }),
    vote_acknowledged: (m) => ({ subject: `${m.body}: su voto está registrado — «${m.title}»`, text: `El voto de ${m.member} (${m.choice}) quedó registrado el ${m.at}.\nComprobante: ${m.receipt}\n${m.link}` }),
    vote_closed: (m) => ({ subject: `${m.body}: votación cerrada — «${m.title}»`, text: `La votación sobre «${m.title}» está cerrada: ${m.adopted ? 'aprobado' : 'no aprobado'} (${m.tally}).\n${m.link}` }),
  },
  ru: {
    circulated: (m) => ({ subject: `${m.body}: процедура молчания — «${m.title}»`, text: `Проект решения распространён в рамках процедуры молчания: «${m.title}».\nЕсли ни один член не нарушит молчание до ${m.deadline}, он будет принят.\n${m.link}` }),
    silence_broken: (m) => ({ subject: `${m.body}: молчание нарушено — «${m.title}»`, text: `${m.member} нарушил(а) молчание по проекту «${m.title}». Проект не принят.\n${m.link}` }),
    adopted: (m) => ({ subject: `${m.body}: принято — «${m.title}»`, text: `Никто не нарушил молчание до ${m.deadline}: «${m.title}» принято.\n${m.link}` }),
    withdrawn: (m) => ({ subject: `${m.body}: отозвано — «${m.title}»`, text: `Проект «${m.title}» отозван.\n${m.link}` }),
    vote_opened: (m) => ({ subject: `${m.body}: письменное голосование — «${m.title}»`, text: `Голосование по «${m.title}» открыто до ${m.deadline}. Не проголосовавшие члены будут записаны отсутствующими.\n${m.link}` }),
    vote_acknowledged: (m) => ({ subject: `${m.body}: ваш голос записан — «${m.title}»`, text: `Голос ${m.member} (${m.choice}) записан ${m.at}.\nКвитанция: ${m.receipt}\n${m.link}` }),
    vote_closed: (m) => ({ subject: `${m.body}: голосование закрыто — «${m.title}»`, text: `Голосование по «${m.title}» закрыто: ${m.adopted ? 'принято' : 'не принято'} (${m.tally}).\n${m.link}` }),
  },
  zh: {
    circulated: (m) => ({ subject: `${m.body}：默许程序 —「${m.title}」`, text: `决定草案按默许程序分发：「${m.title}」。\n如在 ${m.deadline} 之前无成员打破沉默，即获通过。\n${m.link}` }),
    silence_broken: (m) => ({ subject: `${m.body}：沉默已被打破 —「${m.title}」`, text: `${m.member} 就「${m.title}」打破了沉默。草案未获通过。\n${m.link}` }),
    adopted: (m) => ({ subject: `${m.body}：已通过 —「${m.title}」`, text: `在 ${m.deadline} 之前无成员打破沉默：「${m.title}」获得通过。\n${m.link}` }),
    withdrawn: (m) => ({ subject: `${m.body}：已撤回 —「${m.title}」`, text: `草案「${m.title}」已撤回。\n${m.link}` }),
    vote_opened: (m) => ({ subject: `${m.body}：书面表决 —「${m.title}」`, text: `关于「${m.title}」的表决开放至 ${m.deadline}。届时未投票的成员记为缺席。\n${m.link}` }),
    vote_acknowledged: (m) => ({ subject: `${m.body}：您的投票已记录 —「${m.title}」`, text: `${m.member} 的投票（${m.choice}）已于 ${m.at} 记录。\n回执：${m.receipt}\n${m.link}` }),
    vote_closed: (m) => ({ subject: `${m.body}：表决结束 —「${m.title}」`, text: `关于「${m.title}」的表决已结束：${m.adopted ? '通过' : '未通过'}（${m.tally}）。\n${m.link}` }),
  },
  ar: {
    circulated: (m) => ({ subject: `${m.body}: إجراء الموافقة الصامتة — «${m.title}»`, text: `يُعمَّم مشروع مقرر في إطار إجراء الموافقة الصامتة: «${m.title}».\nما لم يكسر أحد الأعضاء الصمت قبل ${m.deadline}، يُعتمد المشروع.\n${m.link}` }),
    silence_broken: (m) => ({ subject: `${m.body}: كُسر الصمت — «${m.title}»`, text: `كسر ${m.member} الصمت بشأن «${m.title}». لم يُعتمد المشروع.\n${m.link}` }),
    adopted: (m) => ({ subject: `${m.body}: اعتُمد — «${m.title}»`, text: `لم يكسر أي عضو الصمت قبل ${m.deadline}: اعتُمد «${m.title}».\n${m.link}` }),
    withdrawn: (m) => ({ subject: `${m.body}: سُحب — «${m.title}»`, text: `سُحب المشروع «${m.title}».\n${m.link}` }),
    vote_opened: (m) => ({ subject: `${m.body}: تصويت كتابي — «${m.title}»`, text: `باب التصويت على «${m.title}» مفتوح حتى ${m.deadline}. يُسجَّل الأعضاء الذين لم يصوّتوا غائبين.\n${m.link}` }),
    vote_acknowledged: (m) => ({ subject: `${m.body}: سُجّل تصويتكم — «${m.title}»`, text: `سُجّل تصويت ${m.member} (${m.choice}) في ${m.at}.\nالإيصال: ${m.receipt}\n${m.link}` }),
    vote_closed: (m) => ({ subject: `${m.body}: أُغلق التصويت — «${m.title}»`, text: `أُغلق التصويت على «${m.title}»: ${m.adopted ? 'اعتُمد' : 'لم يُعتمد'} (${m.tally}).\n${m.link}` }),
  },
};

export function governanceMessage(language: TLanguage, m: TGovernanceMessage | (Omit<Extract<TGovernanceMessage, { kind: 'vote_closed' }>, 'tally'> & { tally: TTallyCounts })): { subject: string; text: string } {
  const texts = catalogue[language] ?? catalogue.en;
  if (m.kind === 'vote_closed' && typeof m.tally !== 'string') return texts.vote_closed({ ...m, tally: tallyText(language, m.tally) });
  const localized = m.kind === 'vote_acknowledged' ? { ...m, choice: choices[language]?.[m.choice] ?? m.choice } : m;
  return (texts[m.kind] as (x: TGovernanceMessage) => { subject: string; text: string })(localized as TGovernanceMessage);
}
