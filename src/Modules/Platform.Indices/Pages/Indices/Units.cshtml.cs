using Microsoft.AspNetCore.Mvc;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Indices.Services;
using Platform.Sdk.Structure;

namespace Platform.Indices.Pages.Indices;

/// <summary>
/// The ranking of the province's own agencies and localities on an index for a year (Sơn La, Art. 8.2: DOST organises
/// measuring the DTI of the province's agencies and localities), for an index whose pack states a unit ranking; with
/// the form to enter or correct the year's table, for the index's owning agency and the standing agency only.
/// </summary>
internal sealed class UnitsModel(UnitRankings rankings, IndexCommands commands, CurrentProvince province) : CommandPage
{
    [BindProperty(SupportsGet = true, Name = "index")] public string Key { get; set; } = "";

    /// <summary>The year shown; without one, the newest year entered (or last year when none is).</summary>
    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }

    /// <summary>A year asked for through the small "open a year" form: the page moves to its address.</summary>
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Open { get; set; }

    [BindProperty] public UnitRankingForm Units { get; set; } = new();

    public IndexDefinition Index { get; private set; } = null!;
    public UnitRankingView? Ranking { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool MayEnter { get; private set; }
    public int ShownYear { get; private set; }
    public CurrentProvince Province => province;
    public IndexCommands Commands => commands;
    public UnitRankings Rankings => rankings;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Open is { } open)
        {
            return rankings.InRange(open) && rankings.Ranked(Key) is not null
                ? RedirectToPage("/Indices/Units", new { province = ProvinceCode, index = Key, year = open })
                : NotFound();
        }

        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Ranking is { } shown)
        {
            Units = new UnitRankingForm { Rows = UnitRankings.AsRows(shown.Ranking), Version = shown.Ranking.Version };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Year is not { } year)
        {
            return NotFound();
        }

        var outcome = await rankings.SaveAsync(Key, year, Units, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã lưu bảng xếp hạng các đơn vị.", $"chi-so/{Key}/don-vi/{year}");
        }

        if (outcome.NotFound || !await LoadAsync(ct))
        {
            return NotFound();
        }

        return Refusal(outcome) ?? Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (rankings.Ranked(Key) is not { } index || (Year is { } asked && !rankings.InRange(asked)))
        {
            return false;
        }

        Index = index;
        Years = await rankings.YearsAsync(index.Key, ct);
        ShownYear = Year ?? (Years.Count > 0 ? Years[0] : rankings.LastYear - 1);
        Ranking = await rankings.ReadAsync(index.Key, ShownYear, ct);
        MayEnter = await commands.MayEnterAsync(User, index);
        return true;
    }
}
