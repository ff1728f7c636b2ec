using CustomerJourney.Client;

namespace CustomerJourney;

/// <summary>
/// The shape of the public API. (Its content is recorded in each package's PublicAPI.*.txt and
/// checked by Microsoft.CodeAnalysis.PublicApiAnalyzers at build time: see eng/record-public-api.sh.)
/// </summary>
public class PublicTypesTests
{
    [Fact]
    public void PublicTypes_AreSealedOrAbstractOrDesignedForMocking()
    {
        Type[] open = [.. typeof(JourneyClient).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t) && t != typeof(JourneyClient))];

        Assert.Empty(open);
    }
}
