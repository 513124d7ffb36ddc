import type { TLanguage } from '../../../domain/languages.js';

/** A survey's text in a language, else English, else any language given. */
export function inLanguage(text: Partial<Record<string, string>>, language: TLanguage): string {
  return text[language]?.trim() || text.en?.trim() || Object.values(text).find((v) => v && v.trim())?.trim() || '';
}

const TEXT: Record<TLanguage, { subject: (title: string) => string; body: (title: string, closesOn: string, link: string) => string }> = {
  en: {
    subject: (t) => `Staff wellbeing survey: ${t}`,
    body: (t, d, l) => `You are invited to answer the short staff wellbeing survey "${t}" by ${d}.\n\nYour answers are anonymous: they are stored without your name, and results are shown only for groups large enough that nobody can be recognized.\n\nAnswer here (sign in first): ${l}`,
  },
  fr: {
    subject: (t) => `Enquête sur le bien-être du personnel : ${t}`,
    body: (t, d, l) => `Vous êtes invité(e) à répondre à la courte enquête sur le bien-être du personnel « ${t} » d’ici le ${d}.\n\nVos réponses sont anonymes : elles sont enregistrées sans votre nom, et les résultats ne sont montrés que pour des groupes assez grands pour que personne ne puisse être reconnu.\n\nRépondre ici (après connexion) : ${l}`,
  },
  es: {
    subject: (t) => `Encuesta de bienestar del personal: ${t}`,
    body: (t, d, l) => `Le invitamos a responder la breve encuesta de bienestar del personal «${t}» antes del ${d}.\n\nSus respuestas son anónimas: se guardan sin su nombre y los resultados solo se muestran para grupos lo bastante grandes para que nadie pueda ser reconocido.\n\nResponda aquí (inicie sesión primero): ${l}`,
  },
  ru: {
    subject: (t) => `Опрос о благополучии персонала: ${t}`,
    body: (t, d, l) => `Приглашаем вас ответить на короткий опрос о благополучии персонала «${t}» до ${d}.\n\nВаши ответы анонимны: они хранятся без вашего имени, а результаты показываются только для групп, достаточно больших, чтобы никого нельзя было узнать.\n\nОтветить здесь (сначала войдите в систему): ${l}`,
  },
  zh: {
    subject: (t) => `员工身心健康调查：${t}`,
    body: (t, d, l) => `诚邀您在 ${d} 之前回答简短的员工身心健康调查“${t}”。\n\n您的回答是匿名的：保存时不带您的姓名，结果仅针对人数足够多、无法辨认任何个人的群体显示。\n\n请在此回答（请先登录）：${l}`,
  },
  ar: {
    subject: (t) => `استبيان رفاه الموظفين: ${t}`,
    body: (t, d, l) => `ندعوك إلى الإجابة عن استبيان رفاه الموظفين القصير "${t}" قبل ${d}.\n\nإجاباتك مجهولة الهوية: تُحفظ دون اسمك، ولا تُعرض النتائج إلا للمجموعات الكبيرة بما يكفي بحيث لا يمكن التعرف على أي شخص.\n\nأجب من هنا (سجّل الدخول أولاً): ${l}`,
  },
};

export function surveyInvitation(language: TLanguage, title: string, closesOn: string, link: string) {
  const t = TEXT[language];
  return { subject: t.subject(title), text: t.body(title, closesOn, link) };
}
