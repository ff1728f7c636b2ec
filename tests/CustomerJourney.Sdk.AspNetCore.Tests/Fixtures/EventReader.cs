using System.Text.Json;

namespace CustomerJourney.Fixtures;

/// <summary>Reads a Server-Sent Events response event by event, each within a deadline.</summary>
internal sealed class EventReader : IAsyncDisposable
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(20);
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<EventReader> OpenAsync(HttpClient client, string path)
    {
        HttpResponseMessage response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event (its name and data), skipping those <paramref name="wanted"/> refuses.</summary>
    public async Task<(string Name, JsonElement Data)> NextAsync(Func<(string Name, JsonElement Data), bool>? wanted = null)
    {
        using var deadline = new CancellationTokenSource(s_deadline);
        while (true)
        {
            string name = "message";
            string? data = null;
            while (await _reader.ReadLineAsync(deadline.Token) is { } line)
            {
                if (line.Length == 0 && data is not null)
                {
                    break;
                }

                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line["data: ".Length..];
                }
            }

            Assert.NotNull(data);
            (string, JsonElement) next = (name, JsonDocument.Parse(data).RootElement.Clone());
            if (wanted is null || wanted(next))
            {
                return next;
            }
        }
    }

    /// <summary>Whether the server ends the stream within the deadline.</summary>
    public async Task<bool> EndedAsync()
    {
        using var deadline = new CancellationTokenSource(s_deadline);
        try
        {
            while (await _reader.ReadLineAsync(deadline.Token) is not null)
            {
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
