namespace CustomerJourney.Paths;

/// <summary>Which steps of a customer's path may share an episode.</summary>
public enum EpisodeGrouping
{
    /// <summary>Steps of the same campaign (or all without one): a campaign is the reason of the contact (the default).</summary>
    Campaign = 0,

    /// <summary>Any steps of the customer, whatever their campaign.</summary>
    Customer = 1,
}
