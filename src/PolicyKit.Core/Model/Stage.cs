using System;

namespace PolicyKit;

/// <summary>A stage of request handling at which the apiserver may emit an event.</summary>
public enum Stage
{
    RequestReceived = 0,
    ResponseStarted = 1,
    ResponseComplete = 2,
    Panic = 3,
}

/// <summary>A set of stages. omitStages is a set upstream (its order is random), so we keep it as flags.</summary>
[Flags]
public enum Stages : byte
{
    None = 0,
    RequestReceived = 1 << Stage.RequestReceived,
    ResponseStarted = 1 << Stage.ResponseStarted,
    ResponseComplete = 1 << Stage.ResponseComplete,
    Panic = 1 << Stage.Panic,
    All = RequestReceived | ResponseStarted | ResponseComplete | Panic,
}
