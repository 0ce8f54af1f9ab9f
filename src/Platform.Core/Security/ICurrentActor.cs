namespace Platform.Core.Security;

/// <summary>Who is acting in this scope, for the audit trail and for checks in handlers.</summary>
public interface ICurrentActor
{
    /// <summary>The signed-in account's id; null for anonymous requests and start-up work.</summary>
    Guid? UserId { get; }

    /// <summary>The account's user name, or a description of the system process acting ("system: start-up").</summary>
    string Name { get; }

    /// <summary>The client's address, when acting for a request.</summary>
    string? RemoteAddress { get; }
}

/// <summary>The actor outside any request: start-up synchronisation, commands.</summary>
public sealed class SystemActor(string name) : ICurrentActor
{
    public Guid? UserId => null;

    public string Name { get; } = name;

    public string? RemoteAddress => null;
}
