using System;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Tests.Extraction.Segmentation;

namespace CorpusSdk.Tests.Recognize.Entities;

/// <summary>
/// The people, organisations and places each article names (Recognize/Entities/MentionRecognizer), one rule a test, on
/// articles written for the tests. Line 1 is the headline; the body starts on line 2.
/// </summary>
public class MentionRecognizerTests
{
    private static MentionModel Single(ArticleModel article, string kind, string text) =>
        Assert.Single(article.Mentions, m => m.Kind == kind && m.Text == text);

    private static int Column(string line, string text) => line.IndexOf(text, StringComparison.Ordinal) + 1;

    private static void AssertNoOverlap(ArticleModel article)
    {
        var spans = article.Mentions.OrderBy(m => m.Span.Start).ToList();
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i - 1].Span.Start + spans[i - 1].Span.Length <= spans[i].Span.Start, spans[i - 1].Text + " overlaps " + spans[i].Text);
        }
    }

    // People: a role, then a name.

    [Fact]
    public void A_title_and_its_qualifiers_then_a_name_is_a_person_with_that_role()
    {
        const string Line = "وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترفض أي محاولة لتهجير الفلسطينيين من أرضهم.";
        var article = Page.Extract("الأردن يرفض التهجير ويدعو إلى وقف التصعيد", Line);

        var person = Single(article, EntityKinds.Person, "أيمن الصفدي");
        Assert.Equal("أيمن الصفدي", person.Name);
        Assert.Equal(new[] { "وزير الخارجية الأردني" }, person.Roles);
        Assert.Equal(2, person.Line);
        Assert.Equal(Column(Line, "أيمن"), person.Span.StartColumn);
        Assert.Null(person.Acronym);
        // The role's office is no organisation of its own.
        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Organization);
    }

    [Fact]
    public void A_title_with_a_preposition_joined_to_it_and_a_compound_given_name()
    {
        var article = Page.Extract(
            "العراق والأردن يبحثان إمدادات الغاز",
            "والتقى الوفد بوزير الطاقة العراقي حيان عبد الغني في بغداد لبحث إمدادات الغاز.");

        var person = Single(article, EntityKinds.Person, "حيان عبد الغني");
        Assert.Equal(new[] { "وزير الطاقة العراقي" }, person.Roles);
        Single(article, EntityKinds.Place, "بغداد");
    }

    [Fact]
    public void Patronymics_with_bin_and_abd_stay_in_the_name()
    {
        var article = Page.Extract(
            "الرياض تستضيف اجتماعاً وزارياً",
            "وقال نائب وزير الخارجية السعودي وليد بن عبد الكريم الخريجي إن المملكة تدعم جهود الاستقرار.");

        var person = Single(article, EntityKinds.Person, "وليد بن عبد الكريم الخريجي");
        Assert.Equal(new[] { "نائب وزير الخارجية السعودي" }, person.Roles);
    }

    [Fact]
    public void A_role_a_comma_and_a_name_in_apposition_is_a_person()
    {
        const string Line = "وقال مدير الدفاع المدني في المحافظة، رائد الصالح، إن فرق الإنقاذ انتشلت ثلاث جثث من تحت الأنقاض.";
        var article = Page.Extract("فرق الإنقاذ تواصل البحث تحت الأنقاض", Line);

        var person = Single(article, EntityKinds.Person, "رائد الصالح");
        Assert.Equal(new[] { "مدير الدفاع المدني في المحافظة" }, person.Roles);
        Assert.Equal(Column(Line, "رائد"), person.Span.StartColumn);
    }

    [Fact]
    public void Two_roles_joined_by_wa_before_one_name_are_two_roles()
    {
        var article = Page.Extract(
            "واشنطن تدعو إلى الحوار في شمال شرق سوريا",
            "وقال السفير الأميركي لدى تركيا والمبعوث الخاص إلى سوريا توم باراك إن الحوار هو الطريق الوحيد.");

        var person = Single(article, EntityKinds.Person, "توم باراك");
        Assert.Equal(new[] { "السفير الأميركي لدى تركيا", "المبعوث الخاص إلى سوريا" }, person.Roles);
    }

    [Fact]
    public void English_title_then_name_is_a_person()
    {
        const string Line = "Foreign Minister Hakan Fidan said on Monday that Turkey was ready to mediate between the two sides.";
        var article = Page.Extract("Turkey offers to mediate in Sudan", Line);

        var person = Single(article, EntityKinds.Person, "Hakan Fidan");
        Assert.Equal(new[] { "Foreign Minister" }, person.Roles);
        Assert.Equal(Column(Line, "Hakan"), person.Span.StartColumn);
        Assert.Contains(article.Mentions, m => m.Kind == EntityKinds.Place && m.Text == "Turkey" && m.Line == 2);
    }

    [Fact]
    public void English_name_then_comma_and_role_is_a_person_with_that_role()
    {
        var article = Page.Extract(
            "Turkey offers to mediate in Sudan",
            "Hakan Fidan, the Turkish foreign minister, told reporters in Ankara that talks could begin within days.");

        var person = Single(article, EntityKinds.Person, "Hakan Fidan");
        Assert.Equal(new[] { "the Turkish foreign minister" }, person.Roles);
    }

    [Fact]
    public void English_apposition_role_runs_to_the_closing_comma()
    {
        var article = Page.Extract(
            "Cholera vaccines arrive in Kano",
            "Musa Bello, a senior health ministry official, said that the first doses would go to children.");

        Assert.Equal(new[] { "a senior health ministry official" }, Single(article, EntityKinds.Person, "Musa Bello").Roles);
    }

    [Fact]
    public void The_byline_author_is_a_person_mention_at_the_byline()
    {
        var arabic = Page.Extract(
            "قافلة مساعدات سعودية تعبر الحدود",
            "بقلم سلمى الخطيب",
            "وعبرت قافلة مساعدات غذائية متجهة إلى العراق منفذ عرعر الحدودي صباح الاثنين.");
        var english = Page.Extract(
            "France urges calm after border clashes",
            "By Sarah Collins",
            "France said on Monday that it would send medical aid to the border towns.");

        var author = Single(arabic, EntityKinds.Person, "سلمى الخطيب");
        Assert.Equal((2, 6), (author.Line, author.Span.StartColumn));
        Assert.Empty(author.Roles);
        var writer = Single(english, EntityKinds.Person, "Sarah Collins");
        Assert.Equal((2, 4), (writer.Line, writer.Span.StartColumn));
    }

    // Organisations.

    [Theory]
    [InlineData("وأعلنت قوات سوريا الديمقراطية (قسد) انسحابها من ثلاث بلدات في ريف الرقة.")]
    [InlineData("وأعلنت «قوات سوريا الديمقراطية» (قسد) انسحابها من ثلاث بلدات في ريف الرقة.")]
    [InlineData("وأعلنت قوات سوريا الديمقراطية “قسد” انسحابها من ثلاث بلدات في ريف الرقة.")]
    public void An_acronym_whose_initials_spell_the_words_before_it_names_that_organisation(string line)
    {
        var article = Page.Extract("انسحاب من ريف الرقة الشرقي", line);

        var name = Single(article, EntityKinds.Organization, "قوات سوريا الديمقراطية");
        Assert.Equal("قسد", name.Acronym);
        var acronym = Single(article, EntityKinds.Organization, "قسد");
        Assert.Equal("قوات سوريا الديمقراطية", acronym.Name);
        Assert.Equal(Column(line, "قسد"), acronym.Span.StartColumn);
        // Nested mentions do not overlap: سوريا inside the organisation's name is no place.
        Assert.DoesNotContain(article.Mentions, m => m.Text == "سوريا");
        AssertNoOverlap(article);
    }

    [Fact]
    public void An_English_acronym_in_brackets_names_the_capitalized_words_before_it()
    {
        var article = Page.Extract(
            "Fighting spreads in Sudan's capital",
            "The Rapid Support Forces (RSF) said they had taken control of the airport in Khartoum.",
            "The RSF later denied that its fighters had attacked civilians in the city.");

        Assert.Equal("RSF", Single(article, EntityKinds.Organization, "Rapid Support Forces").Acronym);
        var repeats = article.Mentions.Where(m => m.Text == "RSF").ToList();
        Assert.Equal(new[] { 2, 3 }, repeats.Select(m => m.Line));
        Assert.All(repeats, m => Assert.Equal("Rapid Support Forces", m.Name));
    }

    [Fact]
    public void Words_in_brackets_whose_initials_do_not_spell_them_are_no_acronym()
    {
        var article = Page.Extract(
            "Aid groups warn of famine",
            "Doctors Without Borders (MSF) said its teams had treated hundreds of children in the camp.");

        Assert.DoesNotContain(article.Mentions, m => m.Acronym is not null);
    }

    [Fact]
    public void Names_in_marks_after_an_organisation_noun_are_organisations()
    {
        var arabic = Page.Extract(
            "الأحزاب تشارك في حملة التوعية",
            "وشاركت حركة «النهضة» وحزب \"العمل الوطني\" في حملة التوعية إلى جانب منظمات المجتمع المدني.",
            "ونظمت منظمة \"أطباء بلا حدود\" حملة تطعيم في القرى المجاورة.");
        var english = Page.Extract(
            "Protest outside the embassy",
            "Supporters of the party \"Reform UK\" gathered outside the embassy in London on Saturday.");

        Single(arabic, EntityKinds.Organization, "النهضة");
        Single(arabic, EntityKinds.Organization, "العمل الوطني");
        Single(arabic, EntityKinds.Organization, "أطباء بلا حدود");
        Single(english, EntityKinds.Organization, "Reform UK");
        Single(english, EntityKinds.Place, "London");
        Assert.Empty(arabic.Quotes);
    }

    [Fact]
    public void An_organisation_head_takes_its_office_place_and_adjectives_of_origin()
    {
        var article = Page.Extract(
            "ترحيب عربي بالاتفاق",
            "وأصدرت وزارة الخارجية السعودية بياناً رحبت فيه بالاتفاق الموقع بين الجانبين.",
            "وأصدرت الحكومة السورية والحكومة العراقية بياناً مشتركاً حول أمن الحدود.",
            "وسلط التحالف الدولي الضوء على جهود إعادة الإعمار في المناطق المحررة.");

        Single(article, EntityKinds.Organization, "وزارة الخارجية السعودية");
        Single(article, EntityKinds.Organization, "الحكومة السورية");
        var second = Single(article, EntityKinds.Organization, "الحكومة العراقية"); // والحكومة: the و is not part of it
        Assert.Equal("الحكومة العراقية", second.Name);
        Single(article, EntityKinds.Organization, "التحالف الدولي"); // الضوء is the verb's object, not the name
        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Place && m.Text == "السعودية");
        AssertNoOverlap(article);
    }

    [Fact]
    public void English_capitalized_runs_with_an_organisation_head_are_organisations()
    {
        var article = Page.Extract(
            "Cholera cases rise in the north",
            "Officials at the Health Ministry said that the Ministry of Health in Abuja had sent vaccines.");

        Single(article, EntityKinds.Organization, "Health Ministry");
        Single(article, EntityKinds.Organization, "Ministry of Health");
    }

    [Fact]
    public void A_sentence_initial_The_is_not_part_of_an_organisations_name()
    {
        var article = Page.Extract(
            "Cholera cases rise in the north",
            "The Health Ministry said on Monday that 40 new cases had been recorded in the north.");

        Single(article, EntityKinds.Organization, "Health Ministry");
    }

    [Fact]
    public void An_acronyms_expansion_wins_over_a_shorter_organisation_phrase_inside_it()
    {
        var article = Page.Extract(
            "هجوم على حاجز أمني قرب دير الزور",
            "وتبنى تنظيم الدولة الإسلامية في العراق والشام (داعش) الهجوم الذي استهدف الحاجز فجر الأحد.");

        Assert.Equal("داعش", Assert.Single(article.Mentions, m => m.Text.EndsWith("العراق والشام", StringComparison.Ordinal)).Acronym);
        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Place && m.Text == "العراق");
    }

    [Fact]
    public void An_English_organisation_with_a_possessive_is_one_organisation()
    {
        var article = Page.Extract(
            "Kurdish militants announce ceasefire",
            "The Kurdistan Workers' Party said on Saturday that it would lay down its arms.");

        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Place && m.Text == "Kurdistan");
        Assert.Contains(article.Mentions, m => m.Kind == EntityKinds.Organization && m.Text.Contains("Workers", StringComparison.Ordinal));
    }

    // Places.

    [Fact]
    public void Gazetteer_places_are_found_without_their_proclitic_and_with_all_their_words()
    {
        const string Line = "وعقد الاجتماع بالرياض بحضور وفد رفيع للعراق ووفد من لبنان وسوريا لبحث الوضع في الضفة الغربية.";
        var article = Page.Extract("اجتماع خليجي لبحث أمن المنطقة", Line);

        var riyadh = Single(article, EntityKinds.Place, "الرياض");
        Assert.Equal(Column(Line, "بالرياض") + 1, riyadh.Span.StartColumn);
        Assert.Equal("العراق", Single(article, EntityKinds.Place, "للعراق").Name);
        Assert.Equal(Column(Line, "وسوريا") + 1, Single(article, EntityKinds.Place, "سوريا").Span.StartColumn);
        Single(article, EntityKinds.Place, "لبنان");
        Single(article, EntityKinds.Place, "الضفة الغربية");
        Assert.DoesNotContain(article.Mentions, m => m.Text == "الغربية");
    }

    [Fact]
    public void A_place_of_several_words_is_found_with_a_proclitic_on_its_first_word()
    {
        const string Line = "وصل الوفد إلى الضفة الغربية والولايات المتحدة بعد زيارة للولايات المتحدة استمرت يومين.";
        var article = Page.Extract("جولة إقليمية للوفد", Line);

        var places = article.Mentions.Where(m => m.Kind == EntityKinds.Place).Select(m => m.Name).ToList();
        Assert.Equal(new[] { "الضفة الغربية", "الولايات المتحدة", "الولايات المتحدة" }, places);
        Assert.DoesNotContain(article.Mentions, m => m.Text == "المتحدة");
    }

    [Fact]
    public void English_places_are_capitalized_gazetteer_entries()
    {
        var article = Page.Extract(
            "Talks resume in Riyadh",
            "Families ate roast turkey and rice while officials from Damascus and Saudi Arabia watched the talks.");

        Single(article, EntityKinds.Place, "Riyadh");
        Single(article, EntityKinds.Place, "Damascus");
        Single(article, EntityKinds.Place, "Saudi Arabia");
        Assert.DoesNotContain(article.Mentions, m => m.Text == "turkey");
    }

    [Fact]
    public void The_word_after_a_place_noun_is_a_place_even_when_not_listed()
    {
        var article = Page.Extract(
            "قافلة مساعدات تصل إلى الشمال السوري",
            "وانطلقت القافلة من بلدة كفرنبل باتجاه مدينة إدلب صباح السبت.");

        Single(article, EntityKinds.Place, "كفرنبل");
        Single(article, EntityKinds.Place, "إدلب");
    }

    [Fact]
    public void A_listed_place_of_two_words_after_a_place_noun_keeps_both()
    {
        var article = Page.Extract(
            "هجوم على حاجز أمني في الشرق",
            "واستهدف الهجوم حاجزاً أمنياً قرب مدينة دير الزور فجر الأحد.");

        Single(article, EntityKinds.Place, "دير الزور");
    }

    [Fact]
    public void An_adjective_of_origin_is_no_place()
    {
        var article = Page.Extract(
            "الخارجية السورية تستقبل وفداً تركياً في دمشق",
            "واستقبل وزير الخارجية أسعد الشيباني الوفد في العاصمة دمشق لبحث ملف الحدود.");

        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Place && m.Text.StartsWith("ترك", StringComparison.Ordinal));
    }

    // Later mentions of what the article has named.

    [Fact]
    public void A_family_name_later_or_in_the_headline_is_the_person_named_in_full()
    {
        var article = Page.Extract(
            "الصفدي يحذر من تصعيد جديد في الضفة الغربية",
            "وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترفض أي تصعيد في الضفة الغربية.",
            "وأضاف الصفدي أن الأردن سيواصل اتصالاته مع الأطراف الدولية لوقف التصعيد.");

        var mentions = article.Mentions.Where(m => m.Kind == EntityKinds.Person).ToList();
        Assert.Equal(new[] { "الصفدي", "أيمن الصفدي", "الصفدي" }, mentions.Select(m => m.Text));
        Assert.Equal(new[] { 1, 2, 3 }, mentions.Select(m => m.Line));
        Assert.All(mentions, m => Assert.Equal("أيمن الصفدي", m.Name));
    }

    [Fact]
    public void An_English_surname_later_is_the_person_named_in_full()
    {
        var article = Page.Extract(
            "Turkey offers to mediate in Sudan",
            "Foreign Minister Hakan Fidan said on Monday that Turkey was ready to mediate between the two sides.",
            "Fidan added that the Ministry of Health had sent two aircraft with medical supplies.");

        var later = Single(article, EntityKinds.Person, "Fidan");
        Assert.Equal("Hakan Fidan", later.Name);
        Assert.Equal(3, later.Line);
    }

    [Fact]
    public void An_acronym_later_in_the_article_is_the_organisation_it_abbreviates()
    {
        var article = Page.Extract(
            "انسحاب من ريف الرقة الشرقي",
            "وأعلنت قوات سوريا الديمقراطية (قسد) انسحابها من ثلاث بلدات في ريف الرقة.",
            "وقالت مصادر محلية إن قسد سلمت المواقع إلى وحدات الجيش السوري صباح الأحد.");

        var later = Assert.Single(article.Mentions, m => m.Text == "قسد" && m.Line == 3);
        Assert.Equal(EntityKinds.Organization, later.Kind);
        Assert.Equal("قوات سوريا الديمقراطية", later.Name);
        Single(article, EntityKinds.Organization, "الجيش السوري");
    }

    [Fact]
    public void A_family_name_followed_by_an_adjective_is_a_common_noun()
    {
        var article = Page.Extract(
            "الأجهزة الأمنية في حالة جاهزية",
            "وقال رئيس جهاز الاستخبارات العامة، حسين السلامة، إن الأجهزة الأمنية في حالة جاهزية.",
            "وأضاف السلامة أن حملة السلامة العامة ستشمل جميع الطرق الرئيسية في البلاد.");

        var people = article.Mentions.Where(m => m.Kind == EntityKinds.Person).ToList();
        Assert.Equal(new[] { "حسين السلامة", "السلامة" }, people.Select(m => m.Text));
        Assert.Equal(new[] { 2, 3 }, people.Select(m => m.Line));
        Assert.Equal(new[] { "رئيس جهاز الاستخبارات العامة" }, people[0].Roles);
    }

    // Traps.

    [Fact]
    public void A_title_followed_by_a_future_verb_is_no_person()
    {
        var article = Page.Extract(
            "ملف المياه على طاولة المباحثات",
            "وقال مكتب رئيس الوزراء إن رئيس الوزراء سيزور بغداد الأسبوع المقبل لبحث ملف المياه.");

        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Person);
        Single(article, EntityKinds.Place, "بغداد");
    }

    [Theory]
    [InlineData("الرئيس السوري يستقبل وفداً أوروبياً في دمشق")]
    [InlineData("المبعوث الأميركي يزور أربيل")]
    [InlineData("يلتقي وزير الخارجية نظيره العراقي في بغداد")]
    [InlineData("مدير المستشفى يتحدث للصحفيين عن أعداد الجرحى")]
    public void A_title_followed_by_a_verb_or_a_common_noun_is_no_person(string headline)
    {
        var article = Page.Extract(headline, "وتأتي الزيارة في إطار جولة إقليمية تشمل عدة عواصم عربية.");

        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Person);
    }

    [Fact]
    public void A_prepositional_word_after_a_title_is_no_name()
    {
        var article = Page.Extract(
            "سوريا تنضم رسمياً إلى التحالف الدولي",
            "وأصبحت سوريا العضو التسعين في التحالف الدولي لهزيمة داعش بعد توقيع الاتفاق في واشنطن.");

        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Person);
        Assert.Contains(article.Mentions, m => m.Kind == EntityKinds.Organization && m.Text == "التحالف الدولي" && m.Line == 2);
    }

    [Theory]
    [InlineData("وأعلنت الخارجية السورية أن سوريا أصبحت العضو التسعين في التحالف الدولي لهزيمة داعش.")]
    [InlineData("وبذلك أصبحت الدولة العضو التسعين في التحالف الدولي لهزيمة «داعش» الذي تقوده واشنطن.")]
    public void A_prepositional_phrase_after_a_title_at_a_sentences_end_is_no_name(string line)
    {
        var article = Page.Extract("سوريا تنضم رسمياً إلى التحالف الدولي", line);

        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Person);
    }

    [Fact]
    public void A_name_ends_before_a_prepositional_word()
    {
        var article = Page.Extract(
            "الحكومة الأردنية ترحب بنتائج الاجتماع",
            "ورحب رئيس الوزراء الأردني جعفر حسان بنتائج الاجتماع الثلاثي الذي عقد في عمان.");

        Single(article, EntityKinds.Person, "جعفر حسان");
    }

    [Fact]
    public void A_name_ends_before_the_verbs_object()
    {
        var article = Page.Extract(
            "لقاء مع العشائر في دير الزور",
            "والتقى السفير الأمريكي لدى تركيا توم برَّاك وجهاء العشائر في مدينة دير الزور يوم السبت.");

        Single(article, EntityKinds.Person, "توم برَّاك");
        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Person && m.Text == "العشائر");
    }

    [Fact]
    public void The_given_name_Amin_after_a_role_starts_the_name()
    {
        var article = Page.Extract(
            "الأردن يرفض التهجير",
            "وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترفض التهجير.",
            "وقال مدير المكتب أمين الصفدي إن الطلبات ستدرس خلال أسبوع.");

        var amin = Single(article, EntityKinds.Person, "أمين الصفدي");
        Assert.Equal(new[] { "مدير المكتب" }, amin.Roles);
    }

    [Fact]
    public void Mentions_never_overlap_and_each_is_where_its_text_is()
    {
        string[] lines =
        {
            "لقاء بين قائد قسد والمبعوث الأميركي",
            "والتقى قائد «قوات سوريا الديمقراطية» (قسد) مظلوم عبدي بالمبعوث الأميركي الخاص إلى سوريا توم باراك في مدينة الحسكة.",
            "وبحث الجانبان مع وزارة الخارجية السورية ترتيبات دمج قوات سوريا الديمقراطية في الجيش السوري.",
        };
        var article = Page.Extract(lines);
        var text = Page.Of(lines);

        AssertNoOverlap(article);
        Assert.All(article.Mentions, m => Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length)));
        var abdi = Single(article, EntityKinds.Person, "مظلوم عبدي");
        Assert.Equal(new[] { "قائد «قوات سوريا الديمقراطية» (قسد)" }, abdi.Roles);
        Single(article, EntityKinds.Person, "توم باراك");
        Single(article, EntityKinds.Organization, "وزارة الخارجية السورية");
        var organisations = article.Mentions.Where(m => m.Kind == EntityKinds.Organization && m.Text == "قوات سوريا الديمقراطية").ToList();
        Assert.Equal(new[] { 2, 3 }, organisations.Select(m => m.Line));
        // The only place سوريا is the one in the envoy's role, not the one inside the organisation's name.
        var syria = Assert.Single(article.Mentions, m => m.Kind == EntityKinds.Place && m.Text == "سوريا");
        Assert.Equal((2, Column(lines[1], "سوريا توم")), (syria.Line, syria.Span.StartColumn));
        Assert.Contains(article.Mentions, m => m.Kind == EntityKinds.Place && m.Text == "الحسكة" && m.Line == 2);
    }

    // Words that look like names in those places and are not (found by the cross-source check tests).

    [Fact]
    public void A_number_after_a_role_word_is_no_person()
    {
        var article = Page.Extract("سوريا تنضم إلى التحالف", "وأعلن التحالف انضمام سوريا بوصفها العضو رقم تسعين في التحالف الدولي.");

        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Person);
    }

    [Theory]
    [InlineData("وقال إن انضمام سوريا إلى التحالف خطوة مهمة لأمن المنطقة كلها.", "كلها")]
    [InlineData("وعمت الاحتجاجات المدينة بأكملها منذ الصباح.", "بأكملها")]
    public void An_emphatic_word_after_a_place_noun_is_no_place(string line, string word)
    {
        var article = Page.Extract("خبر عن المنطقة", line);

        Assert.DoesNotContain(article.Mentions, m => m.Text == word);
    }

    [Theory]
    [InlineData("وقال صيادون محليون إن الأمواج ارتفعت إلى مستويات غير مسبوقة.")]
    [InlineData("وقال دبلوماسيون غربيون إن المحادثات ستستأنف الأسبوع المقبل.")]
    public void Plural_nouns_that_speak_are_a_group_not_a_person(string line)
    {
        var article = Page.Extract("خبر", line);

        Assert.DoesNotContain(article.Mentions, m => m.Kind == EntityKinds.Person);
        Assert.Equal(SpeakerKinds.Source, Assert.Single(article.Quotes).Speaker!.Kind);
    }

    [Fact]
    public void A_family_name_that_is_a_number_word_stays_in_the_name()
    {
        var article = Page.Extract("أمير قطر يستقبل وفدا", "واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني وفدا من رجال الأعمال.");

        Assert.Contains(article.Mentions, m => m.Kind == EntityKinds.Person && m.Text.EndsWith("آل ثاني", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("State Special Relief Commissioner Maria Okonjo said the injured had been taken to four hospitals.", "Maria Okonjo", "State Special Relief Commissioner")]
    [InlineData("Deputy Police Commissioner Daniel Mwangi said the road would stay closed until Monday.", "Daniel Mwangi", "Deputy Police Commissioner")]
    public void Capitalized_words_between_two_titles_are_the_roles_and_the_name_follows_the_last(string line, string name, string role)
    {
        var article = Page.Extract("Flood relief reaches the coast", line);

        var person = Assert.Single(article.Mentions, m => m.Kind == EntityKinds.Person);
        Assert.Equal(name, person.Text);
        Assert.Equal(new[] { role }, person.Roles);
    }

    [Fact]
    public void A_given_name_after_a_title_starts_the_name_even_before_another_title()
    {
        // King is a title too, but Angus, a given name, starts the name.
        var article = Page.Extract("Senate vote delayed", "Senator Angus King said the vote would be delayed by a week.");

        var person = Assert.Single(article.Mentions, m => m.Kind == EntityKinds.Person);
        Assert.Equal("Angus King", person.Text);
        Assert.Equal(new[] { "Senator" }, person.Roles);
    }
}
