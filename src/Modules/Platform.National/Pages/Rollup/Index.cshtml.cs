using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Dates;
using Platform.Core.Exports;
using Platform.Core.National;
using Platform.National.Services;
using Platform.Sdk;

namespace Platform.National.Pages.Rollup;

/// <summary>
/// The national roll-up (issue 17): for one quarter, one line per province the account may read and one column per
/// figure of every module, each province judged by its own regulation (the rules table below cites the article of
/// each). Sortable by any column through links; each province links to its own pages. Read-only: no form posts.
/// </summary>
[Authorize]
internal sealed class IndexModel(NationalRollup rollup) : PageModel
{
    /// <summary>The quarter, as "Q3-2026"; the current quarter when absent or not a past or current quarter.</summary>
    [BindProperty(SupportsGet = true, Name = "quy")] public string? QuarterCode { get; set; }

    /// <summary>The figure key to sort by; absent: the provinces' own order.</summary>
    [BindProperty(SupportsGet = true, Name = "sap-xep")] public string? SortKey { get; set; }

    /// <summary>"nguoc": the other way round (worst first).</summary>
    [BindProperty(SupportsGet = true, Name = "chieu")] public string? Direction { get; set; }

    public Period Quarter { get; private set; }
    public Period Current { get; private set; }
    public RollupData Data { get; private set; } = null!;
    public IReadOnlyList<RollupLine> Lines { get; private set; } = [];
    public NationalFigure? SortedBy { get; private set; }
    public bool Reversed => Direction == "nguoc";

    /// <summary>The quarters offered in the chooser: the last eight, newest first.</summary>
    public IReadOnlyList<Period> Offered => [.. NationalRollup.QuartersEnding(Current, 8).Reverse()];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The same table as CSV: one line per province, the figures' keys as headers, each value then its detail.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var text = new StringBuilder();
        text.Append(Csv.Line(["ma-tinh", "tinh", "quy", .. Data.Figures.SelectMany(f => new[] { f.Key, f.Key + "-chi-tiet" })]));
        foreach (var line in Lines)
        {
            text.Append(Csv.Line(
            [
                line.Province.Code.Value, line.Province.Name, Quarter.Code,
                .. Data.Figures.SelectMany(f => new[] { FigureFormat.Invariant(line[f.Key]), line[f.Key]?.Detail ?? "" }),
            ]));
        }

        return File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())], "text/csv; charset=utf-8", $"tong-hop-quoc-gia-{Quarter.Code}.csv");
    }

    /// <summary>The link that sorts by <paramref name="key"/> (null: the provinces' order), turning the order round when already sorted so.</summary>
    public string SortLink(string? key)
    {
        var again = SortedBy?.Key == key && !Reversed;
        var query = $"?quy={Quarter.Code}";
        if (key is not null)
        {
            query += $"&sap-xep={Uri.EscapeDataString(key)}";
        }

        return again ? query + "&chieu=nguoc" : query;
    }

    /// <summary>aria-sort for a column.</summary>
    public string AriaSort(string? key)
    {
        if (SortedBy?.Key != key)
        {
            return "none";
        }

        var descending = key is not null && SortedBy!.HigherIsBetter;
        return descending != Reversed ? "descending" : "ascending";
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Current = rollup.CurrentQuarter;
        Quarter = Period.TryParse(QuarterCode, out var asked) && asked.Kind == PeriodKind.Quarter && asked.CompareTo(Current) <= 0 ? asked : Current;
        var provinces = rollup.Readable(User);
        Data = await rollup.ReadAsync(provinces, [Quarter], ct);
        SortedBy = Data.Figures.FirstOrDefault(f => f.Key == SortKey);
        Lines = NationalRollup.Sort(Data.Lines(Quarter), SortedBy, Reversed);
    }
}
