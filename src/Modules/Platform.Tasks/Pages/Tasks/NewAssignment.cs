using Platform.Committees.Contracts;
using Platform.Sdk.Structure;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>What the shared assignment fields need: the form as typed, its errors, the lists to choose from.</summary>
internal sealed record NewAssignment(
    TaskForm Form, Func<string, string?> Error, IReadOnlyList<AgencyEntry> Agencies, IReadOnlyList<PortfolioDefinition> Portfolios, bool Recurring, bool AskUntil);
