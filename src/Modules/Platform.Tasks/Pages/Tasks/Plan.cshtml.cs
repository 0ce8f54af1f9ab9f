using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Documents;
using Platform.Core.Forms;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Tasks.Model;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>One year's plan: the standing agency adds and removes items; the head approves and issues it under a decision.</summary>
internal sealed class PlanModel(TaskQueries queries, PlanCommands commands, CurrentProvince province, IAuthorizationService authorization, ICommitteeDirectory committee)
    : TasksPage(authorization, committee)
{
    public WorkPlan Plan { get; private set; } = null!;
    public CurrentProvince Province => province;
    public bool IsHead => User.HoldsSeat(ProvinceCode, province.Required.Seats.First(s => s.Role == SeatRole.Head).Key);

    [BindProperty] public TaskForm Form { get; set; } = new();
    [BindProperty, StringLength(TextLimits.Name)] public string? DecisionNumber { get; set; }
    [BindProperty] public string? DecisionDate { get; set; }
    [BindProperty] public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct) => await LoadAsync(year, ct) ?? Page();

    /// <summary>The plan as a Decree 30 document (<see cref="PlanDocument"/>).</summary>
    public OfficialDocument? Document { get; private set; }

    /// <summary>The page shows the plan alone, to print.</summary>
    public bool Printing { get; private set; }

    /// <summary>The plan in the Decree 30 format, printable; whoever reads the plan reads it.</summary>
    public async Task<IActionResult> OnGetPrintAsync(int year, CancellationToken ct)
    {
        if (await LoadAsync(year, ct) is { } missing)
        {
            return missing;
        }

        Printing = Document is not null;
        return Document is null ? NotFound() : Page();
    }

    /// <summary>The plan as a .docx; the same people as the page may download it, and it says what the printable page shows.</summary>
    public async Task<IActionResult> OnGetDocxAsync(int year, CancellationToken ct)
    {
        if (await LoadAsync(year, ct) is { } missing)
        {
            return missing;
        }

        return Document is null ? NotFound() : File(OfficialDocumentWriter.ToBytes(Document), OfficialDocumentWriter.ContentType, $"ke-hoach-{year}.docx");
    }

    public Task<IActionResult> OnPostItemAsync(int year, CancellationToken ct) =>
        RunAsync(year, () => commands.AddItemAsync(year, Form, User, ct), "Đã thêm mục vào kế hoạch.", ct);

    public Task<IActionResult> OnPostRemoveAsync(int year, Guid itemId, CancellationToken ct) =>
        RunAsync(year, () => commands.RemoveItemAsync(year, itemId, User, ct), "Đã bỏ mục khỏi kế hoạch.", ct);

    public Task<IActionResult> OnPostIssueAsync(int year, CancellationToken ct) =>
        RunAsync(year, () => commands.IssueAsync(year, DecisionNumber, DecisionDate, Version, User, ct), "Đã ban hành kế hoạch; các mục đã trở thành nhiệm vụ.", ct);

    /// <summary>Runs a command, which decides who may take the step; a refusal shows the plan again with its message.</summary>
    private async Task<IActionResult> RunAsync(int year, Func<Task<Outcome>> command, string done, CancellationToken ct)
    {
        var outcome = await command();
        if (outcome.Succeeded)
        {
            return After(done, $"tasks/plans/{year}");
        }

        return Refusal(outcome) ?? await LoadAsync(year, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int year, CancellationToken ct)
    {
        await PrepareAsync(ct);
        var plan = await queries.PlanAsync(year, ct);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        Version = plan.Version;
        Document = PlanDocument.Of(province.Required, plan, Agencies);
        return null;
    }
}
