using System.Globalization;
using System.Text;
using Platform.Meetings.Model;
using Platform.Meetings.Services;

namespace Platform.IntegrationTests;

/// <summary>
/// The <c>.ics</c> file follows RFC 5545, which calendars are strict about: CRLF line ends, content lines folded at 75
/// octets of UTF-8 with a leading space, times in UTC, and commas, semicolons, backslashes and newlines escaped in text.
/// </summary>
public sealed class IcsCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 12, 1, 3, 4, 5, TimeSpan.Zero);

    private static Meeting Meeting() => new()
    {
        Id = Guid.Parse("0193a0b2-0000-7000-8000-000000000001", CultureInfo.InvariantCulture),
        Province = "son-la",
        Title = "Phiên họp Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo; chuyển đổi số quý IV năm 2026",
        StartsAt = new DateTimeOffset(2026, 12, 15, 14, 0, 0, TimeSpan.FromHours(7)),
        DurationMinutes = 90,
        Location = "Phòng họp số 1, tầng 3; UBND tỉnh",
        OnlineLink = "https://hop.sonla.gov.vn/phong-1",
        ChairSeatKey = "truong-ban",
        CreatedBy = "son-la.secretariat",
        Status = MeetingStatus.Scheduled,
        Agenda =
        [
            new AgendaItem { Province = "son-la", Order = 1, Title = "Báo cáo kết quả, tồn tại; đề xuất", Presenter = "Sở Khoa học và Công nghệ", DurationMinutes = 30 },
            new AgendaItem { Province = "son-la", Order = 2, Title = "Thảo luận \\ cho ý kiến", DurationMinutes = 45 },
        ],
    };

    private static string Write() => IcsCalendar.Write(Meeting(), "https://platform.example.vn/son-la/meetings/0193a0b2", Stamp);

    /// <summary>The content lines, folded lines joined again (RFC 5545 §3.1: a CRLF followed by one space is removed).</summary>
    private static List<string> Unfolded(string ics) => [.. ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n")[..^1]];

    [Fact]
    public void Every_line_ends_with_CRLF_and_no_bare_line_break_is_left_inside()
    {
        var ics = Write();

        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.DoesNotContain('\n', line));
        Assert.All(ics.Split("\r\n"), line => Assert.DoesNotContain('\r', line));
        Assert.Equal("BEGIN:VCALENDAR", Unfolded(ics)[0]);
    }

    [Fact]
    public void No_line_is_longer_than_75_octets_and_long_lines_are_folded_with_a_space()
    {
        var physical = Write().Split("\r\n")[..^1];

        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(physical, line => line.StartsWith(' ') && Encoding.UTF8.GetByteCount(line) > 60);
        Assert.Contains(Unfolded(Write()), line => line.StartsWith("SUMMARY:", StringComparison.Ordinal) && Encoding.UTF8.GetByteCount(line) > 75);
    }

    [Theory]
    [InlineData(75, 1)]
    [InlineData(76, 2)]
    [InlineData(149, 2)]
    [InlineData(150, 3)]
    public void A_line_of_75_octets_stays_whole_and_each_continuation_holds_74_after_its_space(int octets, int lines)
    {
        var folded = IcsCalendar.Fold(new string('x', octets)).Split("\r\n");

        Assert.Equal(lines, folded.Length);
        Assert.All(folded.Skip(1), line => Assert.StartsWith(" ", line, StringComparison.Ordinal));
        Assert.All(folded, line => Assert.True(line.Length <= 75));
    }

    [Fact]
    public void Folding_never_splits_a_Vietnamese_letter_from_its_accents()
    {
        // Decomposed (NFD) text: "ệ" is e + combining circumflex + combining dot, three code points and five octets.
        var text = ("DESCRIPTION:" + string.Concat(Enumerable.Repeat("Nghiệm thu đề án chuyển đổi số ", 6))).Normalize(NormalizationForm.FormD);

        var folded = IcsCalendar.Fold(text).Split("\r\n");

        Assert.True(folded.Length > 2);
        Assert.All(folded, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75));
        Assert.All(folded.Skip(1), line => Assert.NotEqual(UnicodeCategory.NonSpacingMark, CharUnicodeInfo.GetUnicodeCategory(line[1])));
        Assert.Equal(text, string.Concat(folded.Select((line, i) => i == 0 ? line : line[1..])));
    }

    [Fact]
    public void Times_are_written_in_UTC()
    {
        var lines = Unfolded(Write());

        Assert.Contains("DTSTART:20261215T070000Z", lines);
        Assert.Contains("DTEND:20261215T083000Z", lines);
        Assert.Contains("DTSTAMP:20261201T030405Z", lines);
    }

    [Fact]
    public void Commas_semicolons_backslashes_and_newlines_in_text_are_escaped()
    {
        var lines = Unfolded(Write());

        Assert.Contains(@"SUMMARY:Phiên họp Ban Chỉ đạo phát triển khoa học\, công nghệ\, đổi mới sáng tạo\; chuyển đổi số quý IV năm 2026", lines);
        Assert.Contains(@"LOCATION:Phòng họp số 1\, tầng 3\; UBND tỉnh — https://hop.sonla.gov.vn/phong-1", lines);
        var description = Assert.Single(lines, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        Assert.Equal(
            @"DESCRIPTION:1. Báo cáo kết quả\, tồn tại\; đề xuất (Sở Khoa học và Công nghệ) — 30'\n2. Thảo luận \\ cho ý kiến — 45'\nhttps://platform.example.vn/son-la/meetings/0193a0b2",
            description);
    }

    [Fact]
    public void The_event_is_identified_and_marked_as_the_meeting_stands()
    {
        var scheduled = Unfolded(Write());
        var cancelled = Meeting();
        cancelled.Status = MeetingStatus.Cancelled;

        Assert.Contains("UID:0193a0b2-0000-7000-8000-000000000001@platform", scheduled);
        Assert.Contains("STATUS:CONFIRMED", scheduled);
        Assert.Contains("STATUS:CANCELLED", Unfolded(IcsCalendar.Write(cancelled, "https://platform.example.vn/x", Stamp)));
        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0"], scheduled.Take(2));
        Assert.Equal(["END:VEVENT", "END:VCALENDAR"], scheduled.TakeLast(2));
    }
}
