namespace Platform.Sdk;

/// <summary>The version of the contract between the host and province packs.</summary>
public static class SdkInfo
{
    /// <summary>
    /// The Sdk version this host implements. A pack states the range of Sdk versions it was built for in its
    /// <c>plugin.json</c>; the host loads it only when this version falls inside that range.
    /// </summary>
    public static Version Version { get; } = typeof(SdkInfo).Assembly.GetName().Version ?? new Version(1, 0, 0, 0);
}
