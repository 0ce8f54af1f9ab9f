namespace Platform.Web.Packs;

/// <summary>A pack could not be loaded, or (when the policy is to stop) packs could not be loaded.</summary>
public sealed class PackLoadException : Exception
{
    public PackLoadException()
    {
    }

    public PackLoadException(string message)
        : base(message)
    {
    }

    public PackLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
