using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// The people, organisations and places: for each, its preferred name, every spelling met with how often and where
/// (an entity spelled more than one way is marked), its roles and its articles.
/// </summary>
public static class EntitiesSection
{
    public const string Id = "report-entities";

    public static void Write(StringBuilder html, ReportContext context)
    {
        var labels = context.Labels;
        ReportHtml.OpenSection(html, Id, labels.Entities);
        foreach (var (kind, heading) in new[] { (EntityKinds.Person, labels.People), (EntityKinds.Organization, labels.Organizations), (EntityKinds.Place, labels.Places) })
        {
            var entities = context.Corpus.Entities.Where(e => e.Kind == kind).ToList();
            html.Append("<h3>").Append(HtmlText.Encode(heading)).Append(" <span class=\"how\">").Append(ReportHtml.Number(entities.Count)).Append("</span></h3>\n");
            if (entities.Count == 0)
            {
                ReportHtml.Nothing(html, labels);
                continue;
            }
            ReportHtml.OpenTable(html, "entities", labels.Name, labels.Spellings, labels.Roles, labels.Articles);
            foreach (var entity in entities) WriteEntity(html, context, entity);
            html.Append(ReportHtml.CloseTable);
        }
        html.Append("</section>\n");
    }

    private static void WriteEntity(StringBuilder html, ReportContext context, EntityModel entity)
    {
        html.Append("<tr id=\"entity-").Append(HtmlText.Encode(entity.Id)).Append("\" data-entity=\"").Append(HtmlText.Encode(entity.Id)).Append("\"><th scope=\"row\">")
            .Append(ReportHtml.Text(entity.Name));
        if (entity.Acronym is not null) html.Append(" (").Append(ReportHtml.Text(entity.Acronym)).Append(')');
        html.Append("</th><td");
        if (entity.Spellings.Count > 1) html.Append(" class=\"variants\"");
        html.Append("><ul class=\"spellings\">");
        foreach (var spelling in entity.Spellings)
        {
            html.Append("<li><span class=\"spelling\">").Append(ReportHtml.Text(spelling.Text)).Append("</span> <span class=\"how\">×")
                .Append(ReportHtml.Number(spelling.Occurrences.Count)).Append("</span> ")
                .Append(string.Join(" ", spelling.Occurrences.Select(o => context.LineLink(o.Article, o.Line)))).Append("</li>");
        }
        html.Append("</ul></td><td>").Append(string.Join("<br>", entity.Roles.Select(ReportHtml.Text)))
            .Append("</td><td>").Append(string.Join(" ", entity.Articles.Select(ReportContext.ArticleLink))).Append("</td></tr>\n");
    }
}
