using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Tests.Extraction.Segmentation;

namespace CorpusSdk.Tests.Recognize.Quotes;

/// <summary>
/// Arabic quotes, one pattern a test, on articles written for the tests (other events, other outlets). Each page has a
/// headline on line 1; the body starts on line 2.
/// </summary>
public class ArabicQuoteTests
{
    [Fact]
    public void Speech_verb_with_title_and_name_and_inna_is_indirect_speech_by_that_person()
    {
        var quote = Assert.Single(Page.Extract(
            "الحكومة تعد بخفض الضرائب على الشركات الصغيرة",
            "وقال وزير المالية خالد العمري إن الحكومة ستخفض الضرائب على الشركات الصغيرة العام المقبل.").Quotes);

        Assert.Equal(QuoteKinds.Indirect, quote.Kind);
        Assert.Equal("الحكومة ستخفض الضرائب على الشركات الصغيرة العام المقبل", quote.Text);
        Assert.Equal("وزير المالية خالد العمري", quote.Speaker!.Text);
        Assert.Equal("خالد العمري", quote.Speaker.Name);
        Assert.Equal("وزير المالية", quote.Speaker.Role);
        Assert.Equal(SpeakerKinds.Person, quote.Speaker.Kind);
        Assert.Equal(2, quote.Line);
    }

    [Theory]
    // تابع "went on" is a speech verb; تابعه "followed it", with an object, is not: the outlet that followed the
    // conference is no speaker.
    [InlineData("وقال المحافظ، في مؤتمر صحفي،تابعته ( قناة المدينة ) إن “الطريق سيعاد فتحه خلال يومين”.")]
    [InlineData("وقال المحافظ، خلال مؤتمر صحفي تابعه \"موقع المدينة\"، إن “الطريق سيعاد فتحه خلال يومين”.")]
    public void A_speech_verb_with_an_object_pronoun_is_no_cue_and_the_speaker_stays_the_subject(string line)
    {
        var quote = Assert.Single(Page.Extract("إعادة فتح الطريق الساحلي", line).Quotes);

        Assert.Equal("الطريق سيعاد فتحه خلال يومين", quote.Text);
        Assert.Equal("المحافظ", quote.Speaker!.Text);
    }

    [Fact]
    public void Feminine_verb_colon_and_guillemets_make_a_direct_quote_located_at_its_words()
    {
        var article = Page.Extract(
            "البلدية تتعهد بمنع تكرار الفيضانات",
            "وقالت رئيسة البلدية سناء الحلبي: «لن نسمح بتكرار ما حدث في الشتاء الماضي».");
        var quote = Assert.Single(article.Quotes);

        Assert.Equal(QuoteKinds.Direct, quote.Kind);
        Assert.Equal("لن نسمح بتكرار ما حدث في الشتاء الماضي", quote.Text);
        Assert.Equal("سناء الحلبي", quote.Speaker!.Name);
        Assert.Equal("رئيسة البلدية", quote.Speaker.Role);
        var text = Page.Of("البلدية تتعهد بمنع تكرار الفيضانات", "وقالت رئيسة البلدية سناء الحلبي: «لن نسمح بتكرار ما حدث في الشتاء الماضي».");
        Assert.Equal(quote.Text, text.Substring(quote.Span.Start, quote.Span.Length));
        Assert.Equal(text.Split('\n')[1].IndexOf('«', System.StringComparison.Ordinal) + 2, quote.Span.StartColumn);
    }

    [Theory]
    [InlineData("”سنعيد فتح المعبر خلال أيام قليلة“")]   // Arabic text often opens with ” and closes with “
    [InlineData("“سنعيد فتح المعبر خلال أيام قليلة”")]
    [InlineData("\"سنعيد فتح المعبر خلال أيام قليلة\"")]
    [InlineData("„سنعيد فتح المعبر خلال أيام قليلة“")]
    [InlineData("”سنعيد فتح المعبر خلال أيام قليلة”")]
    public void Every_quotation_mark_news_uses_holds_a_direct_quote(string quoted)
    {
        var quote = Assert.Single(Page.Extract(
            "السلطات تعد بإعادة فتح المعبر الحدودي",
            "وقال محافظ المدينة علي الزين: " + quoted + ".").Quotes);

        Assert.Equal(QuoteKinds.Direct, quote.Kind);
        Assert.Equal("سنعيد فتح المعبر خلال أيام قليلة", quote.Text);
        Assert.Equal("علي الزين", quote.Speaker!.Name);
    }

    [Fact]
    public void Names_and_short_terms_in_marks_are_not_quotes()
    {
        var article = Page.Extract(
            "الحركة تعلن مشاركتها في الانتخابات البلدية",
            "نشر الأمين العام للحركة صورة من الاجتماع على منصة «إكس» مساء الأحد، إلى جانب شعار حملة “صوتك أمانة”.",
            "وتواجه الحركة منافسة من تحالف \"الوفاء للوطن\" ومن حزب «العدالة الاجتماعية» في معظم الدوائر.");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void A_name_in_marks_inside_the_speaker_phrase_stays_part_of_the_speaker()
    {
        var quote = Assert.Single(Page.Extract(
            "الحركة تعلن مشاركتها في الانتخابات البلدية",
            "وأعلن رئيس حركة «النهضة» سمير الهادي أن الحركة ستشارك في الانتخابات البلدية المقبلة بقوائم في كل المحافظات.").Quotes);

        Assert.Equal("سمير الهادي", quote.Speaker!.Name);
        Assert.Equal("رئيس حركة «النهضة»", quote.Speaker.Role);
        Assert.StartsWith("الحركة ستشارك", quote.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_words_in_marks_after_bi_annahu_are_a_partial_quote_by_the_source()
    {
        var quote = Assert.Single(Page.Extract(
            "الجيش يتوعد منفذي الهجوم على نقطة التفتيش",
            "ووصفه المتحدث باسم الجيش بأنه \"عمل جبان لن يمر دون رد\" بحسب ما نقلته وسائل الإعلام الرسمية.").Quotes);

        Assert.Equal(QuoteKinds.Partial, quote.Kind);
        Assert.Equal("عمل جبان لن يمر دون رد", quote.Text);
        Assert.Equal("المتحدث باسم الجيش", quote.Speaker!.Role);
        Assert.Null(quote.Speaker.Name);
    }

    [Fact]
    public void An_unbalanced_mark_ends_its_quote_at_the_sentence_and_does_not_swallow_what_follows()
    {
        var article = Page.Extract(
            "الشرطة تتعهد بملاحقة المتورطين في أعمال الشغب",
            "وقال قائد الشرطة مازن العلي: «سنلاحق المتورطين أينما كانوا. وأكد أن التحقيق ما زال في بدايته.",
            "وانتشرت وحدات من الشرطة في حي «السلام» وسط المدينة منذ صباح اليوم لمنع تجدد المواجهات.");

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal(QuoteKinds.Direct, article.Quotes[0].Kind);
        Assert.Equal("سنلاحق المتورطين أينما كانوا", article.Quotes[0].Text);
        Assert.Equal(QuoteKinds.Indirect, article.Quotes[1].Kind);
        Assert.Equal("التحقيق ما زال في بدايته", article.Quotes[1].Text);
        Assert.Equal("مازن العلي", article.Quotes[1].Speaker!.Name);
        Assert.DoesNotContain(article.Quotes, q => q.Text == "السلام");
    }

    [Fact]
    public void A_quote_that_runs_over_a_paragraph_break_is_one_quote_from_its_first_line()
    {
        var quote = Assert.Single(Page.Extract(
            "انقطاع الكهرباء يدخل يومه الثالث في العاصمة",
            "وقال المتحدث باسم وزارة الطاقة أحمد السيد: «نحن نعمل على مدار الساعة لإعادة التيار الكهربائي إلى كل الأحياء.",
            "ونتوقع أن تنتهي أعمال الصيانة قبل نهاية الأسبوع، وسنعلن الجدول الجديد للتوزيع غدا»."
            ).Quotes);

        Assert.Equal(QuoteKinds.Direct, quote.Kind);
        Assert.Equal(2, quote.Span.StartLine);
        Assert.Equal(3, quote.Span.EndLine);
        Assert.Equal(
            "نحن نعمل على مدار الساعة لإعادة التيار الكهربائي إلى كل الأحياء.\nونتوقع أن تنتهي أعمال الصيانة قبل نهاية الأسبوع، وسنعلن الجدول الجديد للتوزيع غدا",
            quote.Text);
        Assert.Equal("أحمد السيد", quote.Speaker!.Name);
    }

    [Fact]
    public void Two_speakers_in_one_paragraph_each_get_their_own_words()
    {
        var article = Page.Extract(
            "نقص الأطباء يضغط على المستشفيات الحكومية",
            "وقال وزير الصحة فادي منصور إن المستشفيات تعمل بكامل طاقتها، فيما أكد نقيب الأطباء حسام درويش أن النقص في الكوادر ما زال كبيرا.");

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("المستشفيات تعمل بكامل طاقتها", article.Quotes[0].Text);
        Assert.Equal("فادي منصور", article.Quotes[0].Speaker!.Name);
        Assert.Equal("النقص في الكوادر ما زال كبيرا", article.Quotes[1].Text);
        Assert.Equal("حسام درويش", article.Quotes[1].Speaker!.Name);
        Assert.Equal("نقيب الأطباء", article.Quotes[1].Speaker!.Role);
    }

    [Fact]
    public void A_verb_with_no_subject_continues_the_previous_speaker()
    {
        var article = Page.Extract(
            "الزلزال يلحق أضرارا بمئات المنازل في القرى الجبلية",
            "وقال مدير الدفاع المدني رامي حداد إن فرق الإنقاذ انتشلت جميع العالقين تحت الأنقاض.",
            "وأضاف أن الفرق الهندسية بدأت تقييم الأضرار في المباني العامة والمدارس.",
            "وأشار إلى أن المساعدات وصلت إلى معظم القرى المتضررة حتى الآن.");

        Assert.Equal(3, article.Quotes.Count);
        Assert.All(article.Quotes, q => Assert.Equal("رامي حداد", q.Speaker!.Name));
        Assert.Equal(SpeakerResolutions.Continuation, article.Quotes[1].Speaker!.Resolution);
        Assert.Equal("الفرق الهندسية بدأت تقييم الأضرار في المباني العامة والمدارس", article.Quotes[1].Text);
        Assert.Equal("المساعدات وصلت إلى معظم القرى المتضررة حتى الآن", article.Quotes[2].Text);
    }

    [Fact]
    public void A_feminine_verb_with_no_subject_continues_the_latest_feminine_speaker()
    {
        var article = Page.Extract(
            "الوزارة تعلن خطة لمواجهة تفشي الكوليرا",
            "وقالت وزارة الصحة إن عدد الإصابات المسجلة ارتفع إلى مئتي حالة خلال الأسبوع الماضي.",
            "وقال المتحدث باسمها أحمد يوسف إن الفرق الطبية وصلت إلى المناطق الأكثر تضررا.",
            "وأشارت إلى أن حملة التطعيم ستبدأ مطلع الشهر المقبل في المحافظات الجنوبية.",
            "وأضاف أن المستشفيات الميدانية استقبلت نحو خمسين مصابا منذ أمس.");

        Assert.Equal(4, article.Quotes.Count);
        Assert.Equal("وزارة الصحة", article.Quotes[2].Speaker!.Text);
        Assert.Equal("أحمد يوسف", article.Quotes[3].Speaker!.Name);
        Assert.Equal("المتحدث باسمها", article.Quotes[1].Speaker!.Role);
    }

    [Fact]
    public void A_surname_alone_is_the_speaker_named_earlier_with_that_surname()
    {
        var article = Page.Extract(
            "رئيس الوزراء يعلن خطة لدعم المزارعين",
            "قال رئيس الوزراء نزار الخطيب إن الحكومة ستقدم قروضا ميسرة للمزارعين المتضررين من الجفاف.",
            "ومن جهة أخرى، عقد وزير الزراعة اجتماعا مع ممثلي الجمعيات التعاونية في الجنوب لبحث أسعار الأعلاف.",
            "وأوضح الخطيب أن الخطة تشمل إعفاء صغار المزارعين من رسوم الري لعام كامل.");

        var later = article.Quotes.Last();
        Assert.Equal("الخطيب", later.Speaker!.Text);
        Assert.Equal("نزار الخطيب", later.Speaker.Name);
        Assert.Equal("رئيس الوزراء", later.Speaker.Role);
        Assert.Equal(SpeakerResolutions.Earlier, later.Speaker.Resolution);
    }

    [Fact]
    public void Statements_sources_and_reports_are_non_person_speakers()
    {
        var article = Page.Extract(
            "مقتل ثلاثة مدنيين في قصف على بلدة حدودية",
            "وذكرت مصادر محلية أن القصف استهدف سوقا شعبيا في وسط البلدة.",
            "وقال البيان إن الجيش سيواصل عملياته حتى استعادة السيطرة على الحدود.",
            "وأعلنت وزارة الصحة أن عدد الجرحى ارتفع إلى خمسة عشر بينهم أطفال.");

        Assert.Equal(new[] { "مصادر محلية", "البيان", "وزارة الصحة" }, article.Quotes.Select(q => q.Speaker!.Text));
        Assert.Equal(new[] { SpeakerKinds.Source, SpeakerKinds.Source, SpeakerKinds.Organization }, article.Quotes.Select(q => q.Speaker!.Kind));
    }

    [Fact]
    public void A_post_on_x_is_the_channel_and_a_name_in_marks_there_is_no_quote()
    {
        var quote = Assert.Single(Page.Extract(
            "وزير الخارجية يرحب بالإفراج عن المحتجزين",
            "وكتب وزير الخارجية مروان الشامي في تغريدة على منصة «إكس»: «عودة أبنائنا إلى بيوتهم أولوية لا نقاش فيها».").Quotes);

        Assert.Equal(QuoteKinds.Direct, quote.Kind);
        Assert.Equal("X", quote.Channel!.Display);
        Assert.Equal("post", quote.Channel.Kind);
        Assert.Equal("مروان الشامي", quote.Speaker!.Name);
    }

    [Theory]
    [InlineData("وقال وزير النقل في بيان إن القطارات ستعود إلى العمل صباح الغد.", "statement", null)]
    [InlineData("وقال وزير النقل خلال مؤتمر صحفي إن القطارات ستعود إلى العمل صباح الغد.", "press conference", null)]
    [InlineData("وقال وزير النقل في مقابلة مع قناة الجزيرة إن القطارات ستعود إلى العمل صباح الغد.", "interview", "قناة الجزيرة")]
    [InlineData("وقال وزير النقل لـ«الشرق الأوسط» إن القطارات ستعود إلى العمل صباح الغد.", "interview", "الشرق الأوسط")]
    public void The_channel_is_read_from_the_words_between_verb_and_speech(string sentence, string kind, string? name)
    {
        var quote = Assert.Single(Page.Extract("استئناف حركة القطارات بعد توقف دام أسبوعا", sentence).Quotes);

        Assert.Equal(kind, quote.Channel!.Kind);
        Assert.Equal(name, quote.Channel.Name);
        Assert.Equal("وزير النقل", quote.Speaker!.Role);
        Assert.Equal("القطارات ستعود إلى العمل صباح الغد", quote.Text);
    }

    [Fact]
    public void A_relative_date_written_with_the_attribution_is_resolved_against_the_dateline()
    {
        var quote = Assert.Single(Page.Extract(
            "البنك المركزي يثبت سعر الفائدة",
            "الأربعاء 11 مارس 2026",
            "وقال محافظ البنك المركزي يوسف النجار يوم أمس إن البنك سيبقي سعر الفائدة دون تغيير حتى نهاية الربع الثاني.").Quotes);

        Assert.Equal("2026-03-10", quote.Date?.ToIso());
        Assert.Equal("يوم أمس", quote.DateText);
    }

    [Fact]
    public void A_quote_followed_by_its_attribution_is_said_by_the_speaker_after_the_verb()
    {
        var quote = Assert.Single(Page.Extract(
            "الرئيس يرفض التراجع عن قرار رفع الدعم",
            "«لن نتراجع عن هذا القرار مهما كانت الضغوط»، قال الرئيس عادل ناصر في ختام اجتماع الحكومة.").Quotes);

        Assert.Equal(QuoteKinds.Direct, quote.Kind);
        Assert.Equal("لن نتراجع عن هذا القرار مهما كانت الضغوط", quote.Text);
        Assert.Equal("عادل ناصر", quote.Speaker!.Name);
    }

    [Fact]
    public void Bihasab_at_the_end_of_a_sentence_attributes_it_to_the_source()
    {
        var quote = Assert.Single(Page.Extract(
            "ارتفاع حصيلة ضحايا السيول في الجنوب",
            "وارتفع عدد ضحايا السيول إلى أربعين شخصا في ثلاث محافظات، بحسب مصادر طبية.").Quotes);

        Assert.Equal(QuoteKinds.Indirect, quote.Kind);
        Assert.Equal("وارتفع عدد ضحايا السيول إلى أربعين شخصا في ثلاث محافظات", quote.Text);
        Assert.Equal("مصادر طبية", quote.Speaker!.Text);
        Assert.Equal(SpeakerKinds.Source, quote.Speaker.Kind);
    }

    [Fact]
    public void A_speech_verb_with_a_noun_object_is_not_speech()
    {
        var article = Page.Extract(
            "التحالف يرحب بالاتفاق بين الطرفين",
            "أكد التحالف استمرار دعمه للحكومة في جهودها لإعادة الإعمار، كما أعرب عن ترحيبه بالاتفاق بين الطرفين.",
            "وشدد المشاركون على ضرورة حماية المدنيين وتسهيل وصول المساعدات الإنسانية إلى المناطق المتضررة.");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void A_quote_with_no_speaker_to_find_gets_CORPUS105_at_its_words()
    {
        var article = Page.Extract(
            "تضارب الأنباء حول موعد الانتخابات المقبلة",
            "وأضاف أن موعد الانتخابات لم يحدد بعد وأن اللجنة ما زالت تدرس المقترحات.");
        var quote = Assert.Single(article.Quotes);

        Assert.Null(quote.Speaker);
        var diagnostic = Assert.Single(article.Diagnostics, d => d.Id == "CORPUS105");
        Assert.Equal(quote.Span, diagnostic.Span);
        Assert.Contains("موعد الانتخابات لم يحدد بعد", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_reports_what_its_clauses_subject_said()
    {
        var article = Page.Extract(
            "الوزير يعد بتحسين الخدمات في المدن الصغيرة",
            "وأعرب وزير الخدمات عماد الحسن عن رضاه عن سير المشاريع، مؤكدا أن العمل سينتهي في الموعد المحدد.");
        var quote = Assert.Single(article.Quotes);

        Assert.Equal("العمل سينتهي في الموعد المحدد", quote.Text);
        Assert.Equal("عماد الحسن", quote.Speaker!.Name);
    }

    [Fact]
    public void A_name_in_marks_after_the_verb_is_the_speaker_when_a_complementizer_follows()
    {
        var quote = Assert.Single(Page.Extract(
            "قوات محلية تستعيد قرية على الحدود",
            "وأعلنت «قوات سوريا الديمقراطية» أنها استعادت السيطرة على القرية بعد معارك استمرت يومين.").Quotes);

        Assert.Equal(QuoteKinds.Indirect, quote.Kind);
        Assert.StartsWith("استعادت السيطرة", quote.Text, System.StringComparison.Ordinal);
        Assert.Equal(SpeakerKinds.Organization, quote.Speaker!.Kind);
        Assert.Contains("قوات سوريا الديمقراطية", quote.Speaker.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Adverbial_parts_and_dates_do_not_count_against_the_speaker_phrase()
    {
        var article = Page.Extract(
            "الرئيس يدعو رجال الأعمال إلى الاستثمار في البلاد",
            "وقال الرئيس السوري أحمد الشرع، خلال لقائه وفداً من رجال الأعمال في قصر الشعب بدمشق، إن الاستثمار أولوية الحكومة في المرحلة المقبلة.",
            "وأكد المبعوث الأمريكي توم براك، في منشور على منصة إكس، الأحد 15/06/2025، أن واشنطن ستدعم الحكومة السورية.");

        Assert.Equal(new[] { "أحمد الشرع", "توم براك" }, article.Quotes.Select(q => q.Speaker!.Name));
        Assert.Equal("X", article.Quotes[1].Channel!.Display);
        Assert.Equal("2025-06-15", article.Quotes[1].Date?.ToIso());
    }

    [Fact]
    public void A_noun_spelled_like_a_participle_is_no_speech_cue()
    {
        var quote = Assert.Single(Page.Extract(
            "كاتبة تتهم الحكومة بإخفاء الأرقام",
            "وقالت كاتبة المقال إن الحكومة أخفت الأرقام الحقيقية عن الرأي العام طوال العام الماضي.").Quotes);

        Assert.Equal("كاتبة المقال", quote.Speaker!.Text);
    }

    [Fact]
    public void The_verbs_preposition_and_object_are_neither_speaker_nor_speech()
    {
        var article = Page.Extract(
            "المعارضة تنتقد قرار المحكمة الدستورية",
            "وأشار وزير الصحة خالد المحمد إلى أن المستشفيات تعمل بكامل طاقتها منذ بداية الأزمة.",
            "ووصف زعيم المعارضة كمال كليتشدار أوغلو القرار بأنه \"ضربة للديمقراطية\".",
            "ووصف المتحدث الاتفاق بأنه \"تاريخي\".");

        Assert.Equal("خالد المحمد", article.Quotes[0].Speaker!.Name);
        Assert.Equal("كمال كليتشدار أوغلو", article.Quotes[1].Speaker!.Name);
        Assert.Equal(QuoteKinds.Partial, article.Quotes[1].Kind);
        Assert.Equal("المتحدث", article.Quotes[2].Speaker!.Role);
        Assert.Equal("تاريخي", article.Quotes[2].Text);
    }

    [Fact]
    public void Whom_the_speaker_told_is_the_channel_not_the_speaker()
    {
        var quote = Assert.Single(Page.Extract(
            "زلزال يضرب القرى الجبلية",
            "وقال شهود عيان لوكالة فرانس برس إن فرق الإنقاذ وصلت متأخرة إلى القرى الجبلية.").Quotes);

        Assert.Equal("شهود عيان", quote.Speaker!.Text);
        Assert.Equal(SpeakerKinds.Source, quote.Speaker.Kind);
        Assert.Equal("interview", quote.Channel!.Kind);
        Assert.Equal("وكالة فرانس برس", quote.Channel.Name);
    }

    [Theory]
    [InlineData("وقال الشيخ نعيم قاسم الأمين العام لحزب الله إن المقاومة لن تسلم سلاحها.", "نعيم قاسم")]
    [InlineData("ورأى المحلل السياسي خالد الدخيل أن الاتفاق يفتح صفحة جديدة في العلاقات.", "خالد الدخيل")]
    [InlineData("وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن الاشتباكات توقفت صباح اليوم.", "رامي عبد الرحمن")]
    [InlineData("وقال المتحدث باسم قوات سوريا الديمقراطية فرهاد شامي إن الهجوم تم صده بالكامل.", "فرهاد شامي")]
    [InlineData("وقال أمير عبد اللهيان إن بلاده مستعدة للحوار مع جيرانها.", "أمير عبد اللهيان")]
    [InlineData("وقالت الناشطة صباح الحسن إن المعتقلين ما زالوا محرومين من الزيارات.", "صباح الحسن")]
    public void The_name_is_told_from_the_role_around_it(string sentence, string name)
    {
        var quote = Assert.Single(Page.Extract("تصريحات حول التطورات الأخيرة في المنطقة", sentence).Quotes);

        Assert.Equal(name, quote.Speaker!.Name);
    }

    [Fact]
    public void A_title_with_its_qualifier_resolves_to_the_speaker_with_that_qualifier()
    {
        var article = Page.Extract(
            "وزيرا خارجية سوريا وتركيا يبحثان ملف اللاجئين",
            "وقال وزير الخارجية السوري أسعد الشيباني إن اللقاء كان مثمرا.",
            "وقال وزير الخارجية التركي هاكان فيدان إن بلاده تدعم عودة اللاجئين الطوعية.",
            "وأكد الوزير السوري أن دمشق ستسهل إجراءات العودة للراغبين فيها.");

        Assert.Equal("أسعد الشيباني", article.Quotes[2].Speaker!.Name);
        Assert.Equal(SpeakerResolutions.Earlier, article.Quotes[2].Speaker!.Resolution);
    }

    [Fact]
    public void Bihasab_ma_attributes_to_the_subject_of_the_verb_after_it()
    {
        var quote = Assert.Single(Page.Extract(
            "ارتفاع عدد الضحايا في الفيضانات",
            "وارتفع عدد الضحايا إلى عشرين شخصا في المحافظة، وفق ما أعلنته وزارة الداخلية.").Quotes);

        Assert.Equal("وزارة الداخلية", quote.Speaker!.Text);
        Assert.Equal(SpeakerKinds.Organization, quote.Speaker.Kind);
    }

    [Fact]
    public void A_channel_named_before_the_verb_counts_only_when_it_is_an_adverbial()
    {
        var article = Page.Extract(
            "الحكومة ترد على انتقادات المعارضة",
            "ورداً على سؤال حول بيان الحكومة، قال الوزير إن الحكومة ستراجع قرارها في الأسابيع المقبلة.",
            "وفي مؤتمر صحفي يوم الأحد، قال الناطق باسم الحكومة إن القرار نهائي ولا رجعة فيه.");

        Assert.Null(article.Quotes[0].Channel);
        Assert.Equal("press conference", article.Quotes[1].Channel!.Kind);
    }

    [Fact]
    public void A_new_attributed_quote_is_not_swallowed_by_an_unclosed_one()
    {
        var article = Page.Extract(
            "الحكومة تتمسك بقرار رفع الدعم",
            "وقال الوزير أحمد سالم: «سنواصل العمل حتى تحقيق أهدافنا كاملة.",
            "«لن نتراجع عن قرارنا مهما حدث»، قال الرئيس عادل ناصر.");

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("أحمد سالم", article.Quotes[0].Speaker!.Name);
        Assert.Equal("عادل ناصر", article.Quotes[1].Speaker!.Name);
        Assert.Equal("لن نتراجع عن قرارنا مهما حدث", article.Quotes[1].Text);
    }

    [Fact]
    public void A_partial_quote_after_inna_may_run_over_a_paragraph_break()
    {
        var quote = Assert.Single(Page.Extract(
            "البيت الأبيض يعلق على المفاوضات",
            "وقالت المتحدثة باسم البيت الأبيض كارولين ليفيت إن \"الرئيس يريد السلام.",
            "لكنه لن يقبل باتفاق يضر بالمصالح الأمريكية\".").Quotes);

        Assert.Equal(QuoteKinds.Partial, quote.Kind);
        Assert.Equal("الرئيس يريد السلام.\nلكنه لن يقبل باتفاق يضر بالمصالح الأمريكية", quote.Text);
        Assert.Equal(3, quote.Span.EndLine);
    }
}
