using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Meetings.Contracts;
using Platform.Tasks.Model;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>
/// Turns an item of an issued conclusion notice into a task (the standing agency follows the conclusions), or lets a
/// leader assign a task directly. Items already followed are marked so; nothing is tracked twice.
/// </summary>
internal sealed class NewModel(
    TaskCommands commands, TaskQueries queries, IConclusionNotices notices, CommitteeActors actors, CurrentProvince province,
    TimeProvider clock, IAuthorizationService authorization, ICommitteeDirectory committee) : TasksPage(authorization, committee)
{
    private readonly IAuthorizationService _authorization = authorization;

    [BindProperty(SupportsGet = true, Name = "muc")] public Guid? ItemId { get; set; }
    [BindProperty] public TaskForm Form { get; set; } = new();

    public IssuedItem? Item { get; private set; }
    public IReadOnlyList<IssuedNotice> Notices { get; private set; } = [];
    public IReadOnlySet<Guid> Tracked { get; private set; } = new HashSet<Guid>();
    public bool IsLeader { get; private set; }
    public CurrentProvince Province => province;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var refused = await LoadAsync(ct);
        if (refused is not null)
        {
            return refused;
        }

        if (Item is { } item)
        {
            Form = new TaskForm { Title = item.Text, LeadAgencyKey = item.LeadAgencyKey, Due = VietnamTime.Format(item.DueDate) };
        }
        else
        {
            Form = new TaskForm { Due = VietnamTime.Format(VietnamTime.Today(clock).AddMonths(1)) };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refused = await LoadAsync(ct);
        if (refused is not null)
        {
            return refused;
        }

        var outcome = ItemId is { } item ? await commands.FromConclusionAsync(item, Form, ct) : await commands.DirectAsync(Form, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã giao nhiệm vụ.", $"tasks/{outcome.Id}");
        }

        return Refusal(outcome) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        await PrepareAsync(ct);
        IsLeader = (await _authorization.AuthorizeAsync(User, Policies.Leader)).Succeeded && (await actors.OfAsync(User, ct)).LeaderSeat is not null;
        if (!IsSecretariat && !IsLeader)
        {
            return Forbid();
        }

        if (ItemId is { } id)
        {
            Item = await notices.ItemAsync(id, ct);
            if (Item is null)
            {
                return NotFound();
            }

            Tracked = await queries.TrackedSourcesAsync([id], ct);
        }
        else
        {
            Notices = await notices.IssuedAsync(ct);
            Tracked = await queries.TrackedSourcesAsync([.. Notices.SelectMany(n => n.Items).Select(i => i.Id)], ct);
        }

        return null;
    }
}
