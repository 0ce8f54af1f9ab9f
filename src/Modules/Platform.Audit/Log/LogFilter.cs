using Platform.Core.Dates;

namespace Platform.Audit.Log;

/// <summary>
/// The audit page's filters as typed. A date that does not read as dd/MM/yyyy is kept as typed, explained, and not
/// applied; the other filters still are.
/// </summary>
internal sealed record LogFilter(string? Text, string? Actor, string? FromTyped, string? ToTyped, DateOnly? From, DateOnly? To)
{
    public const string FromField = "tu";
    public const string ToField = "den";

    public IReadOnlyDictionary<string, string> Errors { get; private init; } = new Dictionary<string, string>();

    public static LogFilter Read(string? text, string? actor, string? from, string? to)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var fromDay = ReadDay(from, FromField, errors);
        var toDay = ReadDay(to, ToField, errors);
        if (fromDay > toDay)
        {
            errors[ToField] = "Ngày kết thúc trước ngày bắt đầu.";
            toDay = null;
        }

        return new LogFilter(Clean(text), Clean(actor), Clean(from), Clean(to), fromDay, toDay) { Errors = errors };
    }

    private static DateOnly? ReadDay(string? typed, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        if (VietnamTime.TryParse(typed, out var day))
        {
            return day;
        }

        errors[field] = "Ngày không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.";
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize();
}
