using System.Net;
using System.Net.Sockets;

namespace PolicyKit.Detection;

/// <summary>An IP address or a CIDR range ("10.0.0.0/8", "fd00::/8", "192.0.2.7"); IPv4-mapped IPv6 addresses count as IPv4.</summary>
public readonly struct AddressRange
{
    private readonly byte[] _prefix;
    private readonly int _bits;

    private AddressRange(byte[] prefix, int bits)
    {
        _prefix = prefix;
        _bits = bits;
    }

    public static bool TryParse(string text, out AddressRange range)
    {
        range = default;
        var slash = text.IndexOf('/');
        var address = slash < 0 ? text : text.Substring(0, slash);
        if (!IPAddress.TryParse(address, out var ip) || address.Contains("%"))
        {
            return false;
        }
        var bytes = Normal(ip).GetAddressBytes();
        var bits = bytes.Length * 8;
        if (slash >= 0 && (!int.TryParse(text.Substring(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out bits) || bits > bytes.Length * 8))
        {
            return false;
        }
        range = new AddressRange(bytes, bits);
        return true;
    }

    /// <summary>Whether the address (text as in sourceIPs) is in the range; false for anything that is no address.</summary>
    public bool Contains(string address)
    {
        if (_prefix is null || !IPAddress.TryParse(address, out var ip))
        {
            return false;
        }
        var bytes = Normal(ip).GetAddressBytes();
        if (bytes.Length != _prefix.Length)
        {
            return false;
        }
        for (var i = 0; i < _bits; i++)
        {
            var mask = 0x80 >> (i % 8);
            if ((bytes[i / 8] & mask) != (_prefix[i / 8] & mask))
            {
                return false;
            }
        }
        return true;
    }

    private static IPAddress Normal(IPAddress ip) => ip.AddressFamily == AddressFamily.InterNetworkV6 && ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
}
