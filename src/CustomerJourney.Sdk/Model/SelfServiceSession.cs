namespace CustomerJourney.Model;

/// <summary>The self-service part of an interaction: an IVR menu, a bot, a web or text flow, how far the customer got and how it ended.</summary>
/// <param name="Kind">What the customer served themselves with.</param>
/// <param name="Flow">The flow's name (<c>Delivery scheduling</c>, <c>Main menu</c>).</param>
/// <param name="StepReached">The last step the customer reached in it (<c>Pick a slot</c>), when the source records it.</param>
/// <param name="Result">Contained, handed to an agent, or abandoned.</param>
public sealed record SelfServiceSession(SelfServiceKind Kind, string Flow, string? StepReached, SelfServiceResult Result);
