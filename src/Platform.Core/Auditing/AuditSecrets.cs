using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Core.Auditing;

/// <summary>
/// Properties whose values must never be kept in the audit trail (password hashes, security stamps, tokens,
/// authenticator keys): the module that owns them marks them in its model, and the trail records only that they
/// changed (<see cref="Redacted"/>), never their value, which it would otherwise keep forever.
/// </summary>
public static class AuditSecrets
{
    /// <summary>What the trail holds instead of a secret value.</summary>
    public const string Redacted = "***";

    private const string Annotation = "Platform:AuditSecret";

    /// <summary>Marks the property as a secret the audit trail records as changed but never by value.</summary>
    public static PropertyBuilder<T> KeptOutOfAudit<T>(this PropertyBuilder<T> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasAnnotation(Annotation, true);
    }

    /// <summary>Whether the module marked this property of the entity type as a secret.</summary>
    public static bool IsSecret(IReadOnlyEntityType type, string property)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.FindProperty(property)?.FindAnnotation(Annotation)?.Value is true;
    }
}
