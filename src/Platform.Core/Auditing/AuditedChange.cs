using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Platform.Core.Persistence;

namespace Platform.Core.Auditing;

/// <summary>
/// One entity a save adds, modifies or deletes, as the audit trail records it. Owned values (a decision stored in its
/// owner's columns, duties stored as JSON) are not entities of their own: they are folded into their owner's values.
/// </summary>
internal sealed class AuditedChange
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly EntityEntry _entry;
    private readonly EntityState _state;
    private readonly string? _province;
    private readonly string? _entityId;
    private readonly JsonObject? _before;
    private readonly IReadOnlySet<string>? _changed;

    private AuditedChange(EntityEntry entry, EntityState state, string? province, JsonObject? before, IReadOnlySet<string>? changed)
    {
        (_entry, _state, _province, _before, _changed) = (entry, state, province, before, changed);
        // An added row's key may come from the database; it is read when the record is completed.
        _entityId = state == EntityState.Added ? null : KeyOf(entry);
    }

    /// <summary>The changes about to be saved, with their values before the save.</summary>
    public static List<AuditedChange> Capture(DbContext context, string? actingFor)
    {
        if (context.ChangeTracker.AutoDetectChangesEnabled)
        {
            context.ChangeTracker.DetectChanges();
        }

        var owned = new OwnedEntries(context.ChangeTracker.Entries());
        var roots = new List<EntityEntry>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var entry in owned.All.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (owned.RootOf(entry) is { } root && seen.Add(root.Entity))
            {
                roots.Add(root);
            }
        }

        return [.. roots.Select(root => Of(root, owned, actingFor)).OfType<AuditedChange>()];
    }

    /// <summary>The record, with the values after the save; call once the save's values are final.</summary>
    public AuditRecord Complete()
    {
        var after = _state == EntityState.Deleted ? null : Only(ValuesOf(_entry, original: false, owned: null), _changed);
        return new AuditRecord(
            _province, _state.ToString(), EntityName(_entry.Metadata), _entityId ?? KeyOf(_entry),
            Redact(_before?.DeepClone().AsObject(), _entry.Metadata)?.ToJsonString(Json), Redact(after, _entry.Metadata)?.ToJsonString(Json));
    }

    private static AuditedChange? Of(EntityEntry root, OwnedEntries owned, string? actingFor)
    {
        // Only an owned value changed (a decision recorded on an appointment): for the trail, the owner changed.
        var state = root.State == EntityState.Unchanged ? EntityState.Modified : root.State;
        var province = root.Entity is IProvinceOwned p ? p.Province : actingFor;
        if (state == EntityState.Added)
        {
            return new AuditedChange(root, state, province, null, null);
        }

        var before = ValuesOf(root, original: true, owned);
        if (state == EntityState.Deleted)
        {
            return new AuditedChange(root, state, province, before, null);
        }

        var after = ValuesOf(root, original: false, owned: null);
        var changed = before.Select(p => p.Key).Where(name => !JsonNode.DeepEquals(before[name], after[name])).ToHashSet(StringComparer.Ordinal);
        return changed.Count == 0 ? null : new AuditedChange(root, state, province, Only(before, changed), changed);
    }

    /// <summary>
    /// A file's content (a report's attachment, a meeting's document, a task's evidence) is recorded by its size and
    /// SHA-256, which identify it for good, not by its bytes: a 20 MB upload would otherwise be copied into the trail,
    /// which keeps everything for ever, and onto the log page.
    /// </summary>
    private static JsonObject Digest(byte[] content) => new()
    {
        ["bytes"] = content.Length,
        ["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
    };

    /// <summary>Property name → value, owned values nested. Original values come from the tracker's snapshot.</summary>
    private static JsonObject ValuesOf(EntityEntry entry, bool original, OwnedEntries? owned)
    {
        var values = new JsonObject();
        foreach (var property in entry.Metadata.GetProperties())
        {
            // xmin and the like: rewritten by the database on every save, not a value anyone changed.
            // An owned value's key and link to its owner are plumbing, not values.
            if (property.ValueGenerated == ValueGenerated.OnAddOrUpdate ||
                (entry.Metadata.IsOwned() && (property.IsKey() || property.IsForeignKey())))
            {
                continue;
            }

            var value = original ? entry.OriginalValues[property] : entry.CurrentValues[property];
            values[property.Name] = value is byte[] content ? Digest(content) : JsonSerializer.SerializeToNode(value, property.ClrType, Json);
        }

        foreach (var navigation in entry.Metadata.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            var parts = original ? owned!.Before(entry, navigation) : After(entry, navigation);
            var nodes = parts.Select(part => (JsonNode)ValuesOf(part, original, owned)).ToArray();
            values[navigation.Name] = navigation.IsCollection ? new JsonArray(nodes) : nodes.FirstOrDefault();
        }

        return values;
    }

    private static IEnumerable<EntityEntry> After(EntityEntry entry, INavigation navigation)
    {
        var current = entry.Navigation(navigation.Name).CurrentValue;
        var items = navigation.IsCollection ? ((System.Collections.IEnumerable?)current)?.Cast<object>() ?? [] : current is null ? [] : [current];
        return items.Select(entry.Context.Entry);
    }

    /// <summary>Replaces the values the owning module marked secret (<see cref="AuditSecrets"/>), after the change was detected on the real values.</summary>
    private static JsonObject? Redact(JsonObject? values, IEntityType type)
    {
        if (values is null)
        {
            return null;
        }

        foreach (var name in values.Select(p => p.Key).Where(name => AuditSecrets.IsSecret(type, name)).ToList())
        {
            if (values[name] is not null)
            {
                values[name] = AuditSecrets.Redacted;
            }
        }

        return values;
    }

    private static JsonObject? Only(JsonObject? values, IReadOnlySet<string>? names)
    {
        if (values is null || names is null)
        {
            return values;
        }

        var kept = new JsonObject();
        foreach (var name in names)
        {
            kept[name] = values[name]?.DeepClone();
        }

        return kept;
    }

    private static string? KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey() is { } key
            ? string.Join(",", key.Properties.Select(p => Convert.ToString(entry.CurrentValues[p], CultureInfo.InvariantCulture)))
            : null;

    private static string EntityName(IEntityType type) =>
        type.GetSchema() is { } schema ? $"{schema}.{type.ClrType.Name}" : type.ClrType.Name;

    /// <summary>
    /// The tracked entries and, for each owner, its owned values. Replaced owned values are only reachable here: the
    /// owner's navigation already points to the new value.
    /// </summary>
    private sealed class OwnedEntries
    {
        private readonly Dictionary<(IEntityType, string), EntityEntry> _byKey = [];
        private readonly Dictionary<object, List<EntityEntry>> _byOwner = new(ReferenceEqualityComparer.Instance);

        public OwnedEntries(IEnumerable<EntityEntry> entries)
        {
            All = [.. entries];
            foreach (var entry in All)
            {
                if (entry.Metadata.FindPrimaryKey() is { } key)
                {
                    _byKey[(entry.Metadata, Values(entry, key.Properties))] = entry;
                }
            }

            foreach (var entry in All.Where(e => e.Metadata.IsOwned()))
            {
                if (OwnerOf(entry) is { } owner)
                {
                    _byOwner.TryAdd(owner.Entity, []);
                    _byOwner[owner.Entity].Add(entry);
                }
            }
        }

        public IReadOnlyList<EntityEntry> All { get; }

        /// <summary>The non-owned entity an entry belongs to: itself, or its owner's owner…</summary>
        public EntityEntry? RootOf(EntityEntry entry)
        {
            while (entry.Metadata.IsOwned())
            {
                if (OwnerOf(entry) is not { } owner)
                {
                    return null;
                }

                entry = owner;
            }

            return entry;
        }

        /// <summary>The owned values under a navigation as they were before the save, in their stored order.</summary>
        public IEnumerable<EntityEntry> Before(EntityEntry owner, INavigation navigation) =>
            _byOwner.GetValueOrDefault(owner.Entity, [])
                .Where(e => e.State != EntityState.Added && e.Metadata.FindOwnership()!.PrincipalToDependent == navigation)
                .OrderBy(e => e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.OriginalValues[p]).LastOrDefault());

        private EntityEntry? OwnerOf(EntityEntry entry)
        {
            var ownership = entry.Metadata.FindOwnership()!;
            return _byKey.GetValueOrDefault((ownership.PrincipalEntityType, Values(entry, ownership.Properties)));
        }

        // Keys never change on a tracked entry; an added one has no original values to read.
        private static string Values(EntityEntry entry, IReadOnlyList<IProperty> properties) =>
            string.Join('\u001f', properties.Select(p => Convert.ToString(entry.CurrentValues[p], CultureInfo.InvariantCulture)));
    }
}
