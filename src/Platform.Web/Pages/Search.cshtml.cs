using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Localization;
using Platform.Core.Search;

namespace Platform.Web.Pages;

/// <summary>
/// The province's one search (<c>/{province}/tim-kiem</c>) over what every module offers (<see cref="ISearchSource"/>):
/// typed with or without diacritics, in any case, with a slip of the keys forgiven. Only the current province's records
/// are read, under row-level security; each source costs one statement, so the page's statement count does not grow
/// with the results. The standing agency keeps the committee's records (Đắk Lắk, Art. 8.5; Sơn La, Art. 8.1–8.3).
/// </summary>
public sealed class SearchModel(IEnumerable<ISearchSource> sources) : PageModel
{
    /// <summary>The most hits each source returns.</summary>
    public const int PerSource = 30;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Kind { get; set; }

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
        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        Query = SearchQuery.From(Q);
        if (Query is null)
        {
            TooShort = true;
            return;
        }

        // One statement per source, one after the other (a request's DbContexts are not shared across threads).
        var found = new List<SearchHit>();
        foreach (var source in all)
        {
            found.AddRange(await source.SearchAsync(Query, PerSource, ct));
        }

        Counts = found.GroupBy(h => h.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Hits = [.. found.Where(h => Kind is null || h.Kind == Kind).OrderByDescending(h => h.Score).ThenByDescending(h => h.Date)];
    }

    public string LabelOf(string kind) => Kinds.FirstOrDefault(k => k.Kind == kind).Label?.ToString() ?? kind;

    /// <summary>The text with each word of the query marked (<c>&lt;mark&gt;</c>), found without diacritics as the search found it.</summary>
    public IHtmlContent Highlight(string text) => Mark(text, Query?.Words ?? []);

    public static IHtmlContent Mark(string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        text ??= "";
        // Fold character by character, so that a position in the folded text is the same position in the text.
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var f = char.IsWhiteSpace(c) ? " " : VietnameseText.Fold(c.ToString());
            folded.Append(f.Length == 1 ? f[0] : c);
        }

        var source = text.Normalize(NormalizationForm.FormC);
        var marked = new bool[source.Length];
        var haystack = folded.ToString();
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
