import type { TLanguage } from '../../domain/languages.js';
import type { TBlock, TExportDocument } from './document.js';

/** Test data only: a plan as the plan exports will build it, in the six languages. */
type TPlanText = {
  title: string;
  subtitle: string;
  meta: [string, string][];
  purpose: string;
  markdown: string;
  warning: string;
  functions: string;
  header: [string, string, string];
  rows: [string, string, string][];
  contacts: [string, string][];
};

export const PLAN_TEXT: Partial<Record<TLanguage, TPlanText>> = {
  en: {
    title: 'Business Continuity Plan — Uganda Country Office',
    subtitle: 'Version 3, approved',
    meta: [['Organization', 'Meridian Relief Agency'], ['Unit', 'Uganda Country Office'], ['Approved', '2026-11-20'], ['Plan owner', 'Samuel Okello; deputy ليلى حداد (Leila Haddad)']],
    purpose: '1. Purpose and scope',
    markdown: [
      'This plan keeps **critical functions** running when the Kampala office cannot be used.',
      '',
      '- Protect staff and visitors',
      '- Resume *cash transfers* within 48 hours',
      '  - Mobile money first',
      '  - Bank transfers second',
      '',
      '1. Alert the crisis management team',
      '2. Move to the alternate site in Entebbe',
      '',
      '## Assumptions',
      'The alternate site has power for 72 hours and a satellite link.',
    ].join('\n'),
    warning: 'Call the security focal point before anyone travels.',
    functions: '2. Critical functions',
    header: ['Function', 'Recovery time objective', 'Owner'],
    rows: [['Payroll', '72 hours', 'Finance'], ['Cash transfers to households', '48 hours', 'Programmes'], ['Security communications', '4 hours', 'Security']],
    contacts: [['Crisis lead', 'Amina Diallo'], ['Phone', '+256 414 123 456']],
  },
  fr: {
    title: 'Plan de continuité des activités — Bureau de pays en Ouganda',
    subtitle: 'Version 3, approuvée',
    meta: [['Organisation', 'Agence de secours Méridien'], ['Unité', 'Bureau de pays en Ouganda'], ['Approuvé le', '2026-11-20']],
    purpose: '1. Objet et champ d’application',
    markdown: 'Ce plan maintient les **fonctions essentielles** lorsque le bureau de Kampala est inutilisable.\n\n- Protéger le personnel et les visiteurs\n- Reprendre les *transferts monétaires* sous 48 heures\n\n1. Alerter l’équipe de gestion de crise\n2. Rejoindre le site de repli',
    warning: 'Appelez le point focal sécurité avant tout déplacement.',
    functions: '2. Fonctions essentielles',
    header: ['Fonction', 'Délai de reprise', 'Responsable'],
    rows: [['Paie', '72 heures', 'Finances'], ['Transferts monétaires', '48 heures', 'Programmes']],
    contacts: [['Responsable de crise', 'Amina Diallo']],
  },
  es: {
    title: 'Plan de continuidad de las operaciones — Oficina en Uganda',
    subtitle: 'Versión 3, aprobada',
    meta: [['Organización', 'Agencia de Socorro Meridiano'], ['Unidad', 'Oficina en Uganda']],
    purpose: '1. Objeto y alcance',
    markdown: 'Este plan mantiene las **funciones críticas** cuando la oficina de Kampala no puede utilizarse.\n\n- Proteger al personal y a los visitantes\n- Reanudar las *transferencias de efectivo* en 48 horas',
    warning: 'Llame al coordinador de seguridad antes de cualquier viaje.',
    functions: '2. Funciones críticas',
    header: ['Función', 'Tiempo objetivo de recuperación', 'Responsable'],
    rows: [['Nómina', '72 horas', 'Finanzas'], ['Transferencias de efectivo', '48 horas', 'Programas']],
    contacts: [['Responsable de crisis', 'Amina Diallo']],
  },
  ru: {
    title: 'План обеспечения непрерывности деятельности — страновое отделение в Уганде',
    subtitle: 'Версия 3, утверждена',
    meta: [['Организация', 'Агентство помощи «Меридиан»'], ['Подразделение', 'Страновое отделение в Уганде']],
    purpose: '1. Цель и сфера применения',
    markdown: 'Этот план обеспечивает работу **критически важных функций**, когда офис в Кампале недоступен.\n\n- Защитить персонал и посетителей\n- Возобновить *денежные переводы* в течение 48 часов',
    warning: 'Перед любой поездкой позвоните координатору по безопасности.',
    functions: '2. Критически важные функции',
    header: ['Функция', 'Целевое время восстановления', 'Ответственный'],
    rows: [['Расчёт заработной платы', '72 часа', 'Финансы'], ['Денежные переводы', '48 часов', 'Программы']],
    contacts: [['Руководитель', 'Amina Diallo']],
  },
  zh: {
    title: '业务连续性计划——乌干达国家办事处',
    subtitle: '第 3 版，已批准',
    meta: [['组织', '子午线救援机构'], ['单位', '乌干达国家办事处'], ['批准日期', '2026-11-20'], ['计划负责人', 'Samuel Okello']],
    purpose: '1. 目的和范围',
    markdown: [
      '当坎帕拉办事处无法使用时，本计划确保**关键职能**持续运行。危机管理小组在两小时内召开会议，评估局势，决定是否启用备用地点，并通过短信和电子邮件通知所有工作人员。',
      '',
      '- 保护工作人员和访客',
      '- 在 48 小时内恢复*现金转移*',
      '',
      '1. 通知危机管理小组',
      '2. 转移到恩德培的备用地点',
    ].join('\n'),
    warning: '任何人出行前，请先联系安全协调员。',
    functions: '2. 关键职能',
    header: ['职能', '恢复时间目标', '负责人'],
    rows: [['工资发放', '72 小时', '财务'], ['向家庭发放现金', '48 小时', '方案'], ['安全通信', '4 小时', '安全']],
    contacts: [['危机负责人', 'Amina Diallo'], ['电话', '+256 414 123 456']],
  },
  ar: {
    title: 'خطة استمرارية الأعمال — المكتب القطري في أوغندا',
    subtitle: 'الإصدار 3، معتمد',
    meta: [['المنظمة', 'وكالة ميريديان للإغاثة'], ['الوحدة', 'المكتب القطري في أوغندا'], ['تاريخ الاعتماد', '2026-11-20'], ['مالك الخطة', 'Samuel Okello']],
    purpose: '1. الغرض والنطاق',
    markdown: [
      'تحافظ هذه الخطة على استمرار **الوظائف الحرجة** عندما يتعذر استخدام مكتب كمبالا.',
      '',
      '- حماية الموظفين والزوار',
      '- استئناف *التحويلات النقدية* خلال 48 ساعة',
      '',
      '1. إبلاغ فريق إدارة الأزمات',
      '2. الانتقال إلى الموقع البديل في عنتيبي',
    ].join('\n'),
    warning: 'اتصل بمنسق الأمن قبل أي سفر.',
    functions: '2. الوظائف الحرجة',
    header: ['الوظيفة', 'الوقت المستهدف للاستعادة', 'المسؤول'],
    rows: [['كشوف المرتبات', '72 ساعة', 'المالية'], ['التحويلات النقدية للأسر', '48 ساعة', 'البرامج'], ['اتصالات الأمن', '4 ساعات', 'الأمن']],
    contacts: [['قائد الأزمة', 'Amina Diallo'], ['الهاتف', '+256 414 123 456']],
  },
};

/** The plan in `language`; `repeat` copies its sections (and lengthens its table) to make a long document. */
export function samplePlan(language: keyof typeof PLAN_TEXT, repeat = 1): TExportDocument {
  const text = PLAN_TEXT[language]!;
  const blocks: TBlock[] = [];
  for (let i = 0; i < repeat; i++) {
    blocks.push(
      { kind: 'heading', level: 1, text: text.purpose },
      { kind: 'markdown', markdown: text.markdown, headingOffset: 1 },
      { kind: 'callout', tone: 'warning', text: text.warning },
      { kind: 'heading', level: 1, text: text.functions },
      { kind: 'table', header: text.header, rows: Array.from({ length: repeat }, () => text.rows).flat(), widths: [3, 2, 2] },
      { kind: 'keyValue', pairs: text.contacts },
    );
  }
  return { language, title: text.title, subtitle: text.subtitle, meta: text.meta, generatedAt: new Date('2026-11-26T09:00:00Z'), blocks };
}
