using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Localization;
using Platform.Core.Dates;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Web.Pages;

/// <summary>
/// The province's one search (<c>/{province}/tim-kiem</c>) over what every module offers (<see cref="ISearchSource"/>):
/// typed with or without diacritics, in any case, with a slip of the keys forgiven. Only the current province's records
/// are read, under row-level security; each source costs one statement, so the page's statement count does not grow
/// with the results. The standing agency keeps the committee's records (Đắk Lắk, Art. 8.5; Sơn La, Art. 8.1–8.3).
/// </summary>
public sealed class SearchModel(IEnumerable<ISearchSource> sources, CurrentProvince province, TimeProvider clock) : PageModel
{
    /// <summary>The most hits each source returns.</summary>
    public const int PerSource = 30;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "co-quan")]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true, Name = "linh-vuc")]
    public string? Portfolio { get; set; }

    /// <summary>The years offered: this one and the nine before it.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<AgencyDefinition> Agencies => province.Required.Agencies;

    public IReadOnlyList<PortfolioDefinition> Portfolios => province.Required.Portfolios;

    /// <summary>The kinds not asked because they cannot apply a chosen filter (meetings have no agency, say).</summary>
    public IReadOnlyList<string> NotFiltered { get; private set; } = [];

    /// <summary>A filter that was refused, in the official's language.</summary>
    public Message? FilterRefusal { get; private set; }

    public string Province => (string)RouteData.Values["province"]!;

    public IReadOnlyList<(string Kind, Message Label)> Kinds { get; private set; } = [];

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public SearchQuery? Query { get; private set; }

    public bool TooShort { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = sources.OrderBy(s => s.Kind, StringComparer.Ordinal).ToList();
        // Several modules' sources may share a kind (their attached files): the filter lists each kind once.
        Kinds = [.. all.DistinctBy(s => s.Kind, StringComparer.Ordinal).Select(s => (s.Kind, s.Label))];
        var thisYear = VietnamTime.Today(clock).Year;
        Years = [.. Enumerable.Range(thisYear - 9, 10).Reverse()];
        Refuse();
        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        var query = SearchQuery.From(Q);
        if (query is null)
        {
            TooShort = true;
            return;
        }

        Query = query with { Year = Year, Agency = Agency, Portfolio = Portfolio };
        var chosen = Query.Filters;
        NotFiltered = [.. all.Where(s => (s.Understands & chosen) != chosen).Select(s => LabelOf(s.Kind)).Distinct()];

        // One statement per source, one after the other (a request's DbContexts are not shared across threads); a
        // source that cannot apply a chosen filter is not asked, so the page never shows what the filter would not keep.
        var asked = all.Where(s => (s.Understands & chosen) == chosen).ToList();
        var found = new List<SearchHit>();
        foreach (var source in asked)
        {
            found.AddRange(await source.SearchAsync(Query, PerSource, ct));
        }

        // No record holds every word: ask again, forgiving a slip of the keys (at most twice the statements, whatever
        // the number of hits) — unless a phrase was quoted, which asks for the words as typed.
        if (found.Count == 0 && !Query.HasPhrase)
        {
            Query = Query with { Fuzzy = true };
            foreach (var source in asked)
            {
                found.AddRange(await source.SearchAsync(Query, PerSource, ct));
            }
        }

        Counts = found.GroupBy(h => h.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Hits = [.. found.Where(h => Kind is null || h.Kind == Kind).OrderByDescending(h => h.Score).ThenByDescending(h => h.Date)];
    }

    /// <summary>A year, agency or portfolio that is not among those offered is dropped with a message, the words kept.</summary>
    private void Refuse()
    {
        if (Year is { } year && !Years.Contains(year))
        {
            FilterRefusal = new Message($"Năm {year} nằm ngoài các năm có thể tìm ({Years[^1]}–{Years[0]}); đã bỏ lọc theo năm.",
                $"Year {year} is outside the years that can be searched ({Years[^1]}–{Years[0]}); the year filter was dropped.");
            Year = null;
        }

        if (Agency is { Length: > 0 } agency && province.Required.FindAgency(agency) is null)
        {
            FilterRefusal = new Message("Cơ quan đã chọn không có trong quy chế của tỉnh; đã bỏ lọc theo cơ quan.",
                "The agency chosen is not in the province's regulation; the agency filter was dropped.");
            Agency = null;
        }

        if (Portfolio is { Length: > 0 } portfolio && Portfolios.All(p => p.Key != portfolio))
        {
            FilterRefusal = new Message("Lĩnh vực đã chọn không có trong quy chế của tỉnh; đã bỏ lọc theo lĩnh vực.",
                "The portfolio chosen is not in the province's regulation; the portfolio filter was dropped.");
            Portfolio = null;
        }

        Agency = string.IsNullOrEmpty(Agency) ? null : Agency;
        Portfolio = string.IsNullOrEmpty(Portfolio) ? null : Portfolio;
    }

    /// <summary>The query string of this search with the kind replaced (null: all kinds).</summary>
    public string LinkFor(string? kind)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(Q ?? "") };
        if (Year is { } year)
        {
            parts.Add("nam=" + year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Agency is not null)
        {
            parts.Add("co-quan=" + Uri.EscapeDataString(Agency));
        }

        if (Portfolio is not null)
        {
            parts.Add("linh-vuc=" + Uri.EscapeDataString(Portfolio));
        }

        if (kind is not null)
        {
            parts.Add("loai=" + Uri.EscapeDataString(kind));
        }

        return "?" + string.Join("&", parts);
    }

    public string LabelOf(string kind) => Kinds.FirstOrDefault(k => k.Kind == kind).Label?.ToString() ?? kind;

    /// <summary>The text with each word of the query marked (<c>&lt;mark&gt;</c>), found without diacritics as the search found it.</summary>
    public IHtmlContent Highlight(string text) => Mark(text, Query?.Words ?? []);

    public static IHtmlContent Mark(string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        text ??= "";
        var source = text.Normalize(NormalizationForm.FormC);
        var marked = new bool[source.Length];
        var haystack = VietnameseText.FoldAligned(source);
        foreach (var word in words.Where(w => w.Length > 0))
        {
            for (var at = haystack.IndexOf(word, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                Array.Fill(marked, true, at, word.Length);
            }
        }

        // Words found side by side are one passage: the space between them is marked with them.
        for (var i = 1; i < source.Length - 1; i++)
        {
            marked[i] |= char.IsWhiteSpace(source[i]) && marked[i - 1] && marked[i + 1];
        }

        var html = new StringBuilder();
        for (var i = 0; i < source.Length;)
        {
            var j = i;
            while (j < source.Length && marked[j] == marked[i])
            {
                j++;
            }

            var part = HtmlEncoder.Default.Encode(source[i..j]);
            html.Append(marked[i] ? $"<mark>{part}</mark>" : part);
            i = j;
        }

        return new HtmlString(html.ToString());
    }
}
