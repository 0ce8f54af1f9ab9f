using System.Net;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>
/// Start-up with every province loaded (issue 18, item 3): the same number of start-ups as with the two real packs, on
/// a database of its own that the first of them finds empty, with the plugins folder of
/// <c>benchmarks/generate-packs.sh</c> (the two real packs and one made from the pack template for each of the other
/// provinces); then the host's resident memory once warm, with two packs and with all of them, which is how much each
/// extra province costs a deployment that serves the whole country.
/// </summary>
internal static class ManyPacksBenchmark
{
    /// <summary>
    /// The account that reads every province's pages: the ministry's demo viewer, granted nationally, so one session
    /// reaches every loaded province, generated ones included.
    /// </summary>
    private const string Reader = "ministry.viewer";

    /// <summary>
    /// How long the host is left alone after the last province page before its resident set is read, so that what the
    /// requests set off in the background (tiered compilation's rewrites, the first collections) has settled.
    /// </summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public static async Task<ManyPacksResult> RunAsync(Options options, StartupResult twoPacks, string firstPage)
    {
        var many = options with { PluginsPath = options.ManyPluginsPath!, ConnectionString = options.ManyPluginsConnectionString };
        var usual = Provinces(options.PluginsPath);
        var all = Provinces(many.PluginsPath);
        if (all.Count <= usual.Count)
        {
            throw new InvalidOperationException($"{many.PluginsPath} holds {all.Count} packs, no more than {options.PluginsPath} ({usual.Count}).");
        }

        Console.WriteLine($"Start-up with {all.Count} packs: {options.Startups} runs of the host, plugins {many.PluginsPath}, a fresh database");
        var startup = await StartupBenchmark.RunAsync(many, firstPage);

        Console.WriteLine($"Resident memory once warm: each province's home page read once as {Reader}, then {Settle.TotalSeconds:0} s idle");
        var residentUsual = await WarmResidentAsync(options, usual, firstPage);
        var residentAll = await WarmResidentAsync(many, all, firstPage);
        return new ManyPacksResult(usual.Count, all.Count, twoPacks, startup, residentUsual, residentAll);
    }

    /// <summary>
    /// Starts the host on its migrated database, waits for the first 200, reads the home page <c>/{code}</c> of every
    /// loaded province (the committee's overview and every module's home panel, so each province's definition, caches
    /// and compiled views are in use), waits, and reads the process's resident set (<c>VmRSS</c>).
    /// </summary>
    private static async Task<long> WarmResidentAsync(Options options, IReadOnlyList<string> provinces, string firstPage)
    {
        await using var app = AppProcess.Start(options);
        await StartupBenchmark.WaitForOkAsync(app, firstPage);
        using var client = LoadTest.Client(app.BaseAddress, 1);
        await SignIn.AsAsync(client, Reader);
        foreach (var code in provinces)
        {
            using var response = await client.GetAsync($"/{code}");
            _ = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException(
                    $"/{code} answered {(int)response.StatusCode} to {Reader} with plugins {options.PluginsPath}:{Environment.NewLine}{app.LastLines}");
            }
        }

        await Task.Delay(Settle);
        var resident = HostMemory.ResidentBytes(app.Id)
                       ?? throw new InvalidOperationException($"/proc/{app.Id}/status gives no VmRSS for the host.");
        Console.WriteLine($"  {provinces.Count} packs: {Format.MiB(resident)} resident");
        return resident;
    }

    /// <summary>The province codes of a plugins folder, from each pack's <c>plugin.json</c>, as the host scans it.</summary>
    private static List<string> Provinces(string pluginsFolder) =>
    [
        .. Directory.GetDirectories(pluginsFolder)
            .Select(folder => Path.Combine(folder, "plugin.json"))
            .Where(File.Exists)
            .Select(ProvinceOf)
            .Order(StringComparer.Ordinal),
    ];

    private static string ProvinceOf(string manifest)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.GetProperty("province").GetString()
               ?? throw new InvalidOperationException($"{manifest} names no province.");
    }
}

/// <summary>The start-ups and the warm resident memory with the usual packs and with every province's.</summary>
internal sealed record ManyPacksResult(int Packs, int AllPacks, StartupResult Usual, StartupResult All, long ResidentUsual, long ResidentAll)
{
    /// <summary>The provinces the many-packs folder adds (32 for the whole country).</summary>
    public int ExtraProvinces => AllPacks - Packs;

    /// <summary>(resident with every pack − resident with the usual ones) / extra provinces, in bytes.</summary>
    public double ResidentPerExtraProvince => (double)(ResidentAll - ResidentUsual) / ExtraProvinces;
}
