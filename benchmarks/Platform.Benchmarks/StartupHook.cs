using Platform.Benchmarks;

/// <summary>
/// The .NET startup hook the benchmark gives the load-test host (<see cref="AllocationProbe"/>): the runtime calls
/// <see cref="Initialize"/> before the host's <c>Main</c>. It must be named so and live in no namespace.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(AllocationProbe.FileVariable) is { Length: > 0 } path)
        {
            new Thread(() => AllocationProbe.Publish(path)) { IsBackground = true, Name = "Benchmark allocation probe" }.Start();
        }
    }
}
