// The dashboard's words in Arabic (the default) and English, the programme's names from
// glossary.md, and numbers, dates and times formatted for the language (instants as Asia/Muscat).

export const LANGS = ["ar", "en"];
export const ZONE = "Asia/Muscat";

const WORDS = {
  ar: {
    programme: "البرنامج الوطني «ارتقاء»", forum: "ملتقى القيادات للجاهزية المستقبلية", otherLang: "English",
    skip: "تخطَّ إلى المحتوى", menu: "أقسام اللوحة",
    overview: "نظرة عامة", governorates: "المحافظات", institutions: "المؤسسات", cohorts: "الدفعات", method: "المنهجية",
    signIn: "تسجيل الدخول", signOut: "تسجيل الخروج", signedInAs: "مسجَّل الدخول باسم",
    signInFirst: "سجِّل الدخول لعرض أرقام الجاهزية.", expired: "انتهت جلستك — سجِّل الدخول مجددًا.",
    roleCannotRead: "دورك لا يسمح بقراءة الأرقام: تعرض اللوحة أرقام الجاهزية للمطّلعين والمنسّقين ومكتب البرنامج.",
    signInFailed: "لم ينجح تسجيل الدخول؛ حاول مرة أخرى.",
    unreachable: "تعذَّر الوصول إلى خدمة التحليلات؛ ستُعاد المحاولة تلقائيًا.", notFound: "لم يُعثر على هذه الصفحة.",
    loading: "جارٍ التحميل…", liveOn: "تحديث مباشر", liveOff: "التحديث المباشر متوقف — يُعاد الاتصال",
    updated: "حُدِّثت أرقام {name} عند {time}.", asOf: "الأرقام حتى {time}", noEvents: "لا أحداث بعد",
    readinessIndex: "مؤشر الجاهزية", band: "الفئة", enrolled: "المسجَّلون", completed: "أتمّوا", withdrawn: "انسحبوا",
    attendanceRate: "نسبة الحضور", proficiency: "مستوى الإتقان", growth: "مقدار التحسّن", completionRate: "نسبة الإتمام",
    levelCoverage: "تغطية المستويات القيادية", atRisk: "قياديون معرَّضون للخطر", institution: "المؤسسة",
    governorate: "المحافظة", sector: "القطاع", cohort: "الدفعة", allCohorts: "كل الدفعات", allGovernorates: "كل المحافظات",
    allSectors: "كل القطاعات", search: "بحث بالاسم", institutionCount: "عدد المؤسسات", level: "المستوى القيادي",
    theme: "المحور", themes: "المحاور", latest: "آخر تقييم", baseline: "القياس القبلي", levels: "المستويات القيادية",
    trend: "تطوّر مؤشر الجاهزية", trendNone: "لا سجل بعد.", date: "التاريخ", themeScores: "درجات المحاور",
    suppressedShort: "أقل من 3 قياديين", suppressedNote: "أقل من 3 قياديين: تُحجب الأرقام حمايةً للأفراد.",
    suppressedBeside: "محجوب (مجموعة صغيرة بجانبه)",
    suppressedBesideNote: "محجوبة لأن مجموعة صغيرة بجانبها كان يمكن استنتاج أرقامها لولا ذلك.",
    participants: "تقدّم القياديين", participant: "القيادي", status: "الحالة", attended: "الحضور",
    flags: "مؤشرات الخطر", none: "لا شيء", onlyAtRisk: "المعرَّضون للخطر فقط", csv: "تنزيل CSV", print: "طباعة التقرير",
    report: "تقرير الجاهزية", startsOn: "تبدأ", endsOn: "تنتهي", dataTable: "بيانات الرسم", showData: "عرض البيانات جدولًا",
    map: "خريطة المحافظات حسب فئة الجاهزية", weights: "أوزان المؤشر", bands: "فئات الجاهزية", suppression: "حجب المجموعات الصغيرة",
    riskRules: "متى يُعدّ القيادي معرَّضًا للخطر", history: "السجل التاريخي", index: "المؤشر", sortBy: "رتّب حسب {column}",
    results: "{count} مؤسسة", programmeFigures: "أرقام البرنامج", notInCohort: "لا مسجّلين لهذه المؤسسة في هذه الدفعة.",
    component: "المكوّن", weight: "الوزن", description: "الشرح", fromIndex: "من المؤشر", ownInstitution: "مؤسستك",
    roles: { PROGRAMME_ADMIN: "مكتب البرنامج", INSTITUTION_COORDINATOR: "منسّق مؤسسة", VIEWER: "مطّلع", OPERATOR: "مشغّل" },
  },
  en: {
    programme: "Irtiqa national programme", forum: "Leadership Forum for Future Readiness", otherLang: "العربية",
    skip: "Skip to content", menu: "Dashboard sections",
    overview: "Overview", governorates: "Governorates", institutions: "Institutions", cohorts: "Cohorts", method: "Method",
    signIn: "Sign in", signOut: "Sign out", signedInAs: "Signed in as",
    signInFirst: "Sign in to see the readiness figures.", expired: "Your session has expired — sign in again.",
    roleCannotRead: "Your role cannot read figures: the dashboard shows readiness figures to viewers, coordinators and the programme office.",
    signInFailed: "Signing in did not succeed; try again.",
    unreachable: "The analytics service cannot be reached; trying again by itself.", notFound: "There is no such page.",
    loading: "Loading…", liveOn: "Live updates", liveOff: "Live updates paused — reconnecting",
    updated: "{name} updated at {time}.", asOf: "Figures as of {time}", noEvents: "no events yet",
    readinessIndex: "Readiness index", band: "Band", enrolled: "Enrolled", completed: "Completed", withdrawn: "Withdrawn",
    attendanceRate: "Attendance rate", proficiency: "Proficiency", growth: "Growth", completionRate: "Completion rate",
    levelCoverage: "Leadership-level coverage", atRisk: "Leaders at risk", institution: "Institution",
    governorate: "Governorate", sector: "Sector", cohort: "Cohort", allCohorts: "All cohorts", allGovernorates: "All governorates",
    allSectors: "All sectors", search: "Search by name", institutionCount: "Institutions", level: "Leadership level",
    theme: "Theme", themes: "Themes", latest: "Latest", baseline: "Baseline", levels: "Leadership levels",
    trend: "Readiness index over the programme", trendNone: "No history yet.", date: "Date", themeScores: "Theme scores",
    suppressedShort: "fewer than 3 leaders", suppressedNote: "Fewer than 3 leaders: figures hidden to protect individuals.",
    suppressedBeside: "hidden (a small group beside it)",
    suppressedBesideNote: "Hidden because a small group beside it could otherwise be worked out from it.",
    participants: "Leaders' progress", participant: "Leader", status: "Status", attended: "Attended",
    flags: "Risk flags", none: "none", onlyAtRisk: "Only leaders at risk", csv: "Download CSV", print: "Print report",
    report: "Readiness report", startsOn: "Starts", endsOn: "Ends", dataTable: "Chart data", showData: "Show the data as a table",
    map: "Governorates by readiness band", weights: "Index weights", bands: "Readiness bands", suppression: "Small groups hidden",
    riskRules: "When a leader is at risk", history: "History", index: "Index", sortBy: "Sort by {column}",
    results: "{count} institutions", programmeFigures: "Programme figures", notInCohort: "This institution has nobody enrolled in this cohort.",
    component: "Component", weight: "Weight", description: "Description", fromIndex: "From index", ownInstitution: "your institution",
    roles: { PROGRAMME_ADMIN: "Programme office", INSTITUTION_COORDINATOR: "Institution coordinator", VIEWER: "Viewer", OPERATOR: "Operator" },
  },
};

// glossary.md: [English, Arabic]
const NAMES = {
  governorate: {
    MUSCAT: ["Muscat", "مسقط"], DHOFAR: ["Dhofar", "ظفار"], MUSANDAM: ["Musandam", "مسندم"], AL_BURAIMI: ["Al Buraimi", "البريمي"],
    AD_DAKHILIYAH: ["Ad Dakhiliyah", "الداخلية"], NORTH_AL_BATINAH: ["North Al Batinah", "شمال الباطنة"],
    SOUTH_AL_BATINAH: ["South Al Batinah", "جنوب الباطنة"], SOUTH_ASH_SHARQIYAH: ["South Ash Sharqiyah", "جنوب الشرقية"],
    NORTH_ASH_SHARQIYAH: ["North Ash Sharqiyah", "شمال الشرقية"], AD_DHAHIRAH: ["Ad Dhahirah", "الظاهرة"], AL_WUSTA: ["Al Wusta", "الوسطى"],
  },
  theme: {
    DIGITAL_TRANSFORMATION: ["Shared understanding of digital transformation", "الفهم المشترك للتحول الرقمي"],
    EMERGING_TECHNOLOGIES: ["Emerging and advanced technologies", "التقنيات الناشئة والمتقدمة"],
    RISK_MANAGEMENT: ["Risk management", "إدارة المخاطر"],
    INSTITUTIONAL_PERFORMANCE: ["Institutional performance", "رفع كفاءة الأداء المؤسسي"],
    WHOLE_OF_GOVERNMENT: ["The one-government approach", "نهج الحكومة الواحدة"],
    BENEFICIARY_CENTRED_SERVICES: ["Services designed from the beneficiary's expectations", "تطوير الخدمات من منظور توقعات المستفيد"],
    LIFE_EVENT_JOURNEYS: ["Life-event journeys", "رحلات أحداث الحياة"],
    AI_IN_CHANGE_MANAGEMENT: ["AI in institutional change management", "الذكاء الاصطناعي في إدارة التغيير المؤسسي"],
  },
  level: {
    TOP_LEADERSHIP: ["Top leadership", "القيادات العليا"], SENIOR_MANAGEMENT: ["Senior management", "الإدارة العليا"],
    MIDDLE_MANAGEMENT: ["Middle management", "الإدارة الوسطى"], EXECUTIVE_TEAM: ["Executive teams", "الفرق التنفيذية"],
  },
  sector: {
    MINISTRY: ["Ministry", "وزارة"], GOVERNORATE: ["Governorate office", "مكتب محافظ"], AUTHORITY: ["Authority", "هيئة"],
    PUBLIC_COMPANY: ["Public company", "شركة حكومية"], ACADEMIC: ["Academic", "مؤسسة أكاديمية"], OTHER: ["Other", "أخرى"],
    UNKNOWN: ["Not known", "غير معروف"],
  },
  band: {
    ADVANCED: ["Advanced", "متقدم"], ON_TRACK: ["On track", "على المسار"], NEEDS_ATTENTION: ["Needs attention", "يحتاج إلى اهتمام"],
    AT_RISK: ["At risk", "معرّض للخطر"], NOT_STARTED: ["Not started", "لم يبدأ"], SUPPRESSED: ["Hidden", "محجوب"],
  },
  flag: {
    LOW_ATTENDANCE: ["Low attendance", "حضور منخفض"], MISSED_RECENT: ["Missed recent sessions", "غاب عن الجلسات الأخيرة"],
    NO_BASELINE: ["No baseline assessment", "بلا قياس قبلي"], LOW_PROFICIENCY: ["Low proficiency", "إتقان منخفض"],
    DECLINING: ["Declining scores", "درجات متراجعة"],
  },
  status: { ENROLLED: ["Enrolled", "مسجَّل"], WITHDRAWN: ["Withdrawn", "منسحب"], COMPLETED: ["Completed", "مكتمل"] },
};

export const THEMES = Object.keys(NAMES.theme);
export const LEVELS = Object.keys(NAMES.level);
export const SECTORS = Object.keys(NAMES.sector);
export const GOVERNORATES = Object.keys(NAMES.governorate);

let lang = "ar";

export function language() { return lang; }

export function setLanguage(chosen) { lang = LANGS.includes(chosen) ? chosen : "ar"; }

/** A word of the page, with {placeholders} filled in. */
export function t(key, values = {}) {
  const word = WORDS[lang][key] ?? WORDS.en[key] ?? key;
  return typeof word === "string" ? word.replace(/\{(\w+)}/g, (_, k) => values[k] ?? "") : word;
}

/** The glossary's name of a code ("theme", "RISK_MANAGEMENT"), or the code itself. */
export function name(kind, code) {
  const names = NAMES[kind]?.[code];
  return names ? names[lang === "en" ? 0 : 1] : String(code ?? "");
}

/** The name of an institution or cohort from the figures' own nameEn/nameAr. */
export function own(thing) { return (lang === "en" ? thing.nameEn : thing.nameAr) || thing.nameEn || ""; }

const LOCALE = { ar: "ar-OM", en: "en-GB" };

export function number(value, digits = 1) {
  if (value == null) return "—";
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function count(value) { return value == null ? "—" : new Intl.NumberFormat(LOCALE[lang]).format(value); }

export function percent(rate) {
  if (rate == null) return "—";
  return new Intl.NumberFormat(LOCALE[lang], { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

/** An instant (ISO-8601 with offset) as a date and time in Asia/Muscat. */
export function dateTime(instant) {
  if (!instant) return "—";
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeStyle: "short", timeZone: ZONE }).format(new Date(instant));
}

/** A calendar day (YYYY-MM-DD, already an Asia/Muscat day) in the language. */
export function day(isoDate, style = "medium") {
  if (!isoDate) return "—";
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: style, timeZone: "UTC" }).format(new Date(isoDate + "T00:00:00Z"));
}

export function time(instant) {
  return new Intl.DateTimeFormat(LOCALE[lang], { timeStyle: "medium", timeZone: ZONE }).format(instant ? new Date(instant) : new Date());
}
