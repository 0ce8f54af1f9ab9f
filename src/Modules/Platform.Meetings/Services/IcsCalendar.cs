using System.Globalization;
using System.Text;
using Platform.Meetings.Model;

namespace Platform.Meetings.Services;

/// <summary>
/// A meeting as an iCalendar file (RFC 5545) that Outlook, Thunderbird and phones import: times in UTC, text escaped,
/// lines folded at 75 octets of UTF-8 so Vietnamese letters are never split.
/// </summary>
internal static class IcsCalendar
{
    public static string Write(Meeting meeting, string url, DateTimeOffset stamp)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Platform//Meetings//VI",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{meeting.Id}@platform",
            $"DTSTAMP:{Utc(stamp)}",
            $"DTSTART:{Utc(meeting.StartsAt)}",
            $"DTEND:{Utc(meeting.EndsAt)}",
            $"SUMMARY:{Escape(meeting.Title)}",
            $"STATUS:{meeting.Status switch { MeetingStatus.Cancelled => "CANCELLED", MeetingStatus.Proposed => "TENTATIVE", _ => "CONFIRMED" }}",
            $"URL:{Escape(url)}",
        };

        var location = string.Join(" — ", new[] { meeting.Location, meeting.OnlineLink }.OfType<string>());
        if (location.Length > 0)
        {
            lines.Add($"LOCATION:{Escape(location)}");
        }

        var description = new StringBuilder();
        foreach (var item in meeting.Agenda.OrderBy(a => a.Order))
        {
            description.Append(CultureInfo.InvariantCulture, $"{item.Order}. {item.Title}{(item.Presenter is null ? "" : " (" + item.Presenter + ")")} — {item.DurationMinutes}'\n");
        }

        description.Append(url);
        lines.Add($"DESCRIPTION:{Escape(description.ToString())}");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        return string.Concat(lines.Select(l => Fold(l) + "\r\n"));
    }

    private static string Utc(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped; every line break — CRLF, LF or a lone
    /// CR — written as <c>\n</c>, and other control characters but the tab dropped, so typed text can never end the content line
    /// and start a property of its own.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or ';' or ',':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    escaped.Append("\\n");
                    break;
                case var control when char.IsControl(control) && control != '\t':
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Folds a content line into pieces of at most 75 octets; continuation lines start with a space.</summary>
    public static string Fold(string line)
    {
        var result = new StringBuilder();
        var octets = 0;
        var limit = 75;
        var e = StringInfo.GetTextElementEnumerator(line);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (octets + size > limit)
            {
                result.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }

            result.Append(element);
            octets += size;
        }

        return result.ToString();
    }
}
