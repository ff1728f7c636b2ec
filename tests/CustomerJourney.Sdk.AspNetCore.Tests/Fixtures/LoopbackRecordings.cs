using System.Buffers.Binary;
using CustomerJourney.Model;
using CustomerJourney.Recordings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace CustomerJourney.Fixtures;

/// <summary>
/// A recording system on the test host's own loopback port, for the browser: every recording is a
/// second of a 440 Hz tone (WAV) at <c>/test-recordings/{reference}</c>, and the resolver answers
/// that address with a signature, as a real system's signed URL would carry one. The browser
/// follows the endpoint's redirect to it and really loads the audio.
/// </summary>
internal sealed class LoopbackRecordings(IServer server) : IRecordingResolver, IStartupFilter
{
    public const string PathPrefix = "/test-recordings";
    public const string Signature = "loopback-signature";

    private static readonly byte[] s_tone = Tone(TimeSpan.FromSeconds(1));

    public ValueTask<Uri?> ResolveAsync(Interaction interaction, Recording recording, CancellationToken cancellationToken)
    {
        Uri root = new(server.Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return ValueTask.FromResult<Uri?>(new Uri(root, $"{PathPrefix}/{Uri.EscapeDataString(recording.Reference)}?signature={Signature}"));
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(PathPrefix, recordings => recordings.Run(context =>
            context.Request.Query["signature"] == Signature
                ? Results.Bytes(s_tone, "audio/wav", enableRangeProcessing: true).ExecuteAsync(context)
                : Results.StatusCode(StatusCodes.Status403Forbidden).ExecuteAsync(context)));
        next(app);
    };

    /// <summary>A mono 16-bit PCM WAV file of a 440 Hz tone at 8 kHz.</summary>
    private static byte[] Tone(TimeSpan length)
    {
        const int rate = 8_000;
        int samples = (int)(rate * length.TotalSeconds);
        byte[] wav = new byte[44 + (samples * 2)];
        Span<byte> span = wav;
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], wav.Length - 8);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], rate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], rate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], samples * 2);
        for (int i = 0; i < samples; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + (i * 2))..], (short)(8_000 * Math.Sin(2 * Math.PI * 440 * i / rate)));
        }

        return wav;
    }
}
