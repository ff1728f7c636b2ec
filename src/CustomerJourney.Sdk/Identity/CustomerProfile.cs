using CustomerJourney.Model;

namespace CustomerJourney.Identity;

/// <summary>
/// The identifiers known to be one customer: the key looked up first, then every identifier joined
/// to it directly or through others, with the joins that made the profile. The profile is
/// division-unaware (R15); the journey read for it is not.
/// </summary>
/// <param name="Keys">The identifiers, the looked-up one first.</param>
/// <param name="Links">The joins between them, oldest first.</param>
public sealed record CustomerProfile(IReadOnlyList<LookupKey> Keys, IReadOnlyList<IdentityLink> Links)
{
    /// <summary>The profile of a key that was never joined: that key alone.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The profile.</returns>
    public static CustomerProfile Alone(LookupKey key) => new([key], []);
}
