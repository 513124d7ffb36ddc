/**
 * The columns of a risk register file, in template order. The export writes exactly these
 * headers, so an exported register imports again without any mapping.
 */
export const IMPORT_FIELDS = [
  'reference',
  'title',
  'description',
  'category',
  'unit',
  'likelihood',
  'impact',
  'owner',
  'treatment',
  'treatmentPlan',
  'lastAssessedOn',
  'status',
] as const;
export type TImportField = (typeof IMPORT_FIELDS)[number];

/** A file must map these; the rest take their defaults (new risks) or keep their values (updates). */
export const REQUIRED_IMPORT_FIELDS: readonly TImportField[] = ['reference', 'title', 'category', 'likelihood', 'impact', 'treatment'];

/** The template's header for each field (English); the import also recognises FIELD_SYNONYMS. */
export const TEMPLATE_HEADERS: Record<TImportField, string> = {
  reference: 'Reference',
  title: 'Title',
  description: 'Description',
  category: 'Category',
  unit: 'Unit',
  likelihood: 'Likelihood',
  impact: 'Impact',
  owner: 'Owner',
  treatment: 'Treatment',
  treatmentPlan: 'Treatment plan',
  lastAssessedOn: 'Last assessed',
  status: 'Status',
};

/**
 * Header words people use for each field, in the six UN languages, so a register kept in
 * French, Spanish, Russian, Chinese or Arabic maps itself. Compared after normalising
 * (case, accents, spaces and punctuation ignored).
 */
export const FIELD_SYNONYMS: Record<TImportField, readonly string[]> = {
  reference: ['reference', 'ref', 'id', 'risk id', 'risk reference', 'référence', 'réf', 'referencia', 'код', 'ссылка', 'номер', 'номер риска', '编号', '参考', '风险编号', 'المرجع', 'الرقم المرجعي', 'مرجع'],
  title: ['title', 'risk', 'name', 'risk title', 'titre', 'risque', 'intitulé', 'título', 'titulo', 'riesgo', 'название', 'риск', 'наименование', '标题', '风险', '名称', 'العنوان', 'الخطر', 'عنوان'],
  description: ['description', 'details', 'descripción', 'descripcion', 'описание', '描述', '说明', 'الوصف', 'وصف'],
  category: ['category', 'type', 'risk category', 'catégorie', 'categorie', 'categoría', 'categoria', 'категория', '类别', '类型', 'الفئة', 'فئة', 'الصنف'],
  unit: ['unit', 'office', 'unit code', 'unité', 'bureau', 'unidad', 'oficina', 'подразделение', 'офис', '单位', '部门', '办事处', 'الوحدة', 'المكتب'],
  likelihood: ['likelihood', 'probability', 'l', 'probabilité', 'vraisemblance', 'probabilidad', 'вероятность', '可能性', '概率', 'الاحتمال', 'احتمال', 'الاحتمالية'],
  impact: ['impact', 'consequence', 'severity', 'i', 'conséquence', 'gravité', 'impacto', 'consecuencia', 'воздействие', 'влияние', 'последствия', '影响', '后果', 'الأثر', 'التأثير', 'أثر'],
  owner: ['owner', 'risk owner', 'responsible', 'propriétaire', 'responsable', 'propietario', 'dueño', 'владелец', 'ответственный', '负责人', '所有者', 'المالك', 'المسؤول', 'مالك الخطر'],
  treatment: ['treatment', 'response', 'risk response', 'traitement', 'réponse', 'tratamiento', 'respuesta', 'обработка', 'реагирование', '处置', '应对', 'المعالجة', 'معالجة'],
  treatmentPlan: ['treatment plan', 'actions', 'mitigation', 'mitigation plan', 'plan de traitement', 'plan de tratamiento', 'mitigación', 'план обработки', 'меры', '处置计划', '应对措施', 'خطة المعالجة', 'إجراءات التخفيف'],
  lastAssessedOn: ['last assessed', 'last assessed on', 'assessed on', 'last review', 'date', 'dernière évaluation', 'évalué le', 'última evaluación', 'fecha de evaluación', 'последняя оценка', 'дата оценки', '最近评估', '评估日期', 'آخر تقييم', 'تاريخ التقييم'],
  status: ['status', 'state', 'statut', 'état', 'estado', 'статус', 'состояние', '状态', 'الحالة', 'حالة'],
};
