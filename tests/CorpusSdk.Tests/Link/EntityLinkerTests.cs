using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Tests.Extraction.Segmentation;

namespace CorpusSdk.Tests.Link;

/// <summary>
/// Entities across a corpus (<see cref="EntityLinker"/> through <see cref="ArticleLinker"/>), on small corpora of
/// articles written for the tests: the file <c>a.txt</c> is the article <c>A</c>, and so on. Line 1 of each is its
/// headline.
/// </summary>
public class EntityLinkerTests
{
    private static readonly string[] BarrotInParis =
    {
        "باريس ترسل مساعدات إنسانية عاجلة إلى لبنان",
        "وقال وزير الخارجية الفرنسي جان نويل بارو إن بلاده سترسل طائرتين محملتين بالأدوية إلى بيروت.",
    };

    private static readonly string[] BarrotInBeirut =
    {
        "لبنان يتسلم شحنة أدوية فرنسية في مطار بيروت",
        "وتسلم وزير الصحة اللبناني ركان ناصر الدين الشحنة في مطار بيروت الدولي صباح الأحد.",
        "وكان الوزير بارو، قد أعلن عن الشحنة قبل أيام من وصولها إلى العاصمة اللبنانية.",
    };

    private static readonly string[] FarmMinister =
    {
        "فرنسا تخصص مساعدات جديدة للمزارعين",
        "وقال وزير الزراعة الفرنسي إريك بارو إن الحكومة ستخصص مساعدات للمزارعين المتضررين.",
        "وكان الوزير بارو، قد زار المناطق المتضررة من الفيضانات الأسبوع الماضي.",
    };

    private static readonly string[] SdfWithdraws =
    {
        "قسد تعلن انسحابها من ريف الرقة الشرقي",
        "وأعلنت قوات سوريا الديمقراطية (قسد) انسحابها من ثلاث بلدات في ريف الرقة الشرقي.",
    };

    private static ArticleModel Article(string file, params string[] lines) => ArticleExtractor.Extract(file, Page.Of(lines));

    private static CorpusModel Link(params ArticleModel[] articles) => ArticleLinker.Link(articles);

    /// <summary>The one entity of that kind with that spelling.</summary>
    private static EntityModel EntityWith(CorpusModel corpus, string kind, string spelling) =>
        Assert.Single(corpus.Entities, e => e.Kind == kind && e.Spellings.Any(s => s.Text == spelling));

    private static IEnumerable<string> SpellingsOf(EntityModel entity) => entity.Spellings.Select(s => s.Text);

    private static IEnumerable<string> OccurrencesOf(EntityModel entity, string spelling) =>
        entity.Spellings.Single(s => s.Text == spelling).Occurrences.Select(o => o.Article + ":" + o.Line + ":" + o.Column);

    /// <summary>The column (1-based) where <paramref name="text"/> starts in <paramref name="line"/>.</summary>
    private static int Column(string line, string text) => line.IndexOf(text, StringComparison.Ordinal) + 1;

    /// <summary>The entity id the linker gave the article's mention with that text (the first one).</summary>
    private static string EntityOfMention(CorpusModel corpus, string articleId, string text)
    {
        var article = corpus.Articles.Single(a => a.Id == articleId);
        var index = article.Article.Mentions.Select((m, i) => (m, i)).First(x => x.m.Text == text).i;
        return article.MentionEntities[index];
    }

    [Fact]
    public void A_person_titled_in_one_article_and_named_by_family_name_alone_in_another_is_one_entity()
    {
        var corpus = Link(Article("a.txt", BarrotInParis), Article("b.txt", BarrotInBeirut));

        var barrot = EntityWith(corpus, EntityKinds.Person, "جان نويل بارو");
        Assert.Equal(new[] { "جان نويل بارو", "بارو" }, SpellingsOf(barrot));
        Assert.Equal(new[] { "A", "B" }, barrot.Articles);
        Assert.Equal("جان نويل بارو", barrot.Name);
        Assert.Equal(new[] { "A:2:" + Column(BarrotInParis[1], "جان") }, OccurrencesOf(barrot, "جان نويل بارو"));
        Assert.Equal(new[] { "B:3:" + Column(BarrotInBeirut[2], "بارو") }, OccurrencesOf(barrot, "بارو"));
        Assert.Equal(barrot.Id, EntityOfMention(corpus, "B", "بارو"));
        Assert.Equal(barrot.Id, EntityOfMention(corpus, "A", "جان نويل بارو"));
        Assert.DoesNotContain(corpus.Entities, e => e.Name == "بارو");
    }

    [Fact]
    public void An_English_surname_with_a_title_in_another_article_joins_the_full_name()
    {
        var corpus = Link(
            Article("a.txt",
                "France to send medical aid to Lebanon",
                "French President Emmanuel Macron said on Thursday that two aircraft would leave Paris within days."),
            Article("b.txt",
                "Aid flights land in Beirut",
                "President Macron, speaking in Paris on Friday, said the first aircraft had landed in Beirut."));

        var macron = EntityWith(corpus, EntityKinds.Person, "Emmanuel Macron");
        Assert.Equal(new[] { "Emmanuel Macron", "Macron" }, SpellingsOf(macron));
        Assert.Equal(new[] { "A", "B" }, macron.Articles);
        Assert.Equal("emmanuel-macron", macron.Id);
        Assert.Equal("EmmanuelMacron", macron.Identifier);
    }

    [Fact]
    public void A_family_name_alone_joins_the_person_of_its_own_article_before_a_namesake_elsewhere()
    {
        var corpus = Link(Article("a.txt", BarrotInParis), Article("b.txt", FarmMinister));

        var foreign = EntityWith(corpus, EntityKinds.Person, "جان نويل بارو");
        var farm = EntityWith(corpus, EntityKinds.Person, "إريك بارو");
        Assert.NotEqual(foreign.Id, farm.Id);
        Assert.Equal(new[] { "A" }, foreign.Articles);
        Assert.Equal(new[] { "إريك بارو", "بارو" }, SpellingsOf(farm));
        Assert.Equal(farm.Id, EntityOfMention(corpus, "B", "بارو"));
    }

    private static readonly string[] WitnessOnTheTrain =
    {
        "Passengers describe the moment the carriages left the track",
        "According to Ravindra Mahapatro, who was travelling to the coast with his family, the lights went out before the carriages tipped over.",
        "Ravindra said he climbed out through a broken window and helped two children down onto the embankment.",
    };

    [Fact]
    public void A_given_name_alone_joins_the_one_person_of_its_article_with_that_given_name()
    {
        var corpus = Link(Article("a.txt", WitnessOnTheTrain));

        var witness = EntityWith(corpus, EntityKinds.Person, "Ravindra Mahapatro");
        Assert.Equal(new[] { "Ravindra Mahapatro", "Ravindra" }, SpellingsOf(witness));
        Assert.Equal(witness.Id, EntityOfMention(corpus, "A", "Ravindra"));
    }

    [Fact]
    public void A_given_name_alone_joins_nobody_in_another_article_or_where_two_people_share_it()
    {
        var corpus = Link(
            Article("a.txt", WitnessOnTheTrain[0], WitnessOnTheTrain[1]),
            Article("b.txt", "Survivors recall the crash", WitnessOnTheTrain[2]),
            Article("c.txt", "Two brothers on the same train",
                "Ravindra Mahapatro and Ravindra Dasmohanty, cousins from the same village, were both travelling in the third carriage.",
                "Ravindra said the carriage shook twice before it tipped over onto the embankment."));

        var first = EntityWith(corpus, EntityKinds.Person, "Ravindra Mahapatro");
        var cousin = EntityWith(corpus, EntityKinds.Person, "Ravindra Dasmohanty");
        Assert.Equal(new[] { "Ravindra Mahapatro" }, SpellingsOf(first));
        Assert.NotEqual(first.Id, EntityOfMention(corpus, "B", "Ravindra"));
        Assert.DoesNotContain(EntityOfMention(corpus, "C", "Ravindra"), new[] { first.Id, cousin.Id });
    }

    [Fact]
    public void Initials_and_the_given_name_they_stand_for_are_one_person()
    {
        var corpus = Link(
            Article("a.txt", "Relief camps open along the river", "State chief secretary Ramesh Okonkwo said on Sunday that forty relief camps had opened along the river."),
            Article("b.txt", "Camps fill as the river rises", "Chief Secretary RK Okonkwo said the camps were full and that more tents would arrive on Monday."));

        var person = EntityWith(corpus, EntityKinds.Person, "Ramesh Okonkwo");
        Assert.Contains("RK Okonkwo", SpellingsOf(person));
        Assert.Equal(new[] { "A", "B" }, person.Articles);
    }

    [Fact]
    public void Two_given_names_with_the_same_first_letter_stay_two_people()
    {
        var corpus = Link(
            Article("a.txt", "Relief camps open along the river", "State chief secretary Ramesh Okonkwo said on Sunday that forty relief camps had opened along the river."),
            Article("b.txt", "Camps fill as the river rises", "District collector Rajiv Okonkwo said the camps were full and that more tents would arrive on Monday."));

        Assert.NotEqual(EntityWith(corpus, EntityKinds.Person, "Ramesh Okonkwo").Id, EntityWith(corpus, EntityKinds.Person, "Rajiv Okonkwo").Id);
    }

    [Fact]
    public void A_family_name_two_people_of_other_articles_share_joins_neither()
    {
        var corpus = Link(
            Article("a.txt", BarrotInParis),
            Article("b.txt", FarmMinister),
            Article("c.txt",
                "الاتحاد الأوروبي يناقش ملف الهجرة",
                "وقال الوزير بارو، إن الاتحاد الأوروبي يحتاج إلى سياسة موحدة للهجرة."));

        var inC = EntityOfMention(corpus, "C", "بارو");
        Assert.NotEqual(EntityWith(corpus, EntityKinds.Person, "جان نويل بارو").Id, inC);
        Assert.NotEqual(EntityWith(corpus, EntityKinds.Person, "إريك بارو").Id, inC);
    }

    [Fact]
    public void Spellings_that_differ_by_long_vowels_tatweel_diacritics_or_hamza_are_one_entity_with_each_variant_where_written()
    {
        string[] a =
        {
            "واشنطن تدعو إلى تهدئة في شمال شرق سوريا",
            "وقال المبعوث الأميركي الخاص إلى سوريا توم باراك إن واشنطن تدعم الحوار بين دمشق والأكراد.",
            "وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده مستعدة لاستضافة جولة جديدة من المحادثات.",
        };
        string[] b =
        {
            "واشنطن تؤكد دعمها لاستقرار المنطقة الشرقية",
            "وقال المبعوث الأمريكي توم برَّاك إن بلاده تدعم استقرار المنطقة الشرقية.",
            "وقال الرئيس الفرنسي ايمانويل ماكرون إن باريس تتابع التطورات عن كثب.",
        };
        string[] c =
        {
            "أنقرة تستقبل المبعوث الأميركي",
            "واستقبل وزير الدفاع التركي يشار غولر المبعوث الأمريكي تـوم بـاراك في أنقرة يوم الخميس.",
        };
        var corpus = Link(Article("a.txt", a), Article("b.txt", b), Article("c.txt", c));

        var barrack = EntityWith(corpus, EntityKinds.Person, "توم باراك");
        Assert.Equal(new[] { "توم باراك", "توم برَّاك", "تـوم بـاراك" }, SpellingsOf(barrack));
        Assert.Equal(new[] { "A", "B", "C" }, barrack.Articles);
        Assert.Equal(new[] { "A:2:" + Column(a[1], "توم") }, OccurrencesOf(barrack, "توم باراك"));
        Assert.Equal(new[] { "B:2:" + Column(b[1], "توم") }, OccurrencesOf(barrack, "توم برَّاك"));
        Assert.Equal(new[] { "C:2:" + Column(c[1], "تـوم") }, OccurrencesOf(barrack, "تـوم بـاراك"));

        var macron = EntityWith(corpus, EntityKinds.Person, "إيمانويل ماكرون");
        Assert.Equal(new[] { "إيمانويل ماكرون", "ايمانويل ماكرون" }, SpellingsOf(macron));
        Assert.Equal(new[] { "A", "B" }, macron.Articles);
        Assert.Equal(new[] { "B:3:" + Column(b[2], "ايمانويل") }, OccurrencesOf(macron, "ايمانويل ماكرون"));
    }

    [Fact]
    public void Tatweel_does_not_make_a_spelling_the_preferred_name()
    {
        var corpus = Link(
            Article("a.txt",
                "واشنطن تدعو إلى تهدئة في شمال شرق سوريا",
                "وقال المبعوث الأميركي الخاص إلى سوريا توم باراك إن واشنطن تدعم الحوار بين دمشق والأكراد."),
            Article("b.txt",
                "أنقرة تستقبل المبعوث الأميركي",
                "واستقبل وزير الدفاع التركي يشار غولر المبعوث الأمريكي تـوم بـاراك في أنقرة يوم الخميس."));

        Assert.Equal("توم باراك", EntityWith(corpus, EntityKinds.Person, "توم باراك").Name);
    }

    [Fact]
    public void Different_people_with_similar_names_stay_apart()
    {
        var corpus = Link(
            Article("a.txt",
                "الحكومة تعلن حالة التأهب بعد الزلزال",
                "وقال وزير الصحة عمر أحمد إن المستشفيات في حالة تأهب قصوى بعد الزلزال.",
                "وقال المتحدث باسم الحكومة خالد العمري إن الوزراء سيجتمعون اليوم لتقييم الأضرار.",
                "وقال المبعوث الأميركي توم باراك إن بلاده مستعدة لإرسال فرق إنقاذ متخصصة."),
            Article("b.txt",
                "إعادة فتح الطرق الرئيسية في الشمال",
                "وقال وزير النقل عمرو أحمد إن الطرق الرئيسية أعيد فتحها أمام حركة السير.",
                "وقال وزير الداخلية سامي العمري إن قوات الأمن انتشرت في المدن المتضررة.",
                "وقال وزير الخارجية الفرنسي جان نويل بارو إن فرنسا سترسل مساعدات عاجلة."));

        var people = new[] { "عمر أحمد", "عمرو أحمد", "خالد العمري", "سامي العمري", "توم باراك", "جان نويل بارو" };
        var ids = people.Select(name => EntityWith(corpus, EntityKinds.Person, name).Id).ToList();
        Assert.Equal(people.Length, ids.Distinct().Count());
        Assert.All(people, name => Assert.Single(EntityWith(corpus, EntityKinds.Person, name).Spellings));
    }

    [Fact]
    public void Mahmoud_and_Mohammed_of_one_family_name_are_two_people()
    {
        var corpus = Link(
            Article("a.txt",
                "الرئيس الفلسطيني يدعو إلى مؤتمر دولي للسلام",
                "وقال الرئيس الفلسطيني محمود عباس إن السلطة مستعدة لتولي إدارة القطاع."),
            Article("b.txt",
                "ارتفاع أسعار الحبوب في الأسواق المحلية",
                "وقال وزير الاقتصاد محمد عباس إن أسعار الحبوب سترتفع خلال الأشهر المقبلة."));

        Assert.NotEqual(EntityWith(corpus, EntityKinds.Person, "محمود عباس").Id, EntityWith(corpus, EntityKinds.Person, "محمد عباس").Id);
    }

    [Fact]
    public void An_acronym_with_its_expansion_in_one_article_and_in_marks_in_another_is_one_organisation()
    {
        string[] b =
        {
            "دمشق تتسلم مواقع جديدة في الرقة",
            "وذكر مسؤول في قوات «قسد» أن عملية التسليم ستستكمل خلال أسبوع.",
        };
        var corpus = Link(Article("a.txt", SdfWithdraws), Article("b.txt", b));

        var sdf = EntityWith(corpus, EntityKinds.Organization, "قوات سوريا الديمقراطية");
        Assert.Equal("قسد", sdf.Acronym);
        Assert.Equal(new[] { "A", "B" }, sdf.Articles);
        Assert.Contains("قسد", SpellingsOf(sdf));
        Assert.Contains("B:2:" + Column(b[1], "قسد"), OccurrencesOf(sdf, "قسد"));
        Assert.Equal(sdf.Id, EntityOfMention(corpus, "B", "قسد"));
        Assert.DoesNotContain(corpus.Entities, e => e.Kind == EntityKinds.Place && e.Name == "سوريا");
    }

    [Fact(Skip = "limitation: an Arabic acronym alone (قسد) is an ordinary word to the per-file stage, which does not know the acronyms other articles spell out; see docs/extraction.md")]
    public void A_bare_acronym_in_another_article_joins_the_organisation()
    {
        var corpus = Link(
            Article("a.txt", SdfWithdraws),
            Article("b.txt",
                "الجيش يعلن السيطرة على المعبر",
                "وقالت مصادر محلية إن قسد سلمت المعبر إلى وحدات الجيش السوري صباح الأحد."));

        Assert.Equal(new[] { "A", "B" }, EntityWith(corpus, EntityKinds.Organization, "قوات سوريا الديمقراطية").Articles);
    }

    [Fact]
    public void A_bare_English_acronym_in_another_article_joins_the_organisation()
    {
        var corpus = Link(
            Article("a.txt",
                "Kurdish-led forces pull back from villages",
                "The Syrian Democratic Forces (SDF) said they had withdrawn from two villages near Raqqa."),
            Article("b.txt",
                "Handover near Raqqa completed",
                "A local official said the SDF had handed the last positions to government troops on Sunday."));

        Assert.Equal(new[] { "A", "B" }, EntityWith(corpus, EntityKinds.Organization, "Syrian Democratic Forces").Articles);
    }

    [Fact]
    public void An_organisation_is_named_by_its_expansion_even_when_its_acronym_is_written_more_often()
    {
        var corpus = Link(Article("a.txt",
            "قسد تعلن انسحابها من ريف الرقة الشرقي",
            "وأعلنت قوات سوريا الديمقراطية (قسد) انسحابها من ثلاث بلدات في ريف الرقة الشرقي.",
            "وقالت قسد في بيانها إن الانسحاب جاء بعد اتفاق مع الحكومة السورية."));

        Assert.Equal("قوات سوريا الديمقراطية", EntityWith(corpus, EntityKinds.Organization, "قسد").Name);
    }

    [Fact]
    public void Places_written_with_a_proclitic_join_the_place()
    {
        string[] a =
        {
            "اجتماع خليجي لبحث أمن المنطقة",
            "وعقد الاجتماع بالرياض بحضور وفد رفيع للعراق ووفد من لبنان وسوريا.",
        };
        string[] b =
        {
            "مؤتمر في الرياض لدعم العراق",
            "ويستضيف الرياض مؤتمراً لدعم العراق ولبنان في نهاية الشهر الجاري.",
        };
        var corpus = Link(Article("a.txt", a), Article("b.txt", b));

        var riyadh = EntityWith(corpus, EntityKinds.Place, "الرياض");
        Assert.Equal(new[] { "الرياض" }, SpellingsOf(riyadh)); // بالرياض is written الرياض: the ب is not part of the name
        Assert.Equal(new[] { "A", "B" }, riyadh.Articles);
        Assert.Contains("A:2:" + (Column(a[1], "بالرياض") + 1), OccurrencesOf(riyadh, "الرياض"));

        var iraq = EntityWith(corpus, EntityKinds.Place, "العراق");
        Assert.Equal(new[] { "A", "B" }, iraq.Articles);
        Assert.Equal("العراق", iraq.Name);
        Assert.Equal(iraq.Id, EntityOfMention(corpus, "A", "للعراق"));

        Assert.Equal(new[] { "A", "B" }, EntityWith(corpus, EntityKinds.Place, "لبنان").Articles);
        Assert.Single(corpus.Entities, e => e.Kind == EntityKinds.Place && e.Name == "سوريا");
        Assert.DoesNotContain(corpus.Entities, e => e.Name.StartsWith("بال", StringComparison.Ordinal) || e.Name.StartsWith("وس", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_written_mostly_with_a_preposition_is_named_without_it()
    {
        var corpus = Link(
            Article("a.txt",
                "قافلة مساعدات سعودية تعبر الحدود",
                "وعبرت قافلة مساعدات غذائية متجهة للعراق منفذ عرعر الحدودي صباح الاثنين.",
                "وتضم القافلة ثلاثين شاحنة محملة بالمواد الغذائية والأدوية للعراق وسكانه."),
            Article("b.txt",
                "وصول القافلة إلى الأنبار",
                "ووصلت القافلة إلى محافظة الأنبار غرب العراق بعد رحلة استمرت يومين."));

        var iraq = EntityWith(corpus, EntityKinds.Place, "العراق");
        Assert.Equal("العراق", iraq.Name);
        Assert.Equal(Transliteration.Slug("العراق"), iraq.Id);
    }

    [Fact]
    public void Two_people_whose_names_transliterate_alike_get_unique_ids_and_identifiers_and_CORPUS005()
    {
        var corpus = Link(
            Article("a.txt",
                "البلدية تطلق حملة لتنظيف الشوارع",
                "وقال رئيس البلدية علي الصيفي إن الحملة ستشمل جميع الأحياء خلال الشهر الجاري."),
            Article("b.txt",
                "النادي يتعاقد مع مدرب جديد",
                "وأعلن رئيس النادي علي السيفي أن المدرب الجديد سيصل إلى المدينة الأسبوع المقبل."));

        var first = EntityWith(corpus, EntityKinds.Person, "علي الصيفي");
        var second = EntityWith(corpus, EntityKinds.Person, "علي السيفي");
        var wanted = Transliteration.Slug("علي الصيفي")!;
        Assert.Equal(wanted, Transliteration.Slug("علي السيفي")); // the premise of the test
        // An id two entities want goes to neither: each takes it with a suffix of its own spelling.
        Assert.NotEqual(first.Id, second.Id);
        Assert.StartsWith(wanted + "-", first.Id, StringComparison.Ordinal);
        Assert.StartsWith(wanted + "-", second.Id, StringComparison.Ordinal);
        Assert.NotEqual(first.Identifier, second.Identifier);
        Assert.Equal(corpus.Entities.Count, corpus.Entities.Select(e => e.Id).Distinct().Count());
        Assert.All(corpus.Entities.GroupBy(e => e.Kind), kind => Assert.Equal(kind.Count(), kind.Select(e => e.Identifier).Distinct().Count()));
        Assert.All(corpus.Entities, e => Assert.True(IdentifierRules.IsValidIdentifier(e.Identifier), e.Identifier));

        var diagnostics = corpus.Diagnostics.Where(d => d.Id == "CORPUS005").OrderBy(d => d.File, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "a.txt", "b.txt" }, diagnostics.Select(d => d.File));
        Assert.All(diagnostics, d => Assert.Equal(2, d.Span.StartLine));
        Assert.Contains("'" + second.Identifier + "' is used instead", diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("علي السيفي", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CORPUS005_for_an_entity_names_the_identifier_it_wanted_and_the_one_it_got()
    {
        var corpus = Link(
            Article("a.txt",
                "البلدية تطلق حملة لتنظيف الشوارع",
                "وقال رئيس البلدية علي الصيفي إن الحملة ستشمل جميع الأحياء خلال الشهر الجاري."),
            Article("b.txt",
                "النادي يتعاقد مع مدرب جديد",
                "وأعلن رئيس النادي علي السيفي أن المدرب الجديد سيصل إلى المدينة الأسبوع المقبل."));

        var wanted = Transliteration.Identifier(Transliteration.Slug("علي السيفي")!);
        var diagnostic = Assert.Single(corpus.Diagnostics, d => d.Id == "CORPUS005" && d.File == "b.txt");
        Assert.Contains("'" + wanted + "'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'" + EntityWith(corpus, EntityKinds.Person, "علي السيفي").Identifier + "' is used instead", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotEqual(wanted, EntityWith(corpus, EntityKinds.Person, "علي السيفي").Identifier);
    }

    [Fact]
    public void A_later_article_with_another_spelling_does_not_rename_an_entity()
    {
        var a = Article("a.txt",
            "البيت الأبيض يعلن موعد القمة",
            "وقال الرئيس الأميركي دونالد ترامب إن القمة ستعقد في واشنطن الشهر المقبل.");
        var b = Article("b.txt",
            "ترمب يستقبل ولي العهد السعودي",
            "واستقبل الرئيس الأمريكي دونالد ترمب، ولي العهد في البيت الأبيض يوم الثلاثاء.",
            "وقال الرئيس الأمريكي دونالد ترمب إن المحادثات كانت مثمرة للغاية.");

        var before = EntityWith(Link(a), EntityKinds.Person, "دونالد ترامب");
        var after = EntityWith(Link(a, b), EntityKinds.Person, "دونالد ترامب");
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Identifier, after.Identifier);
    }

    [Theory]
    [InlineData("c.txt")]   // sorts after the others
    [InlineData("0.txt")]   // sorts before them
    public void Ids_and_identifiers_stay_when_an_unrelated_article_is_added(string file)
    {
        var a = Article("a.txt", BarrotInParis);
        var b = Article("b.txt", BarrotInBeirut);
        var unrelated = Article(file,
            "Floods cut roads in northern Nigeria",
            "Governor Amina Bello said on Tuesday that the roads to Kano would reopen next week.",
            "The Health Ministry said that no deaths had been reported in the flooded villages.");

        var before = Link(a, b);
        var after = Link(a, b, unrelated);

        Assert.NotEmpty(before.Entities);
        Assert.True(after.Entities.Count > before.Entities.Count); // the new article adds entities of its own
        foreach (var entity in before.Entities)
        {
            var same = Assert.Single(after.Entities, e => e.Kind == entity.Kind && e.Name == entity.Name);
            Assert.Equal(entity.Id, same.Id);
            Assert.Equal(entity.Identifier, same.Identifier);
            Assert.Equal(entity.Spellings, same.Spellings);
        }
        Assert.DoesNotContain(after.Diagnostics, d => d.Id == "CORPUS005");
    }

    [Fact]
    public void A_new_article_about_a_namesake_never_points_an_existing_id_at_the_namesake()
    {
        var b = Article("b.txt",
            "البلدية تطلق حملة لتنظيف الشوارع",
            "وقال رئيس البلدية علي الصيفي إن الحملة ستشمل جميع الأحياء خلال الشهر الجاري.");
        var a = Article("a.txt",
            "النادي يتعاقد مع مدرب جديد",
            "وأعلن رئيس النادي علي السيفي أن المدرب الجديد سيصل إلى المدينة الأسبوع المقبل.");

        var before = EntityWith(Link(b), EntityKinds.Person, "علي الصيفي");
        var after = Link(b, a);
        // The id the existing person had is no longer anyone's: code that used it stops compiling rather than reading
        // about another person (the rule article names follow).
        Assert.DoesNotContain(after.Entities, e => e.Id == before.Id || (e.Kind == EntityKinds.Person && e.Identifier == before.Identifier));
        Assert.StartsWith(before.Id + "-", EntityWith(after, EntityKinds.Person, "علي الصيفي").Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_are_collected_as_written_in_the_order_met_and_each_once()
    {
        var corpus = Link(
            Article("a.txt",
                "واشنطن تدعو إلى الحوار في شمال شرق سوريا",
                "وقال السفير الأميركي لدى تركيا والمبعوث الخاص إلى سوريا توم باراك إن الحوار هو الطريق الوحيد."),
            Article("b.txt",
                "واشنطن تؤكد دعمها لوحدة الأراضي السورية",
                "وقال المبعوث الأمريكي توم باراك إن بلاده تدعم وحدة الأراضي السورية."),
            Article("c.txt",
                "جولة جديدة من المحادثات في عمان",
                "وقال المبعوث الأمريكى توم باراك إن الجولة المقبلة ستعقد الشهر القادم."));

        var barrack = EntityWith(corpus, EntityKinds.Person, "توم باراك");
        Assert.Equal(new[] { "السفير الأميركي لدى تركيا", "المبعوث الخاص إلى سوريا", "المبعوث الأمريكي" }, barrack.Roles);
        Assert.Equal(new[] { "A", "B", "C" }, barrack.Articles);
    }

    [Fact]
    public void A_role_joined_by_wa_is_collected_without_it()
    {
        var corpus = Link(Article("a.txt",
            "اجتماع ثلاثي في عمان لبحث أمن الحدود",
            "والتقى وزير الخارجية الأردني أيمن الصفدي والمبعوث الأميركي توم باراك في عمان يوم الأحد."));

        Assert.Equal(new[] { "المبعوث الأميركي" }, EntityWith(corpus, EntityKinds.Person, "توم باراك").Roles);
    }

    [Fact]
    public void A_quote_by_a_family_name_alone_is_linked_to_the_person()
    {
        var corpus = Link(Article("a.txt",
            "الخارجية السورية تستقبل وفداً أوروبياً في دمشق",
            "وقال وزير الخارجية أسعد الشيباني إن المحادثات تناولت ملف عودة اللاجئين.",
            "وأضاف الشيباني أن بلاده مستعدة لتسهيل عمل المنظمات الإنسانية."));

        var shibani = EntityWith(corpus, EntityKinds.Person, "أسعد الشيباني");
        var article = Assert.Single(corpus.Articles);
        Assert.Equal(2, article.Article.Quotes.Count);
        Assert.All(article.QuoteEntities, id => Assert.Equal(shibani.Id, id));
        Assert.Equal(new[] { "أسعد الشيباني", "الشيباني" }, SpellingsOf(shibani));
    }

    [Fact]
    public void A_shared_family_name_is_the_same_person_for_its_mention_and_its_quote()
    {
        var corpus = Link(Article("a.txt",
            "الحكومة تعلن إجراءات أمنية جديدة",
            "وقال المتحدث باسم الحكومة خالد العمري إن الوزراء سيجتمعون اليوم.",
            "وقال وزير الداخلية سامي العمري إن قوات الأمن انتشرت في المدن.",
            "وأضاف العمري أن الوضع تحت السيطرة الكاملة في جميع المحافظات."));

        var article = Assert.Single(corpus.Articles);
        var quote = article.Article.Quotes.Select((q, i) => (q, i)).Single(x => x.q.Line == 4).i;
        Assert.Equal(article.QuoteEntities[quote], EntityOfMention(corpus, "A", "العمري"));
    }

    [Fact]
    public void A_byline_author_of_two_articles_is_one_person()
    {
        var corpus = Link(
            Article("a.txt",
                "قافلة مساعدات سعودية تعبر الحدود",
                "بقلم سلمى الخطيب",
                "وعبرت قافلة مساعدات غذائية متجهة إلى العراق منفذ عرعر الحدودي صباح الاثنين."),
            Article("b.txt",
                "وصول القافلة إلى الأنبار",
                "بقلم سلمى الخطيب",
                "ووصلت القافلة إلى محافظة الأنبار غرب العراق بعد رحلة استمرت يومين."));

        var author = EntityWith(corpus, EntityKinds.Person, "سلمى الخطيب");
        Assert.Equal(new[] { "A", "B" }, author.Articles);
        Assert.Equal(new[] { "A:2:6", "B:2:6" }, OccurrencesOf(author, "سلمى الخطيب"));
    }

    [Fact]
    public void An_English_organisation_is_one_entity_with_or_without_a_sentence_initial_The()
    {
        var corpus = Link(Article("a.txt",
            "Cholera cases rise in northern Nigeria",
            "The Health Ministry said on Monday that 40 new cases had been recorded in the north.",
            "Officials at the Health Ministry said vaccines would arrive next week."));

        Assert.Single(corpus.Entities, e => e.Kind == EntityKinds.Organization);
    }
}
