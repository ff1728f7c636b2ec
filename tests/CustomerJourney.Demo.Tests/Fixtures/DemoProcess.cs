using System.Diagnostics;

namespace CustomerJourney.Demo.Fixtures;

/// <summary>Runs the demo as a separate process, as a user does, and captures what it prints.</summary>
internal static class DemoProcess
{
    public static async Task<DemoRun> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(DemoAssembly());
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A clean, colourless terminal of 80 columns unless a test says otherwise.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "80";
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return new DemoRun(process.ExitCode, await output, await error);
    }

    public static Task<DemoRun> RunAsync(params string[] arguments) => RunAsync(null, arguments);

    // The demo's own output folder, in the configuration the tests were built in (…/bin/Release/net10.0/).
    private static string DemoAssembly()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = tests.Name;
        string configuration = tests.Parent!.Name;
        DirectoryInfo? root = tests;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CustomerJourney.Sdk.sln")))
        {
            root = root.Parent;
        }

        string assembly = Path.Combine(root!.FullName, "samples", "CustomerJourney.Demo", "bin", configuration, framework, "CustomerJourney.Demo.dll");
        return File.Exists(assembly) ? assembly : throw new FileNotFoundException("The demo is not built next to the tests.", assembly);
    }
}

internal sealed record DemoRun(int ExitCode, string Output, string Error);
