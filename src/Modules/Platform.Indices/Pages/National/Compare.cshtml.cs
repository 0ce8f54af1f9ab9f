using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Dates;
using Platform.Indices.Services;
using Platform.Sdk.Structure;

namespace Platform.Indices.Pages.National;

/// <summary>
/// The ministry's comparison of provinces on one index and one year: score, rank of the number ranked, the year's
/// target and whether it was met, and the source, for the provinces the user may read and no other. An account that
/// reads one province sees that province alone; the root page links here for accounts that read several.
/// </summary>
[Authorize]
internal sealed class CompareModel(NationalComparison comparison, TimeProvider clock) : PageModel
{
    /// <summary>The index, by the key the packs declare it under.</summary>
    [BindProperty(SupportsGet = true, Name = "chi-so")] public string? Key { get; set; }

    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }

    /// <summary>"diem" orders by score; anything else by rank.</summary>
    [BindProperty(SupportsGet = true, Name = "sap-xep")] public string? Order { get; set; }

    public IReadOnlyList<ProvinceDefinition> Readable { get; private set; } = [];
    public IReadOnlyList<ComparableIndex> Indices { get; private set; } = [];
    public Comparison? Result { get; private set; }
    public ComparisonOrder SortedBy => Order == "diem" ? ComparisonOrder.Score : ComparisonOrder.Rank;
    public int LastYear => VietnamTime.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Readable = comparison.Readable(User);
        Indices = NationalComparison.Indices(Readable);
        if (Key is not null && Indices.All(i => i.Key != Key))
        {
            // An index no readable province declares: nothing to compare, and nothing said about other provinces.
            return NotFound();
        }

        if (Indices.Count == 0)
        {
            return Page();
        }

        var index = Indices.FirstOrDefault(i => i.Key == Key) ?? Indices.FirstOrDefault(i => i.Key == "dti") ?? Indices[0];

        Key = index.Key;
        var year = Year is { } y && y >= IndexCommands.FirstYear && y <= LastYear ? y : LastYear - 1;
        Year = year;
        Result = await comparison.CompareAsync(Readable, index, year, SortedBy, ct);
        return Page();
    }
}
