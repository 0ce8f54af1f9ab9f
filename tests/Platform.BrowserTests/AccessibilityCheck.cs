using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// The automated accessibility check every page the browser tests visit goes through: axe-core (from the npm registry,
/// used by the tests only, never served by the product) is evaluated in the loaded page and run against WCAG 2.1 A/AA
/// and axe's best practices, with one rule of ours (a field's hint and error are named in its <c>aria-describedby</c>);
/// any serious or critical violation fails the test with the rule, the elements and the page.
/// Evaluated through the DevTools protocol, the engine is not an inline script, so the page's own content security policy
/// stays as the product sends it.
/// </summary>
public static class AccessibilityCheck
{
    /// <summary>The folder holding package.json and package-lock.json; <c>npm ci</c> installs axe-core there.</summary>
    private static readonly string PackageFolder = typeof(AccessibilityCheck).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AccessibilityPackages").Value!;

    private static readonly Lazy<Task<string>> Engine = new(LoadEngineAsync);

    private const string Run = """
        async () => {
          const result = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            resultTypes: ['violations'],
          });
          const violations = result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({
              rule: v.id,
              impact: v.impact,
              help: v.help,
              targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' ').trim()),
              more: Math.max(0, v.nodes.length - 5),
            }));
          // Ours: a field's hint (in its label) and its error are named in the field's aria-describedby.
          const named = (control, id) => id && (control.getAttribute('aria-describedby') || '').split(/\s+/).includes(id);
          const undescribed = [];
          for (const hint of document.querySelectorAll('label[for] .hint')) {
            const control = document.getElementById(hint.closest('label').htmlFor);
            if (control && !named(control, hint.id)) undescribed.push(hint);
          }
          for (const error of document.querySelectorAll('.field-error')) {
            if (!error.id || !document.querySelector(`[aria-describedby~="${CSS.escape(error.id)}"]`)) undescribed.push(error);
          }
          if (undescribed.length > 0) {
            violations.push({
              rule: 'field-description',
              impact: 'serious',
              help: 'A field\'s hint and error must be named in its aria-describedby',
              targets: undescribed.slice(0, 5).map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : '.' + e.className} “${e.textContent.trim().slice(0, 60)}”`),
              more: Math.max(0, undescribed.length - 5),
            });
          }
          return violations;
        }
        """;

    /// <summary>Runs the check on the page as it is now; fails with a readable list of every serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string address)
    {
        ArgumentNullException.ThrowIfNull(page);
        var violations = await Bounded(address, async () =>
        {
            if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            {
                await page.EvaluateAsync("source => { (0, eval)(source); }", await Engine.Value);
            }

            return await page.EvaluateAsync<JsonElement>(Run);
        });
        if (violations.GetArrayLength() == 0)
        {
            return;
        }

        var report = new StringBuilder($"{address} has accessibility violations (axe-core, serious or critical):");
        foreach (var v in violations.EnumerateArray())
        {
            report.AppendLine().Append($"- {v.GetProperty("rule").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}");
            foreach (var target in v.GetProperty("targets").EnumerateArray())
            {
                report.AppendLine().Append($"    {target.GetString()}");
            }

            if (v.GetProperty("more").GetInt32() is > 0 and var more)
            {
                report.AppendLine().Append($"    … and {more} more");
            }
        }

        Assert.Fail(report.ToString());
    }

    /// <summary>
    /// Playwright puts no time limit on an evaluation: a page that never answers would hold the whole run. The check
    /// fails instead, naming the page.
    /// </summary>
    private static async Task<T> Bounded<T>(string address, Func<Task<T>> evaluation)
    {
        try
        {
            return await evaluation().WaitAsync(EvaluationTimeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{address}: the accessibility check got no answer from the page within {EvaluationTimeout.TotalSeconds:0} s.");
            throw;
        }
    }

    private static readonly TimeSpan EvaluationTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Reads axe-core's script, installing the locked packages with <c>npm ci</c> first if they are not there yet.</summary>
    private static async Task<string> LoadEngineAsync()
    {
        var script = Path.Combine(PackageFolder, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(script))
        {
            await InstallAsync();
        }

        return await File.ReadAllTextAsync(script);
    }

    private static async Task InstallAsync()
    {
        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund")
        {
            WorkingDirectory = PackageFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"axe-core is not installed in {PackageFolder} and npm is missing ({e.Message}). Run the tests with ./test.sh, which installs Node.js and npm.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {PackageFolder} failed ({process.ExitCode}): {await error}{await output}");
            }
        }
    }
}
