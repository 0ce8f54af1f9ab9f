using Platform.Core.Localization;
using Platform.Core.Settings;

namespace Platform.Core.Archive;

/// <summary>A file of a record as the register lists it: its name, size, SHA-256, who added it and when, where to download it.</summary>
public sealed record ArchiveFile(Guid Id, string Name, long Size, string Sha256, string AddedBy, DateTimeOffset AddedAt, string Link);

/// <summary>
/// One record the committee produced or received: its kind, its number or symbol when it has one ("15/TB-BCĐ"), its
/// date, title, who issued or sent it, the page that shows it, and its stored files.
/// </summary>
public sealed record ArchiveRecord(string Kind, string? Number, DateOnly Date, string Title, string? Party, string Link, IReadOnlyList<ArchiveFile> Files);

/// <summary>The bytes of a listed file (<see cref="ArchiveFile.Id"/>), for the year's ZIP.</summary>
public sealed record ArchiveContent(Guid FileId, byte[] Bytes);

/// <summary>
/// A module's share of the archive register (<c>/{province}/luu-tru</c>): the records of one kind it keeps, read from
/// its own tables under row-level security for the current province. The register is shown to the standing agency and
/// the committee's leaders, who may read every kind listed; a source whose records are narrower than that leaves them out.
/// Each call is one statement, whatever the number of records, so the register's statement count stays constant.
/// </summary>
public interface IArchiveSource
{
    /// <summary>The kind, stable, used in the page's anchors, the ZIP's folders and the retention setting: "thong-bao-ket-luan".</summary>
    string Kind { get; }

    /// <summary>The kind's name, Vietnamese and English.</summary>
    Message Label { get; }

    /// <summary>The years (Vietnam time) in which this source holds records; one statement.</summary>
    Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken);

    /// <summary>The records of <paramref name="year"/> with their files (without bytes), oldest first; one statement.</summary>
    Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken);

    /// <summary>
    /// The bytes of the files of the records of <paramref name="year"/>, one file at a time as the database returns
    /// them (one statement streamed, never the year held in memory), for the ZIP written straight to the response.
    /// </summary>
    IAsyncEnumerable<ArchiveContent> ReadAsync(int year, CancellationToken cancellationToken);
}

/// <summary>
/// Configuration section <c>Archive</c>: how long each kind of record is kept, as the operator states it under
/// <c>Archive:Retention:&lt;kind&gt;</c> (free text such as "Vĩnh viễn / Permanent" or "10 năm / 10 years"). The
/// platform shows it on the register; it deletes nothing by itself.
/// </summary>
public sealed class ArchiveOptions : ICheckedSettings
{
    public const string Section = "Archive";

    /// <summary>The longest retention text kept.</summary>
    public const int MaxRetentionLength = 200;

    public Dictionary<string, string> Retention { get; init; } = new(StringComparer.Ordinal);

    /// <summary>What the operator stated for <paramref name="kind"/>, or null.</summary>
    public string? RetentionOf(string kind) => Retention.TryGetValue(kind, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    public IEnumerable<SettingProblem> Check(string section)
    {
        foreach (var (kind, text) in Retention)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return new SettingProblem($"{section}:Retention:{kind}", "không được để trống; bỏ khóa này nếu chưa xác định thời hạn.", "must not be empty; remove the key while the period is not decided.");
            }
            else if (text.Length > MaxRetentionLength)
            {
                yield return new SettingProblem($"{section}:Retention:{kind}", $"dài quá {MaxRetentionLength} ký tự.", $"is longer than {MaxRetentionLength} characters.");
            }
        }
    }
}
