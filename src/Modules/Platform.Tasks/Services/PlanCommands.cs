using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;

namespace Platform.Tasks.Services;

/// <summary>
/// The annual work programme or plan: the standing agency drafts its items; the head approves and issues it, and each
/// item becomes a task (a recurring item, one task per occurrence until the year's end) with the head as issuer.
/// </summary>
internal sealed class PlanCommands(
    TasksDbContext db, CurrentProvince province, ICommitteeDirectory committee, TaskCommands tasks, CommitteeActors actors, ICurrentActor actor, TimeProvider clock)
    : IModuleService
{
    private string Province => province.Required.Code.Value;

    public async Task<Outcome> StartAsync(int year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            return Outcome.Missing;
        }

        if (await db.Plans.AnyAsync(p => p.Year == year, ct))
        {
            return Outcome.Done();
        }

        db.Plans.Add(new WorkPlan
        {
            Id = Guid.CreateVersion7(),
            Province = Province,
            Year = year,
            Title = $"Chương trình, kế hoạch công tác năm {year} của {province.Required.Committee.ShortName}",
            DraftedBy = actor.Name,
        });
        return await Edits.SaveAsync(db, null, ct);
    }

    /// <summary>The standing agency adds an item to the year's plan while it is a draft; anyone else is refused.</summary>
    public async Task<Outcome> AddItemAsync(int year, TaskForm form, ClaimsPrincipal user, CancellationToken ct) =>
        await actors.RefuseUnlessSecretariatAsync(user) ?? await SeedItemAsync(year, form, ct);

    /// <summary>Adds an item with no user to check: for the demo data written at start-up, as the system.</summary>
    public async Task<Outcome> SeedItemAsync(int year, TaskForm form, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Items).SingleOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null)
        {
            return Outcome.Missing;
        }

        if (plan.CheckRevisable() is { } issued)
        {
            return issued;
        }

        // A recurring item runs until the end of the plan's year.
        form.Until = VietnamTime.Format(new DateOnly(year, 12, 31));
        var agencies = (await committee.AgenciesAsync(ct)).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var read = form.Parse(agencies, province.Required.Portfolios.Select(p => p.Key).ToHashSet(StringComparer.Ordinal), VietnamTime.Today(clock));
        var errors = new Dictionary<string, Message>(read.Errors);
        if (!errors.ContainsKey(nameof(TaskForm.Due)) && read.Due.Year != year)
        {
            errors[nameof(TaskForm.Due)] = new($"Thời hạn phải trong năm {year}.", $"The deadline must fall in {year}.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        // Added through its set: a new row with its key set, found only through the parent's list, would be taken for an existing one.
        db.PlanItems.Add(new PlanItem
        {
            Id = Guid.CreateVersion7(),
            Province = Province,
            PlanId = plan.Id,
            Number = plan.Items.Count == 0 ? 1 : plan.Items.Max(i => i.Number) + 1,
            Title = read.Title,
            ExpectedOutput = read.ExpectedOutput,
            PortfolioKey = read.PortfolioKey,
            LeadAgencyKey = read.LeadAgencyKey,
            CoAgencyKeys = read.CoAgencyKeys,
            Due = read.Due,
            Recurrence = read.Recurrence,
        });
        return await Edits.SaveAsync(db, plan.Id, ct);
    }

    /// <summary>The standing agency takes an item off the draft plan; anyone else is refused.</summary>
    public async Task<Outcome> RemoveItemAsync(int year, Guid itemId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await actors.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var plan = await db.Plans.Include(p => p.Items).SingleOrDefaultAsync(p => p.Year == year, ct);
        var item = plan?.Items.SingleOrDefault(i => i.Id == itemId);
        if (plan is null || item is null)
        {
            return Outcome.Missing;
        }

        if (plan.CheckRevisable() is { } issued)
        {
            return issued;
        }

        plan.Items.Remove(item);
        var number = 1;
        foreach (var rest in plan.Items.OrderBy(i => i.Number))
        {
            rest.Number = number++;
        }

        return await Edits.SaveAsync(db, plan.Id, ct);
    }

    /// <summary>The head approves and issues the plan under a decision; every item becomes a task.</summary>
    public async Task<Outcome> IssueAsync(int year, string? number, string? date, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Items).SingleOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null)
        {
            return Outcome.Missing;
        }

        var head = province.Required.Seats.First(s => s.Role == SeatRole.Head).Key;
        if (!user.HoldsSeat(Province, head))
        {
            var article = province.Required.Tasks.Plan;
            const string vi = "Chỉ Trưởng Ban phê duyệt, ban hành chương trình, kế hoạch công tác hằng năm.";
            const string en = "Only the head approves and issues the annual work plan.";
            return Outcome.Refused(article is null ? new Message(vi, en) : Message.Citing(province.Required.Name, article, vi, en));
        }

        if (plan.Version != version)
        {
            return Edits.Clash;
        }

        if (plan.Status == PlanStatus.Issued)
        {
            return Outcome.Broken(new("Kế hoạch đã ban hành.", "The plan was already issued."));
        }

        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(number))
        {
            errors["DecisionNumber"] = new("Hãy nhập số văn bản ban hành.", "Enter the number of the issuing document.");
        }

        if (!VietnamTime.TryParse(date, out var signed))
        {
            errors["DecisionDate"] = new("Ngày ban hành phải có dạng dd/MM/yyyy.", "The date must be dd/MM/yyyy.");
        }

        if (plan.Items.Count == 0)
        {
            errors[Outcome.General] = new("Kế hoạch chưa có mục nào.", "The plan has no items.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        Issue(plan, number!.Trim(), signed, head);
        plan.IssuedActingDocument = user.ActingFor(Province, head)?.Reference;
        return await Edits.SaveAsync(db, plan.Id, ct);
    }

    /// <summary>Marks the plan issued under a decision and creates a task (or series) per item, the head as issuer.</summary>
    internal void Issue(WorkPlan plan, string number, DateOnly signed, string headSeat)
    {
        (plan.Status, plan.DecisionNumber, plan.DecisionDate, plan.IssuedBy, plan.IssuedAt) = (PlanStatus.Issued, number, signed, actor.Name, clock.GetUtcNow());
        var end = new DateOnly(plan.Year, 12, 31);
        foreach (var item in plan.Items.OrderBy(i => i.Number))
        {
            var read = new TaskForm.Read(new Dictionary<string, Message>(), item.Title, item.ExpectedOutput, item.PortfolioKey, item.LeadAgencyKey, item.CoAgencyKeys, item.Due, item.Recurrence, item.Recurrence == Recurrence.None ? null : end);
            tasks.Create(read, TaskSource.Plan, item.Id, $"Kế hoạch công tác năm {plan.Year} ({number}), mục {item.Number}", $"tasks/plans/{plan.Year}", headSeat);
        }
    }
}
