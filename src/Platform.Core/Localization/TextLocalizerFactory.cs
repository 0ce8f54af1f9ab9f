using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Platform.Core.Localization;

/// <summary>The English wording of an assembly that is not a module: a province pack's, stated through the Sdk.</summary>
/// <param name="Assembly">The assembly whose pages and code read the wording.</param>
/// <param name="English">Pairs of (Vietnamese, English).</param>
public sealed record AssemblyTexts(Assembly Assembly, IReadOnlyDictionary<string, string> English);

/// <summary>The shared wording (the layout's and the shared partials'), held by the host.</summary>
/// <param name="Assembly">The host's assembly: its pages and partials read the shared wording.</param>
/// <param name="Source">The dictionary.</param>
public sealed record SharedTexts(Assembly Assembly, ITextSource Source);

/// <summary>
/// ASP.NET Core's localizer factory over the platform's dictionaries, one per module and one per pack: a localizer
/// created for a type reads the dictionary of that type's assembly (a module's <c>*Texts</c> class, a pack's
/// <see cref="AssemblyTexts"/>), then the small shared one. The shared wording's own localizer (the host's layout and
/// shared partials) reads the shared dictionary, then the dictionary of the module whose page is being rendered, so a
/// shared form partial shows the label a module's page hands it in that module's words. No dictionary overrides
/// another: the same Vietnamese may have a different English in two modules.
/// </summary>
public sealed class TextLocalizerFactory : IStringLocalizerFactory
{
    private static readonly FrozenDictionary<string, string> Empty = FrozenDictionary<string, string>.Empty;
    private readonly FrozenDictionary<Assembly, FrozenDictionary<string, string>> _byAssembly;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byAssemblyName;
    private readonly SharedTexts _shared;
    private readonly FrozenDictionary<string, string> _sharedEnglish;
    private readonly IHttpContextAccessor _http;
    private readonly ConcurrentDictionary<Assembly, IStringLocalizer> _localizers = new();

    /// <summary>Groups the registered dictionaries by the assembly that declares them.</summary>
    public TextLocalizerFactory(IEnumerable<ITextSource> modules, IEnumerable<AssemblyTexts> others, SharedTexts shared, IHttpContextAccessor http)
    {
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(shared);
        var all = modules.Select(m => (m.GetType().Assembly, Pairs: m.English))
            .Concat(others.Select(o => (o.Assembly, Pairs: (IEnumerable<KeyValuePair<string, string>>)o.English)));
        var byAssembly = new Dictionary<Assembly, Dictionary<string, string>>();
        foreach (var (assembly, pairs) in all)
        {
            if (!byAssembly.TryGetValue(assembly, out var english))
            {
                byAssembly[assembly] = english = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var pair in pairs)
            {
                english[pair.Key] = pair.Value;
            }
        }

        _byAssembly = byAssembly.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal));
        _byAssemblyName = _byAssembly.ToFrozenDictionary(p => p.Key.GetName().Name ?? string.Empty, p => p.Value, StringComparer.Ordinal);
        _shared = shared;
        _sharedEnglish = shared.Source.English.ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        _http = http;
    }

    /// <summary>The localizer of <paramref name="resourceSource"/>'s module or pack.</summary>
    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        return _localizers.GetOrAdd(resourceSource.Assembly, For);
    }

    /// <summary>The localizer of the module or pack whose assembly is named <paramref name="location"/>.</summary>
    public IStringLocalizer Create(string baseName, string location)
    {
        var english = _byAssemblyName.GetValueOrDefault(location) ?? Empty;
        return new TextLocalizer([english, _sharedEnglish]);
    }

    private IStringLocalizer For(Assembly assembly) =>
        assembly == _shared.Assembly
            ? new TextLocalizer([_sharedEnglish], PageModuleEnglish)
            : new TextLocalizer([_byAssembly.GetValueOrDefault(assembly) ?? Empty, _sharedEnglish]);

    /// <summary>The dictionary of the module or pack whose Razor page the current request renders, if any.</summary>
    private FrozenDictionary<string, string>? PageModuleEnglish()
    {
        var metadata = _http.HttpContext?.GetEndpoint()?.Metadata;
        var type = metadata?.GetMetadata<CompiledPageActionDescriptor>()?.HandlerTypeInfo
            ?? (TypeInfo?)metadata?.GetMetadata<ControllerActionDescriptor>()?.ControllerTypeInfo;
        return type is null ? null : _byAssembly.GetValueOrDefault(type.Assembly);
    }
}

/// <summary>Registration of the wording.</summary>
public static class WordingServiceCollectionExtensions
{
    /// <summary>
    /// Serves <c>IStringLocalizer&lt;T&gt;</c> from the platform's dictionaries (<see cref="TextLocalizerFactory"/>);
    /// <typeparamref name="TShared"/> is the shared wording, read by the pages and partials of its own assembly.
    /// Modules register their dictionary as an <see cref="ITextSource"/>.
    /// </summary>
    public static IServiceCollection AddWording<TShared>(this IServiceCollection services)
        where TShared : class, ITextSource, new()
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(new SharedTexts(typeof(TShared).Assembly, new TShared()));
        services.AddSingleton<IStringLocalizerFactory, TextLocalizerFactory>();
        services.TryAddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        return services;
    }
}
