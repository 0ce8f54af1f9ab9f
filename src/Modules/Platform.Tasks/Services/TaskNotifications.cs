using System.Text;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Core.Tenancy;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;

namespace Platform.Tasks.Services;

/// <summary>
/// What the tasks module tells people about an extension, put in the outbox with the change that causes it (written
/// when the change commits, or not at all): a request to whoever decides it, a decision to the agencies doing the task.
/// </summary>
internal sealed class TaskNotifications(TasksDbContext db, INotificationOutbox outbox, CurrentProvince province) : IModuleService
{
    public const string ExtensionRequestedKind = "task.extension-requested";
    public const string ExtensionDecidedKind = "task.extension-decided";

    /// <summary>
    /// The lead agency asked for a later deadline. Neither regulation has an article on extending a task: a member
    /// answers to the head for the tasks given to it and reports at once what holds them up (Đắk Lắk, Art. 6.1–6.2;
    /// Sơn La, Art. 9.1a), so the request goes to whoever assigned the task (the seat that decides it); the standing
    /// agency, which follows and urges the tasks (Đắk Lắk, Art. 8.2; Sơn La, Art. 11.2) and enters a decision taken
    /// on paper, hears of it too.
    /// </summary>
    public void ExtensionRequested(TaskItem task, ExtensionRequest request, string agencyName)
    {
        var code = province.Required.Code.Value;
        var approver = province.Required.FindSeat(request.ApproverSeatKey)?.Office;
        var body = new StringBuilder()
            .AppendLine($"{agencyName} đề nghị gia hạn nhiệm vụ: {task.Title}.")
            .AppendLine($"Thời hạn hiện tại: {VietnamTime.Format(request.CurrentDue)}; thời hạn đề nghị: {VietnamTime.Format(request.RequestedDue)}.")
            .AppendLine($"Lý do: {request.Reason}")
            .Append(approver is null
                ? "Người đã giao nhiệm vụ xem xét, quyết định trên Nền tảng."
                : $"Người quyết định: {approver} (người đã giao nhiệm vụ). Đồng chí xem xét, quyết định trên Nền tảng; nếu quyết định bằng văn bản giấy, Cơ quan thường trực nhập thay.");
        outbox.Add(db, new Notification
        {
            Kind = ExtensionRequestedKind,
            Subject = $"Đề nghị gia hạn nhiệm vụ: {task.Title} (đến {VietnamTime.Format(request.RequestedDue)})",
            Body = body.ToString(),
            Link = $"/{code}/tasks/{task.Id}",
            Seats = [request.ApproverSeatKey],
            Roles = ["secretariat"],
        });
    }

    /// <summary>
    /// Whoever assigned the task approved or refused the extension (or the standing agency entered their decision
    /// from a paper document): the lead and co-operating agencies' focal points hear of it, as they heard of the
    /// assignment.
    /// </summary>
    public void ExtensionDecided(TaskItem task, ExtensionRequest request, string? paper)
    {
        var approved = request.Status == ExtensionStatus.Approved;
        var due = VietnamTime.Format(task.Due);
        var body = new StringBuilder()
            .AppendLine(approved
                ? $"Đề nghị gia hạn nhiệm vụ \"{task.Title}\" đã được đồng ý: thời hạn mới là {due} (trước đây {VietnamTime.Format(request.CurrentDue)})."
                : $"Đề nghị gia hạn nhiệm vụ \"{task.Title}\" đến {VietnamTime.Format(request.RequestedDue)} không được đồng ý; thời hạn vẫn là {due}.");
        if (request.DecisionNote is { } note)
        {
            body.AppendLine($"Ý kiến: {note}");
        }

        if (paper is not null)
        {
            body.AppendLine($"Quyết định theo văn bản số {paper}, do Cơ quan thường trực nhập thay.");
        }

        body.Append("Đồng chí xem nhiệm vụ trên Nền tảng.");
        outbox.Add(db, new Notification
        {
            Kind = ExtensionDecidedKind,
            Subject = approved
                ? $"Đồng ý gia hạn nhiệm vụ: {task.Title} — thời hạn mới {due}"
                : $"Không đồng ý gia hạn nhiệm vụ: {task.Title} — thời hạn vẫn là {due}",
            Body = body.ToString(),
            Link = $"/{province.Required.Code.Value}/tasks/{task.Id}",
            Agencies = [.. new[] { task.LeadAgencyKey }.Concat(task.CoAgencyKeys).Distinct(StringComparer.Ordinal)],
        });
    }
}
