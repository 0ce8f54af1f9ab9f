using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Platform.Testing;

namespace Platform.ArchitectureTests;

/// <summary>Each built pack references only the Sdk of our assemblies, and ships no copy of it.</summary>
public sealed class PackReferenceTests
{
    public static TheoryData<string> BuiltPacks()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Repository.PluginsFolder).Order())
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    private static List<string> OurReferences(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .Where(name => name.StartsWith("Platform.", StringComparison.Ordinal))
            .Order()
            .ToList();
    }

    private static string PackAssembly(string pack) =>
        Directory.GetFiles(Path.Combine(Repository.PluginsFolder, pack), "Platform.Packs.*.dll").Single();

    [Theory]
    [MemberData(nameof(BuiltPacks))]
    public void A_built_pack_references_only_the_Sdk(string pack)
    {
        Assert.Equal(["Platform.Sdk"], OurReferences(PackAssembly(pack)));
    }

    [Theory]
    [MemberData(nameof(BuiltPacks))]
    public void A_built_pack_ships_no_copy_of_the_Sdk(string pack)
    {
        Assert.Empty(Directory.GetFiles(Path.Combine(Repository.PluginsFolder, pack), "Platform.Sdk.dll"));
    }

    [Fact]
    public void Both_province_packs_are_built()
    {
        var packs = Directory.GetDirectories(Repository.PluginsFolder).Select(Path.GetFileName).ToList();
        Assert.Contains("DakLak", packs);
        Assert.Contains("SonLa", packs);
    }

    [Fact]
    public void Negative_control_the_host_references_more_than_the_Sdk()
    {
        Assert.NotEqual(["Platform.Sdk"], OurReferences(typeof(Platform.Web.Packs.PackFailurePolicy).Assembly.Location));
    }
}
