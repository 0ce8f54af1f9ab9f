using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>Rows for the shared task table, with today's date for their state and the agencies' names.</summary>
internal sealed record TaskTable(IReadOnlyList<TaskRow> Rows, DateOnly Today, Func<string?, string> AgencyName)
{
    /// <summary>On the task list: its order and the link to the same list sorted otherwise; elsewhere the headers do not sort.</summary>
    public Platform.Core.Lists.SortOrder? Sort { get; init; }

    public Func<Platform.Core.Lists.SortOrder, string>? SortLink { get; init; }
}
