using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Sdk.Building;

/// <summary>The consistency rules every province definition must meet, whatever its regulation says.</summary>
internal static class DefinitionRules
{
    public static List<string> Check(ProvinceDefinition d, (bool Code, bool Name, bool Committee) stated)
    {
        var problems = new List<string>();
        void Problem(string vi, string en) => problems.Add($"{vi} / {en}");

        if (!stated.Code || !stated.Name || string.IsNullOrWhiteSpace(d.Name))
        {
            Problem("Chưa khai báo tỉnh (mã và tên).", "The province (code and name) is not stated.");
        }

        if (!stated.Committee || string.IsNullOrWhiteSpace(d.Committee.FullName) || string.IsNullOrWhiteSpace(d.Committee.ShortName))
        {
            Problem("Chưa khai báo tên Ban Chỉ đạo (tên đầy đủ và tên gọi tắt).", "The committee's full and short names are not stated.");
        }
        else if (string.IsNullOrWhiteSpace(d.Committee.Founding.Title) || string.IsNullOrWhiteSpace(d.Committee.Regulation.Title))
        {
            Problem("Quyết định thành lập và quyết định ban hành quy chế phải có trích yếu.", "The founding and regulation decisions need a title.");
        }

        foreach (var (vietnamese, english) in d.English)
        {
            if (string.IsNullOrWhiteSpace(vietnamese) || string.IsNullOrWhiteSpace(english))
            {
                Problem($"Bản dịch tiếng Anh của gói có mục trống: '{vietnamese}'.", $"The pack's English wording has a blank entry: '{vietnamese}'.");
            }
        }

        Unique(d.Portfolios.Select(p => p.Key), "lĩnh vực", "portfolio", Problem);
        Unique(d.Agencies.Select(a => a.Key), "cơ quan", "agency", Problem);
        Unique(d.Bodies.Select(b => b.Key), "tổ chức giúp việc", "body", Problem);
        Unique(d.Seats.Select(s => s.Key), "vị trí", "seat", Problem);
        Unique(d.Indices.Select(i => i.Key), "chỉ số", "index", Problem);

        var agencies = d.Agencies.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var portfolios = d.Portfolios.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var seats = d.Seats.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

        void Agency(string? key, string where)
        {
            if (key is not null && !agencies.Contains(key))
            {
                Problem($"{where}: không có cơ quan '{key}'.", $"{where}: no agency '{key}'.");
            }
        }

        void Portfolio(string? key, string where)
        {
            if (key is not null && !portfolios.Contains(key))
            {
                Problem($"{where}: không có lĩnh vực '{key}'.", $"{where}: no portfolio '{key}'.");
            }
        }

        foreach (var body in d.Bodies)
        {
            var where = $"'{body.Key}'";
            Agency(body.LeadAgencyKey, where);
            Agency(body.Seal?.AgencyKey, where);
            Portfolio(body.PortfolioKey, where);
            foreach (var member in body.MemberSeatKeys.Where(m => !seats.Contains(m)))
            {
                Problem($"{where}: không có vị trí '{member}'.", $"{where}: no seat '{member}'.");
            }

            if (body.Kind is BodyKind.Subcommittee or BodyKind.StandingAgency && body.LeadAgencyKey is null)
            {
                Problem($"{where}: tiểu ban và cơ quan thường trực phải có cơ quan chủ trì.", $"{where}: sub-committees and standing agencies need a lead agency.");
            }

            CheckWorkingGroup(body, seats, Problem);

            if (body.IsGeneral && body.Kind != BodyKind.StandingAgency)
            {
                Problem($"{where}: chỉ cơ quan thường trực mới có thể là cơ quan thường trực chung.", $"{where}: only a standing agency can be the general one.");
            }
        }

        var standing = d.BodiesOf(BodyKind.StandingAgency).ToList();
        if (standing.Count == 0)
        {
            Problem("Ban Chỉ đạo phải có cơ quan thường trực.", "The committee needs a standing agency.");
        }
        else if (standing.Count(b => b.IsGeneral) != 1)
        {
            Problem("Phải có đúng một cơ quan thường trực chung.", "Exactly one standing agency must be the general one.");
        }

        foreach (var seat in d.Seats)
        {
            var where = $"'{seat.Key}'";
            Agency(seat.AgencyKey, where);
            Agency(seat.Seal?.AgencyKey, where);
            foreach (var portfolio in seat.PortfolioKeys)
            {
                Portfolio(portfolio, where);
            }

            if (seat.ValidFrom is { } from && seat.ValidUntil is { } until && until < from)
            {
                Problem($"{where}: ngày kết thúc trước ngày bắt đầu.", $"{where}: ends before it starts.");
            }
        }

        foreach (var role in new[] { SeatRole.Head, SeatRole.StandingDeputy })
        {
            var count = d.Seats.Count(s => s.Role == role);
            if (count != 1)
            {
                Problem($"Phải có đúng một vị trí {role} (đang có {count}).", $"There must be exactly one {role} seat ({count} stated).");
            }
        }

        foreach (var index in d.Indices)
        {
            Agency(index.OwnerAgencyKey, $"'{index.Key}'");
        }

        foreach (var demo in d.DemoAppointments)
        {
            var seat = d.FindSeat(demo.SeatKey);
            if (seat is null)
            {
                Problem($"Dữ liệu mẫu: không có vị trí '{demo.SeatKey}'.", $"Demo data: no seat '{demo.SeatKey}'.");
            }
            else if (!seat.ExistsOn(demo.From))
            {
                Problem($"Dữ liệu mẫu: vị trí '{demo.SeatKey}' chưa/không còn tồn tại ngày {demo.From:dd/MM/yyyy}.", $"Demo data: seat '{demo.SeatKey}' does not exist on {demo.From:yyyy-MM-dd}.");
            }
        }

        CheckMeetings(d, seats, Problem);
        CheckReporting(d, seats, Problem);
        // Sdk 1.4: the official documents' heading.
        DocumentRulesBuilder.Check(d.Documents, Problem);

        return problems;
    }

    private static void CheckMeetings(ProvinceDefinition d, HashSet<string> seats, Action<string, string> problem)
    {
        var rules = d.Meetings;
        foreach (var kind in rules.Regular.GroupBy(r => r.Kind).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problem($"Cuộc họp {kind} được khai báo định kỳ hai lần.", $"The regular meeting {kind} is stated twice.");
        }

        foreach (var rule in rules.Regular.Where(r => r.Window.FromDayOfLastMonth is < 1 or > 28))
        {
            problem($"Cuộc họp {rule.Kind}: ngày bắt đầu khoảng đề xuất phải từ 1 đến 28.", $"Meeting {rule.Kind}: the window must start on day 1 to 28.");
        }

        foreach (var key in rules.Substitute?.SeatKeys.Where(k => !seats.Contains(k)) ?? [])
        {
            problem($"Quy tắc người dự họp thay: không có vị trí '{key}'.", $"Substitute rule: no seat '{key}'.");
        }

        if (rules.Chair.DelegableTo.Contains(SeatRole.Head) || rules.Chair.DelegableTo.Contains(SeatRole.Member))
        {
            problem("Trưởng Ban chỉ có thể ủy quyền chủ trì cho Phó Trưởng Ban.", "The head can delegate chairing to deputies only.");
        }

        CheckAbsenceApprover(d, rules.Absence, problem);
        if (rules.Guests is { DecidedBy: not (Decider.Head or Decider.Chair) } guests)
        {
            problem($"{d.Name}, quy tắc mời đại biểu (Điều {guests.Article}): chỉ Trưởng Ban hoặc người chủ trì quyết định mời đại biểu.",
                $"{d.Name}, guest rule (Art. {guests.Article}): only the head or the chair can invite guests.");
        }

        if (rules.Absence.NoticeBefore is { } notice && (notice < TimeSpan.Zero || notice > TimeSpan.FromDays(30)))
        {
            problem("Thời hạn báo vắng phải từ 0 đến 30 ngày.", "The absence notice must be between 0 and 30 days.");
        }

        if (rules.Briefing is { } briefing)
        {
            if (d.FindAgency(briefing.PreparedByAgencyKey) is null)
            {
                problem($"Tài liệu phục vụ Trưởng Ban: không có cơ quan '{briefing.PreparedByAgencyKey}'.", $"Briefing rule: no agency '{briefing.PreparedByAgencyKey}'.");
            }

            if (briefing.Kinds.Count == 0)
            {
                problem("Tài liệu phục vụ Trưởng Ban: hãy nêu loại cuộc họp áp dụng.", "Briefing rule: name the kinds of meeting it applies to.");
            }
        }
    }

    // A working group (Sdk 1.2, Tổ công tác as in 96/QĐ-BCĐCP) is led by an agency, headed by a leader seat, has
    // member seats and serves one portfolio; only a working group names a leader seat.
    private static void CheckWorkingGroup(BodyDefinition body, HashSet<string> seats, Action<string, string> problem)
    {
        var where = $"'{body.Key}'";
        if (body.Leader is { } leader && !seats.Contains(leader.SeatKey))
        {
            problem($"{where}, tổ trưởng (Điều {leader.Article}): không có vị trí '{leader.SeatKey}'.", $"{where}, leader (Art. {leader.Article}): no seat '{leader.SeatKey}'.");
        }

        if (body.Kind != BodyKind.WorkingGroup)
        {
            if (body.Leader is not null)
            {
                problem($"{where}: chỉ tổ công tác mới có vị trí tổ trưởng.", $"{where}: only a working group has a leader seat.");
            }

            return;
        }

        if (body.LeadAgencyKey is null)
        {
            problem($"{where} (Điều {body.Article}): tổ công tác phải có cơ quan chủ trì.", $"{where} (Art. {body.Article}): a working group needs a lead agency.");
        }

        if (body.Leader is null)
        {
            problem($"{where} (Điều {body.Article}): tổ công tác phải có tổ trưởng (LedBySeat).", $"{where} (Art. {body.Article}): a working group needs a leader seat (LedBySeat).");
        }

        if (body.PortfolioKey is null)
        {
            problem($"{where} (Điều {body.Article}): tổ công tác phải phụ trách một lĩnh vực (Serves).", $"{where} (Art. {body.Article}): a working group serves a portfolio (Serves).");
        }

        if (body.MemberSeatKeys.Count == 0)
        {
            problem($"{where} (Điều {body.Article}): tổ công tác phải có thành viên (WithMembers).", $"{where} (Art. {body.Article}): a working group needs member seats (WithMembers).");
        }
    }

    // Sdk 1.2: the standing deputy or a named seat may excuse members, as other regulations (96/QĐ-BCĐCP) provide.
    private static void CheckAbsenceApprover(ProvinceDefinition d, AbsenceRule absence, Action<string, string> problem)
    {
        var rule = $"{d.Name}, quy tắc cho vắng mặt (Điều {absence.Article})";
        var ruleEn = $"{d.Name}, absence rule (Art. {absence.Article})";
        if (absence.Approver == Decider.Seat && absence.SeatKey is null)
        {
            problem($"{rule}: hãy nêu vị trí quyết định (AbsenceApprovedBySeat).", $"{ruleEn}: name the deciding seat (AbsenceApprovedBySeat).");
        }
        else if (absence.Approver == Decider.Seat && d.FindSeat(absence.SeatKey!) is null)
        {
            problem($"{rule}: không có vị trí '{absence.SeatKey}'.", $"{ruleEn}: no seat '{absence.SeatKey}'.");
        }
        else if (!Enum.IsDefined(absence.Approver))
        {
            problem($"{rule}: người quyết định không hợp lệ ({absence.Approver}).", $"{ruleEn}: unknown approver ({absence.Approver}).");
        }
    }

    private static void CheckReporting(ProvinceDefinition d, HashSet<string> seats, Action<string, string> problem)
    {
        var bodies = d.Bodies.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in d.Reporting.Stages)
        {
            var where = $"Báo cáo '{stage.Key}'";
            var whereEn = $"Report stage '{stage.Key}'";
            if (!earlier.Add(stage.Key))
            {
                problem($"{where}: khóa bị trùng.", $"{whereEn}: the key is used twice.");
            }

            if (stage.Submitters.Count == 0)
            {
                problem($"{where}: chưa có ai phải gửi.", $"{whereEn}: nobody submits.");
            }

            if (stage.Recipients.Count == 0)
            {
                problem($"{where}: chưa có nơi nhận.", $"{whereEn}: it goes nowhere.");
            }

            foreach (var s in stage.Submitters.Where(s => !(s.Kind == Reporting.SubmitterKind.Seat ? seats : bodies).Contains(s.Key)))
            {
                problem($"{where}: không có {(s.Kind == Reporting.SubmitterKind.Seat ? "vị trí" : "tổ chức")} '{s.Key}'.", $"{whereEn}: no {(s.Kind == Reporting.SubmitterKind.Seat ? "seat" : "body")} '{s.Key}'.");
            }

            foreach (var r in stage.Recipients.Where(r => r != Reporting.Recipients.Committee && !bodies.Contains(r)))
            {
                problem($"{where}: nơi nhận '{r}' không phải tổ chức của Ban Chỉ đạo.", $"{whereEn}: recipient '{r}' is not a body.");
            }

            if (stage.Deadline != Reporting.DeadlineKind.EndOfPeriod && (stage.Day < 1 || stage.Day > 31 || (stage.Deadline == Reporting.DeadlineKind.Before && stage.Day < 2)))
            {
                problem($"{where}: ngày hạn không hợp lệ ({stage.Day}).", $"{whereEn}: invalid deadline day ({stage.Day}).");
            }

            if (stage.Compiles is { } compiled && (compiled == stage.Key || !earlier.Contains(compiled)))
            {
                problem($"{where}: chỉ tổng hợp được báo cáo của bước trước ('{compiled}').", $"{whereEn}: can compile an earlier stage only ('{compiled}').");
            }

            if (stage.Summary is { } summary && (summary.Share <= 0 || summary.Share >= 1 || summary.Tolerance < 0 || summary.Sections.Count == 0))
            {
                problem($"{where}: tỷ lệ báo cáo tóm tắt phải từ 0 đến 1 và có nội dung.", $"{whereEn}: the summary share must be between 0 and 1, with sections.");
            }
        }
    }

    private static void Unique(IEnumerable<string> keys, string vi, string en, Action<string, string> problem)
    {
        foreach (var key in keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problem($"Khóa {vi} '{key}' bị trùng.", $"The {en} key '{key}' is used twice.");
        }
    }
}
