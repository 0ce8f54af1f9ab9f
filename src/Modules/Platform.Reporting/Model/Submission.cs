using Platform.Core.Persistence;
using Platform.Sdk;
using Platform.Sdk.Reporting;

namespace Platform.Reporting.Model;

/// <summary>Where a report stands.</summary>
internal enum SubmissionStatus
{
    /// <summary>Being written; saved on the server as it is typed.</summary>
    Draft = 0,

    /// <summary>Submitted: immutable, seen at once by its recipients.</summary>
    Submitted = 1,

    /// <summary>Submitted, then replaced by a newer version (kept, still readable).</summary>
    Replaced = 2,
}

/// <summary>
/// One version of the report someone owes for a period at a stage: its sections, the summary the stage may ask for,
/// and — for a compiled report — which reports it was compiled from.
/// </summary>
internal sealed class Submission : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public PeriodKind PeriodKind { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public required string StageKey { get; set; }
    public SubmitterKind SubmitterKind { get; set; }
    public required string SubmitterKey { get; set; }

    /// <summary>1 for the first submitted version, then 2, 3…; the draft carries the number it will take.</summary>
    public int Edition { get; set; }
    public SubmissionStatus Status { get; set; }

    public ReportText Full { get; set; } = new();
    public ReportText Summary { get; set; } = new();

    /// <summary>Every section of the full report and of its summary, folded for search (<c>reporting.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>For a compiled report: the reports it gathered when its draft was last refreshed.</summary>
    public List<CompiledSource> CompiledFrom { get; set; } = [];

    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// The opened form (<see cref="Services.ReportForm.Sheet"/>) that saved this version last. Its own earlier saves —
    /// the autosave still in flight when the author presses "Gửi báo cáo" — are never taken for someone else's edit.
    /// </summary>
    public Guid? SavedFrom { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The calendar day in Vietnam it was submitted, which lateness is judged on.</summary>
    public DateOnly? SubmittedOn { get; set; }

    public uint Version { get; set; }
}

/// <summary>The five sections every report is written in.</summary>
internal sealed class ReportText
{
    public string? Results { get; set; }
    public string? Shortcomings { get; set; }
    public string? Causes { get; set; }
    public string? TasksAndSolutions { get; set; }
    public string? Proposals { get; set; }

    public string? this[ReportSection section] => section switch
    {
        ReportSection.Results => Results,
        ReportSection.Shortcomings => Shortcomings,
        ReportSection.Causes => Causes,
        ReportSection.TasksAndSolutions => TasksAndSolutions,
        _ => Proposals,
    };

    /// <summary>Words in the sections, counted as officials count length: runs of letters or digits.</summary>
    public int Words(IEnumerable<ReportSection> sections) => sections.Sum(s => WordCount(this[s]));

    public static int WordCount(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}

/// <summary>A report a compiled report gathered: which one, which version, when submitted.</summary>
internal sealed class CompiledSource
{
    public Guid SourceId { get; set; }
    public required string SubmitterKey { get; set; }
    public int Edition { get; set; }
}

/// <summary>
/// A file attached to one version of a report. The bytes live in <see cref="ReportFileContent"/> and are shared: a new
/// version starts with the files of the one it replaces without copying them, so a submitted version's files never change.
/// </summary>
internal sealed class ReportFile : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid SubmissionId { get; set; }
    public Guid ContentId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required string AddedBy { get; set; }
    public DateTimeOffset AddedAt { get; set; }

    /// <summary>The text inside the file (<see cref="Platform.Core.Files.FileText"/>): null until read, empty when it has none.</summary>
    public string? Text { get; set; }

    /// <summary>The text and the file's name folded for search (<c>reporting.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
}

/// <summary>The bytes of an attached file, written once.</summary>
internal sealed class ReportFileContent : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required byte[] Bytes { get; set; }
}

/// <summary>What the province's secretariat has set for reporting, over the pack's defaults.</summary>
internal sealed class ReportingSettings : IProvinceOwned
{
    public required string Province { get; set; }

    /// <summary>Days before a deadline the reminders start; null keeps the pack's.</summary>
    public int? RemindDaysBefore { get; set; }

    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}
