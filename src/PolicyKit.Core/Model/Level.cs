namespace PolicyKit;

/// <summary>How much of a request the apiserver records. Ordered: None &lt; Metadata &lt; Request &lt; RequestResponse.</summary>
public enum Level
{
    None = 0,
    Metadata = 1,
    Request = 2,
    RequestResponse = 3,
}
