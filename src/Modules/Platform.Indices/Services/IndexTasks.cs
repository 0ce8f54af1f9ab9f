using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Forms;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Tasks.Contracts;

namespace Platform.Indices.Services;

/// <summary>A task aimed at an index, as typed: text, so that a refused form shows back exactly what was typed.</summary>
internal sealed class AimForm
{
    /// <summary>The pillar of the latest result aimed at; empty for the index as a whole.</summary>
    [StringLength(300)]
    public string? Pillar { get; set; }

    [StringLength(TextLimits.Item)]
    public string? Title { get; set; }

    [StringLength(TextLimits.Default)]
    public string? ExpectedOutput { get; set; }

    /// <summary>The lead agency; the form opens on the agency following the index.</summary>
    public string? LeadAgencyKey { get; set; }

    /// <summary>The deadline, dd/MM/yyyy.</summary>
    public string? Due { get; set; }
}

/// <summary>The tasks aimed at one index, and whether the reader may aim one.</summary>
internal sealed record AimedTasks(IndexRecord Record, IReadOnlyList<IndexAimedTask> Tasks, bool MayAim, DateOnly Today);

/// <summary>
/// Acting on an index: from a weak pillar, or the index as a whole, the agency the regulation puts in charge of the index
/// or the standing agency assigns a task through the tasks module (the same rule as entering the index's results: Sơn La,
/// Art. 8.2, 8.3, 9.2a, 9.2b, as the pack states it); the index's page lists the tasks aimed at it.
/// </summary>
internal sealed class IndexTasks(
    IndexCommands commands, IndexQueries queries, ITaskAssignments assignments, ITaskRecords records, CurrentProvince province, TimeProvider clock) : IModuleService
{
    private ProvinceDefinition Province => province.Required;

    private DateOnly Today => VietnamTime.Today(clock);

    /// <summary>The tasks aimed at the index of <paramref name="record"/> (one statement) and whether <paramref name="user"/> may aim one.</summary>
    public async Task<AimedTasks> ForAsync(IndexRecord record, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        var today = Today;
        var tasks = await records.AimedAtIndexAsync(record.Index.Key, today, ct);
        return new AimedTasks(record, tasks, await MayAimAsync(user, record.Index), today);
    }

    /// <summary>Whether <paramref name="user"/> may aim a task at <paramref name="index"/>: the same people as enter its results.</summary>
    public Task<bool> MayAimAsync(ClaimsPrincipal user, IndexDefinition index) => commands.MayEnterAsync(user, index);

    /// <summary>The refusal of anyone but the index's agency and the standing agency, citing the index's article.</summary>
    public Message NotYours(IndexDefinition index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var agency = commands.AgencyName(index);
        var shortName = index.ShortName ?? index.Name;
        return Message.Citing(Province.Name, index.Article,
            $"Chỉ đầu mối của {agency} (cơ quan theo dõi chỉ số) hoặc Cơ quan thường trực giao nhiệm vụ hướng tới chỉ số {shortName}.",
            $"Only a focal point of {agency} (the agency following the index) or the standing agency assigns tasks aimed at {shortName}.");
    }

    /// <summary>
    /// Assigns a task aimed at the index <paramref name="key"/>, or at a pillar of its latest result. Refused to anyone
    /// but the index's agency and the standing agency; a pillar the latest result does not name is refused; the lead
    /// agency, title and deadline (from today) are checked by the tasks module, nothing created when one is wrong.
    /// </summary>
    public async Task<Outcome> AimAsync(string key, AimForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await queries.RecordAsync(key, ct) is not { } record)
        {
            return Outcome.Missing;
        }

        var index = record.Index;
        if (!await commands.MayEnterAsync(user, index))
        {
            return Outcome.Refused(NotYours(index));
        }

        var latest = record.Latest;
        var pillar = string.IsNullOrWhiteSpace(form.Pillar) ? null : form.Pillar.Trim();
        if (pillar is not null && latest?.Pillars.Any(p => p.Name == pillar) != true)
        {
            return Outcome.Invalid(nameof(AimForm.Pillar), new(
                "Hãy chọn một chỉ số thành phần của kết quả năm gần nhất, hoặc chỉ số chung.",
                "Choose a pillar of the latest year's result, or the index as a whole."));
        }

        if (IssuerSeat() is not { } issuer)
        {
            return Outcome.Broken(new("Quy chế của tỉnh không nêu Trưởng Ban để quyết định gia hạn nhiệm vụ.", "The province's regulation names no head to decide the task's extensions."));
        }

        var shortName = index.ShortName ?? index.Name;
        var label = latest is null ? $"Chỉ số {shortName}" : $"Chỉ số {shortName} năm {latest.Year}";
        if (pillar is not null)
        {
            label += $" – Chỉ số thành phần “{pillar}”";
        }

        // The tasks module keys its errors by the same field names as this form's.
        return await assignments.AimAtIndexAsync(
            new IndexTaskToCreate(index.Key, pillar, label, $"chi-so/{index.Key}", issuer, form.Title, form.ExpectedOutput, form.LeadAgencyKey, form.Due), ct);
    }

    /// <summary>
    /// Who decides the task's extensions: the committee's head. Neither the agency following the index nor the standing
    /// agency, who assign it, should grant themselves more time; the head, in whose name the committee's tasks are given,
    /// does (or a deputy acting for the head, as for any task). The standing deputy when a pack names no head.
    /// </summary>
    private string? IssuerSeat()
    {
        var today = Today;
        var seats = Province.Seats.Where(s => s.ExistsOn(today)).OrderBy(s => s.Order).ToList();
        return (seats.FirstOrDefault(s => s.Role == SeatRole.Head) ?? seats.FirstOrDefault(s => s.Role == SeatRole.StandingDeputy))?.Key;
    }
}
