import { LANGUAGES, type TLanguage } from '../../../domain/languages.js';
import type { TArrangementKind, TConsultedFunction, TRecoveryPhase, TScenario } from '../../../domain/plans/plan-structure.js';
import type { TPlanState } from '../../../domain/plans/plan-state.js';
import type { TPlanSectionKey } from '../../../domain/plans/plan-template.js';
import type { TPlanType } from '../../../domain/plans/plan-types.js';

/**
 * Words of the plan and card exports: the server writes a document in the plan's language,
 * not the reader's. One line per label, in the order of LANGUAGES (en, fr, es, ru, zh, ar);
 * section, type and state names are those of the web UI.
 */
type T6 = readonly [string, string, string, string, string, string];
const WORDS = {
  unit: ["Unit", "Unité", "Unidad", "Подразделение", "单位", "الوحدة"],
  type: ["Plan type", "Type de plan", "Tipo de plan", "Тип плана", "计划类型", "نوع الخطة"],
  version: ["Version", "Version", "Versión", "Версия", "版本", "النسخة"],
  state: ["State", "État", "Estado", "Статус", "状态", "الحالة"],
  approvedOn: ["Approved on", "Approuvé le", "Aprobado el", "Дата утверждения", "批准日期", "تاريخ الاعتماد"],
  notApproved: ["Not yet approved", "Pas encore approuvé", "Aún no aprobado", "Еще не утвержден", "尚未批准", "لم تُعتمد بعد"],
  generatedOn: ["Generated on", "Généré le", "Generado el", "Дата создания", "生成日期", "تاريخ الإنشاء"],
  criticalFunctions: ["Critical functions (from the BIA)", "Fonctions critiques (selon l’analyse d’impact)", "Funciones críticas (según el análisis de impacto)", "Критически важные функции (по АВД)", "关键职能（来自业务影响分析）", "المهام الحيوية (من تحليل الأثر على الأعمال)"],
  roles: ["Roles and call tree", "Rôles et chaîne d’appel", "Funciones y árbol de llamadas", "Роли и схема оповещения", "角色和呼叫树", "الأدوار وشجرة الاتصال"],
  activationCriteria: ["Activation criteria", "Critères d’activation", "Criterios de activación", "Критерии введения в действие", "启动标准", "معايير التفعيل"],
  recoverySteps: ["Recovery steps", "Étapes de reprise", "Pasos de recuperación", "Шаги восстановления", "恢复步骤", "خطوات التعافي"],
  resources: ["Resources", "Ressources", "Recursos", "Ресурсы", "资源", "الموارد"],
  externalContacts: ["External contacts", "Contacts externes", "Contactos externos", "Внешние контакты", "外部联系人", "جهات الاتصال الخارجية"],
  workingArrangements: ["Alternative working arrangements", "Modalités de travail de substitution", "Modalidades de trabajo alternativas", "Альтернативные режимы работы", "替代工作安排", "ترتيبات العمل البديلة"],
  scenarios: ["Scenarios covered", "Scénarios couverts", "Escenarios cubiertos", "Охваченные сценарии", "涵盖的情景", "السيناريوهات المشمولة"],
  consultations: ["Consultation", "Consultation", "Consulta", "Консультации", "咨询", "التشاور"],
  risks: ["Risks answered", "Risques traités", "Riesgos atendidos", "Охваченные риски", "应对的风险", "المخاطر التي تعالجها الخطة"],
  ictRecoveries: ["ICT recovery commitments", "Engagements de reprise informatique", "Compromisos de recuperación de TIC", "Обязательства по восстановлению ИКТ", "信通技术恢复承诺", "التزامات التعافي في مجال تكنولوجيا المعلومات والاتصالات"],
  role: ["Role", "Rôle", "Función", "Роль", "角色", "الدور"],
  primary: ["Primary", "Titulaire", "Titular", "Основной исполнитель", "主要负责人", "الشخص الأساسي"],
  alternates: ["Alternates", "Suppléants", "Suplentes", "Заместители", "候补人员", "البدلاء"],
  calledBy: ["Called by", "Appelé par", "Llamado por", "Кто оповещает", "由谁呼叫", "يتصل به"],
  youAreCalledBy: ["Who calls you", "Qui vous appelle", "Quién le llama", "Кто вас оповещает", "谁呼叫您", "من يتصل بك"],
  youCall: ["You call", "Vous appelez", "Usted llama a", "Вы оповещаете", "您呼叫", "تتصل أنت بـ"],
  who: ["Who", "Qui", "Quién", "Кто", "谁", "من"],
  does: ["Does", "Fait", "Hace", "Делает", "做什么", "يفعل"],
  what: ["What", "Quoi", "Qué", "Что", "内容", "ماذا"],
  when: ["When", "Quand", "Cuándo", "Когда", "何时", "متى"],
  where: ["Where", "Où", "Dónde", "Где", "何地", "أين"],
  how: ["How", "Comment", "Cómo", "Как", "如何", "كيف"],
  name: ["Name", "Nom", "Nombre", "Название", "名称", "الاسم"],
  quantity: ["Quantity", "Quantité", "Cantidad", "Количество", "数量", "الكمية"],
  location: ["Location", "Lieu", "Ubicación", "Местонахождение", "地点", "الموقع"],
  notes: ["Notes", "Notes", "Notas", "Примечания", "备注", "ملاحظات"],
  organization: ["Organization", "Organisation", "Organización", "Организация", "组织", "المنظمة"],
  purpose: ["Purpose", "Objet", "Finalidad", "Цель", "用途", "الغرض"],
  phone: ["Phone", "Téléphone", "Teléfono", "Телефон", "电话", "الهاتف"],
  email: ["Email", "Courriel", "Correo electrónico", "Эл. почта", "电子邮件", "البريد الإلكتروني"],
  verifiedOn: ["Verified on", "Vérifié le", "Verificado el", "Проверено", "核实日期", "تاريخ التحقق"],
  kind: ["Kind", "Type", "Tipo", "Вид", "类型", "النوع"],
  description: ["Description", "Description", "Descripción", "Описание", "说明", "الوصف"],
  capacity: ["Capacity", "Capacité", "Capacidad", "Вместимость", "容量", "السعة"],
  scenario: ["Scenario", "Scénario", "Escenario", "Сценарий", "情景", "السيناريو"],
  covered: ["Covered", "Couvert", "Cubierto", "Охвачен", "已涵盖", "مشمول"],
  function: ["Function", "Fonction", "Función", "Функция", "职能", "الوظيفة"],
  date: ["Date", "Date", "Fecha", "Дата", "日期", "التاريخ"],
  withWhom: ["With whom", "Avec qui", "Con quién", "С кем", "与谁", "مع من"],
  service: ["Service", "Service", "Servicio", "Услуга", "服务", "الخدمة"],
  system: ["ICT system", "Système informatique", "Sistema de TIC", "Система ИКТ", "信通技术系统", "نظام تكنولوجيا المعلومات والاتصالات"],
  recoveryTime: ["Recovery time", "Délai de reprise", "Tiempo de recuperación", "Время восстановления", "恢复时间", "وقت التعافي"],
  rto: ["RTO", "DMIA", "TRO", "ЦВВ", "恢复时间目标", "الوقت المستهدف للتعافي"],
  mtpd: ["MTPD", "PMIP", "PMIT", "МДПП", "最长可容忍中断时间", "أقصى فترة انقطاع مقبولة"],
  yes: ["Yes", "Oui", "Sí", "Да", "是", "نعم"],
  no: ["No", "Non", "No", "Нет", "否", "لا"],
  none: ["None recorded", "Aucun élément", "Ninguno registrado", "Нет записей", "无记录", "لا يوجد"],
  responsibilities: ["Responsibilities", "Responsabilités", "Responsabilidades", "Обязанности", "职责", "المسؤوليات"],
  keyContacts: ["Key contacts", "Contacts clés", "Contactos clave", "Основные контакты", "主要联系人", "جهات الاتصال الرئيسية"],
  actionCards: ["Action cards", "Fiches réflexes", "Fichas de acción", "Карточки действий", "行动卡", "بطاقات العمل"],
  actionCard: ["Action card", "Fiche réflexe", "Ficha de acción", "Карточка действий", "行动卡", "بطاقة العمل"],
  unknownRole: ["Unknown role", "Rôle inconnu", "Función desconocida", "Неизвестная роль", "未知角色", "دور غير معروف"],
  vacant: ["Vacant", "Vacant", "Vacante", "Вакантно", "空缺", "شاغر"],
  minutes: ["{n} min", "{n} min", "{n} min", "{n} мин", "{n} 分钟", "{n} دقيقة"],
  hours: ["{n} h", "{n} h", "{n} h", "{n} ч", "{n} 小时", "{n} ساعة"],
  days: ["{n} d", "{n} j", "{n} d", "{n} дн.", "{n} 天", "{n} يوم"],
} satisfies Record<string, T6>;

const GROUPS = {
  phase: {
    first_hour: ["First hour", "Première heure", "Primera hora", "Первый час", "第一个小时", "الساعة الأولى"],
    first_day: ["First day", "Premier jour", "Primer día", "Первый день", "第一天", "اليوم الأول"],
    first_week: ["First week", "Première semaine", "Primera semana", "Первая неделя", "第一周", "الأسبوع الأول"],
    later: ["Later", "Ensuite", "Después", "Позднее", "之后", "لاحقًا"],
  } satisfies Record<TRecoveryPhase, T6>,
  consulted: {
    security: ["Security", "Sécurité", "Seguridad", "Безопасность", "安保", "الأمن"],
    human_resources: ["Human resources", "Ressources humaines", "Recursos humanos", "Кадры", "人力资源", "الموارد البشرية"],
    ict: ["ICT", "Informatique", "TIC", "ИКТ", "信通技术", "تكنولوجيا المعلومات والاتصالات"],
    finance: ["Finance", "Finances", "Finanzas", "Финансы", "财务", "المالية"],
    procurement: ["Procurement", "Achats", "Adquisiciones", "Закупки", "采购", "المشتريات"],
    medical_counselling: ["Medical and counselling", "Services médicaux et soutien psychologique", "Servicios médicos y de asesoramiento psicológico", "Медицинская и психологическая помощь", "医疗和心理咨询", "الخدمات الطبية والإرشاد النفسي"],
    legal: ["Legal", "Affaires juridiques", "Asuntos jurídicos", "Правовые вопросы", "法律", "الشؤون القانونية"],
    communications: ["Communications", "Communication", "Comunicaciones", "Коммуникация", "通信", "الاتصالات"],
    facilities: ["Facilities", "Gestion des locaux", "Instalaciones", "Хозяйственное обслуживание", "设施", "المرافق"],
  } satisfies Record<TConsultedFunction, T6>,
  arrangement: {
    remote_work: ["Remote work", "Télétravail", "Teletrabajo", "Удаленная работа", "远程工作", "العمل عن بُعد"],
    alternate_site: ["Alternate site", "Site de repli", "Sitio alternativo", "Резервная площадка", "备用地点", "موقع بديل"],
    work_transfer: ["Transfer of work", "Transfert du travail", "Transferencia del trabajo", "Передача работы", "工作转移", "نقل العمل"],
    reduced_service: ["Reduced service", "Service réduit", "Servicio reducido", "Сокращенный объем услуг", "缩减服务", "خدمة مخفّضة"],
  } satisfies Record<TArrangementKind, T6>,
  scenarioName: {
    loss_of_premises: ["Loss of premises", "Perte des locaux", "Pérdida de las instalaciones", "Утрата помещений", "失去办公场所", "فقدان المباني"],
    loss_of_ict: ["Loss of ICT", "Perte de l’informatique", "Pérdida de las TIC", "Утрата ИКТ", "失去信通技术", "فقدان تكنولوجيا المعلومات والاتصالات"],
    loss_of_staff: ["Loss of staff", "Perte de personnel", "Pérdida de personal", "Утрата персонала", "失去工作人员", "فقدان الموظفين"],
    loss_of_supplier: ["Loss of a supplier", "Perte d’un fournisseur", "Pérdida de un proveedor", "Утрата поставщика", "失去供应商", "فقدان أحد الموردين"],
    security_incident: ["Security incident", "Incident de sécurité", "Incidente de seguridad", "Инцидент в области безопасности", "安保事件", "حادث أمني"],
    natural_hazard: ["Natural hazard", "Aléa naturel", "Amenaza natural", "Природная опасность", "自然灾害", "خطر طبيعي"],
    pandemic: ["Pandemic", "Pandémie", "Pandemia", "Пандемия", "大流行病", "جائحة"],
    protracted_disruption: ["Protracted disruption", "Perturbation prolongée", "Perturbación prolongada", "Затяжной сбой", "长期中断", "اضطراب مطوّل"],
    global_disruption: ["Global disruption", "Perturbation mondiale", "Perturbación mundial", "Глобальный сбой", "全球性中断", "اضطراب عالمي"],
  } satisfies Record<TScenario, T6>,
  planType: {
    security: ["Security plan", "Plan de sécurité", "Plan de seguridad", "План обеспечения безопасности", "安保计划", "الخطة الأمنية"],
    crisis_management: ["Crisis management plan", "Plan de gestion des crises", "Plan de gestión de crisis", "План антикризисного управления", "危机管理计划", "خطة إدارة الأزمات"],
    business_continuity: ["Business continuity plan", "Plan de continuité des activités", "Plan de continuidad de las operaciones", "План обеспечения непрерывности деятельности", "业务连续性计划", "خطة استمرارية تصريف الأعمال"],
    ict_disaster_recovery: ["ICT disaster recovery plan", "Plan de reprise informatique après sinistre", "Plan de recuperación de las TIC en caso de desastre", "План аварийного восстановления ИКТ", "信通技术灾后恢复计划", "خطة التعافي من الكوارث في مجال تكنولوجيا المعلومات والاتصالات"],
    crisis_communications: ["Crisis communications plan", "Plan de communication de crise", "Plan de comunicación en situaciones de crisis", "План кризисной коммуникации", "危机沟通计划", "خطة الاتصالات في الأزمات"],
    mass_casualty_response: ["Mass casualty incident response plan", "Plan d’intervention en cas d’incident faisant de nombreuses victimes", "Plan de respuesta a incidentes con víctimas en masa", "План реагирования на инциденты с массовыми жертвами", "大规模伤亡事件应对计划", "خطة التصدي للحوادث التي توقع إصابات جماعية"],
    staff_support: ["Staff support plan", "Plan d’appui au personnel", "Plan de apoyo al personal", "План поддержки персонала", "工作人员支助计划", "خطة دعم الموظفين"],
  } satisfies Record<TPlanType, T6>,
  planState: {
    draft: ["Draft", "Projet", "Borrador", "Черновик", "草稿", "مسودة"],
    in_review: ["In review", "En cours d’examen", "En examen", "На проверке", "审查中", "قيد المراجعة"],
    approved: ["Approved", "Approuvé", "Aprobado", "Утвержден", "已批准", "معتمدة"],
    superseded: ["Superseded", "Remplacé", "Sustituido", "Заменен", "已被取代", "مستبدلة"],
  } satisfies Record<TPlanState, T6>,
  section: {
    delegation_of_authority: ["Delegation of authority", "Délégation de pouvoir", "Delegación de autoridad", "Делегирование полномочий", "授权", "تفويض السلطة"],
    roles_and_responsibilities: ["Roles and responsibilities", "Rôles et responsabilités", "Funciones y responsabilidades", "Роли и обязанности", "角色和职责", "الأدوار والمسؤوليات"],
    external_links: ["External links", "Liens externes", "Enlaces externos", "Внешние связи", "外部联系", "الصلات الخارجية"],
    resource_requirements: ["Resource requirements", "Besoins en ressources", "Necesidades de recursos", "Потребности в ресурсах", "资源需求", "الاحتياجات من الموارد"],
    incident_identification: ["Incident identification", "Identification des incidents", "Detección de incidentes", "Выявление инцидентов", "事件识别", "تحديد الحوادث"],
    critical_functions: ["Critical functions", "Fonctions critiques", "Funciones críticas", "Критически важные функции", "关键职能", "المهام الحيوية"],
    activation_and_deactivation: ["Activation and deactivation", "Activation et désactivation", "Activación y desactivación", "Введение в действие и отмена", "启动和解除", "التفعيل وإنهاء التفعيل"],
    post_incident_review: ["Post-incident review", "Examen après incident", "Examen posterior al incidente", "Анализ после инцидента", "事后审查", "استعراض ما بعد الحادث"],
  } satisfies Record<TPlanSectionKey, T6>,
};

export type TExportLabels = Record<keyof typeof WORDS, string> & { [G in keyof typeof GROUPS]: Record<keyof (typeof GROUPS)[G], string> };

const pick = (values: Record<string, T6>, index: number) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v[index]!]));

export function exportLabels(language: TLanguage): TExportLabels {
  const index = LANGUAGES.indexOf(language);
  return { ...pick(WORDS, index), ...Object.fromEntries(Object.entries(GROUPS).map(([g, values]) => [g, pick(values, index)])) } as TExportLabels;
}

/** A duration in the largest whole unit: 2880 → "2 d". */
export function formatMinutes(labels: TExportLabels, minutes: number): string {
  if (minutes % 1440 === 0) return labels.days.replace('{n}', String(minutes / 1440));
  if (minutes % 60 === 0) return labels.hours.replace('{n}', String(minutes / 60));
  return labels.minutes.replace('{n}', String(minutes));
}
