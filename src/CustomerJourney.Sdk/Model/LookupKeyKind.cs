namespace CustomerJourney.Model;

/// <summary>What a <see cref="LookupKey"/> identifies the customer by.</summary>
public enum LookupKeyKind
{
    /// <summary>No key (the default value of <see cref="LookupKey"/>).</summary>
    None = 0,

    /// <summary>A phone number in E.164 form.</summary>
    Phone,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A web visitor id (a cookie), one per browser and device; joined to a customer by <see cref="CustomerJourney.Identity.IdentityGraph"/>.</summary>
    WebId,
}
