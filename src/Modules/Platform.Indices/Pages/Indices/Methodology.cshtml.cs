using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Indices.Services;

namespace Platform.Indices.Pages.Indices;

/// <summary>
/// An index's methodology, version by version (the scale and the pillars, from a year until the next version), read by
/// everyone in the province and kept by the owning agency's focal points and the standing agency.
/// </summary>
internal sealed class MethodologyModel(IndexQueries queries, IndexCommands commands, MethodologyCommands methodologies, CurrentProvince province) : CommandPage
{
    [BindProperty(SupportsGet = true, Name = "index")] public string Key { get; set; } = "";

    /// <summary>The version (by its first year) the form opens on, to correct it.</summary>
    [BindProperty(SupportsGet = true, Name = "tu-nam")] public int? EditFrom { get; set; }

    [BindProperty] public MethodologyForm Method { get; set; } = new();

    public IndexRecord Record { get; private set; } = null!;
    public bool MayEnter { get; private set; }
    public CurrentProvince Province => province;
    public IndexCommands Commands => commands;

    /// <summary>Pillar rows the form offers at least.</summary>
    public const int PillarSlots = 10;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (EditFrom is { } from && Record.Methodologies.FirstOrDefault(m => m.FromYear == from) is { } version)
        {
            Method = new MethodologyForm
            {
                FromYear = version.FromYear.ToString(CultureInfo.InvariantCulture),
                ScaleMax = TrendChart.Number(version.ScaleMax),
                SourceDocument = version.SourceDocument,
                PillarNames = [.. version.Pillars.Select(p => (string?)p.Name)],
                PillarMaxes = [.. version.Pillars.Select(p => p.ScaleMax is { } m ? TrendChart.Number(m) : null)],
                Version = version.Version,
            };
        }

        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await methodologies.SaveAsync(Key, Method, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã lưu phương pháp đánh giá.", $"chi-so/{Key}/phuong-phap");
        }

        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Pad();
        return Refusal(outcome) ?? Page();
    }

    /// <summary>The last year a version applies to, or null while it is the newest.</summary>
    public int? Until(Model.Methodology version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Record.Methodologies.Where(m => m.FromYear > version.FromYear).Select(m => (int?)m.FromYear - 1).Min();
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
        var slots = Math.Max(PillarSlots, Method.PillarNames.Count + 2);
        while (Method.PillarNames.Count < slots)
        {
            Method.PillarNames.Add(null);
        }

        while (Method.PillarMaxes.Count < Method.PillarNames.Count)
        {
            Method.PillarMaxes.Add(null);
        }
    }
}
