using System.Reflection;
using McMaster.NETCore.Plugins;
using Microsoft.AspNetCore.Razor.Hosting;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Web.Packs;

/// <summary>A pack the host loaded: its manifest, folder, assembly and validated definition.</summary>
internal sealed record LoadedPack(PackManifest Manifest, string Folder, Assembly Assembly, ProvinceDefinition Definition);

/// <summary>
/// A pack the host could not load: its folder, the file at fault in it (<c>plugin.json</c> or the pack's assembly;
/// empty when the plugins folder itself is missing) and why, in Vietnamese then English.
/// </summary>
internal sealed record PackFailure(string Path, string File, string Reason)
{
    /// <summary>The member at fault: the entry type when the pack's definition is refused; empty otherwise.</summary>
    public string Member { get; init; } = "";

    /// <summary>Each fault found, when the Sdk listed several (a refused definition); otherwise just the reason.</summary>
    public IReadOnlyList<string> Faults { get; init; } = [];

    public override string ToString() => File.Length == 0 ? $"{Path}: {Reason}" : $"{Path} ({File}): {Reason}";
}

/// <summary>What scanning a plugins folder found.</summary>
internal sealed record PackScan(string Folder, IReadOnlyList<LoadedPack> Packs, IReadOnlyList<PackFailure> Failures);

/// <summary>
/// Scans a plugins folder (one sub-folder per pack) and loads each pack in its own load context. The Sdk and
/// ASP.NET Core are shared with the host, so the pack's types are the host's types.
/// </summary>
internal static class PackLoader
{
    private static readonly Type[] SharedTypes = [typeof(IProvincePack), typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel)];

    public static PackScan Scan(string pluginsFolder)
    {
        var packs = new List<LoadedPack>();
        var failures = new List<PackFailure>();
        if (!Directory.Exists(pluginsFolder))
        {
            failures.Add(new PackFailure(pluginsFolder, "", "Thư mục gói tỉnh không tồn tại. / The plugins folder does not exist."));
            return new PackScan(pluginsFolder, packs, failures);
        }

        // Each folder loads in its own context, independently of the others (reading, loading, validating the
        // definition): side by side, so that a deployment of every province does not load 34 packs one by one. The
        // results are taken in the folders' order, so failures and twins are reported as a sequential scan would.
        var folders = Directory.GetDirectories(pluginsFolder).Order(StringComparer.Ordinal).ToList();
        var loaded = folders.AsParallel().AsOrdered().Select(folder => (Folder: folder, Result: LoadFolder(folder))).ToList();
        foreach (var (folder, (pack, failure)) in loaded)
        {
            if (failure is not null)
            {
                failures.Add(failure);
                continue;
            }

            var twin = packs.FirstOrDefault(p => p.Definition.Code == pack!.Definition.Code);
            if (twin is not null)
            {
                failures.Add(new PackFailure(folder, PackManifest.FileName,
                    $"Tỉnh '{pack!.Definition.Code}' đã có gói tại {twin.Folder}. / Province '{pack.Definition.Code}' is already supplied by {twin.Folder}."));
                continue;
            }

            packs.Add(pack!);
        }

        return new PackScan(pluginsFolder, packs, failures);
    }

    /// <summary>Loads the pack in one folder: the pack, or the failure naming the file and, when known, the member at fault.</summary>
    public static (LoadedPack? Pack, PackFailure? Failure) LoadFolder(string folder)
    {
        // The manifest is at fault until it has been read; from then on, the assembly it names.
        var file = PackManifest.FileName;
        var member = "";
        try
        {
            var manifest = ReadManifest(folder);
            file = manifest.Assembly;
            member = manifest.EntryType;
            return (LoadOne(folder, manifest), null);
        }
        catch (PackLoadException ex)
        {
            var faults = ex.InnerException is PackDefinitionException definition ? definition.Problems : [ex.Message];
            var isDefinition = ex.InnerException is PackDefinitionException || ex.Message.Contains(member, StringComparison.Ordinal);
            return (null, new PackFailure(folder, file, ex.Message) { Member = member.Length > 0 && isDefinition ? member : "", Faults = faults });
        }
    }

    /// <summary>Reads the folder's manifest and checks that the pack was built for this host's Sdk.</summary>
    private static PackManifest ReadManifest(string folder)
    {
        var manifestPath = Path.Combine(folder, PackManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new PackLoadException("Thiếu tệp plugin.json. / plugin.json is missing.");
        }

        var manifest = PackManifest.Read(manifestPath);
        var range = SdkRange.Parse(manifest.SupportedSdk);
        if (!range.Contains(SdkInfo.Version))
        {
            throw new PackLoadException(
                $"Gói hỗ trợ Sdk {range}, máy chủ dùng Sdk {SdkInfo.Version.ToString(3)}. / " +
                $"The pack supports Sdk {range}; the host implements Sdk {SdkInfo.Version.ToString(3)}.");
        }

        return manifest;
    }

    private static LoadedPack LoadOne(string folder, PackManifest manifest)
    {
        var assemblyPath = Path.Combine(folder, manifest.Assembly);
        if (!File.Exists(assemblyPath))
        {
            throw new PackLoadException($"Không thấy tệp {manifest.Assembly}. / {manifest.Assembly} is missing.");
        }

        var assembly = LoadAssembly(assemblyPath, manifest);
        var definition = Describe(assembly, manifest);
        if (definition.Code.Value != manifest.Province)
        {
            throw new PackLoadException(
                $"plugin.json khai báo tỉnh '{manifest.Province}' nhưng gói mô tả tỉnh '{definition.Code}'. / " +
                $"plugin.json names '{manifest.Province}' but the pack describes '{definition.Code}'.");
        }

        CheckPagesStayInProvince(assembly, definition.Code.Value);
        return new LoadedPack(manifest, folder, assembly, definition);
    }

    // A pack serves pages only under its own province's URLs: a page at /other-province/… would speak for another province.
    private static void CheckPagesStayInProvince(Assembly assembly, string code)
    {
        var outside = assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .SelectMany(item => item.Type.GetCustomAttributes<RazorCompiledItemMetadataAttribute>())
            .Where(m => m.Key == "RouteTemplate")
            .Select(m => m.Value)
            .Where(route => !route.TrimStart('/').StartsWith(code + "/", StringComparison.Ordinal) && route.Trim('/') != code)
            .ToList();
        if (outside.Count > 0)
        {
            throw new PackLoadException(
                $"Trang của gói phải nằm dưới /{code}/: {string.Join(", ", outside)} / The pack's pages must live under /{code}/: {string.Join(", ", outside)}");
        }
    }

    private static Assembly LoadAssembly(string assemblyPath, PackManifest manifest)
    {
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config => config.PreferSharedTypes = true);
            return loader.LoadDefaultAssembly();
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException or InvalidOperationException)
        {
            throw new PackLoadException(
                $"Không nạp được {manifest.Assembly}: {ex.Message} / {manifest.Assembly} cannot be loaded: {ex.Message}", ex);
        }
    }

    private static ProvinceDefinition Describe(Assembly assembly, PackManifest manifest)
    {
        Type? type;
        try
        {
            type = assembly.GetType(manifest.EntryType, throwOnError: false);
        }
        catch (Exception ex) when (ex is FileLoadException or FileNotFoundException or BadImageFormatException or TypeLoadException)
        {
            throw new PackLoadException($"Không đọc được kiểu {manifest.EntryType}: {ex.Message} / Cannot read {manifest.EntryType}: {ex.Message}", ex);
        }

        if (type is null)
        {
            throw new PackLoadException(
                $"Không có kiểu '{manifest.EntryType}' trong {manifest.Assembly}. / No type '{manifest.EntryType}' in {manifest.Assembly}.");
        }

        if (!typeof(IProvincePack).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new PackLoadException(
                $"Kiểu '{manifest.EntryType}' phải là lớp IProvincePack có hàm tạo không tham số. / " +
                $"'{manifest.EntryType}' must be a concrete IProvincePack with a public parameterless constructor.");
        }

        try
        {
            var pack = (IProvincePack)Activator.CreateInstance(type)!;
            var builder = new ProvincePackBuilder();
            pack.Describe(builder);
            var definition = builder.Build();

            // The core never moves a pack's day: a chain that cannot hold (a deadline before its period starts, a
            // compiling stage due before the stage it compiles) is refused here, naming the stage and its article.
            var faults = DeadlineChain.Check(definition, VietnameseWorkingCalendar.Default);
            return faults.Count == 0 ? definition : throw new PackDefinitionException(faults);
        }
        catch (PackDefinitionException ex)
        {
            throw new PackLoadException(ex.Message, ex);
        }
        catch (Exception ex)
        {
            var inner = ex is TargetInvocationException { InnerException: { } real } ? real : ex;
            throw new PackLoadException(
                $"'{manifest.EntryType}' ném lỗi khi khởi tạo hoặc mô tả tỉnh: {inner.GetType().Name}: {inner.Message} / " +
                $"'{manifest.EntryType}' threw while being created or describing its province: {inner.GetType().Name}: {inner.Message}", inner);
        }
    }
}
