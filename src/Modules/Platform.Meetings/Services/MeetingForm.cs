using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Platform.Core.Dates;
using Platform.Core.Forms;
using Platform.Core.Localization;
using Platform.Sdk.Meetings;

namespace Platform.Meetings.Services;

/// <summary>The meeting form as typed: strings, so a refused form comes back exactly as it was sent.</summary>
internal sealed class MeetingForm
{
    public string? Kind { get; set; }
    [StringLength(TextLimits.Line)]
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? Time { get; set; }
    public string? Duration { get; set; }
    public string? Mode { get; set; }
    [StringLength(TextLimits.Line)]
    public string? Location { get; set; }
    [StringLength(TextLimits.Line)]
    public string? OnlineLink { get; set; }
    public string? ChairSeatKey { get; set; }
    [StringLength(TextLimits.Line)]
    public string? Delegation { get; set; }
    public bool TakesOpinions { get; set; }
    [StringLength(TextLimits.Long)]
    public string? Objectives { get; set; }
    [StringLength(TextLimits.Long)]
    public string? Composition { get; set; }
    [StringLength(TextLimits.Long)]
    public string? Progress { get; set; }
    [StringLength(TextLimits.Long)]
    public string? Results { get; set; }

    /// <summary>The secretariat confirms a meeting the warning of <see cref="Rules.MeetingHours"/> flagged.</summary>
    public bool ScheduleAnyway { get; set; }

    public uint Version { get; set; }

    /// <summary>The form read and checked field by field; errors are keyed by field name.</summary>
    public Read Parse()
    {
        var errors = new Dictionary<string, Message>();
        if (!Enum.TryParse<MeetingKind>(Kind, out var kind) || !Enum.IsDefined(kind))
        {
            errors[nameof(Kind)] = new("Hãy chọn loại cuộc họp.", "Choose the kind of meeting.");
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            errors[nameof(Title)] = new("Hãy nhập tên cuộc họp.", "Enter the meeting's title.");
        }
        else if (Title.Length > 500)
        {
            errors[nameof(Title)] = new("Tên cuộc họp dài quá 500 ký tự.", "The title is longer than 500 characters.");
        }

        if (!VietnamTime.TryParse(Date, out var date))
        {
            errors[nameof(Date)] = new("Ngày họp phải có dạng dd/MM/yyyy.", "The date must be dd/MM/yyyy.");
        }

        if (!TimeOnly.TryParseExact(Time?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors[nameof(Time)] = new("Giờ họp phải có dạng HH:mm (ví dụ 14:00).", "The time must be HH:mm (e.g. 14:00).");
        }

        if (!int.TryParse(Duration, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 15 or > 720)
        {
            errors[nameof(Duration)] = new("Thời lượng tính bằng phút, từ 15 đến 720.", "The duration is in minutes, 15 to 720.");
        }

        if (!Enum.TryParse<MeetingMode>(Mode, out var mode) || !Enum.IsDefined(mode))
        {
            errors[nameof(Mode)] = new("Hãy chọn hình thức họp.", "Choose how the meeting is held.");
        }
        else
        {
            if (mode != MeetingMode.Online && string.IsNullOrWhiteSpace(Location))
            {
                errors[nameof(Location)] = new("Họp trực tiếp cần địa điểm.", "An in-person meeting needs a place.");
            }

            if (mode != MeetingMode.InPerson && !IsLink(OnlineLink))
            {
                errors[nameof(OnlineLink)] = new("Họp trực tuyến cần đường dẫn bắt đầu bằng https://.", "An online meeting needs a link starting with https://.");
            }
        }

        if (string.IsNullOrWhiteSpace(ChairSeatKey))
        {
            errors[nameof(ChairSeatKey)] = new("Hãy chọn người chủ trì.", "Choose who chairs.");
        }

        var startsAt = VietnamTime.StartOf(date).Add(time.ToTimeSpan());
        return new Read(errors, kind, Title?.Trim() ?? "", startsAt, minutes, mode, Trim(Location), mode == MeetingMode.InPerson ? null : Trim(OnlineLink), ChairSeatKey ?? "", Trim(Delegation));
    }

    private static bool IsLink(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The checked values.</summary>
    internal sealed record Read(
        IReadOnlyDictionary<string, Message> Errors, MeetingKind Kind, string Title, DateTimeOffset StartsAt, int Minutes,
        MeetingMode Mode, string? Location, string? OnlineLink, string ChairSeatKey, string? Delegation);
}
