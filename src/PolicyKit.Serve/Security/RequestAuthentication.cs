using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PolicyKit.Serve.Operations;

namespace PolicyKit.Serve.Security;

/// <summary>
/// Who may post batches: with a bearer token configured, a request carrying it; with a client CA, a request whose
/// TLS client certificate chained to it (Kestrel checked the chain in the handshake); with both, either. Without
/// either, anyone who reaches the listener (docs/serve.md says when that is acceptable).
/// </summary>
internal sealed class RequestAuthentication(BearerToken? token, bool clientCertificates)
{
    public bool Admit(HttpContext context, ServeMetrics metrics)
    {
        if (token is null && !clientCertificates)
        {
            return true;
        }
        if (clientCertificates && context.Connection.ClientCertificate is not null)
        {
            return true;
        }
        if (token is not null && token.Accepts(context.Request.Headers.Authorization.ToString()))
        {
            return true;
        }
        metrics.ReceivedBatches.Inc();
        metrics.Rejected.WithLabels("unauthenticated").Inc();
        return false;
    }

    public static Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("authentication required: a client certificate from the configured CA, or the bearer token\n");
    }
}
