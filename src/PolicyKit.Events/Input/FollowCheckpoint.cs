using System;
using System.IO;
using System.Security.Cryptography;
using System.Collections.Generic;
using System.Text.Json;

namespace PolicyKit.Events.Input;

/// <summary>
/// Where following a log stopped: which file (its identity: the SHA-256 of its first bytes, which the
/// rename of a rotation and the gzip of a backup keep, unlike a name or an inode) and how far into it
/// the events were handed on. Written atomically (a temporary file renamed over the old one).
/// </summary>
public sealed record FollowCheckpoint(string Fingerprint, int FingerprintBytes, long Offset)
{
    /// <summary>The bytes of a file's start that identify it.</summary>
    public const int IdentityBytes = 1024;

    public static string Hash(ReadOnlySpan<byte> head) => Convert.ToHexStringLower(SHA256.HashData(head));

    public void Save(string path)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new { fingerprint = Fingerprint, fingerprintBytes = FingerprintBytes, offset = Offset }) + "\n");
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The checkpoint in <paramref name="path"/>, null when there is none; throws <see cref="EventInputException"/> when it is unreadable.</summary>
    public static FollowCheckpoint? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            return new FollowCheckpoint(root.GetProperty("fingerprint").GetString()!, root.GetProperty("fingerprintBytes").GetInt32(), root.GetProperty("offset").GetInt64());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException)
        {
            throw new EventInputException($"{path}: not a checkpoint PolicyKit wrote ({ex.Message}); remove it to start from the log's beginning");
        }
    }
}
