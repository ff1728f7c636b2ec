using CustomerJourney.Model;

namespace CustomerJourney.Fixtures;

internal static class Keys
{
    public static readonly LookupKey Dana = LookupKey.Parse("+14155550100", "US");
    public static readonly LookupKey Email = LookupKey.Parse("dana.reyes@example.com", "US");
}
