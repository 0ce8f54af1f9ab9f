using System.ComponentModel.DataAnnotations;

namespace Platform.Api;

/// <summary>Configuration section <c>Api</c>: the read API's limits.</summary>
internal sealed class ApiSettings
{
    public const string Section = "Api";

    /// <summary>Calls each client may make per minute (a fixed window per client); more are refused with 429.</summary>
    [Range(1, 100_000)]
    public int RequestsPerMinute { get; init; } = 120;
}
