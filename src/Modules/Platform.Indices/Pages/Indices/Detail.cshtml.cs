using Microsoft.AspNetCore.Mvc;
using Platform.Core.Dates;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Indices.Services;

namespace Platform.Indices.Pages.Indices;

/// <summary>
/// One index: its trend over the years (an SVG chart with its data table), the latest year's pillars and the forms to
/// enter a year's result and target, for the owning agency's focal points and the standing agency only.
/// </summary>
internal sealed class DetailModel(IndexQueries queries, IndexCommands commands, CurrentProvince province) : CommandPage
{
    [BindProperty(SupportsGet = true, Name = "index")] public string Key { get; set; } = "";

    /// <summary>The year whose result and target the forms open on, to correct them.</summary>
    [BindProperty(SupportsGet = true, Name = "nam")] public int? EditYear { get; set; }

    [BindProperty] public ResultForm Result { get; set; } = new();
    [BindProperty] public TargetForm Target { get; set; } = new();

    public IndexRecord Record { get; private set; } = null!;
    public bool MayEnter { get; private set; }
    public CurrentProvince Province => province;
    public IndexCommands Commands => commands;

    /// <summary>Pillar rows the form offers.</summary>
    public const int PillarSlots = 8;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (EditYear is { } year && Record.Results.FirstOrDefault(r => r.Year == year) is { } result)
        {
            Result = new ResultForm
            {
                Year = result.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Score = TrendChart.Number(result.Score),
                Rank = result.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                RankedOf = result.RankedOf?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SourceBody = result.SourceBody,
                SourceDocument = result.SourceDocument,
                SourceDate = VietnamTime.Format(result.SourceDate),
                PillarNames = [.. result.Pillars.Select(p => (string?)p.Name)],
                PillarScores = [.. result.Pillars.Select(p => (string?)TrendChart.Number(p.Score))],
                Version = result.Version,
            };
        }

        if (EditYear is { } targetYear && Record.TargetFor(targetYear) is { } target)
        {
            Target = new TargetForm
            {
                Year = target.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Score = target.Score is { } s ? TrendChart.Number(s) : null,
                Rank = target.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SourceDocument = target.SourceDocument,
                Version = target.Version,
            };
        }

        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostResultAsync(CancellationToken ct)
    {
        var outcome = await commands.SaveResultAsync(Key, Result, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã lưu kết quả chỉ số.", $"chi-so/{Key}");
        }

        return await RefusedAsync(outcome, ct);
    }

    public async Task<IActionResult> OnPostTargetAsync(CancellationToken ct)
    {
        var outcome = await commands.SaveTargetAsync(Key, Target, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã lưu chỉ tiêu.", $"chi-so/{Key}");
        }

        return await RefusedAsync(outcome, ct);
    }

    private async Task<IActionResult> RefusedAsync(Core.Commands.Outcome outcome, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Pad();
        return Refusal(outcome) ?? Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await queries.RecordAsync(Key, ct) is not { } record)
        {
            return false;
        }

        Record = record;
        MayEnter = await commands.MayEnterAsync(User, record.Index);
        return true;
    }

    private void Pad()
    {
        // A new year's form offers the newest methodology's pillars by name: the pillars are the methodology's.
        if (Result.Version is null && Result.PillarNames.All(string.IsNullOrWhiteSpace) && Record.Methodologies.Count > 0)
        {
            Result.PillarNames = [.. Record.Methodologies[^1].Pillars.Select(p => (string?)p.Name)];
            Result.PillarScores = [.. Result.PillarNames.Select((_, k) => Result.PillarScores.ElementAtOrDefault(k))];
        }

        while (Result.PillarNames.Count < PillarSlots)
        {
            Result.PillarNames.Add(null);
        }

        while (Result.PillarScores.Count < Result.PillarNames.Count)
        {
            Result.PillarScores.Add(null);
        }
    }
}
