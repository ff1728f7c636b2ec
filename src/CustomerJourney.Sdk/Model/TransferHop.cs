namespace CustomerJourney.Model;

/// <summary>One leg of an interaction: the queue it waited in and the agent who took it. A transferred interaction has several, in order.</summary>
/// <param name="Queue">The queue; <see langword="null"/> when not known or when the agent may not see queues (R15).</param>
/// <param name="Agent">The agent's name; <see langword="null"/> when nobody took this leg.</param>
public sealed record TransferHop(string? Queue, string? Agent);
