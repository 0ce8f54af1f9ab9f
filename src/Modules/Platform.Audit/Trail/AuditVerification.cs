using System.Globalization;

namespace Platform.Audit.Trail;

/// <summary>What breaks a chain's link.</summary>
internal enum BreakKind
{
    /// <summary>A sequence number is missing: an entry was removed (or the chain begins late).</summary>
    Gap = 0,

    /// <summary>The entry does not name the previous entry's MAC: an entry before it was replaced or removed.</summary>
    Link = 1,

    /// <summary>The entry's fields no longer give its stored MAC: the entry was altered, or written without the key.</summary>
    Hash = 2,

    /// <summary>An entry with a plain SHA-256 after the chain's keyed entries: written by someone without the key.</summary>
    Unkeyed = 3,

    /// <summary>The chain ends before a head the checkpoint file recorded: its newest entries were removed.</summary>
    Truncated = 4,

    /// <summary>The entry at a checkpointed sequence is not the one the checkpoint recorded: the chain was rebuilt.</summary>
    Rebuilt = 5,
}

/// <summary>
/// The first broken link of a chain: which entry (id 0 when the entries are gone), what was expected against what is
/// stored and, for a break found through the checkpoint file, when that checkpoint was written.
/// </summary>
internal sealed record ChainBreak(long EntryId, long Sequence, BreakKind Kind, string Expected, string Stored, DateTimeOffset? CheckpointAt = null)
{
    /// <summary>Why the chain is broken, in Vietnamese.</summary>
    public string Vietnamese => Kind switch
    {
        BreakKind.Gap => $"thiếu mục — cần số {Expected}, gặp số {Stored}",
        BreakKind.Link => $"liên kết sai — mục trước có mã {Expected}, mục này ghi {Stored}",
        BreakKind.Unkeyed => $"mục không có mã xác thực có khóa sau các mục có khóa (mã {Stored}) — do người không giữ khóa ghi",
        BreakKind.Truncated => $"các mục cuối đã bị xóa — điểm kiểm tra lúc {When} ghi chuỗi đến số {Expected}, nay chỉ còn đến số {Stored}",
        BreakKind.Rebuilt => $"chuỗi đã bị dựng lại — điểm kiểm tra lúc {When} ghi mã {Expected} cho số này, nay là {Stored}",
        _ => $"nội dung đã bị sửa — mã tính lại {Expected}, mã lưu {Stored}",
    };

    /// <summary>Why the chain is broken, in English.</summary>
    public string English => Kind switch
    {
        BreakKind.Gap => $"entries missing — expected sequence {Expected}, found {Stored}",
        BreakKind.Link => $"link broken — the previous entry's MAC is {Expected}, this entry records {Stored}",
        BreakKind.Unkeyed => $"an entry without a keyed MAC after keyed entries (hash {Stored}) — written by someone without the key",
        BreakKind.Truncated => $"the newest entries were removed — the checkpoint of {When} recorded the chain up to sequence {Expected}, it now ends at {Stored}",
        BreakKind.Rebuilt => $"the chain was rebuilt — the checkpoint of {When} recorded MAC {Expected} for this sequence, it is now {Stored}",
        _ => $"content altered — computed MAC {Expected}, stored {Stored}",
    };

    private string When => CheckpointAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "?";
}

/// <summary>A chain as verified: its length, its last entry's MAC and its first break, if any.</summary>
internal sealed record ChainReport(string Chain, long Entries, long LastSequence, string? LastHash, ChainBreak? Break);

/// <summary>The result of verifying every chain, and the checkpoint file it was checked against (null: none configured).</summary>
internal sealed record AuditVerification(IReadOnlyList<ChainReport> Chains, string? CheckpointFile = null)
{
    public bool Intact => Chains.All(c => c.Break is null);

    /// <summary>The result in Vietnamese and English, a line per chain and a verdict.</summary>
    public IEnumerable<string> Describe()
    {
        foreach (var chain in Chains)
        {
            var name = chain.Chain == AuditEntry.NationalChain ? "toàn quốc / national" : chain.Chain;
            yield return chain.Break is not { } b
                ? Line($"Chuỗi {name}: {chain.Entries} mục, nguyên vẹn; mã cuối (số {chain.LastSequence}) {chain.LastHash}",
                       $"Chain {name}: {chain.Entries} entries, intact; last MAC (sequence {chain.LastSequence}) {chain.LastHash}")
                : Line($"Chuỗi {name}: ĐỨT tại mục id {b.EntryId} (số {b.Sequence}): {b.Vietnamese}",
                       $"Chain {name}: BROKEN at entry id {b.EntryId} (sequence {b.Sequence}): {b.English}");
        }

        if (Chains.Count == 0)
        {
            yield return "Nhật ký chưa có mục nào. / The audit trail has no entries yet.";
        }

        yield return CheckpointFile is null
            ? Line("Chưa cấu hình tệp điểm kiểm tra (Audit:CheckpointFile): không phát hiện được việc xóa các mục cuối.",
                   "No checkpoint file is configured (Audit:CheckpointFile): removal of the newest entries cannot be detected.")
            : Line($"Đã đối chiếu với tệp điểm kiểm tra {CheckpointFile}.", $"Checked against the checkpoint file {CheckpointFile}.");

        yield return Intact
            ? "KẾT QUẢ: nhật ký nguyên vẹn. / RESULT: the audit trail is intact."
            : "KẾT QUẢ: nhật ký đã bị can thiệp. / RESULT: the audit trail has been tampered with.";
    }

    private static string Line(string vietnamese, string english) => $"{vietnamese}{Environment.NewLine}    {english}";
}
