namespace Platform.Core.Persistence;

/// <summary>
/// A row that belongs to one province. Every module table carries the key so that queries are filtered by it
/// and the database can later be distributed by province without a redesign.
/// </summary>
public interface IProvinceOwned
{
    /// <summary>The owning province's code.</summary>
    string Province { get; }
}
