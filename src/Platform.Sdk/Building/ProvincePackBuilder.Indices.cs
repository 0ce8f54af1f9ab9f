using Platform.Sdk.Structure;

namespace Platform.Sdk;

// Sdk 1.6: the province's own measurement of its units on an index (Sơn La, Art. 8.2: DOST organises measuring the
// DTI of the province's agencies and localities).
public sealed partial class ProvincePackBuilder
{
    private readonly List<(string IndexKey, string Article)> _unitRankings = [];

    /// <summary>
    /// States that the province measures its own agencies and localities on the index declared under
    /// <paramref name="indexKey"/> and ranks them (since Sdk 1.6); the host then offers a ranking table of the units
    /// for each year, entered by the index's owning agency or the standing agency and citing <paramref name="article"/>.
    /// The index must be declared with <see cref="Index"/>; naming another is refused when the pack loads.
    /// </summary>
    /// <param name="indexKey">The key the index is declared under, e.g. <c>"dti"</c>.</param>
    /// <param name="article">The article that asks for the measurement, short form such as <c>"8.2"</c>.</param>
    public ProvincePackBuilder UnitRanking(string indexKey, string article)
    {
        ArgumentNullException.ThrowIfNull(indexKey);
        _ = ArticleRef.Parse(article);
        _unitRankings.Add((indexKey, article));
        return this;
    }

    /// <summary>The declared indices, each with the article of its unit ranking when the pack states one.</summary>
    private IndexDefinition[] BuildIndices() =>
    [
        .. _indices.Select(index => _unitRankings.LastOrDefault(u => u.IndexKey == index.Key) is { IndexKey: not null } ranking
            ? index with { UnitsArticle = ArticleRef.Parse(ranking.Article) }
            : index),
    ];

    private IEnumerable<string> UnitRankingProblems()
    {
        foreach (var (key, article) in _unitRankings)
        {
            if (_indices.All(i => i.Key != key))
            {
                yield return $"Xếp hạng đơn vị theo chỉ số (Điều {article}): gói không khai báo chỉ số '{key}' (pack.Index). / " +
                    $"Unit ranking on an index (Art. {article}): the pack declares no index '{key}' (pack.Index).";
            }
        }

        foreach (var twice in _unitRankings.GroupBy(u => u.IndexKey, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"Xếp hạng đơn vị theo chỉ số '{twice.Key}' được khai báo {twice.Count()} lần. / " +
                $"The unit ranking on index '{twice.Key}' is stated {twice.Count()} times.";
        }
    }
}
