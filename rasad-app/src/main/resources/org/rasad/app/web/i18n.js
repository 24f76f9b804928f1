/* rasad web UI strings: every label in Arabic and English. Plain data, no markup. */
'use strict';
window.RASAD_I18N = {
  ar: {
    appName: 'رصد', tagline: 'أحداث سياسية من الأخبار العربية', switchLang: 'English',
    navSearch: 'بحث', navEvents: 'الأحداث', navActors: 'الفاعلون', navDyad: 'علاقة ثنائية', navNetwork: 'الشبكة',
    searchPlaceholder: 'ابحث في الأخبار… (مثال: التعاون الأمني)', searchButton: 'بحث',
    documents: 'وثائق', events: 'أحداث', problems: 'مشكلات', period: 'الفترة', byType: 'الأحداث حسب النوع',
    results: 'نتيجة', noResults: 'لا نتائج.', loading: 'جار التحميل…', error: 'خطأ',
    eventsTitle: 'الأحداث', filters: 'تصفية', actor: 'فاعل', source: 'المصدر', target: 'الهدف', type: 'النوع',
    anyType: 'كل الأنواع', modality: 'الصيغة', anyModality: 'كل الصيغ', from: 'من', to: 'إلى', text: 'نص',
    apply: 'تطبيق', reset: 'مسح', date: 'التاريخ', evidence: 'الدليل', document: 'الوثيقة', confidence: 'الثقة',
    prev: 'السابق', next: 'التالي', pageOf: 'الصفحة {0} من {1}', total: 'المجموع: {0}',
    exportJsonl: 'تصدير JSONL', exportCsv: 'تصدير CSV', sort: 'الترتيب', newest: 'الأحدث أولا', oldest: 'الأقدم أولا',
    byConfidence: 'الأعلى ثقة',
    article: 'المقال', original: 'النص الأصلي', cleaned: 'النص المنظف', eventsInDoc: 'أحداث المقال',
    noEvents: 'لم يُستخرج أي حدث من هذا المقال.', sourceUrl: 'الرابط', outlet: 'المصدر الإعلامي', location: 'المكان',
    mode: 'الطريقة', context: 'السياق', contexts: 'السياقات', showInText: 'أظهر في النص', undated: 'بلا تاريخ',
    actorsTitle: 'الفاعلون', actorSearch: 'ابحث عن فاعل بالرمز أو الاسم…', code: 'الرمز', name: 'الاسم',
    names: 'الأسماء في النصوص', asSource: 'كمصدر', asTarget: 'كهدف', partners: 'الشركاء', persons: 'الأشخاص', role: 'المنصب',
    recentEvents: 'أحدث الأحداث', timeline: 'الخط الزمني', activity: 'النشاط حسب النوع',
    dyadTitle: 'العلاقة الثنائية', actorA: 'الفاعل أ', actorB: 'الفاعل ب', interval: 'الفترة',
    day: 'يوم', week: 'أسبوع', month: 'شهر', show: 'عرض', dyadEvents: 'أحداث هذه العلاقة',
    networkTitle: 'شبكة الفاعلين', kindState: 'دول', kindSubState: 'فاعلون دون الدولة', kindOrg: 'منظمات وجماعات', minWeight: 'أدنى وزن', edges: 'روابط', nodes: 'فاعلون',
    networkHint: 'انقر على فاعل لفتح صفحته.', chooseDyad: 'اختر فاعلين، مثل IRQ و USA.',
    notFound: 'غير موجود.', back: 'رجوع', openArticle: 'افتح المقال', viewActor: 'صفحة الفاعل',
    navStories: 'القصص', storiesTitle: 'القصص', storiesHint: 'الخبر نفسه في عدة مصادر إعلامية: وثائقه وأحداثه المدمجة.',
    minDocs: 'أدنى عدد وثائق', largest: 'الأكبر أولا', outlets: 'المصادر الإعلامية', storyTitle: 'القصة',
    storyEvents: 'أحداث القصة', similarity: 'التشابه',
    footer: 'رصد — بيانات PLOVER. النص الأصلي كما نُشر، والأدلة مظللة فيه.'
  },
  en: {
    appName: 'rasad', tagline: 'Political events from Arabic news', switchLang: 'العربية',
    navSearch: 'Search', navEvents: 'Events', navActors: 'Actors', navDyad: 'Dyad', navNetwork: 'Network',
    searchPlaceholder: 'Search the news… (Arabic or English, e.g. التعاون الأمني)', searchButton: 'Search',
    documents: 'documents', events: 'events', problems: 'problems', period: 'Period', byType: 'Events by type',
    results: 'results', noResults: 'No results.', loading: 'Loading…', error: 'Error',
    eventsTitle: 'Events', filters: 'Filters', actor: 'Actor', source: 'Source', target: 'Target', type: 'Type',
    anyType: 'All types', modality: 'Modality', anyModality: 'All modalities', from: 'From', to: 'To', text: 'Text',
    apply: 'Apply', reset: 'Reset', date: 'Date', evidence: 'Evidence', document: 'Document', confidence: 'Confidence',
    prev: 'Previous', next: 'Next', pageOf: 'Page {0} of {1}', total: 'Total: {0}',
    exportJsonl: 'Export JSONL', exportCsv: 'Export CSV', sort: 'Sort', newest: 'Newest first', oldest: 'Oldest first',
    byConfidence: 'Most confident',
    article: 'Article', original: 'Original text', cleaned: 'Cleaned text', eventsInDoc: 'Events in this article',
    noEvents: 'No events were extracted from this article.', sourceUrl: 'Link', outlet: 'Outlet', location: 'Location',
    mode: 'Mode', context: 'Context', contexts: 'Contexts', showInText: 'Show in text', undated: 'undated',
    actorsTitle: 'Actors', actorSearch: 'Find an actor by code or name…', code: 'Code', name: 'Name',
    names: 'Names in the texts', asSource: 'as source', asTarget: 'as target', partners: 'Partners', persons: 'Persons', role: 'Role',
    recentEvents: 'Recent events', timeline: 'Timeline', activity: 'Activity by type',
    dyadTitle: 'Dyad timeline', actorA: 'Actor A', actorB: 'Actor B', interval: 'Interval',
    day: 'Day', week: 'Week', month: 'Month', show: 'Show', dyadEvents: 'Events of this dyad',
    networkTitle: 'Actor network', kindState: 'States', kindSubState: 'Sub-state actors', kindOrg: 'Organisations and groups', minWeight: 'Min. weight', edges: 'edges', nodes: 'actors',
    networkHint: 'Click an actor to open its page.', chooseDyad: 'Pick two actors, e.g. IRQ and USA.',
    notFound: 'Not found.', back: 'Back', openArticle: 'Open article', viewActor: 'Actor page',
    navStories: 'Stories', storiesTitle: 'Stories', storiesHint: 'The same news in several outlets: its documents and merged events.',
    minDocs: 'Min. documents', largest: 'Largest first', outlets: 'Outlets', storyTitle: 'Story',
    storyEvents: 'Story events', similarity: 'Similarity',
    footer: 'rasad — PLOVER event data. Original text as published, evidence highlighted.'
  },
  types: {
    AGREE: ['اتفاق', 'Agree'], CONSULT: ['تشاور', 'Consult'], SUPPORT: ['دعم', 'Support'], CONCEDE: ['تنازل', 'Concede'],
    COOPERATE: ['تعاون', 'Cooperate'], AID: ['مساعدة', 'Aid'], RETREAT: ['انسحاب', 'Retreat'], REQUEST: ['طلب', 'Request'],
    ACCUSE: ['اتهام', 'Accuse'], REJECT: ['رفض', 'Reject'], THREATEN: ['تهديد', 'Threaten'], PROTEST: ['احتجاج', 'Protest'],
    SANCTION: ['عقوبة', 'Sanction'], MOBILIZE: ['تعبئة', 'Mobilize'], COERCE: ['إكراه', 'Coerce'], ASSAULT: ['اعتداء', 'Assault']
  },
  modalities: {
    asserted: ['مؤكد', 'asserted'], planned: ['مخطط', 'planned'], negated: ['منفي', 'negated'], hypothetical: ['افتراضي', 'hypothetical']
  },
  colors: {
    AGREE: '#2e7d32', CONSULT: '#1565c0', SUPPORT: '#00897b', CONCEDE: '#7cb342', COOPERATE: '#0277bd', AID: '#43a047',
    RETREAT: '#9e9d24', REQUEST: '#5e35b1', ACCUSE: '#ef6c00', REJECT: '#f9a825', THREATEN: '#d84315', PROTEST: '#8d6e63',
    SANCTION: '#6d4c41', MOBILIZE: '#ad1457', COERCE: '#c62828', ASSAULT: '#b71c1c'
  }
};
