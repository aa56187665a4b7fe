using System.Collections.Generic;

namespace PolicyKit;

public static partial class Api
{
    /// <summary>Every built-in resource and subresource of the catalog, with its scope and the versions that serve it.</summary>
    public static IReadOnlyList<CatalogResource> Resources => KubernetesCatalog.Resources;
}
