using System;

namespace PolicyKit.Serve;

/// <summary>A setting that cannot work (a missing certificate, a non-loopback plain listener): said before anything listens.</summary>
public sealed class ServeConfigurationException(string message) : Exception(message);
