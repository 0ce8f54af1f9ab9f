using System.Text.Json;
using Platform.Testing;

namespace Platform.Web.Tests;

/// <summary>Throwaway plugins folders made of real built packs, bent into each fault the host must report.</summary>
internal sealed class PackFolders : IDisposable
{
    public PackFolders() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "platform-packs-" + Guid.NewGuid().ToString("N"));

    /// <summary>The broken-on-purpose fixture's build output, in the same configuration as this test.</summary>
    private static string FixtureOutput
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release" : "Debug";
            return Path.Combine(Repository.Root, "tests", "Fixtures", "Platform.Packs.Broken", "bin", configuration, "net10.0");
        }
    }

    /// <summary>Copies a pack the build laid out (DakLak, SonLa) into a folder of this name.</summary>
    public string CopyBuiltPack(string pack, string? folderName = null)
    {
        var target = Path.Combine(Root, folderName ?? pack);
        Copy(Path.Combine(Repository.PluginsFolder, pack), target);
        return target;
    }

    /// <summary>Copies the fixture assembly with a manifest naming <paramref name="entryType"/>.</summary>
    public string FixturePack(string folderName, string entryType, string province = "tinh-thu", string supportedSdk = "[1.0,2.0)")
    {
        var target = Path.Combine(Root, folderName);
        Copy(FixtureOutput, target);
        WriteManifest(target, new
        {
            id = "Platform.Packs.Broken",
            province,
            version = "0.0.1",
            supportedSdk,
            assembly = "Platform.Packs.Broken.dll",
            entryType = "Platform.Packs.Broken." + entryType,
        });
        return target;
    }

    public static void WriteManifest(string folder, object manifest) =>
        File.WriteAllText(Path.Combine(folder, "plugin.json"), JsonSerializer.Serialize(manifest));

    /// <summary>Rewrites one property of a folder's plugin.json.</summary>
    public static void EditManifest(string folder, string property, string value)
    {
        var path = Path.Combine(folder, "plugin.json");
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;
        manifest[property] = value;
        File.WriteAllText(path, JsonSerializer.Serialize(manifest));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A pack assembly loaded by the test may still be mapped; the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void Copy(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"{source} is missing: build the solution first (./test.sh does).");
        }

        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
