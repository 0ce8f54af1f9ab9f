namespace Platform.Sdk;

/// <summary>A pack's definition is incomplete or inconsistent; <see cref="Problems"/> lists every fault found.</summary>
public sealed class PackDefinitionException : Exception
{
    /// <summary>Creates the exception from the list of problems (Vietnamese, then English).</summary>
    public PackDefinitionException(IReadOnlyList<string> problems)
        : base("Định nghĩa gói tỉnh không hợp lệ / The pack's definition is invalid:" + Environment.NewLine +
               string.Join(Environment.NewLine, problems.Select(p => " - " + p)))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with one problem.</summary>
    public PackDefinitionException(string problem)
        : this([problem])
    {
    }

    /// <summary>Creates the exception with no problem listed; prefer the other constructors.</summary>
    public PackDefinitionException()
        : this(Array.Empty<string>())
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public PackDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Every problem found, each in Vietnamese then English.</summary>
    public IReadOnlyList<string> Problems { get; }
}
