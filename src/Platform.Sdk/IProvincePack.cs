namespace Platform.Sdk;

/// <summary>
/// The entry point of a province pack. The host creates the type named by <c>plugin.json</c>'s <c>entryType</c>
/// (it needs a public parameterless constructor) and calls <see cref="Describe"/> once per process.
/// </summary>
/// <remarks>
/// Everything a pack states goes through the builder, so later Sdk versions can add decision points as new builder
/// members without breaking a pack built against an earlier version: a pack that does not answer one gets the core's default.
/// </remarks>
public interface IProvincePack
{
    /// <summary>States the province, its committee and everything its regulation says that the core asks about.</summary>
    void Describe(ProvincePackBuilder pack);
}
