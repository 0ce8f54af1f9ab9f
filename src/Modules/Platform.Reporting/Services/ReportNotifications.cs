using System.Text;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Reporting.Model;
using Platform.Reporting.Pages;
using Platform.Reporting.Persistence;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Reporting.Services;

/// <summary>
/// What the reporting module tells people, put in the outbox with the submission that causes it (written when the
/// submission commits, or not at all): a report received, to the bodies the stage sends it to.
/// </summary>
internal sealed class ReportNotifications(ReportingDbContext db, INotificationOutbox outbox, CurrentProvince province) : IModuleService
{
    public const string ReceivedKind = "report.received";

    /// <summary>
    /// A report was submitted (or a correction replaced one): the stage's recipients hear of it. Members report to
    /// the standing agency — in Sơn La to all three standing agencies at once (Art. 12.4), the thematic reports go to
    /// DOST (Art. 12.5), DOST's general report to the committee (Art. 12.6); in Đắk Lắk to the committee's standing
    /// agency, which reports to the committee (Art. 13.1). A body is told through its lead agency's focal points, the
    /// committee through its head's seat, and the standing agency's staff (the secretariat, which chases and
    /// consolidates the reports) always. Lateness is judged on the first submitted version, as everywhere.
    /// </summary>
    public void Received(Obligation obligation, Submission submitted, DateOnly firstSubmittedOn)
    {
        var definition = province.Required;
        var code = definition.Code.Value;
        var (stage, period, submitter) = (obligation.Stage, obligation.Period, obligation.Submitter);
        var own = submitter.Kind == SubmitterKind.Seat
            ? definition.FindSeat(submitter.Key)?.AgencyKey
            : definition.Bodies.FirstOrDefault(b => b.Key == submitter.Key)?.LeadAgencyKey;
        var agencies = stage.Recipients
            .Select(r => definition.Bodies.FirstOrDefault(b => b.Key == r)?.LeadAgencyKey)
            .OfType<string>()
            .Where(a => a != own) // a standing agency is not told of the report it sent itself
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var seats = stage.Recipients.Contains(Recipients.Committee)
            ? definition.Seats.Where(s => s.Role == SeatRole.Head).Select(s => s.Key).ToList()
            : [];

        var name = ReportLabels.Name(definition, submitter);
        var periods = string.Join(" và ", obligation.Covers.Select(p => p.Label)); // "Quý II/2026 và 6 tháng đầu năm 2026"
        var late = !obligation.OnTime(firstSubmittedOn);
        var days = firstSubmittedOn.DayNumber - obligation.Due.DayNumber;
        var to = string.Join(", ", stage.Recipients.Select(r => ReportLabels.Recipient(definition, r)));
        var body = new StringBuilder()
            .AppendLine($"{name} đã gửi {stage.Name}, kỳ {periods}" +
                        (submitted.Edition > 1 ? $" (bản {submitted.Edition}, thay thế bản đã gửi trước)." : "."))
            .AppendLine($"Gửi đến: {to}.")
            .AppendLine($"Ngày gửi: {VietnamTime.Format(submitted.SubmittedOn ?? firstSubmittedOn)}; hạn gửi: {VietnamTime.Format(obligation.Due)} ({definition.Name}, {stage.Article.ToVietnamese()}).")
            .Append(late
                ? $"Báo cáo gửi MUỘN {days} ngày so với hạn (bản đầu gửi ngày {VietnamTime.Format(firstSubmittedOn)})."
                : "Báo cáo gửi đúng hạn.");
        outbox.Add(db, new Notification
        {
            Kind = ReceivedKind,
            Subject = $"{(late ? "Báo cáo gửi muộn" : "Đã nhận báo cáo")}: {stage.Name}, {periods} — {name}",
            Body = body.ToString(),
            Link = $"/{code}/reports/write?ky={Uri.EscapeDataString(period.Code)}&buoc={Uri.EscapeDataString(stage.Key)}&ai={Uri.EscapeDataString(submitter.Key)}",
            Seats = seats,
            Agencies = agencies,
            Roles = ["secretariat"],
        });
    }
}
