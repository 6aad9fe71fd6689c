using System;

namespace CorpusSdk.Synthetic;

/// <summary>A country as Arabic news writes it: the name, the adjectives (feminine, masculine), the capital.</summary>
internal sealed record Country(string Name, string Feminine, string Masculine, string Capital);

/// <summary>A host of a meeting: a country, its formal name, what stands for it alone (المملكة), and its adjective without the article.</summary>
internal sealed record Host(Country Country, string FullName, string Short, string Indefinite);

/// <summary>An outlet and the ways files show it: a masthead line, a hashtag, a Latin footer.</summary>
internal sealed record Outlet(string Slug, string Name, string Masthead, string Hashtag, string? Latin);

/// <summary>The words the builder varies: names, places, outlets, and sentences of its own. Every list is fixed: the corpus depends on the seed only.</summary>
internal static class Vocabulary
{
    public static readonly string[] WeekdaysAr = { "الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت" };

    /// <summary>The other spelling some outlets use (الاثنين without hamza).</summary>
    public static string WeekdayAr(DayOfWeek day, bool plainAlef) => day == DayOfWeek.Monday && plainAlef ? "الاثنين" : WeekdaysAr[(int)day];

    public static readonly string[] MonthsAr = { "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر" };

    public static readonly string[] MonthsLevant = { "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول" };

    public static readonly string[] MonthsEn = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    public static readonly Country[] Countries =
    {
        new("سوريا", "السورية", "السوري", "دمشق"),
        new("العراق", "العراقية", "العراقي", "بغداد"),
        new("ليبيا", "الليبية", "الليبي", "طرابلس"),
        new("اليمن", "اليمنية", "اليمني", "صنعاء"),
        new("لبنان", "اللبنانية", "اللبناني", "بيروت"),
        new("السودان", "السودانية", "السوداني", "الخرطوم"),
        new("الصومال", "الصومالية", "الصومالي", "مقديشو"),
        new("الأردن", "الأردنية", "الأردني", "عمّان"),
        new("مصر", "المصرية", "المصري", "القاهرة"),
        new("الجزائر", "الجزائرية", "الجزائري", "الجزائر"),
        new("المغرب", "المغربية", "المغربي", "الرباط"),
        new("تونس", "التونسية", "التونسي", "تونس"),
    };

    public static readonly Host[] Hosts =
    {
        new(new Country("السعودية", "السعودية", "السعودي", "الرياض"), "المملكة العربية السعودية", "المملكة", "سعودي"),
        new(new Country("قطر", "القطرية", "القطري", "الدوحة"), "دولة قطر", "قطر", "قطري"),
        new(new Country("الكويت", "الكويتية", "الكويتي", "الكويت"), "دولة الكويت", "الكويت", "كويتي"),
        new(new Country("عُمان", "العمانية", "العماني", "مسقط"), "سلطنة عمان", "السلطنة", "عماني"),
        new(new Country("الإمارات", "الإماراتية", "الإماراتي", "أبوظبي"), "دولة الإمارات العربية المتحدة", "الإمارات", "إماراتي"),
        new(new Country("الأردن", "الأردنية", "الأردني", "عمّان"), "المملكة الأردنية الهاشمية", "المملكة", "أردني"),
        new(new Country("مصر", "المصرية", "المصري", "القاهرة"), "جمهورية مصر العربية", "مصر", "مصري"),
        new(new Country("المغرب", "المغربية", "المغربي", "الرباط"), "المملكة المغربية", "المملكة", "مغربي"),
        new(new Country("البحرين", "البحرينية", "البحريني", "المنامة"), "مملكة البحرين", "المملكة", "بحريني"),
    };

    /// <summary>Other cities, for a second place in a story.</summary>
    public static readonly string[] Cities =
    {
        "أربيل", "حلب", "الموصل", "البصرة", "بنغازي", "مصراتة", "عدن", "تعز", "طرابلس", "صيدا", "بورتسودان", "كسلا", "هرجيسا",
        "إربد", "الإسكندرية", "وهران", "الدار البيضاء", "صفاقس", "دير الزور", "الرقة", "الحسكة", "كركوك", "سرت", "مأرب",
    };

    /// <summary>The local forces a story's agreement is with (the seeds' قوات سوريا الديمقراطية).</summary>
    public static readonly string[] LocalForces =
    {
        "قوات سوريا الديمقراطية", "القوات المحلية", "قوات الأمن المحلية", "قوات الحماية الشعبية", "قوات الدفاع الذاتي", "القوات الكردية",
    };

    /// <summary>Groups a coalition fights. Weighted towards the seeds' own.</summary>
    public static readonly string[] Groups = { "داعش", "داعش", "داعش", "القاعدة", "الشباب", "بوكو حرام" };

    public static readonly string[] GivenNames =
    {
        "محمد", "أحمد", "محمود", "مصطفى", "علي", "عمر", "عمرو", "خالد", "حسن", "حسين", "إبراهيم", "يوسف", "عبدالله", "سعيد", "سامي",
        "طارق", "عادل", "عماد", "فادي", "فراس", "كريم", "ماجد", "مازن", "مراد", "مروان", "ناصر", "نبيل", "هاني", "هشام", "وائل",
        "وليد", "ياسر", "زياد", "رامي", "جمال", "حازم", "حمزة", "أيمن", "أسامة", "إياد", "باسل", "بسام", "حسام", "صالح", "عصام",
        "غسان", "فؤاد", "فهد", "فيصل", "قاسم", "مهند", "نادر", "نزار", "هيثم", "يونس", "سليمان", "أمين", "أسعد", "مظلوم", "رياض",
        "فاطمة", "مريم", "زينب", "سارة", "هدى", "ليلى", "رانيا", "دينا", "منى", "سلمى", "نادية", "أمل", "ريم", "هالة", "نسرين", "لينا",
    };

    public static readonly string[] FamilyNames =
    {
        "الخطيب", "العلي", "الحسيني", "النجار", "الزعبي", "الشمري", "العتيبي", "الدوسري", "الحداد", "الخوري", "الجبوري", "الربيعي",
        "الكبيسي", "التميمي", "القحطاني", "الصالح", "الأحمد", "الحلبي", "الساعدي", "الفارس", "المالكي", "الهاشمي", "اليوسف", "الشريف",
        "الشيباني", "الخريجي", "السلامة", "عبدي", "العمري", "الزبيدي", "الشهري", "المطيري", "الرفاعي", "البدوي", "الكردي", "السعدي",
        "الطائي", "العبيدي", "الدليمي", "النعيمي", "الحمدان", "المصري", "العثماني", "البرغوثي", "الشامي", "الحكيم", "العزاوي", "القاسم",
    };

    /// <summary>Western names as the Arabic press transliterates them (envoys, foreign ministers).</summary>
    public static readonly string[] WesternGiven = { "توم", "جون", "مايكل", "ديفيد", "جيمس", "روبرت", "ستيفن", "ريتشارد", "مارك", "بيتر", "جان", "بريت", "آن", "كاثرين", "إيثان" };

    public static readonly string[] WesternFamily = { "باراك", "ميلر", "راتني", "شينكر", "جيفري", "ماكغورك", "فورد", "رايبرن", "كوبر", "هيل", "سميث", "براون", "ويلسون", "كلارك", "بارو", "لوكاس" };

    public static readonly Outlet[] Outlets =
    {
        new("alfidaa", "صحيفة الفداء", "الفداء", "#صحيفة_الفداء", null),
        new("alsham", "الشام الجديد", "الشام الجديد", "#الشام_الجديد", null),
        new("pukmedia", "PUKmedia", "بوك ميديا", "#PUKmedia", "PUKMEDIA"),
        new("alrai", "صحيفة الرأي", "الرأي", "#صحيفة_الرأي", null),
        new("alsabah", "جريدة الصباح", "الصباح", "#جريدة_الصباح", null),
        new("nna", "وكالة الأنباء الوطنية", "الأنباء الوطنية", "#وكالة_الأنباء_الوطنية", "NNA"),
        new("khaleej", "صحيفة الخليج اليوم", "الخليج اليوم", "#الخليج_اليوم", null),
        new("almada", "موقع المدى نيوز", "المدى نيوز", "#المدى_نيوز", "ALMADA NEWS"),
        new("rafidain", "شبكة الرافدين", "الرافدين", "#شبكة_الرافدين", null),
        new("alghad", "قناة الغد", "الغد", "#قناة_الغد", "ALGHAD TV"),
        new("annahar", "صحيفة النهار الجديد", "النهار الجديد", "#النهار_الجديد", null),
        new("asharq", "جريدة الشرق", "الشرق", "#جريدة_الشرق", null),
        new("mashreq", "وكالة أنباء المشرق", "أنباء المشرق", "#أنباء_المشرق", "MASHREQ NEWS"),
        new("alhadath", "موقع الحدث", "الحدث", "#موقع_الحدث", null),
        new("alayam", "صحيفة الأيام", "الأيام", "#صحيفة_الأيام", null),
        new("levantpost", "Levant Post", "ليفانت بوست", "#LevantPost", "LEVANT POST"),
    };

    public static readonly string[] Sections = { "العالم", "عربي ودولي", "سياسة", "أخبار", "الشرق الأوسط", "تقارير", "محليات" };

    public static readonly string[] Boilerplate =
    {
        "شاهد المزيد", "الأكثر قراءة", "لتصلكم اخبارنا لحظة بلحظة", "حملوا", "آخر الأخبار", "المزيد...", "اقرأ أيضاً", "أخبار ذات صلة",
        "تابعونا على تلغرام", "جميع الحقوق محفوظة", "شارك الخبر", "طباعة",
    };

    /// <summary>Direct quotes, in the register of the seeds' statements.</summary>
    public static readonly string[] Quotes =
    {
        "كان اجتماعنا بنّاءً ومثمراً، ونؤكد أن دعم {SUBJ} مسؤولية مشتركة لتعزيز الأمن والاستقرار",
        "نؤكد التزامنا الكامل بدعم الاستقرار في المنطقة، والعمل مع شركائنا لمواجهة التهديدات المشتركة",
        "إن التنسيق بين الدول الأعضاء هو السبيل الوحيد لهزيمة الإرهاب ومنع عودته",
        "لن نسمح بعودة التنظيم إلى المناطق التي تحررت منه، وسنواصل ملاحقة عناصره",
        "نرحب بانضمام شركاء جدد إلى التحالف، ونتطلع إلى تعاون أوثق معهم في المرحلة المقبلة",
        "إن حماية المدنيين تبقى أولوية قصوى في كل العمليات التي ننفذها",
        "نعمل على إعادة النازحين إلى مناطقهم بطريقة آمنة وكريمة، بالتنسيق مع الحكومة {SUBJ_F}",
        "المرحلة المقبلة تتطلب جهداً مشتركاً ودعماً دولياً متواصلاً لتثبيت ما تحقق",
        "{SUBJ} تستعيد اليوم زمام المبادرة في الشراكة والقيادة لمكافحة الإرهاب",
        "ملف المحتجزين حاسم للأمن الإقليمي، ولا بد من معالجته بمسؤولية",
    };

    /// <summary>Where a statement was made: a platform, a statement, a press conference, an interview.</summary>
    public static readonly string[] Channels =
    {
        "في منشور عبر منصة «إكس»", "في بيان", "في تصريح صحفي", "خلال مؤتمر صحفي", "في مقابلة مع قناة الغد", "في تصريحات لوكالة أنباء المشرق",
    };

    /// <summary>Sentences of the builder's own that carry numbers, dates and places the seeds do not vary.</summary>
    public static readonly string[] Extra =
    {
        "وشارك في الاجتماع ممثلو {N2} دولة ومنظمة دولية، بحسب ما أعلنته وزارة الخارجية {HOST_F}.",
        "وأفادت مصادر محلية بأن هجوماً استهدف نقطة أمنية قرب {CITY2} أسفر عن مقتل {N3} شخصاً وإصابة {N4} آخرين.",
        "ومن المقرر أن يُعقد الاجتماع المقبل للتحالف في {CITY2} يوم {NEXT_LONG}، وفق البيان.",
        "وبلغ عدد النازحين الذين عادوا إلى مناطقهم في {SUBJ} نحو {N5} ألف شخص خلال الأشهر الستة الماضية.",
        "وأشار البيان إلى أن الدول الأعضاء تعهدت بتقديم {N6} مليون دولار لدعم برامج إعادة الاستقرار في المناطق المحررة.",
        "ويضم مخيم الهول، بحسب تقديرات الأمم المتحدة، نحو {N7} ألف شخص، معظمهم من النساء والأطفال.",
    };

    /// <summary>English paragraphs for the English articles; the placeholders are filled like the Arabic ones.</summary>
    public static readonly string[] English =
    {
        "The Global Coalition to Defeat {EN_GRP} met in {EN_HOST_CITY} on {EN_EV_REL}, with senior diplomats and defence officials from its member states.",
        "{EN_SUBJ} joined the coalition as its {EN_N_ORD} member, the joint statement said, and the government in {EN_SUBJ_CAP} pledged to lead the national effort against the group.",
        "\"This meeting was constructive and productive, and support for {EN_SUBJ} is a shared responsibility,\" Foreign Minister {EN_FM} wrote in a post on X.",
        "Deputy Foreign Minister {EN_DEP} opened the meeting, which he co-chaired with the United States envoy {EN_ENV}.",
        "Participants welcomed the comprehensive agreement between the government and local forces, including a permanent ceasefire and arrangements for civil and military integration.",
        "Defence officials were briefed on the ongoing transfer of detainees, which member states described as essential to regional security.",
        "According to local sources, an attack near {EN_CITY2} killed {N3} people and wounded {N4} others on {EN_EVE_WD}.",
        "The coalition thanked {EN_PART} for its continued leadership of the campaign and for holding detained fighters securely.",
        "Members agreed to meet again in {EN_CITY2} on {EN_NEXT}, the statement added.",
        "\"We will not allow the group to return to the areas it once held,\" envoy {EN_ENV} told reporters after the session.",
        "Officials said {N6} million dollars had been pledged for stabilisation programmes in liberated areas.",
        "The camps of al-Hol and Roj still hold about {N7} thousand people, most of them women and children, according to United Nations estimates.",
        "Diplomats said the talks in {EN_HOST_CITY} focused on the fate of foreign fighters whose home countries have refused to take them back.",
        "Aid agencies warned that funding for the camps had fallen sharply this year, leaving clinics and schools short of staff.",
        "A spokesman for the interior ministry in {EN_SUBJ_CAP} said security forces had arrested {N4} suspects in raids around {EN_CITY2} over the past month.",
        "Analysts in {EN_HOST_CITY} said the new membership gave the government a seat at the table but also new obligations towards its partners.",
        "The next round of technical meetings is expected to deal with border control, financing networks and online recruitment.",
        "Human rights groups urged the coalition to make sure that detainees are given access to lawyers and to their families.",
        "Officials from {EN_PART} described the handover of prison facilities as the most sensitive part of the process.",
        "Residents of {EN_CITY2} told local media that checkpoints had been reinforced since {EN_EVE_WD}, slowing traffic into the city.",
        "Several delegations asked for a timetable for the repatriation of women and children, which they said had dragged on for years.",
        "The envoy met tribal leaders and local council members on the sidelines of the meeting, according to people familiar with the talks.",
    };

    public static readonly string[] EnglishGroups = { "ISIS", "ISIS", "ISIS", "al-Qaeda", "al-Shabaab", "Boko Haram" };

    public static readonly (string Name, string Capital)[] EnglishCountries =
    {
        ("Syria", "Damascus"), ("Iraq", "Baghdad"), ("Libya", "Tripoli"), ("Yemen", "Sanaa"), ("Lebanon", "Beirut"), ("Sudan", "Khartoum"),
        ("Somalia", "Mogadishu"), ("Jordan", "Amman"), ("Egypt", "Cairo"), ("Algeria", "Algiers"), ("Morocco", "Rabat"), ("Tunisia", "Tunis"),
    };

    public static readonly string[] EnglishHostCities = { "Riyadh", "Doha", "Kuwait City", "Muscat", "Abu Dhabi", "Amman", "Cairo", "Rabat", "Manama" };

    public static readonly string[] EnglishCities = { "Erbil", "Aleppo", "Mosul", "Basra", "Benghazi", "Misrata", "Aden", "Taiz", "Sidon", "Kassala", "Irbid", "Oran", "Raqqa", "Kirkuk" };

    public static readonly string[] EnglishGiven = { "Ahmed", "Omar", "Khalid", "Hassan", "Youssef", "Samir", "Tariq", "Nabil", "Faisal", "Walid", "Asaad", "Layla", "Rania", "Huda" };

    public static readonly string[] EnglishFamily = { "Al-Khatib", "Al-Ali", "Haddad", "Al-Shammari", "Al-Otaibi", "Khoury", "Al-Jubouri", "Al-Tamimi", "Al-Qahtani", "Al-Hashemi", "Al-Sharif", "Al-Shaibani" };

    public static readonly string[] EnglishOutlets = { "Levant Post", "Gulf Daily Times", "Middle East Wire", "Arab News Today", "Regional Herald" };

    public static readonly string[] Ordinals = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth" };

    /// <summary>The ordinal words for the tens the builder gives a coalition's membership (العضو التسعين).</summary>
    public static readonly (int Value, string Arabic, string English)[] MemberOrdinals =
    {
        (50, "الخمسين", "50th"), (60, "الستين", "60th"), (70, "السبعين", "70th"), (80, "الثمانين", "80th"), (90, "التسعين", "90th"),
    };
}
