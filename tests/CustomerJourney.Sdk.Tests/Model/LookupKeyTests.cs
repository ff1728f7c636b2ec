namespace CustomerJourney.Model;

public class LookupKeyTests
{
    [Theory]
    [InlineData("(415) 555-0100")]
    [InlineData("+1 415-555-0100")]
    [InlineData("14155550100")]
    [InlineData("415.555.0100")]
    [InlineData(" +1 (415) 555 0100 ")]
    public void R1_PhoneFormats_OfOneCustomer_NormaliseToOneE164Key(string input)
    {
        LookupKey key = LookupKey.Parse(input, "US");

        Assert.Equal(LookupKeyKind.Phone, key.Kind);
        Assert.Equal("+14155550100", key.Value);
        Assert.Equal(LookupKey.Parse("+14155550100", "US"), key);
    }

    [Fact]
    public void Parse_NationalNumber_UsesTheDefaultRegion()
    {
        Assert.Equal("+442079460958", LookupKey.Parse("020 7946 0958", "GB").Value);
        Assert.Equal("+33142685300", LookupKey.Parse("01 42 68 53 00", "fr").Value);
    }

    [Fact]
    public void Parse_InternationalNumber_IgnoresTheDefaultRegion()
    {
        Assert.Equal("+442079460958", LookupKey.Parse("+44 20 7946 0958", "US").Value);
    }

    [Theory]
    [InlineData("", LookupKeyError.Empty)]
    [InlineData("   ", LookupKeyError.Empty)]
    [InlineData("call me maybe", LookupKeyError.NotANumber)]
    [InlineData("12", LookupKeyError.TooShort)]
    [InlineData("+999 123 4567", LookupKeyError.InvalidCountryCode)]
    [InlineData("415 555", LookupKeyError.TooShort)]
    [InlineData("+1 415 555 0100 0100 0100", LookupKeyError.TooLong)]
    [InlineData("dana@", LookupKeyError.InvalidEmail)]
    [InlineData("@example.com", LookupKeyError.InvalidEmail)]
    [InlineData("dana@@example.com", LookupKeyError.InvalidEmail)]
    [InlineData("dana reyes@example.com", LookupKeyError.InvalidEmail)]
    [InlineData("dana@localhost", LookupKeyError.InvalidEmail)]
    public void TryParse_BadInput_ReportsWhatIsWrong(string input, LookupKeyError expected)
    {
        bool parsed = LookupKey.TryParse(input, "US", out LookupKey key, out LookupKeyError error);

        Assert.False(parsed);
        Assert.Equal(expected, error);
        Assert.True(key.IsEmpty);
    }

    [Fact]
    public void TryParse_UnknownDefaultRegion_ReportsTheRegion()
    {
        Assert.False(LookupKey.TryParse("415 555 0100", "XX", out _, out LookupKeyError error));
        Assert.Equal(LookupKeyError.UnknownRegion, error);
    }

    [Fact]
    public void Parse_BadInput_ThrowsTypedErrorWithoutEchoingTheInput()
    {
        var exception = Assert.Throws<InvalidLookupKeyException>(() => LookupKey.Parse("+999 123 4567", "US"));

        Assert.Equal(LookupKeyError.InvalidCountryCode, exception.Error);
        Assert.DoesNotContain("4567", exception.Message, StringComparison.Ordinal);
        Assert.IsType<CustomerJourneyException>(exception, exactMatch: false);
    }

    [Theory]
    [InlineData("Dana.Reyes@Example.COM")]
    [InlineData("  dana.reyes@example.com ")]
    [InlineData("dana.reyes@example.com.")]
    public void R1_EmailAddresses_NormaliseToLowerCase(string input)
    {
        LookupKey key = LookupKey.Parse(input, "US");

        Assert.Equal(LookupKeyKind.Email, key.Kind);
        Assert.Equal("dana.reyes@example.com", key.Value);
    }

    [Fact]
    public void ForEmail_InternationalDomain_NormalisesToPunycode()
    {
        Assert.Equal(LookupKey.ForEmail("jörg@xn--mller-kva.de"), LookupKey.ForEmail("Jörg@Müller.de"));
    }

    [Fact]
    public void ToString_MasksTheKey()
    {
        Assert.Equal("+14*******00", LookupKey.Parse("+14155550100", "US").ToString());
        Assert.Equal("d***@***.com", LookupKey.Parse("dana.reyes@example.com", "US").ToString());
        Assert.Equal(string.Empty, default(LookupKey).ToString());
    }

    [Fact]
    public void ForPhone_EmailInput_IsRefused()
    {
        Assert.Throws<InvalidLookupKeyException>(() => LookupKey.ForPhone("dana@example.com", "US"));
    }
}
