using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Recognize.Facts;

// The model's kinds and statuses, not the typed API's of the same name (CorpusSdk.FactKind), which this namespace sees first.
using FactKind = CorpusSdk.Extraction.Model.FactKind;

/// <summary>
/// The frame of a number (Recognize/Facts/FrameLexicon, FrameFinder): what it counts or measures, whatever words a
/// source uses, in Arabic or English, as the article model exports it (<see cref="FactMention.Frame"/>, Unit, Entity,
/// Bound). Sentences written for the tests: invented towns, people and numbers.
/// </summary>
public class FrameTests
{
    internal static ArticleModel Extract(string sentence)
    {
        var latin = sentence.Any(c => c is >= 'a' and <= 'z');
        var text = (latin ? "Report from the region\n\nMonday 2 March 2026\n\n" : "خبر من المنطقة\n\nالإثنين 2 مارس 2026\n\n") + sentence + "\n";
        return ArticleExtractor.Extract("a.txt", text);
    }

    internal static FactMention[] Numbers(string sentence) => Extract(sentence).Facts.Where(f => f.Kind == FactKind.Number).ToArray();

    /// <summary>The one number fact of the sentence.</summary>
    internal static FactMention Number(string sentence) => Assert.Single(Numbers(sentence));

    [Theory]
    // English deaths: a verb before or after, an adjective, the toll as head noun.
    [InlineData("A bus overturned near Varnholt on the mountain road, killing 12 people, police said.", "12")]
    [InlineData("Police said 12 people were killed when the bus overturned near Varnholt.", "12")]
    [InlineData("The death toll from the bus crash rose to 12.", "12")]
    [InlineData("The crash on the mountain road left 12 dead.", "12")]
    [InlineData("Twelve people died when the bus left the mountain road.", "12")]
    // Arabic deaths: مقتل before, قتيلا after, وفاة, لقي … حتفهم, the toll (حصيلة) from further away.
    [InlineData("أسفر انقلاب الحافلة على الطريق الجبلي عن مقتل 12 شخصا.", "12")]
    [InlineData("خلف انقلاب الحافلة على الطريق الجبلي 12 قتيلا.", "12")]
    [InlineData("أعلنت الشرطة وفاة 12 في انقلاب الحافلة.", "12")]
    [InlineData("لقي 12 شخصا حتفهم في انقلاب الحافلة على الطريق الجبلي.", "12")]
    [InlineData("وبلغت حصيلة ضحايا انقلاب الحافلة على الطريق الجبلي 12 شخصا.", "12")]
    public void A_death_toll_is_the_deaths_frame_in_every_wording(string sentence, string value)
    {
        var fact = Number(sentence);
        Assert.Equal(("deaths", value, "frame:deaths"), (fact.Frame, fact.Value, fact.SubjectKey));
        Assert.Null(fact.Unit);
        Assert.Null(fact.Entity);
        Assert.Equal(ValueBound.Exact, fact.Bound);
    }

    [Theory]
    [InlineData("The blast tore through the market, injuring 30 people.", "injured", "30")]
    [InlineData("خلف الانفجار في سوق المدينة 30 جريحا.", "injured", "30")]
    [InlineData("أصيب 30 شخصا بجروح في الانفجار.", "injured", "30")]
    [InlineData("Rescuers said 15 people were still missing after the flood.", "missing", "15")]
    [InlineData("وما زال 15 شخصا في عداد المفقودين بعد الفيضان.", "missing", "15")]
    [InlineData("Police arrested 25 people after the protest in the square.", "arrested", "25")]
    [InlineData("Police detained 14 suspects after the protest.", "arrested", "14")]
    [InlineData("The floods displaced 4000 people in the valley.", "displaced", "4000")]
    [InlineData("قالت السلطات إنه تم إجلاء 200 شخص من الحي.", "evacuated", "200")]
    [InlineData("Officials evacuated 200 residents from the district.", "evacuated", "200")]
    [InlineData("Divers rescued 35 passengers from the ferry.", "rescued", "35")]
    [InlineData("وأشار إلى أن القاعة تتسع لـ300 شخص.", "capacity", "300")]
    [InlineData("The new stadium can accommodate 60000 people.", "capacity", "60000")]
    [InlineData("The final drew a crowd of 45000 spectators.", "attendance", "45000")]
    [InlineData("The ceremony was attended by 500 guests.", "attendance", "500")]
    public void Each_count_frame_is_recognized_in_either_language(string sentence, string frame, string value)
    {
        var fact = Number(sentence);
        Assert.Equal((frame, value, "frame:" + frame), (fact.Frame, fact.Value, fact.SubjectKey));
    }

    [Fact]
    public void A_sentence_with_a_killed_and_an_injured_count_keeps_each_in_its_own_frame_in_Arabic_when_وأصيب_opens_the_clause()
    {
        var facts = Numbers("قتل خمسة أشخاص وأصيب 30 آخرون في الانفجار.");

        Assert.Equal(new[] { ("deaths", "5"), ("injured", "30") }, facts.Select(f => (f.Frame!, f.Value!)));
    }

    [Theory]
    [InlineData("The quake struck 80 km north of Tervola on Sunday.", "80", "Tervola")]
    [InlineData("The quake struck about 250 kilometres southwest of Tervola.", "250", "Tervola")]
    [InlineData("The train stopped 220 kilometers (137 miles) south of Tervola.", "220", "Tervola")]
    [InlineData("وقع الزلزال على بعد 80 كيلومترا شمال الموصل.", "80", "الموصل")]
    [InlineData("ضرب الزلزال على بعد 80 كلم جنوب بغداد.", "80", "بغداد")]
    [InlineData("وقع الانفجار على بعد 80 كلم من بغداد.", "80", "بغداد")]
    public void A_distance_is_in_km_and_belongs_to_the_place_it_is_measured_from(string sentence, string value, string place)
    {
        var fact = Assert.Single(Numbers(sentence), f => f.Value == value);
        Assert.Equal(("distance", "km", place), (fact.Frame, fact.Unit, fact.Entity));
        Assert.StartsWith("frame:distance|", fact.SubjectKey, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Distances_from_two_places_have_two_subject_keys_and_a_distance_from_nowhere_has_none()
    {
        var tervola = Number("The quake struck 80 km north of Tervola.");
        var orsk = Number("The quake struck 80 km north of Halvik.");
        var nowhere = Number("The convoy drove 80 km before it stopped.");

        Assert.NotEqual(tervola.SubjectKey, orsk.SubjectKey);
        Assert.Equal(("frame:distance", null), (nowhere.SubjectKey, nowhere.Entity));
    }

    [Theory]
    [InlineData("The quake struck at a depth of 10 km, the survey said.")]
    [InlineData("ضرب الزلزال على عمق 10 كلم تحت سطح الأرض.")]
    public void A_length_after_a_depth_word_is_a_depth_not_a_distance(string sentence)
    {
        var fact = Number(sentence);
        Assert.Equal(("depth", "km", "frame:depth", null), (fact.Frame, fact.Unit, fact.SubjectKey, fact.Entity));
    }

    [Fact]
    public void A_depth_and_a_distance_in_one_sentence_are_each_their_own_frame()
    {
        var facts = Numbers("The quake struck at a depth of 10 kilometres, 80 km north of Tervola.");

        Assert.Equal(new[] { ("depth", "10", (string?)null), ("distance", "80", "Tervola") }, facts.Select(f => (f.Frame!, f.Value!, f.Entity)));
    }

    [Fact]
    public void A_length_with_deep_after_it_is_a_depth()
    {
        Assert.Equal("depth", Number("The quake was 10 km deep.").Frame);
    }

    [Theory]
    [InlineData("The wildfire near Varnholt has burned 4,500 hectares of forest.", "4500", "ha")]
    [InlineData("The flood covered more than 120 square kilometres of farmland near Varnholt.", "120", "km²")]
    [InlineData("The fire destroyed 40 sq km of forest around Varnholt.", "40", "km²")]
    [InlineData("أتت النيران على 300 هكتار من الغابات قرب بلدة العين.", "300", "ha")]
    [InlineData("غمرت المياه نحو 25 كيلومترا مربعا من الأراضي الزراعية قرب بلدة العين.", "25", "km²")]
    public void An_area_is_the_area_frame_in_its_unit_and_a_square_length_is_no_distance(string sentence, string value, string unit)
    {
        var fact = Number(sentence);
        Assert.Equal(("area", value, unit, "frame:area", (string?)null), (fact.Frame, fact.Value, fact.Unit, fact.SubjectKey, fact.Entity));
    }

    [Theory]
    [InlineData("A magnitude 6.1 earthquake struck the region on Sunday.")]
    [InlineData("The quake measured 6.1 on the Richter scale.")]
    [InlineData("ضرب زلزال بقوة 6.1 درجات على مقياس ريختر المنطقة الجبلية.")]
    public void A_magnitude_is_the_magnitude_frame(string sentence)
    {
        var fact = Number(sentence);
        Assert.Equal(("magnitude", "6.1", "frame:magnitude"), (fact.Frame, fact.Value, fact.SubjectKey));
    }

    [Theory]
    [InlineData("Helena Marsh, 52, a nurse at the hospital, said she heard the blast.", "Helena Marsh", "frame:age|marsh")]
    [InlineData("The 52-year-old teacher Helena Marsh said she heard the blast.", "Helena Marsh", "frame:age|marsh")]
    [InlineData("قال المواطن سامر خليل، البالغ من العمر 52 عاما، إنه سمع الانفجار.", "سامر خليل", "frame:age|خليل")]
    public void An_age_belongs_to_the_person_it_follows_keyed_by_the_family_name(string sentence, string person, string key)
    {
        var fact = Number(sentence);
        Assert.Equal(("age", "52", person, key), (fact.Frame, fact.Value, fact.Entity, fact.SubjectKey));
    }

    [Fact]
    public void An_Arabic_age_without_commas_belongs_to_the_person_not_to_البالغ()
    {
        var fact = Number("قال المواطن سامر خليل البالغ من العمر 52 عاما إنه سمع الانفجار.");
        Assert.Equal(("سامر خليل", "frame:age|خليل"), (fact.Entity, fact.SubjectKey));
    }

    [Theory]
    [InlineData("أعلنت الوزارة، اليوم الإثنين، نتائج التحقيق في انقلاب الحافلة.", "2026-03-02")]
    [InlineData("كشفت اللجنة، أمس الأحد، نتائج التحقيق في انقلاب الحافلة.", "2026-03-01")]
    [InlineData("The ministry announced on Sunday that the mountain road would reopen.", "2026-03-01")]
    public void The_day_of_an_announcement_is_a_statement_date_not_the_date_of_an_event(string sentence, string day)
    {
        var article = Extract(sentence);
        var date = Assert.Single(article.Facts, f => f.Kind == FactKind.Date);
        Assert.Equal(("statement", "frame:statement", day), (date.Frame, date.SubjectKey, date.Value));
        Assert.DoesNotContain(article.Facts, f => f.Kind == FactKind.Number);
    }

    // ----- one sentence, several numbers -----

    [Theory]
    [InlineData("The attack on the checkpoint killed 10 and injured 20 others.")]
    [InlineData("The attack on the checkpoint killed 10 people and wounded 20.")]
    public void Killed_10_and_injured_20_keeps_each_number_in_its_own_frame(string sentence)
    {
        Assert.Equal(new[] { ("deaths", "10"), ("injured", "20") }, Numbers(sentence).Select(f => (f.Frame!, f.Value!)));
    }

    [Fact]
    public void Forty_killed_and_120_injured_in_Arabic_keeps_each_number_in_its_own_frame()
    {
        Assert.Equal(new[] { ("deaths", "40"), ("injured", "120") },
            Numbers("أسفر الهجوم على الحاجز عن سقوط 40 قتيلا و120 جريحا.").Select(f => (f.Frame!, f.Value!)));
    }

    // ----- near misses -----

    [Theory]
    [InlineData("It was one of the deadliest crashes on the mountain road.")]
    [InlineData("Officials had earlier said 30 had died in the fire.")]
    [InlineData("وكانت السلطات قد أعلنت سابقا 30 قتيلا في الحريق.")]
    public void A_superlative_or_a_past_value_is_no_framed_fact(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Facts, f => f.Frame is not null && f.Kind == FactKind.Number);
    }

    [Fact]
    public void A_conversion_in_brackets_after_a_length_is_no_fact_of_its_own()
    {
        var fact = Number("The train stopped 220 kilometers (137 miles) south of Tervola.");
        Assert.Equal("220", fact.Value);
    }

    [Theory]
    [InlineData("Officials said 40 people gathered in the square.", "people")]
    [InlineData("The company built 40 houses in the village.", "house")]
    [InlineData("شارك 40 طالبا في المسابقة.", "طالب")]
    public void A_number_next_to_a_generic_noun_stays_unframed_and_counts_that_noun(string sentence, string key)
    {
        var fact = Number(sentence);
        Assert.Null(fact.Frame);
        Assert.Equal(key, fact.SubjectKey);
        Assert.DoesNotContain(FactLexiconPrefix, fact.SubjectKey, System.StringComparison.Ordinal);
    }

    private const string FactLexiconPrefix = "frame:";

    [Fact]
    public void A_cue_beyond_a_conjunction_names_the_other_number_not_this_one()
    {
        // "and" ends the clause: 40 students is not the injured.
        var facts = Numbers("The school hosted 40 students and an accident injured 3 of them.");
        Assert.Contains(facts, f => f.Value == "40" && f.Frame is null);
        Assert.Contains(facts, f => f.Value == "3" && f.Frame == "injured");
    }

    [Fact]
    public void The_new_value_of_a_toll_that_rose_from_one_number_to_another_is_the_deaths()
    {
        var fact = Number("The death toll rose from 12 to 15.");
        Assert.Equal(("deaths", "15", true), (fact.Frame, fact.Value, fact.Update));
    }

    [Fact]
    public void A_distance_from_the_town_of_a_place_belongs_to_that_place()
    {
        Assert.Equal("Tervola", Number("The quake struck 80 km north of the town of Tervola.").Entity);
        Assert.Equal("الرمادي", Number("وقع الانفجار على بعد 80 كلم جنوب مدينة الرمادي.").Entity);
    }
}
