using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Platform.Committees.Structure;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Committees.Pages;

/// <summary>How the committee's terms read on a page, in Vietnamese or English.</summary>
internal static class Labels
{
    // Like the pages' own encoder: Vietnamese letters stay letters, not &#x…; entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Role(SeatRole role) => (role, Text.IsEnglish) switch
    {
        (SeatRole.Head, false) => "Trưởng Ban",
        (SeatRole.StandingDeputy, false) => "Phó Trưởng Ban Thường trực",
        (SeatRole.Deputy, false) => "Phó Trưởng Ban",
        (SeatRole.Member, false) => "Thành viên",
        (SeatRole.Head, true) => "Head",
        (SeatRole.StandingDeputy, true) => "Standing deputy head",
        (SeatRole.Deputy, true) => "Deputy head",
        _ => "Member",
    };

    public static string Roles(SeatRole role) => (role, Text.IsEnglish) switch
    {
        (SeatRole.Deputy, false) => "Các Phó Trưởng Ban",
        (SeatRole.Member, false) => "Các thành viên",
        (SeatRole.Deputy, true) => "Deputy heads",
        (SeatRole.Member, true) => "Members",
        _ => Role(role),
    };

    public static string BodyKinds(BodyKind kind) => (kind, Text.IsEnglish) switch
    {
        (BodyKind.Subcommittee, false) => "Các Tiểu Ban",
        (BodyKind.StandingAgency, false) => "Cơ quan thường trực",
        (BodyKind.SupportTeam, false) => "Tổ giúp việc",
        (BodyKind.StandingLeadership, false) => "Thường trực Ban Chỉ đạo",
        (BodyKind.WorkingGroup, false) => "Các Tổ công tác",
        (BodyKind.Subcommittee, true) => "Sub-committees",
        (BodyKind.StandingAgency, true) => "Standing agencies",
        (BodyKind.SupportTeam, true) => "Support teams",
        (BodyKind.WorkingGroup, true) => "Working groups",
        _ => "Standing leadership",
    };

    /// <summary>
    /// The labels already written, by article, prefix and language. The roster pages cite an article for every seat and
    /// every duty (hundreds per page) from a few dozen distinct references, so each is parsed and encoded once per
    /// process instead of once per row; the set is bounded by the references the packs and decisions hold, and capped.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Article, string? Prefix, bool English), IHtmlContent> Cited = new();

    private const int MostCited = 4096;

    /// <summary>An article reference as a small label, short form shown and the formal citation on hover.</summary>
    public static IHtmlContent Cite(string? article, string? prefix = null)
    {
        if (string.IsNullOrEmpty(article))
        {
            return HtmlString.Empty;
        }

        var key = (article, prefix, Text.IsEnglish);
        if (Cited.TryGetValue(key, out var cited))
        {
            return cited;
        }

        var reference = ArticleRef.Parse(article);
        var shown = key.IsEnglish ? reference.ToEnglish() : reference.ToVietnamese();
        var label = prefix is null ? shown : $"{prefix} {shown}";
        var enc = Encoder;
        cited = new HtmlString($"<span class=\"cite\" title=\"{enc.Encode(reference.ToFormalVietnamese())}\">{enc.Encode(label)}</span>");
        if (Cited.Count < MostCited)
        {
            Cited.TryAdd(key, cited);
        }

        return cited;
    }

    public static string Decision(DecisionRecord? d) =>
        d is null ? "" : d.Number is null ? $"{d.Title} ({(Text.IsEnglish ? "draft" : "dự thảo")})" : $"{d.Number} ({VietnamTime.Format(d.Date)})";

    public static string Decision(string? number, DateOnly? date, string? signer) =>
        number is null ? "" : $"{number}, {VietnamTime.Format(date)}" + (signer is null ? "" : $", {signer}");
}
