package org.irtiqa.demo;

import java.util.List;

/**
 * The programme's vocabulary: the 57 institutions of the national programme (ministries, authorities,
 * governorate offices and others across the 11 governorates), people's names, titles, session
 * formats and themes, in English and Arabic (glossary.md).
 */
final class Catalogue {

    record Entity(String code, String nameEn, String nameAr, String governorate, String sector) {}

    record Name(String en, String ar) {}

    private Catalogue() {}

    static final List<Entity> INSTITUTIONS = List.of(
            // ministries
            new Entity(
                    "MTCIT",
                    "Ministry of Transport, Communications and Information Technology",
                    "وزارة النقل والاتصالات وتقنية المعلومات",
                    "MUSCAT",
                    "MINISTRY"),
            new Entity("MOH", "Ministry of Health", "وزارة الصحة", "MUSCAT", "MINISTRY"),
            new Entity("MOE", "Ministry of Education", "وزارة التربية والتعليم", "MUSCAT", "MINISTRY"),
            new Entity(
                    "MOHERI",
                    "Ministry of Higher Education, Research and Innovation",
                    "وزارة التعليم العالي والبحث العلمي والابتكار",
                    "MUSCAT",
                    "MINISTRY"),
            new Entity("MOF", "Ministry of Finance", "وزارة المالية", "MUSCAT", "MINISTRY"),
            new Entity("MOL", "Ministry of Labour", "وزارة العمل", "MUSCAT", "MINISTRY"),
            new Entity(
                    "MOCIIP",
                    "Ministry of Commerce, Industry and Investment Promotion",
                    "وزارة التجارة والصناعة وترويج الاستثمار",
                    "MUSCAT",
                    "MINISTRY"),
            new Entity(
                    "MOHUP",
                    "Ministry of Housing and Urban Planning",
                    "وزارة الإسكان والتخطيط العمراني",
                    "MUSCAT",
                    "MINISTRY"),
            new Entity("MOI", "Ministry of Interior", "وزارة الداخلية", "MUSCAT", "MINISTRY"),
            new Entity(
                    "MJLA",
                    "Ministry of Justice and Legal Affairs",
                    "وزارة العدل والشؤون القانونية",
                    "MUSCAT",
                    "MINISTRY"),
            new Entity("MOSD", "Ministry of Social Development", "وزارة التنمية الاجتماعية", "MUSCAT", "MINISTRY"),
            new Entity(
                    "MAFWR",
                    "Ministry of Agriculture, Fisheries and Water Resources",
                    "وزارة الثروة الزراعية والسمكية وموارد المياه",
                    "MUSCAT",
                    "MINISTRY"),
            new Entity("MHT", "Ministry of Heritage and Tourism", "وزارة التراث والسياحة", "MUSCAT", "MINISTRY"),
            new Entity("MEM", "Ministry of Energy and Minerals", "وزارة الطاقة والمعادن", "MUSCAT", "MINISTRY"),
            new Entity("MOFA", "Ministry of Foreign Affairs", "وزارة الخارجية", "MUSCAT", "MINISTRY"),
            new Entity(
                    "MERA",
                    "Ministry of Endowments and Religious Affairs",
                    "وزارة الأوقاف والشؤون الدينية",
                    "MUSCAT",
                    "MINISTRY"),
            new Entity(
                    "MCSY",
                    "Ministry of Culture, Sports and Youth",
                    "وزارة الثقافة والرياضة والشباب",
                    "MUSCAT",
                    "MINISTRY"),
            new Entity("MOIN", "Ministry of Information", "وزارة الإعلام", "MUSCAT", "MINISTRY"),
            new Entity("MOECON", "Ministry of Economy", "وزارة الاقتصاد", "MUSCAT", "MINISTRY"),
            // authorities
            new Entity(
                    "NCSI",
                    "National Centre for Statistics and Information",
                    "المركز الوطني للإحصاء والمعلومات",
                    "MUSCAT",
                    "AUTHORITY"),
            new Entity("TRA", "Telecommunications Regulatory Authority", "هيئة تنظيم الاتصالات", "MUSCAT", "AUTHORITY"),
            new Entity(
                    "CDAA",
                    "Civil Defence and Ambulance Authority",
                    "هيئة الدفاع المدني والإسعاف",
                    "MUSCAT",
                    "AUTHORITY"),
            new Entity("EA", "Environment Authority", "هيئة البيئة", "MUSCAT", "AUTHORITY"),
            new Entity("FSA", "Financial Services Authority", "هيئة الخدمات المالية", "MUSCAT", "AUTHORITY"),
            new Entity("TAX", "Tax Authority", "جهاز الضرائب", "MUSCAT", "AUTHORITY"),
            new Entity(
                    "SAI",
                    "State Financial and Administrative Audit Institution",
                    "جهاز الرقابة المالية والإدارية للدولة",
                    "MUSCAT",
                    "AUTHORITY"),
            new Entity(
                    "OPAZ",
                    "Public Authority for Special Economic Zones and Free Zones",
                    "الهيئة العامة للمناطق الاقتصادية الخاصة والمناطق الحرة",
                    "MUSCAT",
                    "AUTHORITY"),
            new Entity("CAA", "Civil Aviation Authority", "هيئة الطيران المدني", "MUSCAT", "AUTHORITY"),
            new Entity(
                    "APSR",
                    "Authority for Public Services Regulation",
                    "هيئة تنظيم الخدمات العامة",
                    "MUSCAT",
                    "AUTHORITY"),
            new Entity("SPF", "Social Protection Fund", "صندوق الحماية الاجتماعية", "MUSCAT", "AUTHORITY"),
            new Entity("CPA", "Consumer Protection Authority", "هيئة حماية المستهلك", "MUSCAT", "AUTHORITY"),
            new Entity("OIA", "Oman Investment Authority", "جهاز الاستثمار العُماني", "MUSCAT", "AUTHORITY"),
            new Entity(
                    "V2040",
                    "Oman Vision 2040 Implementation Follow-up Unit",
                    "وحدة متابعة تنفيذ رؤية عُمان 2040",
                    "MUSCAT",
                    "AUTHORITY"),
            new Entity(
                    "SMEDA",
                    "Small and Medium Enterprises Development Authority",
                    "هيئة تنمية المؤسسات الصغيرة والمتوسطة",
                    "MUSCAT",
                    "AUTHORITY"),
            new Entity(
                    "SEZAD",
                    "Special Economic Zone Authority at Duqm",
                    "هيئة المنطقة الاقتصادية الخاصة بالدقم",
                    "AL_WUSTA",
                    "AUTHORITY"),
            // governorate offices, one in each governorate
            new Entity("GOV-MUSCAT", "Governorate of Muscat", "محافظة مسقط", "MUSCAT", "GOVERNORATE"),
            new Entity("GOV-DHOFAR", "Governorate of Dhofar", "محافظة ظفار", "DHOFAR", "GOVERNORATE"),
            new Entity("GOV-MUSANDAM", "Governorate of Musandam", "محافظة مسندم", "MUSANDAM", "GOVERNORATE"),
            new Entity("GOV-BURAIMI", "Governorate of Al Buraimi", "محافظة البريمي", "AL_BURAIMI", "GOVERNORATE"),
            new Entity(
                    "GOV-DAKHILIYAH",
                    "Governorate of Ad Dakhiliyah",
                    "محافظة الداخلية",
                    "AD_DAKHILIYAH",
                    "GOVERNORATE"),
            new Entity(
                    "GOV-N-BATINAH",
                    "Governorate of North Al Batinah",
                    "محافظة شمال الباطنة",
                    "NORTH_AL_BATINAH",
                    "GOVERNORATE"),
            new Entity(
                    "GOV-S-BATINAH",
                    "Governorate of South Al Batinah",
                    "محافظة جنوب الباطنة",
                    "SOUTH_AL_BATINAH",
                    "GOVERNORATE"),
            new Entity(
                    "GOV-S-SHARQIYAH",
                    "Governorate of South Ash Sharqiyah",
                    "محافظة جنوب الشرقية",
                    "SOUTH_ASH_SHARQIYAH",
                    "GOVERNORATE"),
            new Entity(
                    "GOV-N-SHARQIYAH",
                    "Governorate of North Ash Sharqiyah",
                    "محافظة شمال الشرقية",
                    "NORTH_ASH_SHARQIYAH",
                    "GOVERNORATE"),
            new Entity("GOV-DHAHIRAH", "Governorate of Ad Dhahirah", "محافظة الظاهرة", "AD_DHAHIRAH", "GOVERNORATE"),
            new Entity("GOV-WUSTA", "Governorate of Al Wusta", "محافظة الوسطى", "AL_WUSTA", "GOVERNORATE"),
            // municipalities, academies, public companies and regional directorates
            new Entity("MUSCAT-MUN", "Muscat Municipality", "بلدية مسقط", "MUSCAT", "GOVERNORATE"),
            new Entity("DHOFAR-MUN", "Dhofar Municipality", "بلدية ظفار", "DHOFAR", "GOVERNORATE"),
            new Entity("SQU", "Sultan Qaboos University", "جامعة السلطان قابوس", "MUSCAT", "ACADEMIC"),
            new Entity(
                    "UTAS",
                    "University of Technology and Applied Sciences",
                    "جامعة التقنية والعلوم التطبيقية",
                    "MUSCAT",
                    "ACADEMIC"),
            new Entity("RAM", "Royal Academy of Management", "الأكاديمية السلطانية للإدارة", "MUSCAT", "ACADEMIC"),
            new Entity(
                    "SOHAR-PORT",
                    "Sohar Port and Freezone",
                    "ميناء صحار والمنطقة الحرة",
                    "NORTH_AL_BATINAH",
                    "PUBLIC_COMPANY"),
            new Entity("SALALAH-FZ", "Salalah Free Zone", "المنطقة الحرة بصلالة", "DHOFAR", "PUBLIC_COMPANY"),
            new Entity(
                    "DGHS-DAKHILIYAH",
                    "Directorate General of Health Services, Ad Dakhiliyah",
                    "المديرية العامة للخدمات الصحية بمحافظة الداخلية",
                    "AD_DAKHILIYAH",
                    "MINISTRY"),
            new Entity(
                    "DGE-S-SHARQIYAH",
                    "Directorate General of Education, South Ash Sharqiyah",
                    "المديرية العامة للتربية والتعليم بمحافظة جنوب الشرقية",
                    "SOUTH_ASH_SHARQIYAH",
                    "MINISTRY"),
            new Entity(
                    "DGA-DHAHIRAH",
                    "Directorate General of Agriculture, Fisheries and Water Resources, Ad Dhahirah",
                    "المديرية العامة للثروة الزراعية والسمكية وموارد المياه بمحافظة الظاهرة",
                    "AD_DHAHIRAH",
                    "MINISTRY"),
            new Entity(
                    "DGSD-S-BATINAH",
                    "Directorate General of Social Development, South Al Batinah",
                    "المديرية العامة للتنمية الاجتماعية بمحافظة جنوب الباطنة",
                    "SOUTH_AL_BATINAH",
                    "MINISTRY"));

    static final List<Name> MEN = List.of(
            new Name("Ahmed", "أحمد"),
            new Name("Mohammed", "محمد"),
            new Name("Said", "سعيد"),
            new Name("Khalid", "خالد"),
            new Name("Salim", "سالم"),
            new Name("Hamad", "حمد"),
            new Name("Nasser", "ناصر"),
            new Name("Sultan", "سلطان"),
            new Name("Talal", "طلال"),
            new Name("Yousuf", "يوسف"),
            new Name("Hilal", "هلال"),
            new Name("Badr", "بدر"),
            new Name("Faisal", "فيصل"),
            new Name("Majid", "ماجد"),
            new Name("Abdullah", "عبدالله"),
            new Name("Ali", "علي"),
            new Name("Saif", "سيف"),
            new Name("Azzan", "عزان"),
            new Name("Qais", "قيس"));

    static final List<Name> WOMEN = List.of(
            new Name("Fatma", "فاطمة"),
            new Name("Maryam", "مريم"),
            new Name("Aisha", "عائشة"),
            new Name("Muna", "منى"),
            new Name("Shamsa", "شمسة"),
            new Name("Zainab", "زينب"),
            new Name("Huda", "هدى"),
            new Name("Amal", "أمل"),
            new Name("Rahma", "رحمة"),
            new Name("Salma", "سلمى"),
            new Name("Noor", "نور"),
            new Name("Buthaina", "بثينة"),
            new Name("Laila", "ليلى"),
            new Name("Asma", "أسماء"));

    static final List<Name> FAMILIES = List.of(
            new Name("Al Busaidi", "البوسعيدي"),
            new Name("Al Harthy", "الحارثي"),
            new Name("Al Balushi", "البلوشي"),
            new Name("Al Hinai", "الهنائي"),
            new Name("Al Rawahi", "الرواحي"),
            new Name("Al Maawali", "المعولي"),
            new Name("Al Kindi", "الكندي"),
            new Name("Al Shukaili", "الشكيلي"),
            new Name("Al Amri", "العامري"),
            new Name("Al Siyabi", "السيابي"),
            new Name("Al Farsi", "الفارسي"),
            new Name("Al Riyami", "الريامي"),
            new Name("Al Mahrouqi", "المحروقي"),
            new Name("Al Kharusi", "الخروصي"),
            new Name("Al Shanfari", "الشنفري"),
            new Name("Al Ghafri", "الغافري"),
            new Name("Al Lawati", "اللواتي"),
            new Name("Al Mamari", "المعمري"),
            new Name("Al Zadjali", "الزدجالي"),
            new Name("Al Saadi", "السعدي"));

    static final List<String> LEVELS =
            List.of("TOP_LEADERSHIP", "SENIOR_MANAGEMENT", "MIDDLE_MANAGEMENT", "EXECUTIVE_TEAM");

    /** Job titles by level (same order as {@link #LEVELS}). */
    static final List<List<String>> TITLES = List.of(
            List.of("Undersecretary", "Chairman", "Chief Executive Officer", "Secretary General"),
            List.of("Director General", "Director General of Planning", "Director General of Information Technology"),
            List.of(
                    "Director of Digital Services",
                    "Head of Strategy Department",
                    "Director of Human Resources",
                    "Head of Quality and Performance",
                    "Director of Beneficiary Services"),
            List.of(
                    "Digital Transformation Specialist",
                    "Project Manager",
                    "Business Analyst",
                    "Data Analyst",
                    "Systems Engineer",
                    "Change Management Officer",
                    "Service Designer"));

    static final List<String> FORMATS = List.of(
            "HIGH_LEVEL_SESSION",
            "HIGH_LEVEL_MEETING",
            "STRATEGIC_PANEL",
            "LEADERSHIP_DIALOGUE",
            "CASE_STUDY",
            "PRACTICAL_APPLICATION",
            "INTERACTIVE_SIMULATION");
    static final List<Name> FORMAT_NAMES = List.of(
            new Name("High-level session", "جلسة رفيعة المستوى"),
            new Name("High-level meeting", "لقاء رفيع المستوى"),
            new Name("Strategic panel", "حلقة نقاشية إستراتيجية"),
            new Name("Leadership dialogue", "حوار قيادي"),
            new Name("Case study", "حالة دراسية"),
            new Name("Practical application", "تطبيق عملي"),
            new Name("Interactive simulation", "محاكاة تفاعلية"));

    static final List<String> THEMES = List.of(
            "DIGITAL_TRANSFORMATION",
            "EMERGING_TECHNOLOGIES",
            "RISK_MANAGEMENT",
            "INSTITUTIONAL_PERFORMANCE",
            "WHOLE_OF_GOVERNMENT",
            "BENEFICIARY_CENTRED_SERVICES",
            "LIFE_EVENT_JOURNEYS",
            "AI_IN_CHANGE_MANAGEMENT");
    static final List<Name> THEME_NAMES = List.of(
            new Name("A shared understanding of digital transformation", "الفهم المشترك للتحول الرقمي"),
            new Name("Emerging and advanced technologies", "التقنيات الناشئة والمتقدمة"),
            new Name("Risk management", "إدارة المخاطر"),
            new Name("Institutional performance", "رفع كفاءة الأداء المؤسسي"),
            new Name("The one-government approach", "نهج الحكومة الواحدة"),
            new Name("Services designed from the beneficiary's expectations", "تطوير الخدمات من منظور توقعات المستفيد"),
            new Name("Life-event journeys", "رحلات أحداث الحياة"),
            new Name("AI in institutional change management", "الذكاء الاصطناعي في إدارة التغيير المؤسسي"));

    static final List<String> VENUES = List.of(
            "Royal Academy of Management, Muscat",
            "Oman Convention and Exhibition Centre",
            "University of Technology and Applied Sciences, Al Khuwair",
            "Ministry of Transport, Communications and IT, Muscat");

    static final List<String> SPEAKERS = List.of(
            "Dr. Ali Al Shidhani",
            "Dr. Fatma Al Kindi",
            "Eng. Badr Al Salehi",
            "Dr. Rahma Al Mahrouqi",
            "Prof. Hilal Al Riyami",
            "Ms. Noor Al Zadjali",
            "Dr. Saif Al Abri");

    static final List<String> WITHDRAWAL_REASONS = List.of(
            "Reassigned to another post",
            "Extended official mission abroad",
            "Health reasons",
            "Nominated for the second cohort instead",
            "Workload of the annual budget cycle");
}
