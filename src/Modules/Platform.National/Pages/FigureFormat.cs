using System.Globalization;
using Platform.Core.National;

namespace Platform.National.Pages;

/// <summary>How a figure's value reads on the pages (in the page's culture) and in the CSV (invariant digits).</summary>
internal static class FigureFormat
{
    /// <summary>"66,7%" or "4" in Vietnamese; "—" when there is nothing to judge.</summary>
    public static string Value(NationalFigure figure, FigureValue? value) => value?.Value is not { } v
        ? "—"
        : figure.Unit == FigureUnit.Percent
            ? v.ToString("0.#", CultureInfo.CurrentCulture) + "%"
            : v.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>The value as the CSV writes it: invariant digits, empty when there is nothing to judge.</summary>
    public static string Invariant(FigureValue? value) => value?.Value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";
}
