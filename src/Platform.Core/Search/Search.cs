using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;

namespace Platform.Core.Search;

/// <summary>
/// What an official typed in the province's search, folded as every module folds its searchable text (lower case,
/// no tone marks or diacritics, đ as d — <see cref="VietnameseText.Fold"/>): "dữ liệu dân cư", "du lieu dan cu" and
/// "DU LIEU DAN CU" are the same query.
/// </summary>
public sealed partial record SearchQuery
{
    /// <summary>The longest query kept; the rest is dropped.</summary>
    public const int MaxLength = 200;

    private SearchQuery(string typed, string folded) => (Typed, Folded) = (typed, folded);

    public string Typed { get; }

    /// <summary>The folded query, words separated by one space, without quotation marks.</summary>
    public string Folded { get; }

    /// <summary>The folded query as typed, quotation marks kept (for the phrases).</summary>
    private string Quoted { get; init; } = "";

    /// <summary>
    /// Its words (at most eight), each of which must appear — or, for typing slips, the whole query nearly. Words in
    /// quotation marks are one phrase that must appear as typed ("\"du lieu dan cu\"" finds those words side by side
    /// only); any word also finds the longer words it begins or stands in ("so hoa" finds "số hóa", "chuyển đổi số
    /// hóa").
    /// </summary>
    public IReadOnlyList<string> Words =>
        [.. Phrases().Matches(Quoted).Select(m => m.Groups[1].Success ? m.Groups[1].Value.Trim() : m.Groups[2].Value).Where(w => w.Length > 0).Take(8)];

    /// <summary>Whether a phrase was typed in quotation marks: then only the exact words are wanted, no near match.</summary>
    public bool HasPhrase => Quoted.Contains('"', StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex("\"([^\"]*)\"?|([^\\s\"]+)")]
    private static partial System.Text.RegularExpressions.Regex Phrases();

    /// <summary>Null when nothing searchable was typed.</summary>
    public static SearchQuery? From(string? typed)
    {
        var trimmed = (typed ?? "").Trim();
        if (trimmed.Length > MaxLength)
        {
            trimmed = trimmed[..MaxLength];
        }

        // Typographic quotation marks (from a word processor) are phrases too.
        var quoted = VietnameseText.Fold(trimmed.Replace('“', '"').Replace('”', '"'));
        var folded = string.Join(' ', quoted.Replace('"', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return folded.Length < 2 ? null : new SearchQuery(trimmed, folded) { Quoted = quoted };
    }

    /// <summary>
    /// Whether a record that nearly holds the whole query also matches (pg_trgm's word similarity), forgiving a slip of
    /// the keys. The page asks for it only when no record holds every word: the near match rechecks many candidates
    /// (on 30,000 tasks, about eight times the cost of the words alone — docs/benchmarks.md).
    /// </summary>
    public bool Fuzzy { get; init; }

    /// <summary>Only records of this year (the year of the date each record shows), when chosen.</summary>
    public int? Year { get; init; }

    /// <summary>Only records that concern this agency of the pack (lead, addressee, submitter…), when chosen.</summary>
    public string? Agency { get; init; }

    /// <summary>Only records in this portfolio (lĩnh vực) of the pack, when chosen.</summary>
    public string? Portfolio { get; init; }

    /// <summary>The filters chosen.</summary>
    public SearchFilters Filters =>
        (Year is null ? SearchFilters.None : SearchFilters.Year)
        | (Agency is null ? SearchFilters.None : SearchFilters.Agency)
        | (Portfolio is null ? SearchFilters.None : SearchFilters.Portfolio);

    /// <summary>The first and the day after the last day of the chosen year, for a range condition an index can serve.</summary>
    public (DateOnly From, DateOnly Until)? Days => Year is { } y ? (new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1)) : null;

    /// <summary>The chosen year as days, for dates; <c>On</c> is false when no year is chosen.</summary>
    public (bool On, DateOnly First, DateOnly Until) YearDays =>
        Days is var (first, until) ? (true, first, until) : (false, default, default);

    /// <summary>The chosen year as moments in Vietnam time, for timestamps; <c>On</c> is false when no year is chosen.</summary>
    public (bool On, DateTimeOffset Start, DateTimeOffset End) YearMoments =>
        Days is var (first, until) ? (true, Dates.VietnamTime.StartOf(first), Dates.VietnamTime.StartOf(until)) : (false, default, default);

    /// <summary>A word as a LIKE pattern matching it anywhere (its wildcards escaped).</summary>
    public static string Contains(string word) =>
        "%" + (word ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}

/// <summary>The filters a search source understands beside the words (a source that cannot apply one chosen is not asked).</summary>
[Flags]
public enum SearchFilters
{
    None = 0,

    /// <summary>The year of the record's date (<c>nam</c>).</summary>
    Year = 1,

    /// <summary>An agency the record concerns (<c>co-quan</c>).</summary>
    Agency = 2,

    /// <summary>A portfolio of the pack (<c>linh-vuc</c>).</summary>
    Portfolio = 4,
}

/// <summary>One record found: what kind, its title, the passage that matched, where it is, its date and how well it matched.</summary>
public sealed record SearchHit(string Kind, string Title, string Passage, string Link, DateOnly? Date, double Score);

/// <summary>
/// A module's share of the province's search: it looks in its own tables (its schema, under row-level security, for
/// the current province) and returns its best hits. One statement per source, whatever the number of hits, so the
/// search page's statement count stays constant.
/// </summary>
public interface ISearchSource
{
    /// <summary>The kind of record, for the filter (<c>loai</c>): "nhiem-vu", "ket-luan", "cuoc-hop".</summary>
    string Kind { get; }

    /// <summary>The kind's name in Vietnamese, for the page.</summary>
    Message Label { get; }

    /// <summary>
    /// The filters it applies. When the official chooses one it does not understand (an agency, for meetings), the page
    /// does not ask it and says so, rather than show records the filter would not have kept.
    /// </summary>
    SearchFilters Understands => SearchFilters.None;

    /// <summary>Up to <paramref name="limit"/> hits, best first, within the query's filters.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken);
}

/// <summary>
/// The condition every search source puts on its folded text column: each word of the query appears in it, or — when
/// the query is <see cref="SearchQuery.Fuzzy"/> — the whole query nearly does (pg_trgm's word similarity,
/// <c>query &lt;% text</c>), which forgives a slip of the keys ("du leiu dan cu"). Both forms are served by a trigram
/// GIN index on the column.
/// </summary>
public static class SearchMatch
{
    public static Expression<Func<T, bool>> On<T>(Expression<Func<T, string>> text, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(query);
        var like = typeof(DbFunctionsExtensions).GetMethod(
            nameof(DbFunctionsExtensions.Like),
            [typeof(DbFunctions), typeof(string), typeof(string)])!;
        var similar = typeof(NpgsqlTrigramsDbFunctionsExtensions).GetMethod(
            nameof(NpgsqlTrigramsDbFunctionsExtensions.TrigramsAreWordSimilar))!;
        var functions = Expression.Constant(EF.Functions);
        Expression? all = null;
        foreach (var word in query.Words)
        {
            // Each pattern a captured value, so it is sent as a parameter, not spliced into the SQL.
            var pattern = new Box(SearchQuery.Contains(word));
            var call = Expression.Call(like, functions, text.Body,
                Expression.Property(Expression.Constant(pattern), nameof(Box.Value)));
            all = all is null ? call : Expression.AndAlso(all, call);
        }

        if (!query.Fuzzy && all is not null)
        {
            return Expression.Lambda<Func<T, bool>>(all, text.Parameters);
        }

        var whole = new Box(query.Folded);
        var near = Expression.Call(similar, functions,
            Expression.Property(Expression.Constant(whole), nameof(Box.Value)), text.Body);
        var body = all is null ? (Expression)near : Expression.OrElse(all, near);
        return Expression.Lambda<Func<T, bool>>(body, text.Parameters);
    }

    private sealed class Box(string value)
    {
        public string Value { get; } = value;
    }
}
