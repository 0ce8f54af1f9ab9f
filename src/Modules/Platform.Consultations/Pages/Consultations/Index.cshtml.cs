using System.Text;
using Microsoft.AspNetCore.Mvc;
using Platform.Consultations.Model;
using Platform.Consultations.Services;
using Platform.Core.Exports;
using Platform.Core.Pages;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Meetings.Contracts;

namespace Platform.Consultations.Pages.Consultations;

/// <summary>Open consultations with their response rates, and the province's history by year, state and subject (CSV too).</summary>
internal sealed class IndexModel(ConsultationQueries queries, ConsultationCommands commands, IMeetingRecords meetings, CurrentProvince province) : CommandPage
{
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "tinh-trang")] public ConsultationState? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "tim")] public string? Words { get; set; }

    public IReadOnlyList<ConsultationRow> Open { get; private set; } = [];
    public IReadOnlyList<ConsultationRow> History { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool MayLaunch { get; private set; }

    /// <summary>The signed-in holder's own opinions: answers to consultations, and written opinions sent for meetings (Sơn La, Art. 9.2c–d).</summary>
    public IReadOnlyList<MyAnswer> MyAnswers { get; private set; } = [];
    public IReadOnlyList<MeetingWrittenOpinion> MyMeetingOpinions { get; private set; } = [];
    public bool HoldsSeats { get; private set; }
    public CurrentProvince Province => province;

    public async Task OnGetAsync(CancellationToken ct)
    {
        MayLaunch = await commands.MayLaunchAsync(User, ct);
        Open = await queries.ListAsync(null, ConsultationState.Open, ct);
        History = await queries.ListAsync(Year, State, ct, Words);
        Years = await queries.YearsAsync(ct);
        var seats = User.SeatsIn(province.Required.Code.Value).ToList();
        HoldsSeats = seats.Count > 0;
        MyAnswers = await queries.AnswersOfAsync(seats, ct);
        MyMeetingOpinions = await meetings.WrittenOpinionsAsync(seats, ct);
    }

    /// <summary>The filtered history as CSV: UTF-8 with a byte-order mark, every field quoted (<see cref="Csv"/>).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await queries.ListAsync(Year, State, ct, Words);
        var text = new StringBuilder();
        text.Append(Csv.Line("Số", "Nội dung xin ý kiến", "Cấp bách", "Hạn trả lời", "Tình trạng", "Số người được xin ý kiến", "Số người đã trả lời"));
        foreach (var r in rows)
        {
            text.Append(Csv.Line(r.Reference, r.Subject, r.Urgent ? "x" : "", Core.Dates.VietnamTime.Format(r.Deadline), ConsultationLabels.State(r.State),
                r.Recipients.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Answered.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", $"lay-y-kien-{ProvinceCode}.csv");
    }
}
