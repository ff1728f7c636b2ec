using CustomerJourney.Model;

namespace CustomerJourney.Stores;

/// <summary>One interaction and the customer whose journey it belongs to: the unit of a bulk write (<see cref="IJourneyStore.UpsertBatchAsync"/>).</summary>
/// <param name="Customer">The customer (a phone number, an e-mail address or a web visitor id).</param>
/// <param name="Interaction">The interaction; it needs a source and an id.</param>
public readonly record struct CustomerInteraction(LookupKey Customer, Interaction Interaction);
