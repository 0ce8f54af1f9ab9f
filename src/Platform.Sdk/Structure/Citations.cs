using System.Collections;
using System.Reflection;

namespace Platform.Sdk.Structure;

/// <summary>One article a pack cites, and the member of its definition that cites it.</summary>
/// <param name="Member">Where, as a path through the definition: <c>Seats[truong-ban].Duties[2].Article</c>, <c>Meetings.Absence.Article</c>.</param>
/// <param name="Article">The article cited.</param>
public sealed record Citation(string Member, ArticleRef Article)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Member}: {Article.ToVietnamese()}";
}

/// <summary>
/// Every article a definition cites — structure, meeting, task and reporting rules, and whatever later Sdk versions
/// add — found by walking the definition, so that a new rule's article is checked without anyone listing it here.
/// </summary>
public static class Citations
{
    private static readonly Assembly Sdk = typeof(ArticleRef).Assembly;

    /// <summary>The articles <paramref name="definition"/> cites, in the order the definition holds them.</summary>
    /// <remarks>Rules a pack did not state (<c>Stated</c> false: the host's defaults) cite nothing.</remarks>
    public static IReadOnlyList<Citation> Of(ProvinceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var found = new List<Citation>();
        Walk(definition, "", found, depth: 0);
        return found;
    }

    private static void Walk(object value, string path, List<Citation> found, int depth)
    {
        if (depth > 12)
        {
            return;
        }

        var type = value.GetType();
        if (type.GetProperty("Stated")?.GetValue(value) is false)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            var member = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            Visit(property.GetValue(value), member, found, depth);
        }
    }

    private static void Visit(object? value, string member, List<Citation> found, int depth)
    {
        switch (value)
        {
            case null or string or Delegate or IDictionary:
                return;
            case ArticleRef article:
                found.Add(new Citation(member, article));
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    var key = item?.GetType().GetProperty("Key")?.GetValue(item) as string ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    Visit(item, $"{member}[{key}]", found, depth + 1);
                    index++;
                }

                return;
            default:
                if (value.GetType().Assembly == Sdk && !value.GetType().IsEnum)
                {
                    Walk(value, member, found, depth + 1);
                }

                return;
        }
    }
}
