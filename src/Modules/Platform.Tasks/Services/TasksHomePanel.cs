using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Home;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Tasks.Persistence;
using Platform.Tasks.Rules;

namespace Platform.Tasks.Services;

/// <summary>The tasks module's part of the home page.</summary>
internal sealed record TasksPanel(
    int OverdueAll, IReadOnlyList<StateCounts> LateAgencies, IReadOnlyList<TaskRow> MyOverdue, IReadOnlyList<TaskRow> MyDueSoon,
    IReadOnlyList<(Model.ExtensionRequest Request, TaskRow Task)> Extensions, IReadOnlyList<string> MyAgencies, DateOnly Today);

/// <summary>
/// "What is late": for everyone the number of overdue tasks and the agencies with most of them; for a member, their
/// agency's overdue and due-soon tasks; for whoever assigned tasks, the extension requests to decide.
/// </summary>
internal sealed class TasksHomePanel(TasksDbContext db, TaskQueries queries, CommitteeActors actors, CurrentProvince province, TimeProvider clock)
    : IHomePanel, IModuleService
{
    public int Order => 20;

    public string PartialView => "/Pages/Tasks/_HomePanel.cshtml";

    public async Task<object?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var overdue = TaskStates.Is(TaskState.Overdue, today);
        var late = await db.Tasks.AsNoTracking().Where(overdue)
            .GroupBy(t => t.LeadAgencyKey)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Take(5)
            .Select(g => new StateCounts(g.Key, g.Count(), 0, 0, 0, 0, 0))
            .ToListAsync(cancellationToken);
        var total = await db.Tasks.AsNoTracking().CountAsync(overdue, cancellationToken);

        var me = await actors.OfAsync(user, cancellationToken);
        var mine = me.Agencies.ToList();
        IReadOnlyList<TaskRow> myOverdue = [];
        IReadOnlyList<TaskRow> myDueSoon = [];
        if (mine.Count > 0)
        {
            myOverdue = (await queries.ListAsync(new TaskFilter { AnyOfAgencies = mine, State = TaskState.Overdue }, today, cancellationToken)).Rows.Take(5).ToList();
            myDueSoon = (await queries.ListAsync(new TaskFilter { AnyOfAgencies = mine, DueWithinDays = TaskQueries.SoonDays }, today, cancellationToken)).Rows.Take(5).ToList();
        }

        var extensions = await queries.PendingExtensionsAsync(user.SeatsIn(province.Required.Code.Value), cancellationToken);
        return new TasksPanel(total, late, myOverdue, myDueSoon, extensions, mine, today);
    }
}
