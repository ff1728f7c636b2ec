using CustomerJourney.Identity;
using CustomerJourney.Model;
using CustomerJourney.Sqlite;
using CustomerJourney.Stores;

namespace CustomerJourney.Demo.SampleData;

/// <summary>
/// Creates the demo's embedded store, filled with the sample data set, when it does not exist: the
/// named customers (the first with the second vendor's activity and seed 004's omni-channel story)
/// and the generated population the journey report is computed over.
/// </summary>
internal static class SampleStore
{
    // Rows per transaction: few commits (each one synced) without holding the whole population in memory.
    private const int BatchSize = 8192;

    /// <summary>Whether the store had to be created.</summary>
    /// <param name="path">The store's file.</param>
    /// <param name="clock">"Now", that the history is counted back from.</param>
    /// <param name="defaultRegion">The region phone numbers are parsed in.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <param name="shape">Changes each interaction before it is stored (the widget sample files them under divisions).</param>
    public static async Task<bool> EnsureAsync(string path, TimeProvider clock, string defaultRegion, CancellationToken cancellationToken, Func<Interaction, Interaction>? shape = null)
    {
        shape ??= static interaction => interaction;
        DateTimeOffset asOf = clock.GetUtcNow();
        if (File.Exists(path))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // Synced at checkpoints rather than at each commit, for this first run only: a power cut meanwhile loses
        // sample data alone (delete the file to make it again), and the run does not wait on the disk per write.
        using SqliteJourneyStore store = await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = path, CreateIfMissing = true, Durability = SqliteDurability.Normal }, cancellationToken);
        foreach (SampleCustomer customer in SampleJourneys.Customers)
        {
            Interaction[] history = [.. SampleJourneys.For(customer, asOf).Select(shape)];
            LookupKey phone = LookupKey.Parse(customer.Phone, defaultRegion);
            await store.UpsertAsync(phone, history, cancellationToken);
            // The Data Cloud also knows the customer by e-mail address.
            await store.UpsertAsync(LookupKey.ForEmail(customer.Email), history.Where(i => i.Source == SampleJourneys.DataCloud), cancellationToken);
            await store.SetListedCampaignsAsync(phone, SampleJourneys.Campaigns, cancellationToken);
        }

        // The second vendor's activity of the first customer and its omni-channel story, filed under each identifier it was seen with.
        SampleCustomer first = SampleJourneys.Customers[0];
        LookupKey firstPhone = LookupKey.Parse(first.Phone, defaultRegion);
        foreach (var byKey in SampleEngagement.For(first, firstPhone, asOf).Concat(SampleOmnichannel.For(first, firstPhone, asOf)).GroupBy(e => e.Key))
        {
            await store.UpsertAsync(byKey.Key, byKey.Select(e => shape(e.Interaction)), cancellationToken);
        }

        var batch = new List<CustomerInteraction>(BatchSize);
        for (int number = 1; number <= SamplePopulation.CustomerCount; number++)
        {
            LookupKey key = SamplePopulation.KeyOf(number);
            batch.AddRange(SamplePopulation.For(number, asOf).Select(i => new CustomerInteraction(key, shape(i))));
            if (batch.Count >= BatchSize || number == SamplePopulation.CustomerCount)
            {
                await store.UpsertBatchAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        // Its identifiers joined into one profile, kept in the store with the rest.
        IdentityGraph identities = await IdentityGraph.LoadAsync(store, clock, cancellationToken);
        await SampleEngagement.JoinAsync(identities, first, LookupKey.Parse(first.Phone, defaultRegion), cancellationToken);

        return true;
    }
}
