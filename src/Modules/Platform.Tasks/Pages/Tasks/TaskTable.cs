using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>Rows for the shared task table, with today's date for their state and the agencies' names.</summary>
internal sealed record TaskTable(IReadOnlyList<TaskRow> Rows, DateOnly Today, Func<string?, string> AgencyName);
