namespace Platform.Core.Lists;

/// <summary>
/// How a list is sorted, as its query string carries it (<c>sap-xep=han</c>, <c>sap-xep=han-giam</c> for the reverse):
/// a column the list names (anything else falls back to the list's own order, never reaches a query) and a direction.
/// Kept with the filters and the pager, so a sorted, filtered page can be bookmarked and sent.
/// </summary>
public sealed record SortOrder(string Column, bool Descending)
{
    public const string QueryName = "sap-xep";
    private const string DescendingSuffix = "-giam";

    /// <summary>The value in the query string.</summary>
    public string Value => Descending ? Column + DescendingSuffix : Column;

    /// <summary>Reads <paramref name="value"/> against the whitelist <paramref name="columns"/>; <paramref name="fallback"/> otherwise.</summary>
    public static SortOrder Parse(string? value, IReadOnlyCollection<string> columns, SortOrder fallback)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        var descending = value.EndsWith(DescendingSuffix, StringComparison.Ordinal);
        var column = descending ? value[..^DescendingSuffix.Length] : value;
        return columns.Contains(column) ? new SortOrder(column, descending) : fallback;
    }

    /// <summary>The order a click on <paramref name="column"/>'s header asks for: this column reversed, or another ascending.</summary>
    public SortOrder Toggle(string column) => column == Column ? this with { Descending = !Descending } : new SortOrder(column, false);

    /// <summary><c>aria-sort</c> of <paramref name="column"/>'s header: ascending or descending on the sorted column, none elsewhere.</summary>
    public string AriaSort(string column) => column != Column ? "none" : Descending ? "descending" : "ascending";
}

/// <summary>A sortable column header as the shared <c>_SortHeader</c> partial draws it: its label (already in the page's language), column, the list's order and its link maker.</summary>
public sealed record SortHeader(string Label, string Column, SortOrder Current, Func<SortOrder, string> Link)
{
    public string Href => Link(Current.Toggle(Column));

    public string AriaSort => Current.AriaSort(Column);
}
