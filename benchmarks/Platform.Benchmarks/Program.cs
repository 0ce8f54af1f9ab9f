using System.Text.RegularExpressions;
using Platform.Benchmarks;

// The first benchmark of the host, run on demand by benchmarks/run.sh (never by the tests): start-up time, then the
// members page against a raw-Npgsql baseline reading the same rows, both served by the same process in the same run.
Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

var pagePath = $"/{options.Province}/members";
var baselinePath = $"/_baseline/{options.Province}/members";
var machine = Machine.Describe();
var when = DateTimeOffset.UtcNow;

Console.WriteLine($"Start-up: {options.Startups} runs of {options.AppDll}");
// Every page needs a signed-in user; the sign-in page is the first one anyone can get.
const string firstPage = "/account/login";
var startup = await StartupBenchmark.RunAsync(options, firstPage);

Console.WriteLine("Load test: starting the host once more");
await using var app = AppProcess.Start(options);
await StartupBenchmark.WaitForOkAsync(app, firstPage);
using var client = LoadTest.Client(app.BaseAddress, options.Connections);
await SignIn.AsDemoViewerAsync(client, options.Province);

// Check before measuring: both answer 200 and list the same seats, or the comparison means nothing.
var pageHtml = await client.GetStringAsync(pagePath);
var baselineHtml = await client.GetStringAsync(baselinePath);
var pageSeats = SeatKeys(pageHtml);
var baselineSeats = SeatKeys(baselineHtml);
if (!pageSeats.SequenceEqual(baselineSeats))
{
    Console.Error.WriteLine($"The page lists seats [{string.Join(", ", pageSeats)}] but the baseline [{string.Join(", ", baselineSeats)}].");
    return 1;
}

var page = new EndpointResult(pagePath, System.Text.Encoding.UTF8.GetByteCount(pageHtml));
var baseline = new EndpointResult(baselinePath, System.Text.Encoding.UTF8.GetByteCount(baselineHtml));
for (var round = 1; round <= 2; round++)
{
    foreach (var endpoint in new[] { page, baseline })
    {
        await LoadTest.RunAsync(client, app, endpoint.Path, options.Connections, options.WarmUp);
        var phase = await LoadTest.RunAsync(client, app, endpoint.Path, options.Connections, options.Measure);
        endpoint.Add(phase);
        Console.WriteLine($"  round {round} {endpoint.Path}: {Format.Rate(phase.RequestsPerSecond)} req/s, {phase.Errors} errors");
    }
}

var section = Report.Section(options, machine, when, startup, page, baseline, pageSeats.Count);
Report.Write(options.OutputPath, section);
Console.WriteLine();
Console.WriteLine(section);
Console.WriteLine($"Written to {options.OutputPath}");
return 0;

static List<string> SeatKeys(string html) =>
    [.. Regex.Matches(html, "<tr id=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];
