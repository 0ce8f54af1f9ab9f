using System.Globalization;

namespace Platform.Sdk;

/// <summary>
/// A reference to an article of the province's regulation, with an optional clause (khoản) and point (điểm):
/// <c>"9.2c"</c> is point c of clause 2 of Article 9. Every rule and duty a pack states carries one, so that
/// officials can see why the software asks what it asks.
/// </summary>
public sealed record ArticleRef : IComparable<ArticleRef>
{
    /// <summary>Creates a reference to an article, a clause of it, or a point of a clause.</summary>
    public ArticleRef(int article, int? clause = null, string? point = null)
    {
        if (article < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(article), article, "Số điều phải từ 1. / Article numbers start at 1.");
        }

        if (clause is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(clause), clause, "Số khoản phải từ 1. / Clause numbers start at 1.");
        }

        if (point is not null && clause is null)
        {
            throw new ArgumentException("Điểm phải thuộc một khoản. / A point belongs to a clause.", nameof(point));
        }

        Article = article;
        Clause = clause;
        Point = point;
    }

    /// <summary>The article number (Điều).</summary>
    public int Article { get; }

    /// <summary>The clause number (khoản), if the reference is to a clause.</summary>
    public int? Clause { get; }

    /// <summary>The point letter (điểm), Vietnamese alphabet order: a, b, c, d, đ, e, g…</summary>
    public string? Point { get; }

    /// <summary>Parses the short form: <c>"8"</c>, <c>"12.4"</c>, <c>"9.2c"</c>, <c>"7.1đ"</c>.</summary>
    /// <remarks>
    /// Read by hand rather than by a regular expression: pages cite an article for every seat and duty they show, and a
    /// match with its groups allocated about a kilobyte each time.
    /// </remarks>
    public static ArticleRef Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan().Trim();
        var article = Number(ref rest);
        int? clause = null;
        string? point = null;
        if (article is not null && rest.Length > 0 && rest[0] == '.')
        {
            rest = rest[1..];
            clause = Number(ref rest);
            if (clause is null)
            {
                article = null;
            }
            else if (rest.Length == 1 && (char.IsAsciiLetterLower(rest[0]) || rest[0] == 'đ'))
            {
                point = rest[0] == 'đ' ? "đ" : rest[..1].ToString();
                rest = rest[1..];
            }
        }

        if (article is null || rest.Length > 0)
        {
            throw new FormatException(
                $"'{text}' không phải là tham chiếu điều khoản (ví dụ \"9.2c\"). / '{text}' is not an article reference (e.g. \"9.2c\").");
        }

        return new ArticleRef(article.Value, clause, point);
    }

    /// <summary>One to three ASCII digits at the start of <paramref name="rest"/>, consumed; null when there are none or more.</summary>
    private static int? Number(ref ReadOnlySpan<char> rest)
    {
        var length = 0;
        while (length < rest.Length && length <= 3 && char.IsAsciiDigit(rest[length]))
        {
            length++;
        }

        if (length is 0 or > 3)
        {
            return null;
        }

        var value = int.Parse(rest[..length], NumberStyles.None, CultureInfo.InvariantCulture);
        rest = rest[length..];
        return value;
    }

    /// <summary>The short form, as in <c>"9.2c"</c>.</summary>
    public override string ToString() => Clause is null ? $"{Article}" : $"{Article}.{Clause}{Point}";

    /// <summary>Short Vietnamese citation: <c>"Điều 9.2c"</c>.</summary>
    public string ToVietnamese() => $"Điều {this}";

    /// <summary>Short English citation: <c>"Art. 9.2c"</c>.</summary>
    public string ToEnglish() => $"Art. {this}";

    /// <summary>The formal Vietnamese citation: <c>"điểm c khoản 2 Điều 9"</c>.</summary>
    public string ToFormalVietnamese() => (Clause, Point) switch
    {
        (null, _) => $"Điều {Article}",
        (_, null) => $"khoản {Clause} Điều {Article}",
        _ => $"điểm {Point} khoản {Clause} Điều {Article}",
    };

    /// <summary>Orders references as they appear in the regulation.</summary>
    public int CompareTo(ArticleRef? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byArticle = Article.CompareTo(other.Article);
        if (byArticle != 0)
        {
            return byArticle;
        }

        var byClause = (Clause ?? 0).CompareTo(other.Clause ?? 0);
        return byClause != 0 ? byClause : PointOrder(Point).CompareTo(PointOrder(other.Point));
    }

    private static int PointOrder(string? point) => point is null ? -1 : VietnamesePoints.IndexOf(point, StringComparison.Ordinal);

    private const string VietnamesePoints = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
}
