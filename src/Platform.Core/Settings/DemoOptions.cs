namespace Platform.Core.Settings;

/// <summary>Configuration section <c>Demo</c>: whether the packs' demo data and the demo accounts are loaded.</summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Demo";

    /// <summary>Load the demo data and accounts (the run command; never production).</summary>
    public bool Load { get; init; }
}
