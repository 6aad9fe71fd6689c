using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Extraction.Segment;

/// <summary>
/// The word lists the segmenter's rules use, in one place. Every entry is stored as written and matched folded
/// (<see cref="ArabicFolding"/>), so أ/ا, ة/ه, ى/ي and diacritics do not matter. They are common, not exhaustive: each
/// rule that uses a list also has a shape test (length, position, punctuation), so a missing entry weakens a rule
/// without breaking it. Add entries freely; keep each list to what its comment says.
/// </summary>
internal static class SegmentLexicon
{
    /// <summary>
    /// Site furniture scrapers keep: navigation, "read more", app and newsletter promos, share and print buttons, ads
    /// and end-of-story markers, in Arabic and English. A one-word entry matches a line that is only that word (تطبيق,
    /// إعلان, Share also open ordinary sentences); a longer entry matches the start of a short line.
    /// </summary>
    public static readonly IReadOnlyList<string> Boilerplate = Fold(
        // Arabic: read more / most read / latest / related
        "شاهد المزيد", "اقرأ المزيد", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ ايضا", "المزيد", "الأكثر قراءة", "الأكثر مشاهدة",
        "آخر الأخبار", "أخبار ذات صلة", "مواضيع ذات صلة", "ذات صلة", "الأخبار المتعلقة", "قد يعجبك أيضا", "قد يهمك أيضا", "تابع أيضا",
        // Arabic: app, newsletter and social promos
        "لتصلكم أخبارنا", "لتصلكم اخبارنا", "حملوا", "حمل تطبيق", "حمّل تطبيق", "تطبيق", "اشترك", "اشترك في النشرة", "النشرة البريدية",
        "تابعونا", "تابعنا على", "تابعوا", "انضم إلى قناتنا", "قناتنا على تلغرام",
        // Arabic: share, print, comments, copyright, ads
        "شارك", "شارك الخبر", "مشاركة", "طباعة", "تعليقات", "أضف تعليق", "التعليقات", "جميع الحقوق محفوظة", "حقوق النشر", "إعلان",
        "الرئيسية", "العودة إلى الأعلى", "رابط مختصر", "نسخ الرابط",
        // English
        "read more", "see more", "more from", "most read", "most popular", "latest news", "related", "related articles", "you may also like",
        "recommended", "download the app", "get the app", "subscribe", "sign up", "newsletter", "follow us",
        "share", "share this", "print", "comments", "all rights reserved", "copyright", "advertisement", "sponsored", "logo", "app",
        "home", "back to top", "click here", "listen to this article",
        // End-of-story markers of Arabic agencies and papers
        "انتهى", "انتهى الخبر", "end");

    /// <summary>
    /// One-word openers that only furniture uses, imperatives addressed to the reader (تابعونا "follow us", حملوا
    /// "download", subscribe): unlike the one-word entries of <see cref="Boilerplate"/>, they mark a short line that
    /// starts with them, since no news sentence opens so.
    /// </summary>
    public static readonly IReadOnlyList<string> BoilerplateOpeners = Fold(
        "تابعونا", "تابعوا", "تابعنا", "حملوا", "حمّلوا", "اشتركوا", "انضموا", "شاركونا", "لتصلكم", "subscribe", "follow", "download");

    /// <summary>
    /// Kickers: one-word labels above a headline (حصري, عاجل, EXCLUSIVE, ANALYSIS). Short like a masthead, they name
    /// the kind of story, not the outlet.
    /// </summary>
    internal static readonly WordSet Kickers = FoldSet(
        "عاجل", "حصري", "حصريا", "خاص", "تحليل", "تقرير", "متابعة", "فيديو", "صور", "بالصور", "بالفيديو", "محدث", "تحديث", "مباشر", "رأي",
        "exclusive", "breaking", "analysis", "update", "updated", "live", "video", "watch", "explainer", "opinion", "comment", "feature");

    /// <summary>
    /// Site sections news pages print beside the dateline or above the headline (Arabic and English); a short header
    /// line, or the words before a dateline, that match one of these is the section.
    /// </summary>
    public static readonly IReadOnlyList<string> Sections = Fold(
        "العالم", "عربي ودولي", "عربي", "دولي", "عربية ودولية", "عالمي", "محليات", "محلي", "أخبار محلية", "سياسة", "السياسة", "سياسي",
        "اقتصاد", "الاقتصاد", "اقتصادي", "مال وأعمال", "رياضة", "الرياضة", "ثقافة", "الثقافة", "ثقافة وفنون", "فن", "فنون", "منوعات",
        "تكنولوجيا", "علوم", "صحة", "الصحة", "مجتمع", "تقارير", "تقارير وتحقيقات", "تحقيقات", "مقالات", "رأي", "الرأي", "آراء",
        "أخبار", "الأخبار", "أخبار عاجلة", "عاجل", "الشرق الأوسط", "سوريا", "العراق", "لبنان", "فلسطين", "مصر", "الخليج",
        "world", "world news", "middle east", "politics", "business", "economy", "markets", "sport", "sports", "culture",
        "arts", "science", "technology", "tech", "health", "opinion", "analysis", "news", "local", "national", "international", "us", "uk");

    /// <summary>Words that introduce a byline: "بقلم أحمد", "كتب: محمد", "By Jane Doe".</summary>
    public static readonly IReadOnlyList<string> BylineMarkers = Fold(
        "بقلم", "كتب", "كتبت", "كتبه", "إعداد", "تقرير", "تحرير", "متابعة", "مراسل", "مراسلنا", "by", "written by", "reporting by", "words by");

    /// <summary>
    /// Marks of a copyright line ("© 2026 Lagos Daily Mirror. All rights reserved.", "جميع الحقوق محفوظة لـ…"). Such a
    /// line is boilerplate wherever it stands, and names the outlet that holds the rights.
    /// </summary>
    public static readonly IReadOnlyList<string> CopyrightMarks = Fold(
        "©", "(c)", "copyright", "all rights reserved", "جميع الحقوق محفوظة", "حقوق النشر محفوظة", "الحقوق محفوظة", "حقوق الطبع");

    /// <summary>
    /// The words a trademark notice puts between the brand it protects and its holder ("Harbor Evening Star is a
    /// registered trademark of Lakeside Media"): the brand before them is the site's masthead.
    /// </summary>
    public static readonly IReadOnlyList<string> TrademarkVerbs = Fold(
        "is a registered trademark of", "is a trademark of", "are registered trademarks of");

    /// <summary>
    /// News agencies as a wire dateline names them in brackets ("KANO (Reuters) —", "الموصل (رويترز) -"): a bracket
    /// after a place names the story's source only when it is one of these, since brackets after a name are common
    /// (a ticker, a party, an aside).
    /// </summary>
    internal static readonly WordSet WireAgencies = FoldSet(
        "reuters", "ap", "afp", "bbc", "cnn", "upi", "dpa", "xinhua", "ani", "pti", "ians", "bloomberg", "tass", "ria novosti",
        "anadolu", "efe", "ansa", "kyodo", "yonhap", "irna", "sana", "wafa", "kuna", "spa", "qna", "wam", "mena", "ina", "nna", "petra", "bna",
        "رويترز", "أ ف ب", "أ.ف.ب", "ا ف ب", "فرانس برس", "أ ب", "أسوشيتد برس", "د ب أ", "شينخوا", "الأناضول", "بي بي سي", "سي إن إن",
        "واع", "واس", "وام", "قنا", "كونا", "بترا", "سانا", "إرنا", "وفا", "بنا", "أونا", "الوكالة الوطنية للإعلام");

    /// <summary>What a byline may say after the name instead of an outlet ("By Jane Doe, Staff Writer"): the writer's post.</summary>
    internal static readonly WordSet BylineRoles = FoldSet(
        "staff writer", "staff reporter", "reporter", "correspondent", "senior correspondent", "editor", "contributor",
        "special correspondent", "مراسل", "مراسلة", "محرر", "محررة", "مراسل الموقع");

    /// <summary>
    /// Words that make a name an outlet's rather than a person's: "Lagos Daily Mirror", "صحيفة الفداء", "وكالة الأنباء".
    /// Where a byline joins two names, the side with one of these is the outlet.
    /// </summary>
    internal static readonly WordSet OutletWords = FoldSet(
        "صحيفة", "جريدة", "مجلة", "وكالة", "قناة", "موقع", "شبكة", "إذاعة", "تلفزيون", "راديو", "نيوز", "بوست", "اليوم", "الأنباء", "الأخبار",
        "news", "daily", "times", "post", "herald", "mirror", "tribune", "journal", "gazette", "chronicle", "telegraph", "guardian",
        "agency", "press", "media", "tv", "radio", "network", "online", "wire", "today", "observer", "independent", "express");

    /// <summary>Labels before a list of tags: "الوسوم: …", "Tags: …".</summary>
    public static readonly IReadOnlyList<string> TagLabels = Fold(
        "الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "كلمات دلالية", "الكلمات الدلالية", "مواضيع", "tags", "topics", "keywords");

    /// <summary>Labels that name the outlet on a line of its own: "المصدر: …", "Source: …".</summary>
    public static readonly IReadOnlyList<string> SourceLabels = Fold("المصدر", "مصدر الخبر", "source");

    /// <summary>
    /// Words that mark a short line as an image caption: photo credits and the words captions use.
    /// </summary>
    public static readonly IReadOnlyList<string> CaptionCues = Fold(
        "صورة", "الصورة", "صور", "أرشيفية", "صورة أرشيفية", "أرشيف", "تصوير", "(أ ف ب)", "photo", "image", "file photo", "getty images",
        "picture", "credit");

    /// <summary>
    /// How an Arabic news paragraph continues the one before it: the conjunction و/ف on its first word, or one of these
    /// openers. A paragraph that opens with none of them, deep in a file, may start a new story.
    /// </summary>
    public static readonly IReadOnlyList<string> ContinuationOpeners = Fold(
        "كما", "ثم", "لكن", "لكنّ", "بينما", "إلى ذلك", "الى ذلك", "بالإضافة", "بالاضافة", "إضافة", "جاء ذلك", "جاء هذا", "يذكر", "يُذكر",
        "يشار", "يُشار", "من جهته", "من جهتها", "من جانبه", "من جانبها", "في المقابل", "في السياق", "في سياق", "في غضون ذلك", "وفي",
        "أيضا", "كذلك", "هذا", "هذه", "ذلك", "وذلك", "علما", "عقب ذلك", "بعد ذلك", "في حين", "حيث", "إذ", "أما", "غير أن", "إلا أن",
        // "in turn", "for his part", "according to", "quoting", "this comes", "meanwhile", "at the same time"
        "بدوره", "بدورها", "بدورهم", "من ناحيته", "من ناحيتها", "من جانبهم", "بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا عن",
        "يأتي ذلك", "يأتي هذا", "تأتي هذه", "تأتي", "يأتي", "في الأثناء", "في هذه الأثناء", "بالتزامن", "على صعيد", "في الوقت نفسه",
        "في الوقت ذاته", "فيما");

    /// <summary>
    /// Arabic and English function words: prepositions, conjunctions, pronouns and particles. A line made of content
    /// words only can be a list of tags; story overlap counts content words only.
    /// </summary>
    internal static readonly WordSet FunctionWords = FoldSet(
        "في", "من", "على", "إلى", "الى", "عن", "مع", "بين", "حول", "ضد", "خلال", "بعد", "قبل", "منذ", "حتى", "عند", "لدى", "نحو",
        "و", "أو", "ثم", "لكن", "بل", "أن", "إن", "أنه", "إنه", "أنها", "التي", "الذي", "الذين", "اللذين", "هذا", "هذه", "ذلك", "تلك",
        "هو", "هي", "هم", "كان", "كانت", "قد", "لقد", "لا", "لم", "لن", "ما", "كل", "بعض", "غير", "أي", "كما", "وفي", "وقد", "فيما",
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "is", "was", "are", "were",
        "be", "been", "has", "have", "had", "it", "its", "this", "that", "as", "not", "he", "she", "they", "we", "his", "her");

    /// <summary>True when <paramref name="foldedText"/> equals an entry or starts with it followed by a non-letter.</summary>
    public static bool StartsWithAny(string foldedText, IEnumerable<string> entries) =>
        entries.Any(e => foldedText.StartsWith(e, StringComparison.Ordinal)
            && (foldedText.Length == e.Length || !char.IsLetter(foldedText[e.Length])));

    private static IReadOnlyList<string> Fold(params string[] entries) => FoldedWords.List(entries);

    private static WordSet FoldSet(params string[] entries) => FoldedWords.Set(entries);
}
