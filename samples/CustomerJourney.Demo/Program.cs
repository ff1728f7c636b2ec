using System.CommandLine;
using System.CommandLine.Invocation;
using CustomerJourney.Demo;

RootCommand command = DemoOptions.Command();
command.SetAction(DemoApp.RunAsync);
Command report = ReportOptions.Command();
report.SetAction(ReportApp.RunAsync);
command.Subcommands.Add(report);

ParseResult parsed = command.Parse(args);
if (parsed.Action is ParseErrorAction)
{
    // A value the command line refuses (--period 5, --as-of yesterday) is bad input like any other: exit code 2, the reason on standard error.
    foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
    {
        Console.Error.WriteLine(DemoOptions.Describe(error));
    }

    Console.Error.WriteLine("See --help for the options.");
    return DemoApp.BadInput;
}

return await parsed.InvokeAsync();
