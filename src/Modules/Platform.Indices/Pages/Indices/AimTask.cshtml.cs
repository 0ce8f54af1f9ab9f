using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Indices.Services;

namespace Platform.Indices.Pages.Indices;

/// <summary>The aim form as drawn: the index, what was typed, its errors.</summary>
internal sealed record AimFormView(IndexRecord Record, AimForm Form, Func<string, string?> Error, Sdk.Structure.ProvinceDefinition Province);

/// <summary>
/// Assigning a task aimed at an index or one of its latest pillars (the form also sits on the index's page): for the
/// agency following the index and the standing agency only, the article cited to anyone else; a refused form comes back
/// here as typed.
/// </summary>
internal sealed class AimTaskModel(IndexQueries queries, IndexTasks tasks, CurrentProvince province) : CommandPage
{
    [BindProperty(SupportsGet = true, Name = "index")] public string Key { get; set; } = "";

    /// <summary>The pillar the form opens on, from the index's page.</summary>
    [BindProperty(SupportsGet = true, Name = "chi-so-thanh-phan")] public string? Pillar { get; set; }

    [BindProperty] public AimForm Form { get; set; } = new();

    public IndexRecord Record { get; private set; } = null!;
    public bool MayAim { get; private set; }
    public CurrentProvince Province => province;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        Form = new AimForm { LeadAgencyKey = Record.Index.OwnerAgencyKey, Pillar = Pillar };
        if (!MayAim)
        {
            Errors = new Dictionary<string, Core.Localization.Message> { [Core.Commands.Outcome.General] = tasks.NotYours(Record.Index) };
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await tasks.AimAsync(Key, Form, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã giao nhiệm vụ hướng tới chỉ số.", $"chi-so/{Key}#aimed-tasks");
        }

        if (outcome.NotFound || await LoadAsync(ct) is { } missing)
        {
            return NotFound();
        }

        return Refusal(outcome) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await queries.RecordAsync(Key, ct) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        MayAim = await tasks.MayAimAsync(User, record.Index);
        return null;
    }
}
