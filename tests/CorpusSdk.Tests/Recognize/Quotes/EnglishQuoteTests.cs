using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Tests.Extraction.Segmentation;

namespace CorpusSdk.Tests.Recognize.Quotes;

/// <summary>English quotes, one pattern a test, on articles written for the tests. Line 1 is the headline.</summary>
public class EnglishQuoteTests
{
    [Fact]
    public void Quote_then_name_and_said_is_a_direct_quote_with_role_and_name_and_date()
    {
        var quote = Assert.Single(Page.Extract(
            "Governor vows to rebuild flooded schools",
            "Wednesday 11 March 2026",
            "“We will rebuild every school that the water took,” Governor Amina Bello said on Tuesday.").Quotes);

        Assert.Equal(QuoteKinds.Direct, quote.Kind);
        Assert.Equal("We will rebuild every school that the water took,", quote.Text);
        Assert.Equal("Amina Bello", quote.Speaker!.Name);
        Assert.Equal("Governor", quote.Speaker.Role);
        Assert.Equal("2026-03-10", quote.Date?.ToIso());
    }

    [Fact]
    public void Said_then_name_and_apposition_after_a_quote()
    {
        var quote = Assert.Single(Page.Extract(
            "Engineers declare the old bridge safe",
            "\"The bridge is safe for cars and for lorries,\" said Tom Okafor, the state's chief engineer.").Quotes);

        Assert.Equal("Tom Okafor", quote.Speaker!.Name);
        Assert.Equal("the state's chief engineer", quote.Speaker.Role);
    }

    [Fact]
    public void Titled_name_said_that_is_indirect_speech()
    {
        var quote = Assert.Single(Page.Extract(
            "Outbreak under control, minister says",
            "Health Minister Sara Lind said on Monday that the outbreak was under control in all provinces.").Quotes);

        Assert.Equal(QuoteKinds.Indirect, quote.Kind);
        Assert.Equal("the outbreak was under control in all provinces", quote.Text);
        Assert.Equal("Sara Lind", quote.Speaker!.Name);
        Assert.Equal("Health Minister", quote.Speaker.Role);
    }

    [Fact]
    public void Said_with_no_that_is_indirect_speech_by_a_source()
    {
        var quote = Assert.Single(Page.Extract(
            "Death toll from mine collapse may rise",
            "Officials said the toll could rise as rescuers reach the lower galleries.").Quotes);

        Assert.Equal("the toll could rise as rescuers reach the lower galleries", quote.Text);
        Assert.Equal(SpeakerKinds.Source, quote.Speaker!.Kind);
    }

    [Fact]
    public void A_trailing_attribution_reports_the_words_before_it()
    {
        var quote = Assert.Single(Page.Extract(
            "Mine collapse kills miners in the north",
            "The toll rose to 40 on Sunday, police said.").Quotes);

        Assert.Equal("The toll rose to 40 on Sunday", quote.Text);
        Assert.Equal("police", quote.Speaker!.Text);
        Assert.Equal(SpeakerKinds.Organization, quote.Speaker.Kind);
    }

    [Fact]
    public void According_to_attributes_the_sentence_to_the_source()
    {
        var quote = Assert.Single(Page.Extract(
            "Fuel prices climb for third week",
            "Fuel prices rose by five percent in the past week, according to the energy regulator.").Quotes);

        Assert.Equal("Fuel prices rose by five percent in the past week", quote.Text);
        Assert.Equal("the energy regulator", quote.Speaker!.Text);
    }

    [Fact]
    public void A_pronoun_continues_the_previous_speaker()
    {
        var article = Page.Extract(
            "Talks on water rights to resume",
            "Foreign Minister Jean-Paul Marchand said the talks had been difficult but useful.",
            "He added that negotiators would meet again in Geneva next month.");

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("Jean-Paul Marchand", article.Quotes[1].Speaker!.Name);
        Assert.Equal(SpeakerResolutions.Continuation, article.Quotes[1].Speaker!.Resolution);
        Assert.Equal("negotiators would meet again in Geneva next month", article.Quotes[1].Text);
    }

    [Fact]
    public void Surname_alone_is_the_earlier_named_speaker()
    {
        var article = Page.Extract(
            "Talks on water rights to resume",
            "Foreign Minister Jean-Paul Marchand said the talks had been difficult but useful.",
            "Farmers' groups in the valley have asked to join the next round of the negotiations.",
            "Marchand said both sides had agreed to share river data every month.");

        var later = article.Quotes.Last();
        Assert.Equal("Marchand", later.Speaker!.Text);
        Assert.Equal("Jean-Paul Marchand", later.Speaker.Name);
        Assert.Equal(SpeakerResolutions.Earlier, later.Speaker.Resolution);
    }

    [Fact]
    public void Names_in_quotation_marks_are_not_quotes()
    {
        var article = Page.Extract(
            "Rebel group claims border attack",
            "Members of the group known as “Dawn Riders” met in the capital last week with envoys from \"Operation Harbour\".");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void A_few_words_in_marks_after_as_are_a_partial_quote()
    {
        var quote = Assert.Single(Page.Extract(
            "Farm plan draws criticism",
            "The minister described the plan as “a disaster for small farmers” during a visit to the region.").Quotes);

        Assert.Equal(QuoteKinds.Partial, quote.Kind);
        Assert.Equal("a disaster for small farmers", quote.Text);
        Assert.Equal("The minister", quote.Speaker!.Text);
    }

    [Fact]
    public void A_quote_reopened_on_the_next_paragraph_is_one_quote_over_both()
    {
        var article = Page.Extract(
            "Valley farmers count their losses after the flood",
            "“We have lost everything,” said Maria Lopez, a farmer from the valley. “The water came at night and rose to the roof.",
            "“By morning the house and the barn were gone.”");

        Assert.Equal(2, article.Quotes.Count);
        var spanning = article.Quotes[1];
        Assert.Equal("The water came at night and rose to the roof.\nBy morning the house and the barn were gone.", spanning.Text);
        Assert.Equal(2, spanning.Span.StartLine);
        Assert.Equal(3, spanning.Span.EndLine);
        Assert.Equal("Maria Lopez", spanning.Speaker!.Name);
    }

    [Fact]
    public void A_quote_continued_after_the_attribution_has_the_same_speaker()
    {
        var article = Page.Extract(
            "Mayor promises quick repairs",
            "“The roads will be open by Friday,” the mayor said, “and the schools a week later.”");

        Assert.Equal(2, article.Quotes.Count);
        Assert.All(article.Quotes, q => Assert.Equal("the mayor", q.Speaker!.Text));
        Assert.Equal("and the schools a week later.", article.Quotes[1].Text);
    }

    [Fact]
    public void Told_an_outlet_is_an_interview_with_it()
    {
        var quote = Assert.Single(Page.Extract(
            "Central bank chief sees slower inflation",
            "Central bank governor Ana Ruiz told Reuters that inflation would fall below four percent by the summer.").Quotes);

        Assert.Equal("interview", quote.Channel!.Kind);
        Assert.Equal("Reuters", quote.Channel.Name);
        Assert.Equal("Ana Ruiz", quote.Speaker!.Name);
    }

    [Fact]
    public void Posting_on_x_is_the_channel()
    {
        var quote = Assert.Single(Page.Extract(
            "Senator criticises budget cuts",
            "Senator Mark Hale wrote on X that the cuts would close rural clinics across the state.").Quotes);

        Assert.Equal("X", quote.Channel!.Display);
        Assert.Equal("Mark Hale", quote.Speaker!.Name);
    }

    [Fact]
    public void A_long_quote_with_nobody_named_gets_no_speaker()
    {
        var article = Page.Extract(
            "Posters appear overnight in the old town",
            "Posters reading \"the city belongs to those who live in it and not to investors\" appeared overnight in the old town.");
        var quote = Assert.Single(article.Quotes);

        Assert.Null(quote.Speaker);
        Assert.Contains(article.Diagnostics, d => d.Id == "CORPUS105" && d.Span == quote.Span);
    }

    [Fact]
    public void Two_speakers_in_one_paragraph()
    {
        var article = Page.Extract(
            "Strike talks end without deal",
            "Union leader Kofi Mensah said the offer was an insult, while Transport Secretary Helen Price said it was final.");

        Assert.Equal(new[] { "Kofi Mensah", "Helen Price" }, article.Quotes.Select(q => q.Speaker!.Name));
        Assert.Equal(new[] { "the offer was an insult", "it was final" }, article.Quotes.Select(q => q.Text));
    }

    [Theory]
    [InlineData("The claims that the election was rigged have been rejected by every court in the country.")]
    [InlineData("Voters remember his promise that taxes would not rise during his term in office.")]
    [InlineData("The agency issued a warning that the storm would hit the coast within two days.")]
    public void Nouns_spelled_like_speech_verbs_are_no_cue(string sentence)
    {
        Assert.Empty(Page.Extract("Storm warning issued for the coast", sentence).Quotes);
    }

    [Fact]
    public void An_inverted_attribution_without_marks_reports_the_words_before_it()
    {
        var quote = Assert.Single(Page.Extract(
            "Police report rise in the toll",
            "The toll rose to 40 overnight, said John Reed, a police spokesman.").Quotes);

        Assert.Equal("The toll rose to 40 overnight", quote.Text);
        Assert.Equal("John Reed", quote.Speaker!.Name);
        Assert.Equal("a police spokesman", quote.Speaker.Role);
    }

    [Fact]
    public void Abbreviations_end_no_sentence_and_stay_with_the_name()
    {
        var article = Page.Extract(
            "Health agency warns of outbreak",
            "\"The situation is dire,\" Dr. Tedros Adhanom Ghebreyesus, the WHO director-general, told reporters in Geneva.",
            "\"We are ready,\" said Gen. Mark Milley.");

        Assert.Equal("Tedros Adhanom Ghebreyesus", article.Quotes[0].Speaker!.Name);
        Assert.Equal("the WHO director-general", article.Quotes[0].Speaker!.Role);
        Assert.Equal("Mark Milley", article.Quotes[1].Speaker!.Name);
    }

    [Fact]
    public void A_relative_clause_is_no_speaker_and_its_verb_no_report()
    {
        var article = Page.Extract(
            "Port deal signed",
            "The deal, which officials said was worth $2.5 billion, was signed on March 3.",
            "The report, released on Tuesday, said emissions rose by 1.1% in 2023.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("emissions rose by 1.1% in 2023", quote.Text);
        Assert.Equal(SpeakerKinds.Source, quote.Speaker!.Kind);
    }

    [Theory]
    [InlineData("Foreign policy matters, the White House said.", SpeakerKinds.Organization)]
    [InlineData("Turnout was higher than expected, a spokesman for the electoral commission said.", SpeakerKinds.Person)]
    [InlineData("The New York Times reported that the talks had collapsed overnight.", SpeakerKinds.Organization)]
    public void English_speakers_are_people_by_title_and_bodies_by_their_head(string sentence, string kind)
    {
        var quote = Assert.Single(Page.Extract("Talks collapse after long night", sentence).Quotes);

        Assert.Equal(kind, quote.Speaker!.Kind);
    }

    [Fact]
    public void Adverbials_around_an_English_subject_give_channel_and_date()
    {
        var article = Page.Extract(
            "Ministry reviews contracts",
            "Wednesday 11 March 2026",
            "In a statement, the ministry said it would review every contract signed since 2020.",
            "On Monday, officials said the death toll had risen to 12 in the eastern province.",
            "\"This is a climate catastrophe of epic proportions,\" Sharif told the BBC in an interview.");

        Assert.Equal("statement", article.Quotes[0].Channel!.Kind);
        Assert.Equal("2026-03-09", article.Quotes[1].Date?.ToIso());
        Assert.Equal("BBC", article.Quotes[2].Channel!.Name);
    }

    [Fact]
    public void A_sentence_all_in_marks_after_an_attributed_quote_is_the_same_speakers()
    {
        var article = Page.Extract(
            "Team knocked out in the semi-final",
            "\"It's over,\" said coach Anna Berg. \"We lost.\"");

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("We lost.", article.Quotes[1].Text);
        Assert.Equal("Anna Berg", article.Quotes[1].Speaker?.Name);
        Assert.Equal(SpeakerResolutions.Continuation, article.Quotes[1].Speaker?.Resolution);
    }

    [Fact]
    public void Words_in_marks_after_had_are_a_partial_quote()
    {
        var article = Page.Extract(
            "Ministry silent on missing crew",
            "The ministry said it had \"no information\" about the missing crew members.");

        Assert.Contains(article.Quotes, q => q.Kind == QuoteKinds.Partial && q.Text == "no information");
    }
}

/// <summary>Pages built to break the quote rules: they must stay linear and never quote the same words twice.</summary>
public class QuoteRobustnessTests
{
    [Fact]
    public void Thousands_of_unclosed_marks_in_one_paragraph_never_quote_the_same_words_twice()
    {
        var body = string.Concat(Enumerable.Repeat("He said “we will “win and “lose ", 2000)) + ".";
        var article = Page.Extract("Headline of the unbalanced page here", body);

        Assert.NotEmpty(article.Quotes);
        var spans = article.Quotes.Select(q => (q.Span.Start, End: q.Span.Start + q.Span.Length)).OrderBy(s => s.Start).ToList();
        for (var i = 1; i < spans.Count; i++) Assert.True(spans[i].Start >= spans[i - 1].End, "quotes overlap at " + spans[i].Start);
    }

    [Fact]
    public void Thousands_of_names_in_marks_in_one_paragraph_are_no_quotes()
    {
        var body = "ذكر البيان " + string.Concat(Enumerable.Repeat("«إكس» و“داعش” و\"قسد\" ", 3000)) + ".";

        Assert.Empty(Page.Extract("عنوان الخبر الطويل جدا هنا", body).Quotes);
    }

    [Fact]
    public void A_name_and_its_role_in_apposition_before_told_are_the_speaker_and_the_listener_is_no_quote()
    {
        var quotes = Page.Extract(
            "Rescue teams reach the collapsed bridge",
            "“The force of the water has torn away both of the bridge’s supports,” Daniel Mwangi, head of the National Rescue Service (NRS) told news agency KNA.",
            "It was the worst flood in the valley for forty years, he said.").Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Daniel Mwangi", q.Speaker!.Name));
        Assert.Equal("head of the National Rescue Service", quotes[0].Speaker!.Role);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("KNA", System.StringComparison.Ordinal));
    }
}
