namespace CustomerJourney.Demo.SampleData;

/// <summary>A customer of the sample data set.</summary>
/// <param name="Name">How the demo names the customer.</param>
/// <param name="Phone">The customer's number, E.164.</param>
/// <param name="Email">The customer's e-mail address.</param>
/// <param name="InteractionCount">How many interactions the customer has over the 18 months.</param>
internal sealed record SampleCustomer(string Name, string Phone, string Email, int InteractionCount);
