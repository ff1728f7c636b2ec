namespace CustomerJourney.Identity;

/// <summary>A signal from an <see cref="IIdentityLinkStore"/> that its joins may have changed outside this process.</summary>
/// <param name="LinkId">The join made or undone, or <see langword="null"/> when the store cannot say (after a reconnection).</param>
public sealed record IdentityLinksChanged(Guid? LinkId);
