namespace Platform.BrowserTests;

/// <summary>
/// The host's clock in the browser tests: the system's time until a test stops it at a moment of its choosing, then
/// moves it on, so that "the meeting has begun" is reached without waiting for real time to pass.
/// </summary>
public sealed class SettableClock : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _now;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now ?? System.GetUtcNow();
        }
    }

    /// <summary>Stops the clock at <paramref name="moment"/>: every request now reads this time, in UTC as the system's clock gives it.</summary>
    public void StopAt(DateTimeOffset moment)
    {
        lock (_lock)
        {
            _now = moment.ToUniversalTime();
        }
    }

    /// <summary>Gives the host the system's time again.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _now = null;
        }
    }
}
