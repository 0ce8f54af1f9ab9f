using System.ComponentModel.DataAnnotations;
using Platform.Core.Forms;
namespace Platform.Reporting.Services;

/// <summary>A report as typed: the five sections of the full report and, when the stage asks, of the summary.</summary>
internal sealed class ReportForm
{
    [StringLength(TextLimits.Report)]
    public string? Results { get; set; }
    [StringLength(TextLimits.Report)]
    public string? Shortcomings { get; set; }
    [StringLength(TextLimits.Report)]
    public string? Causes { get; set; }
    [StringLength(TextLimits.Report)]
    public string? TasksAndSolutions { get; set; }
    [StringLength(TextLimits.Report)]
    public string? Proposals { get; set; }
    [StringLength(TextLimits.Report)]
    public string? SummaryResults { get; set; }
    [StringLength(TextLimits.Report)]
    public string? SummaryShortcomings { get; set; }
    [StringLength(TextLimits.Report)]
    public string? SummaryCauses { get; set; }
    [StringLength(TextLimits.Report)]
    public string? SummaryTasksAndSolutions { get; set; }
    [StringLength(TextLimits.Report)]
    public string? SummaryProposals { get; set; }
    public uint Version { get; set; }

    /// <summary>
    /// This opened form: a new id each time the page is opened, sent back with every save. Saves from the same opened
    /// form are one author's sequence (the autosave in flight, then "Gửi báo cáo"), never each other's conflict.
    /// </summary>
    public Guid Sheet { get; set; }

    /// <summary>
    /// The figures typed for the indicators the report carries (Sdk 1.6), by indicator key, as typed: a refused figure
    /// comes back to the form exactly as it was entered.
    /// </summary>
    public Dictionary<string, string?> Figures { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Attached files of the draft to take off (the button beside each sends its id).</summary>
    public List<Guid> Remove { get; set; } = [];

    /// <summary>A field's value by its name (the section names, with "Summary" before them for the summary).</summary>
    public string? this[string field] => field switch
    {
        nameof(Results) => Results,
        nameof(Shortcomings) => Shortcomings,
        nameof(Causes) => Causes,
        nameof(TasksAndSolutions) => TasksAndSolutions,
        nameof(Proposals) => Proposals,
        nameof(SummaryResults) => SummaryResults,
        nameof(SummaryShortcomings) => SummaryShortcomings,
        nameof(SummaryCauses) => SummaryCauses,
        nameof(SummaryTasksAndSolutions) => SummaryTasksAndSolutions,
        nameof(SummaryProposals) => SummaryProposals,
        _ => null,
    };
}
