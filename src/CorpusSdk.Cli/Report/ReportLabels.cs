using System;
using System.Collections.Generic;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// The report's own words (headings, legends, column names), in the language of the page: a reader of an Arabic
/// corpus gets an Arabic page laid out right to left, with headings to match. Corpus text is never translated.
/// </summary>
public sealed record ReportLabels(
    string Language,
    bool RightToLeft,
    string Title,
    string Summary,
    string Timeline,
    string Facts,
    string Quotes,
    string Entities,
    string Diagnostics,
    string Articles,
    string Undated,
    string Published,
    string PublishedWritten,
    string PublishedInferred,
    string Fact,
    string Value,
    string Status,
    string Agrees,
    string Differs,
    string Unresolved,
    string OnlySource,
    string WhatSourcesSay,
    string Guessed,
    string Legend,
    string Single,
    string Corroborated,
    string Disputed,
    string Sources,
    string NoSpeaker,
    string People,
    string Organizations,
    string Places,
    string Name,
    string Spellings,
    string Roles,
    string Severity,
    string Where,
    string Message,
    string Related,
    string Outlet,
    string Author,
    string File,
    string Line,
    string Nothing)
{
    /// <summary>
    /// The model's own words the page shows (a line's part, a quote's kind, a speaker's kind, a severity, a date's
    /// source), in the page's language; a word not listed is shown as the model writes it.
    /// </summary>
    public IReadOnlyDictionary<string, string> Terms { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string Term(string word) => Terms.TryGetValue(word, out var term) ? term : word;

    /// <summary>The heading of the stories (the articles that report one event) and their columns.</summary>
    public string Stories { get; init; } = "Stories";

    public string Story { get; init; } = "Story";

    public string StoryFacts { get; init; } = "Its facts";

    /// <summary>How a publication date was found: written in the article (and where), or inferred from other sources.</summary>
    public string HowPublished(CorpusSdk.Extraction.Model.PublishedDate published) =>
        published.Source == "inferred" ? PublishedInferred : PublishedWritten + " (" + Term(published.Source) + ")";

    public static ReportLabels English { get; } = new(
        Language: "en",
        RightToLeft: false,
        Title: "Corpus report",
        Summary: "{0} articles · {1} facts · {2} entities · {3} quotes · {4} diagnostics",
        Timeline: "Timeline",
        Facts: "Facts by source",
        Quotes: "Quotes by speaker",
        Entities: "People, organisations and places",
        Diagnostics: "Diagnostics",
        Articles: "Articles",
        Undated: "Undated",
        Published: "published",
        PublishedWritten: "written",
        PublishedInferred: "inferred",
        Fact: "Fact",
        Value: "Value",
        Status: "Status",
        Agrees: "agrees",
        Differs: "differs",
        Unresolved: "not resolved",
        OnlySource: "only source",
        WhatSourcesSay: "What the sources say",
        Guessed: "guessed",
        Legend: "Legend",
        Single: "single source",
        Corroborated: "corroborated",
        Disputed: "disputed",
        Sources: "sources",
        NoSpeaker: "No speaker found",
        People: "People",
        Organizations: "Organisations",
        Places: "Places",
        Name: "Name",
        Spellings: "Spellings",
        Roles: "Roles",
        Severity: "Severity",
        Where: "Where",
        Message: "Message",
        Related: "Related",
        Outlet: "Outlet",
        Author: "Author",
        File: "File",
        Line: "line",
        Nothing: "None.");

    public static ReportLabels Arabic { get; } = new(
        Language: "ar",
        RightToLeft: true,
        Title: "تقرير المدونة",
        Summary: "{0} مقالات · {1} وقائع · {2} كيانات · {3} اقتباسات · {4} تنبيهات",
        Timeline: "الخط الزمني",
        Facts: "الوقائع حسب المصدر",
        Quotes: "الاقتباسات حسب المتحدث",
        Entities: "الأشخاص والمنظمات والأماكن",
        Diagnostics: "التنبيهات",
        Articles: "المقالات",
        Undated: "بلا تاريخ",
        Published: "النشر",
        PublishedWritten: "مكتوب",
        PublishedInferred: "مستنتج",
        Fact: "الواقعة",
        Value: "القيمة",
        Status: "الحالة",
        Agrees: "يتفق",
        Differs: "يختلف",
        Unresolved: "غير محدد",
        OnlySource: "المصدر الوحيد",
        WhatSourcesSay: "ما تقوله المصادر",
        Guessed: "تقديري",
        Legend: "المفتاح",
        Single: "مصدر واحد",
        Corroborated: "متفق عليها",
        Disputed: "مختلف عليها",
        Sources: "مصادر",
        NoSpeaker: "بلا متحدث معروف",
        People: "الأشخاص",
        Organizations: "المنظمات",
        Places: "الأماكن",
        Name: "الاسم",
        Spellings: "الكتابات",
        Roles: "الصفات",
        Severity: "الدرجة",
        Where: "الموضع",
        Message: "الرسالة",
        Related: "مواضع أخرى",
        Outlet: "الوسيلة",
        Author: "الكاتب",
        File: "الملف",
        Line: "سطر",
        Nothing: "لا شيء.")
    {
        Stories = "القصص",
        Story = "القصة",
        StoryFacts = "وقائعها",
        Terms = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["headline"] = "العنوان",
            ["caption"] = "تعليق صورة",
            ["subheading"] = "عنوان فرعي",
            ["boilerplate"] = "حشو الموقع",
            ["repeated headline"] = "عنوان مكرر",
            ["footer"] = "تذييل",
            ["header"] = "ترويسة",
            ["direct"] = "مباشر",
            ["indirect"] = "غير مباشر",
            ["partial"] = "جزئي",
            ["person"] = "شخص",
            ["organization"] = "منظمة",
            ["source"] = "مصدر",
            ["date"] = "تاريخ",
            ["number"] = "عدد",
            ["error"] = "خطأ",
            ["warning"] = "تحذير",
            ["info"] = "معلومة",
            ["dateline"] = "سطر التاريخ",
            ["front-matter"] = "الترويسة الوصفية",
        },
    };

    /// <summary>The labels for a corpus whose articles are mostly in <paramref name="language"/> (ISO 639-1), English otherwise.</summary>
    public static ReportLabels For(string? language) => language == "ar" ? Arabic : English;
}
