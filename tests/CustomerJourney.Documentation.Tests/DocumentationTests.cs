using System.Diagnostics;

namespace CustomerJourney.Documentation;

/// <summary>
/// Every C# block of README.md, docs/ and the packages' READMEs is compiled and run, as pasted:
/// each becomes a console project that references every package of src/ (ASP.NET Core's shared framework
/// included, for the host snippets), is built with warnings as errors and run to its end.
/// </summary>
public class DocumentationTests
{
    private static readonly string s_root = FindRoot();

    public static IEnumerable<CodeBlock> Blocks()
    {
        IEnumerable<string> files =
        [
            Path.Combine(s_root, "README.md"),
            .. Directory.GetFiles(Path.Combine(s_root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal),
            .. Directory.GetDirectories(Path.Combine(s_root, "src")).Select(d => Path.Combine(d, "README.md")).Where(File.Exists).Order(StringComparer.Ordinal),
        ];
        return files.SelectMany(f => CodeBlock.Read(Path.GetRelativePath(s_root, f), File.ReadAllText(f)));
    }

    [Fact]
    public void Documentation_HasCSharpBlocks_InTheReadmesAndDocs()
    {
        CodeBlock[] blocks = [.. Blocks()];

        Assert.True(blocks.Length >= 10, $"only {blocks.Length} blocks found");
        Assert.Contains(blocks, b => b.File == "README.md");
        Assert.Contains(blocks, b => b.File.StartsWith("docs", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.File.StartsWith("src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryCSharpBlock_CompilesWithoutWarnings_AndRunsToItsEnd()
    {
        CodeBlock[] blocks = [.. Blocks()];
        string work = Directory.CreateTempSubdirectory("cj-docs-").FullName;
        try
        {
            string[] projects = [.. blocks.Select((block, i) => WriteProject(work, $"block{i + 1:00}", block))];
            await File.WriteAllTextAsync(Path.Combine(work, "docs.slnx"), "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{Path.GetRelativePath(work, p)}\" />\n")) + "</Solution>\n");

            // One build for all: restore once, compile in parallel, against the packages already built.
            (int built, string buildLog) = await RunAsync("dotnet", ["build", "docs.slnx", "-c", Configuration, "-p:BuildProjectReferences=false", "-p:ShouldUnsetParentConfigurationAndPlatform=false", "-nologo", "-clp:ErrorsOnly"], work, TimeSpan.FromMinutes(10));
            Assert.True(built == 0, $"the documentation's C# does not build:\n{Describe(blocks, projects, buildLog)}");

            var failures = new List<string>();
            for (int i = 0; i < blocks.Length; i++)
            {
                string folder = Path.GetDirectoryName(projects[i])!;
                string dll = Path.Combine(folder, "bin", Configuration, "net10.0", Path.GetFileNameWithoutExtension(projects[i]) + ".dll");
                (int exit, string output) = await RunAsync("dotnet", [dll], folder, TimeSpan.FromSeconds(90));
                if (exit != 0)
                {
                    failures.Add($"{blocks[i]} exited with {exit}:\n{output}");
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Configuration =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string WriteProject(string work, string name, CodeBlock block)
    {
        string folder = Directory.CreateDirectory(Path.Combine(work, name)).FullName;
        string references = string.Concat(
            Directory.GetFiles(Path.Combine(s_root, "src"), "*.csproj", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(p => $"    <ProjectReference Include=\"{p}\" />\n"));
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- {block} -->
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <Using Include="Microsoft.AspNetCore.Builder" />
            {references}  </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), block.Code + "\n");
        return Path.Combine(folder, name + ".csproj");
    }

    // The build log names projects by folder; say which block each error belongs to.
    private static string Describe(CodeBlock[] blocks, string[] projects, string log)
    {
        for (int i = 0; i < blocks.Length; i++)
        {
            log = log.Replace(Path.GetDirectoryName(projects[i])!, blocks[i].ToString(), StringComparison.Ordinal);
        }

        return log;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, string[] arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The PostgreSQL snippets read their connection string as a host would: from the configuration key's environment variable.
        if (Environment.GetEnvironmentVariable("CUSTOMERJOURNEY_TEST_POSTGRES") is { Length: > 0 } postgres)
        {
            start.Environment["CustomerJourney__PostgreSql__ConnectionString"] = postgres;
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout.TotalSeconds} s\n{await output}{await error}");
        }

        return (process.ExitCode, await output + await error);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CustomerJourney.Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository's root (CustomerJourney.Sdk.sln) is not above the tests.");
    }
}
