using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Entities;
using CorpusSdk.Extraction.Recognize.Prose;
using CorpusSdk.Tests.Extraction.Segmentation;

namespace CorpusSdk.Tests.Recognize.Entities;

/// <summary>
/// The names the recognizer finds with the statistical tagger (Recognize/Entities/NameTagger and the tiers of
/// MentionRecognizer): people named without a role, organisations and places read from their context, names glued to
/// Arabic proclitics, and what the tagger's output is kept from (verbs, tanween adjectives, MISC). One behaviour a test,
/// on sentences written for the tests (invented people and events). Line 1 is the headline; the body starts on line 2.
/// </summary>
public class NameRecognitionTests
{
    private static MentionModel Single(ArticleModel article, string kind, string text) =>
        Assert.Single(article.Mentions, m => m.Kind == kind && m.Text == text);

    private static int Column(string line, string text)
    {
        var at = line.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, text + " is not in the line");
        return at + 1;
    }

    /// <summary>The mentions of a line as "kind:text", in order, leaving out tentative ones (a lone acronym's guess).</summary>
    private static List<string> MentionsOn(ArticleModel article, int line) =>
        article.Mentions.Where(m => m.Line == line && !m.Tentative).Select(m => m.Kind + ":" + m.Text).ToList();

    /// <summary>What the tagger alone labels in the paragraphs, as "TYPE:words" (PER, ORG, LOC, MISC).</summary>
    private static List<string> Tagged(params string[] paragraphs)
    {
        var sentences = new List<NameToken[]>();
        foreach (var paragraph in paragraphs)
        {
            sentences.AddRange(NameSentences.Of(paragraph, new ProseParagraph(1, 0, paragraph).Tokens));
        }
        return NameTagger.Tag(sentences)
            .Select(n => NameLabels.Types[n.Type] + ":" + string.Join(" ", sentences[n.Sentence].Skip(n.From).Take(n.To - n.From).Select(t => t.Text)))
            .ToList();
    }

    // English.

    [Fact]
    public void An_English_person_named_without_any_role_is_a_person()
    {
        const string Line = "Maria Lopez, 52, a nurse at the hospital, said the cuts would force her to take a second job.";
        var article = Page.Extract("Hospital staff protest over pay cuts", Line);

        var person = Single(article, EntityKinds.Person, "Maria Lopez");
        Assert.Equal("Maria Lopez", person.Name);
        Assert.Equal(2, person.Line);
        Assert.Equal(1, person.Span.StartColumn);
        Assert.Single(article.Mentions, m => m.Kind == EntityKinds.Person);
    }

    [Fact]
    public void A_courtesy_or_office_title_before_an_English_name_is_left_out_of_the_name()
    {
        const string Line = "Mr. Daniel Whitcombe told reporters that the board had not consulted staff. Gov. Elaine Navarro promised a review.";
        var article = Page.Extract("Hospital staff protest over pay cuts", Line);

        var mister = Single(article, EntityKinds.Person, "Daniel Whitcombe");
        Assert.Equal(Column(Line, "Daniel"), mister.Span.StartColumn);
        Assert.Equal(new[] { "Mr." }, mister.Roles);
        var governor = Single(article, EntityKinds.Person, "Elaine Navarro");
        Assert.Equal(Column(Line, "Elaine"), governor.Span.StartColumn);
        Assert.DoesNotContain(article.Mentions, m => m.Text.Contains("Mr.", StringComparison.Ordinal) || m.Text.Contains("Gov.", StringComparison.Ordinal));
    }

    [Fact]
    public void English_capitalized_names_of_a_company_a_club_a_newspaper_and_an_institute_are_organizations()
    {
        const string Line = "Harwell Logistics signed the contract with the port authority on Tuesday, and the Riverside Rovers football club agreed to "
            + "move its training ground. The Daily Courier reported that the Hartley Research Institute would monitor the harbour.";
        var article = Page.Extract("Shipping firm wins port contract", Line);

        Assert.Equal(
            new[]
            {
                "organization:Harwell Logistics", "organization:Riverside Rovers", "organization:Daily Courier", "organization:Hartley Research Institute",
            },
            MentionsOn(article, 2));
        Assert.Equal(Column(Line, "Hartley"), Single(article, EntityKinds.Organization, "Hartley Research Institute").Span.StartColumn);
    }

    [Fact]
    public void An_English_city_and_country_the_old_list_lacks_are_places()
    {
        var article = Page.Extract(
            "Shipping firm wins port contract",
            "The contract was signed in Rotterdam, and officials in Portugal welcomed it.");

        Assert.Equal(new[] { "place:Rotterdam", "place:Portugal" }, MentionsOn(article, 2));
        // Neither is in the rules' list of places: the tagger, with the gazetteer, found them.
        Assert.DoesNotContain("rotterdam", EntityLexicon.Places);
        Assert.DoesNotContain("portugal", EntityLexicon.Places);
    }

    [Fact]
    public void In_an_all_capitals_headline_the_place_is_found_and_no_capitalized_word_is_made_a_name()
    {
        var article = Page.Extract(
            "FLOODS CUT OFF MOUNTAIN VILLAGES NEAR GRENOBLE",
            "Rescue teams reached the villages on Sunday.");

        Assert.Equal(new[] { "place:GRENOBLE" }, MentionsOn(article, 1));

        var second = Page.Extract("STORM DAMAGES HARBOUR WALL IN PORTSMOUTH", "Engineers inspected the wall on Monday.");
        Assert.Equal(new[] { "place:PORTSMOUTH" }, MentionsOn(second, 1));
    }

    [Fact]
    public void A_family_name_alone_later_in_the_article_names_the_person_named_in_full()
    {
        var article = Page.Extract(
            "Baker wins regional prize",
            "Tomas Brennan opened his bakery in 2019 with a loan from his sister.",
            "The judges praised Brennan for his rye bread.");

        Assert.Equal("Tomas Brennan", Single(article, EntityKinds.Person, "Tomas Brennan").Name);
        var later = Single(article, EntityKinds.Person, "Brennan");
        Assert.Equal(3, later.Line);
        Assert.Equal("Tomas Brennan", later.Name);

        var sameParagraph = Page.Extract(
            "Baker wins regional prize",
            "Tomas Brennan opened his bakery in 2019 with a loan from his sister. Last year Brennan hired four apprentices from the town.");
        Assert.Equal("Tomas Brennan", Single(sameParagraph, EntityKinds.Person, "Brennan").Name);
    }

    [Fact]
    public void An_acronym_in_brackets_names_the_words_before_it_and_its_later_bare_mention_resolves_to_them()
    {
        var article = Page.Extract(
            "Anglers protest new rules",
            "Members of the Northern Anglers Federation (NAF) voted against the rules on Monday. The NAF will appeal.");

        var expansion = Single(article, EntityKinds.Organization, "Northern Anglers Federation");
        Assert.Equal("NAF", expansion.Acronym);
        var mentions = article.Mentions.Where(m => m.Text == "NAF").ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m =>
        {
            Assert.Equal(EntityKinds.Organization, m.Kind);
            Assert.Equal("Northern Anglers Federation", m.Name);
            Assert.False(m.Tentative);
        });

        var arabic = Page.Extract(
            "هيئة جديدة",
            "وأعلنت هيئة تنظيم الاتصالات (هتا) عن قواعد جديدة للأسعار. وتطبق هتا القواعد من الشهر المقبل.");
        Assert.Equal("هتا", Single(arabic, EntityKinds.Organization, "هيئة تنظيم الاتصالات").Acronym);
        var bare = arabic.Mentions.Where(m => m.Text == "هتا").ToList();
        Assert.Equal(2, bare.Count);
        Assert.All(bare, m => Assert.Equal("هيئة تنظيم الاتصالات", m.Name));
    }

    [Fact]
    public void A_nationality_or_other_MISC_name_is_never_a_mention()
    {
        const string Line = "The French chef Pierre Lambert opened a restaurant serving Italian food in Dublin.";
        // The tagger reads French and Italian as MISC: they are learned so as not to be forced into another type.
        Assert.Contains("MISC:French", Tagged(Line));
        Assert.Contains("MISC:Italian", Tagged(Line));

        var article = Page.Extract("Chef opens restaurant", Line);

        Assert.Equal(new[] { "person:Pierre Lambert", "place:Dublin" }, MentionsOn(article, 2));
    }

    // Arabic.

    [Fact]
    public void An_Arabic_person_named_by_given_and_family_name_without_a_role_is_a_person()
    {
        const string Line = "وصل كريم العتيبي إلى المعرض صباح الأحد بعد رحلة طويلة من الجنوب.";
        var article = Page.Extract("افتتاح معرض للكتاب في المدينة", Line);

        var person = Single(article, EntityKinds.Person, "كريم العتيبي");
        Assert.Equal("كريم العتيبي", person.Name);
        Assert.Empty(person.Roles);
        Assert.Equal(Column(Line, "كريم"), person.Span.StartColumn);
        Assert.Equal(new[] { "person:كريم العتيبي" }, MentionsOn(article, 2));
    }

    [Fact]
    public void Arabic_compound_names_with_abd_abu_and_bin_are_one_person()
    {
        var article = Page.Extract(
            "افتتاح معرض للكتاب في المدينة",
            "وشارك عبد الرحمن الخطيب في الندوة الأولى إلى جانب سالم بن راشد الكعبي.",
            "وحضر أبو يوسف النجار حفل الافتتاح مع عائلته.");

        Assert.Equal(new[] { "person:عبد الرحمن الخطيب", "person:سالم بن راشد الكعبي" }, MentionsOn(article, 2));
        Assert.Equal(new[] { "person:أبو يوسف النجار" }, MentionsOn(article, 3));
    }

    [Fact]
    public void A_proclitic_glued_to_a_name_or_a_place_is_left_out_of_the_mention()
    {
        const string Name = "وأشاد النقاد بكريم العتيبي وبروايته الجديدة.";
        var person = Single(Page.Extract("جائزة للرواية", Name), EntityKinds.Person, "كريم العتيبي");
        Assert.Equal(Column(Name, "بكريم") + 1, person.Span.StartColumn);

        const string ToName = "وسلمت اللجنة الجائزة لكريم العتيبي في حفل أقيم مساء الخميس.";
        var given = Single(Page.Extract("جائزة للرواية", ToName), EntityKinds.Person, "كريم العتيبي");
        Assert.Equal(Column(ToName, "لكريم") + 1, given.Span.StartColumn);

        const string AndPlace = "وأقيم الحفل في عمّان وإربد بحضور كتّاب من دول عدة.";
        var place = Single(Page.Extract("جائزة للرواية", AndPlace), EntityKinds.Place, "إربد");
        Assert.Equal(Column(AndPlace, "وإربد") + 1, place.Span.StartColumn);

        const string InPlace = "وافتتح المهرجان في بصفاقس أمس.";
        var city = Single(Page.Extract("مهرجان", InPlace), EntityKinds.Place, "صفاقس");
        Assert.Equal(Column(InPlace, "بصفاقس") + 1, city.Span.StartColumn);
    }

    [Fact]
    public void Arabic_cities_the_old_list_lacks_are_places_from_the_gazetteer()
    {
        var article = Page.Extract(
            "مهرجان للتمور في الجنوب",
            "وانطلق المهرجان في صفاقس بمشاركة مزارعين من تونس.",
            "وزار الوفد مدينة المنصورة قبل أن يتوجه إلى أسيوط.");

        Assert.Contains("place:صفاقس", MentionsOn(article, 2));
        Assert.Equal(new[] { "place:المنصورة", "place:أسيوط" }, MentionsOn(article, 3));
        foreach (var city in new[] { "صفاقس", "المنصورة", "أسيوط" })
        {
            Assert.DoesNotContain(ArabicFolding.Fold(city), EntityLexicon.Places);
            Assert.NotEqual(0, Gazetteer.KindsOf(ArabicFolding.Fold(city)));
        }
    }

    [Fact]
    public void Forces_or_a_command_with_common_adjectives_are_a_description_and_a_nation_makes_them_a_name()
    {
        var article = Page.Extract(
            "انسحاب من الحدود",
            "وقالت القيادة الوطنية إن القوات الخاصة انسحبت من الموقع.",
            "وأكدت القوات الفرنسية أنها لم تشارك في العملية.");

        Assert.Empty(MentionsOn(article, 2));
        // Tentative: an organisation only where the lexicon or another article names it so.
        Assert.All(article.Mentions.Where(m => m.Line == 2), m => Assert.True(m.Tentative, m.Text));
        Assert.Equal(new[] { "organization:القوات الفرنسية" }, MentionsOn(article, 3));
    }

    [Fact]
    public void A_preposition_after_an_organisation_is_not_one_of_its_qualifiers()
    {
        // إلى is folded الي, which reads like a definite nisba (الحكومة الأفغانية الدولية).
        var article = Page.Extract("دعوة إلى الحوار", "ودعت الحكومة الأفغانية إلى الحوار مع المعارضة.");

        Single(article, EntityKinds.Organization, "الحكومة الأفغانية");
        Assert.DoesNotContain(article.Mentions, m => m.Text.Contains("إلى", StringComparison.Ordinal));
    }

    [Fact]
    public void A_given_name_and_a_nisba_family_name_are_a_person_and_a_nations_adjective_is_not_one()
    {
        var article = Page.Extract(
            "جائزة للرواية",
            "وسلمت اللجنة الجائزة لكريم العتيبي في حفل أقيم مساء الخميس.",
            "وقال مسؤول إن وفدا ضم سالم المصري زار المعرض.");

        var person = Single(article, EntityKinds.Person, "كريم العتيبي");
        Assert.Equal(2, person.Line);
        // المصري is "the Egyptian" as often as a family name: this rule leaves it to the tagger.
        Assert.True(Gazetteer.IsNisbaOfCountry(ArabicWords.Key(ArabicFolding.Fold("المصري"))));
    }

    [Theory]
    [InlineData("الفرنسي", true)]
    [InlineData("الروسية", true)]
    [InlineData("الألمانيين", true)]
    // The gazetteer has these countries by their official names (الولايات المتحدة, المملكة المتحدة): no stem to find.
    [InlineData("الأمريكيين", false)]
    [InlineData("البريطانية", false)]
    [InlineData("التشيكي", true)]
    [InlineData("الدولي", false)]
    [InlineData("العتيبي", false)]
    [InlineData("الوطنية", false)]
    public void A_nisba_is_a_nations_adjective_when_its_stem_is_a_country_of_the_gazetteer(string word, bool nation) =>
        Assert.Equal(nation, Gazetteer.IsNisbaOfCountry(ArabicWords.Key(ArabicFolding.Fold(word))));

    [Fact]
    public void A_large_town_of_the_gazetteer_after_a_preposition_is_a_place_but_a_common_word_listed_as_a_town_is_not()
    {
        var article = Page.Extract(
            "مهرجان",
            "وافتتح المهرجان في صفاقس بمشاركة واسعة.",
            "وجاء ذلك في إطار التعاون بين البلدين.");

        Assert.Contains("place:صفاقس", MentionsOn(article, 2));
        Assert.Empty(MentionsOn(article, 3)); // إطار is a town somewhere; "في إطار" is "within"
    }

    [Fact]
    public void An_Arabic_ministry_and_university_are_organizations()
    {
        const string Line = "ووقعت وزارة الزراعة اتفاقية مع جامعة حلب لتطوير البذور.";
        var article = Page.Extract("توقيع اتفاقية جديدة", Line);

        Assert.Equal(new[] { "organization:وزارة الزراعة", "organization:جامعة حلب" }, MentionsOn(article, 2));
        Assert.Equal(Column(Line, "وزارة"), Single(article, EntityKinds.Organization, "وزارة الزراعة").Span.StartColumn);
    }

    [Fact]
    public void Words_with_a_verb_prefix_are_not_made_names()
    {
        var article = Page.Extract(
            "بطولة",
            "ويشارك في البطولة لاعبون من صفاقس، وستقام المباراة النهائية يوم الجمعة.",
            "وسيلتقي كريم العتيبي بممثلي السكان، ويناقش معهم خطة الإصلاح.",
            "وأوضح البيان أن المشروع سيبدأ الشهر المقبل وأن العمل يستمر عامين.");

        Assert.Equal(new[] { "place:صفاقس" }, MentionsOn(article, 2));
        Assert.Equal(new[] { "person:كريم العتيبي" }, MentionsOn(article, 3));
        Assert.Empty(MentionsOn(article, 4));
    }

    [Fact]
    public void A_place_name_with_tanween_is_the_adjective_and_no_place()
    {
        const string Line = "واستقبل المحافظ في صفاقس وفداً تركياً رفيع المستوى لبحث التعاون التجاري.";
        // The tagger reads تركياً as a place; the recognizer knows the tanween makes it the adjective "Turkish".
        Assert.Contains("LOC:تركياً", Tagged(Line));

        var article = Page.Extract("وفد يزور المدينة", Line);

        Assert.Equal(new[] { "place:صفاقس" }, MentionsOn(article, 2));
    }

    [Fact]
    public void A_role_and_name_found_by_the_rules_wins_over_the_taggers_reading_and_keeps_its_roles()
    {
        const string Line = "وقال وزير الثقافة التونسي منير الجلاصي إن المهرجان يستقبل ألف زائر.";
        var article = Page.Extract("مهرجان", Line);

        var person = Assert.Single(article.Mentions, m => m.Kind == EntityKinds.Person);
        Assert.Equal("منير الجلاصي", person.Text);
        Assert.Equal("منير الجلاصي", person.Name);
        Assert.Equal(new[] { "وزير الثقافة التونسي" }, person.Roles);
        Assert.Equal(Column(Line, "منير"), person.Span.StartColumn);

        var english = Page.Extract("Talks resume", "Foreign Minister Elena Vasquez met her counterpart on Thursday.");
        var minister = Assert.Single(english.Mentions, m => m.Kind == EntityKinds.Person);
        Assert.Equal("Elena Vasquez", minister.Text);
        Assert.Equal(new[] { "Foreign Minister" }, minister.Roles);
    }
}
