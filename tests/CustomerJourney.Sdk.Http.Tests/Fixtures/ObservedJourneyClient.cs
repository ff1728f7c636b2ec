using CustomerJourney.Client;
using CustomerJourney.Live;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Fixtures;

/// <summary>A journey client that hands every status and exception message it produces to a scan, as a host would show or log them.</summary>
internal sealed class ObservedJourneyClient(JourneyClient inner, PersonalDataScan scan) : JourneyClient
{
    public override LookupKey ParseKey(string input)
    {
        try
        {
            return inner.ParseKey(input);
        }
        catch (Exception exception)
        {
            scan.Add(exception.ToString());
            throw;
        }
    }

    public override async Task<JourneyResult> GetJourneyAsync(JourneyQuery query, CancellationToken cancellationToken = default)
    {
        scan.Add(query.ToString());
        try
        {
            JourneyResult result = await inner.GetJourneyAsync(query, cancellationToken);
            foreach (SourceStatus status in result.Sources)
            {
                scan.Add(status.ToString());
                scan.Add(status.Message);
                foreach (string warning in status.Warnings)
                {
                    scan.Add(warning);
                }
            }

            return result;
        }
        catch (Exception exception)
        {
            scan.Add(exception.ToString());
            throw;
        }
    }

    public override async Task<Interaction?> GetDetailsAsync(Interaction interaction, Access.AccessContext access, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.GetDetailsAsync(interaction, access, cancellationToken);
        }
        catch (Exception exception)
        {
            scan.Add(exception.ToString());
            throw;
        }
    }

    public override IAsyncEnumerable<JourneyUpdate> WatchAsync(JourneyQuery query, CancellationToken cancellationToken = default) =>
        inner.WatchAsync(query, cancellationToken);
}
