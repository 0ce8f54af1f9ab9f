using System.Reflection;
using System.Runtime.Loader;
using Platform.Benchmarks.Hosting;

/// <summary>
/// The .NET startup hook by which the benchmark attaches this assembly to the host it runs (<c>DOTNET_STARTUP_HOOKS</c>
/// names this file): the runtime loads the assembly from the benchmark's build output and calls <see cref="Initialize"/>
/// before the host's <c>Main</c>. It must be named so and live in no namespace.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        // ASP.NET Core loads the hosting startup by name (ASPNETCORE_HOSTINGSTARTUPASSEMBLIES); the host's folder does not
        // hold it, so the name is answered with this assembly, already loaded from its own path.
        var self = typeof(StartupHook).Assembly;
        AssemblyLoadContext.Default.Resolving += (_, name) =>
            AssemblyName.ReferenceMatchesDefinition(name, self.GetName()) ? self : null;

        if (Environment.GetEnvironmentVariable(AllocationProbe.FileVariable) is { Length: > 0 } path)
        {
            new Thread(() => AllocationProbe.Publish(path)) { IsBackground = true, Name = "Benchmark allocation probe" }.Start();
        }
    }
}
