using System.CommandLine;
using CustomerJourney.Demo;

RootCommand command = DemoOptions.Command();
command.SetAction(DemoApp.RunAsync);
return await command.Parse(args).InvokeAsync();
