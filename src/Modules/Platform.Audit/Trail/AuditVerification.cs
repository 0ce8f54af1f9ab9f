namespace Platform.Audit.Trail;

/// <summary>What breaks a chain's link.</summary>
internal enum BreakKind
{
    /// <summary>A sequence number is missing: an entry was removed (or the chain begins late).</summary>
    Gap = 0,

    /// <summary>The entry does not name the previous entry's hash: an entry before it was replaced or removed.</summary>
    Link = 1,

    /// <summary>The entry's fields no longer give its stored hash: the entry was altered.</summary>
    Hash = 2,
}

/// <summary>The first broken link of a chain: which entry, and what was expected against what is stored.</summary>
internal sealed record ChainBreak(long EntryId, long Sequence, BreakKind Kind, string Expected, string Stored);

/// <summary>A chain as verified: its length, its last entry's hash (to be kept elsewhere) and its first break, if any.</summary>
internal sealed record ChainReport(string Chain, long Entries, long LastSequence, string? LastHash, ChainBreak? Break);

/// <summary>The result of verifying every chain.</summary>
internal sealed record AuditVerification(IReadOnlyList<ChainReport> Chains)
{
    public bool Intact => Chains.All(c => c.Break is null);

    /// <summary>The result in Vietnamese and English, a line per chain and a verdict.</summary>
    public IEnumerable<string> Describe()
    {
        foreach (var chain in Chains)
        {
            var name = chain.Chain == AuditEntry.NationalChain ? "toàn quốc / national" : chain.Chain;
            yield return chain.Break is not { } b
                ? Line($"Chuỗi {name}: {chain.Entries} mục, nguyên vẹn; hash cuối (số {chain.LastSequence}) {chain.LastHash}",
                       $"Chain {name}: {chain.Entries} entries, intact; last hash (sequence {chain.LastSequence}) {chain.LastHash}")
                : Line($"Chuỗi {name}: ĐỨT tại mục id {b.EntryId} (số {b.Sequence}): {Vietnamese(b)}",
                       $"Chain {name}: BROKEN at entry id {b.EntryId} (sequence {b.Sequence}): {English(b)}");
        }

        if (Chains.Count == 0)
        {
            yield return "Nhật ký chưa có mục nào. / The audit trail has no entries yet.";
        }

        yield return Intact
            ? "KẾT QUẢ: nhật ký nguyên vẹn. / RESULT: the audit trail is intact."
            : "KẾT QUẢ: nhật ký đã bị can thiệp. / RESULT: the audit trail has been tampered with.";
    }

    private static string Line(string vietnamese, string english) => $"{vietnamese}{Environment.NewLine}    {english}";

    private static string Vietnamese(ChainBreak b) => b.Kind switch
    {
        BreakKind.Gap => $"thiếu mục — cần số {b.Expected}, gặp số {b.Stored}",
        BreakKind.Link => $"liên kết sai — mục trước có hash {b.Expected}, mục này ghi {b.Stored}",
        _ => $"nội dung đã bị sửa — hash tính lại {b.Expected}, hash lưu {b.Stored}",
    };

    private static string English(ChainBreak b) => b.Kind switch
    {
        BreakKind.Gap => $"entries missing — expected sequence {b.Expected}, found {b.Stored}",
        BreakKind.Link => $"link broken — the previous entry's hash is {b.Expected}, this entry records {b.Stored}",
        _ => $"content altered — computed hash {b.Expected}, stored hash {b.Stored}",
    };
}
