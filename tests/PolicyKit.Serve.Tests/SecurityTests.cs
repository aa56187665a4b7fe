using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using PolicyKit.Serve.Security;
using PolicyKit.Serve.Tests.Support;

namespace PolicyKit.Serve.Tests;

public sealed class SecurityTests
{
    private static readonly byte[] Batch = AuditBatches.EventList([AuditBatches.FalcoEvent("create_secret.json")], "sec");

    private static Task<RunningServer> StartTls(string directory, TestCertificates certs, bool clientCa, string? tokenFile = null)
        => RunningServer.StartAsync(o => o with
        {
            InsecureListen = null,
            Listen = new ListenAddress(IPAddress.Loopback, 0),
            TlsCertFile = certs.ServerCertFile,
            TlsKeyFile = certs.ServerKeyFile,
            ClientCaFile = clientCa ? certs.CaFile : null,
            TokenFile = tokenFile,
        }, directory: directory);

    /// <summary>A client that trusts the test CA only, optionally presenting a certificate; records what the server presented.</summary>
    private static HttpClient Client(RunningServer server, X509Certificate2 trusted, X509Certificate2? clientCertificate, List<string>? seen = null)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                seen?.Add(certificate!.Thumbprint);
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(trusted);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return chain.Build(certificate!);
            },
        };
        if (clientCertificate is not null)
        {
            handler.ClientCertificateOptions = ClientCertificateOption.Manual;
            handler.ClientCertificates.Add(clientCertificate);
        }
        return new HttpClient(handler) { BaseAddress = server.Server.Addresses[0] };
    }

    private static async Task<HttpStatusCode> Post(HttpClient client, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(Batch) };
        request.Content.Headers.ContentType = new("application/json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task A_client_certificate_from_the_ca_is_let_in_and_none_is_401()
    {
        var directory = RunningServer.TempDirectory();
        var certs = new TestCertificates(directory);
        await using var server = await StartTls(directory, certs, clientCa: true);
        using var withCert = Client(server, certs.Authority, certs.Client);
        Assert.Equal(HttpStatusCode.OK, await Post(withCert));
        using var without = Client(server, certs.Authority, null);
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(without));
        Assert.Equal(1, server.Server.Metrics.Rejected.WithLabels("unauthenticated").Value);
        Assert.Equal(HttpStatusCode.OK, await Post(withCert));
    }

    [Fact]
    public async Task A_client_certificate_from_another_ca_fails_the_handshake()
    {
        var directory = RunningServer.TempDirectory();
        var certs = new TestCertificates(directory);
        var stranger = new TestCertificates(RunningServer.TempDirectory(), "stranger");
        await using var server = await StartTls(directory, certs, clientCa: true);
        using var client = Client(server, certs.Authority, stranger.Client);
        await Assert.ThrowsAsync<HttpRequestException>(() => Post(client));
        using var good = Client(server, certs.Authority, certs.Client);
        Assert.Equal(HttpStatusCode.OK, await Post(good));
    }

    [Fact]
    public async Task The_bearer_token_lets_in_and_a_wrong_or_missing_one_is_401()
    {
        var directory = RunningServer.TempDirectory();
        var tokenFile = Path.Combine(directory, "token");
        File.WriteAllText(tokenFile, "s3cret-token\n");
        await using var server = await RunningServer.StartAsync(o => o with { TokenFile = tokenFile }, directory: directory);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(Batch, bearer: "s3cret-token")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.PostAsync(Batch, bearer: "s3cret-tokem")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.PostAsync(Batch, bearer: "s3cret-token-longer")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.PostAsync(Batch)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_renewed_server_certificate_is_served_to_new_connections()
    {
        var directory = RunningServer.TempDirectory();
        var certs = new TestCertificates(directory);
        await using var server = await StartTls(directory, certs, clientCa: false);
        var seen = new List<string>();
        using (var client = Client(server, certs.Authority, null, seen))
        {
            Assert.Equal(HttpStatusCode.OK, await Post(client));
        }
        var renewed = new TestCertificates(Path.Combine(directory, "renewed"), "renewed");
        Directory.CreateDirectory(renewed.Directory);
        File.Copy(renewed.ServerCertFile, certs.ServerCertFile, overwrite: true);
        File.Copy(renewed.ServerKeyFile, certs.ServerKeyFile, overwrite: true);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (seen[^1] != renewed.Server.Thumbprint)
        {
            Assert.True(DateTime.UtcNow < deadline, "the renewed certificate was not served within 20 s");
            await Task.Delay(250);
            using var client = Client(server, renewed.Authority, null, seen);
            try
            {
                await Post(client);
            }
            catch (HttpRequestException)
            {
                // Still the old certificate, which this client does not trust.
            }
        }
        Assert.Equal(certs.Server.Thumbprint, seen[0]);
    }

    [Theory]
    [InlineData("0.0.0.0:8080")]
    [InlineData("10.1.2.3:8080")]
    [InlineData("[::]:8080")]
    public void Plain_http_off_loopback_is_refused(string address)
    {
        var error = Assert.Throws<ServeConfigurationException>(() => ListenAddress.ParseInsecure(address));
        Assert.Contains("loopback address only", error.Message);
    }

    [Fact]
    public void Settings_that_cannot_work_are_refused_before_listening()
    {
        var directory = RunningServer.TempDirectory();
        var options = RunningServer.DefaultOptions(directory);
        Assert.Contains("--tls-cert", Assert.Throws<ServeConfigurationException>(() => ServeServer.Create(options with { Listen = new ListenAddress(IPAddress.Loopback, 0) }, RunningServer.BuiltIn)).Message);
        Assert.Contains("nothing to listen on", Assert.Throws<ServeConfigurationException>(() => ServeServer.Create(options with { InsecureListen = null }, RunningServer.BuiltIn)).Message);
        Assert.Contains("needs TLS", Assert.Throws<ServeConfigurationException>(() => ServeServer.Create(options with { ClientCaFile = "ca.crt" }, RunningServer.BuiltIn)).Message);
    }
}
