namespace Platform.Testing;

/// <summary>Paths inside the repository, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where the build lays out the province packs for the host (see plugins/Directory.Build.targets).</summary>
    public static string PluginsFolder => Path.Combine(Root, "artifacts", "plugins");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
