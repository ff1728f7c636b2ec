using CustomerJourney.Query;

namespace CustomerJourney.Paths;

/// <summary>One step of a customer's path: an interaction, and how long after the previous step it started.</summary>
/// <param name="Item">The interaction, as the journey shows it.</param>
/// <param name="SincePrevious">The time from the previous step's start to this one's; <see langword="null"/> for the first step.</param>
/// <param name="IsContact">Whether it is a contact (<see cref="Model.JourneyChannels.IsContact(Model.Interaction)"/>): visits and notifications are steps, not contacts.</param>
public sealed record JourneyStep(JourneyItem Item, TimeSpan? SincePrevious, bool IsContact);
