using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Tasks.Contracts;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;

namespace Platform.Tasks.Services;

/// <summary>Follows another module's conclusion items as tasks, through the same assignment as a meeting's conclusion items.</summary>
internal sealed class TaskAssignments(TasksDbContext db, TaskCommands tasks, Core.Notifications.INotificationOutbox outbox) : ITaskAssignments, IModuleService
{
    public Task<IReadOnlyList<string>> FollowConsultationConclusionAsync(ConclusionToFollow conclusion, CancellationToken cancellationToken) =>
        FollowAsync(conclusion, TaskSource.Consultation, cancellationToken);

    public Task<IReadOnlyList<string>> FollowInspectionRecommendationsAsync(ConclusionToFollow conclusion, CancellationToken cancellationToken) =>
        FollowAsync(conclusion, TaskSource.Inspection, cancellationToken);

    public Task<Core.Commands.Outcome> AimAtIndexAsync(IndexTaskToCreate task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var form = new TaskForm { Title = task.Title, ExpectedOutput = task.ExpectedOutput, LeadAgencyKey = task.LeadAgencyKey, Due = task.Due, Recurrence = nameof(Recurrence.None) };
        return tasks.AimAsync(form, task.IndexKey, string.IsNullOrWhiteSpace(task.Pillar) ? null : task.Pillar.Trim(), task.SourceLabel, task.SourcePath, task.IssuerSeatKey, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> FollowAsync(ConclusionToFollow conclusion, TaskSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        var ids = conclusion.Items.Select(i => i.Id).ToList();
        var followed = await db.Tasks.Where(t => t.Source == source && ids.Contains(t.SourceId!.Value))
            .Select(t => t.SourceId!.Value).ToListAsync(cancellationToken);
        var problems = new List<string>();
        foreach (var item in conclusion.Items.Where(i => !followed.Contains(i.Id)))
        {
            var form = new TaskForm { Title = item.Text, LeadAgencyKey = item.LeadAgencyKey, Due = VietnamTime.Format(item.Due), Recurrence = nameof(Recurrence.None) };
            var outcome = await tasks.PrepareAsync(form, source, item.Id, $"{conclusion.SourceLabel}, mục {item.Number}", conclusion.SourcePath, conclusion.IssuerSeatKey, cancellationToken);
            problems.AddRange(outcome.Select(e => $"Mục {item.Number}: {e.Vietnamese} / Item {item.Number}: {e.English}"));
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            outbox.Discard(db);
            return problems;
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
