namespace CorpusSdk.Cli.Report;

/// <summary>
/// The report's style sheet, inlined in the page so that it works offline and from a file: system fonts, a readable
/// measure on a laptop screen, the facts and diagnostics tables wrapping to the page's width (fixed columns for the
/// diagnostics, whose paths may break at their parts) and other wide tables scrolling sideways,
/// logical properties so one sheet serves both directions.
/// Colour only backs up what the symbols and words already say.
/// </summary>
public static class ReportStyle
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d9dce1; --agrees: #e3f4e6; --differs: #fde4e1; --unresolved: #fff3cd; --only: #eef1f5; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.6 system-ui, "Segoe UI", "Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, sans-serif; color: var(--ink); background: #fafafa; }
        header, section { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
        header { padding-block: 16px 8px; border-block-end: 1px solid var(--line); background: #fff; max-width: none; }
        header h1 { margin: 0; font-size: 1.6rem; }
        nav a { margin-inline-end: 16px; }
        h2 { margin-block: 32px 8px; padding-block-end: 4px; border-block-end: 2px solid var(--line); font-size: 1.35rem; }
        h3 { margin-block: 20px 6px; font-size: 1.1rem; }
        a { color: #0b57d0; text-decoration: none; }
        a:hover, a:focus { text-decoration: underline; }
        .how, .part, .outlet { color: var(--muted); font-size: 0.85em; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; background: #fff; min-width: 100%; }
        th, td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: start; }
        thead th { background: #f1f3f4; position: sticky; top: 0; }
        .facts { width: 100%; }
        .facts th, .facts td { overflow-wrap: anywhere; }
        .facts thead th:last-child { width: 60%; }
        .sources { list-style: none; margin: 0; padding: 0; }
        .sources > li { padding: 2px 6px; border-radius: 4px; }
        .sources > li + li { margin-block-start: 4px; }
        .facts .agrees, .legend .agrees { background: var(--agrees); }
        .facts .differs, .legend .differs { background: var(--differs); }
        .facts .unresolved, .legend .unresolved { background: var(--unresolved); }
        .facts .only, .legend .only { background: var(--only); }
        .legend > span { display: inline-block; padding: 0 8px; margin-inline-end: 6px; border: 1px solid var(--line); border-radius: 4px; }
        .mark { font-weight: bold; }
        bdi[dir=ltr] { white-space: nowrap; }
        .status { white-space: nowrap; font-weight: 600; }
        .written { color: var(--muted); }
        .timeline { list-style: none; padding: 0; border-inline-start: 3px solid var(--line); }
        .timeline > li { padding-inline-start: 16px; margin-block-end: 12px; }
        .timeline time, .undated { font-weight: 700; font-variant-numeric: tabular-nums; }
        .timeline ul { margin: 4px 0; padding-inline-start: 20px; }
        .speaker { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 8px; margin-block-end: 12px; }
        .speaker .roles { margin: 0; color: var(--muted); }
        .quotes { list-style: none; padding: 0; margin: 0; }
        .quotes li { border-block-start: 1px solid var(--line); padding-block: 6px; }
        blockquote { margin: 0; }
        .quotes .meta { margin: 2px 0 0; font-size: 0.9em; color: var(--muted); }
        .spellings { margin: 0; padding-inline-start: 18px; }
        .variants { background: var(--unresolved); }
        .variants .spellings::before { content: "≠ "; font-weight: bold; }
        .diagnostics { table-layout: fixed; width: 100%; min-width: 46em; }
        .diagnostics thead th:nth-child(1) { width: 7.5em; }
        .diagnostics thead th:nth-child(2) { width: 7.5em; }
        .diagnostics thead th:nth-child(3), .diagnostics thead th:nth-child(5) { width: 22%; }
        .diagnostics th, .diagnostics td { overflow-wrap: anywhere; }
        .diagnostics .how { display: block; }
        .diagnostics bdi[dir=ltr] { white-space: normal; }
        .places { list-style: none; margin: 0; padding: 0; }
        .diagnostics .error td:first-child { color: #b3261e; }
        article { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 12px; margin-block-end: 16px; }
        .meta dt { display: inline; font-weight: 600; }
        .meta dd { display: inline; margin: 0 0 0 0; margin-inline-end: 16px; }
        .meta dt::after { content: ": "; }
        .line { display: grid; grid-template-columns: 3.5em auto 1fr auto; gap: 8px; align-items: baseline; padding: 2px 4px; }
        .line p { margin: 0; grid-column: 3; }
        .line .part { grid-column: 2; }
        .line .findings { grid-column: 4; white-space: nowrap; }
        .ln { color: var(--muted); font-variant-numeric: tabular-nums; text-align: end; grid-column: 1; }
        .dropped p { color: var(--muted); text-decoration: line-through; }
        .headline p { font-weight: 700; }
        :target { outline: 3px solid #f9ab00; background: #fff8e1; }
        """;
}
