#include "ImageSniffer.h"

#include <array>

namespace regie {

namespace {

struct Signature
{
    int offset;
    const char* bytes;
    int length;
    const char* mediaType;
};

const std::array<Signature, 11> Signatures = {{
    {0, "\xFF\xD8\xFF", 3, "image/jpeg"},
    {0, "\x89PNG\r\n\x1A\n", 8, "image/png"},
    {0, "GIF87a", 6, "image/gif"},
    {0, "GIF89a", 6, "image/gif"},
    {0, "II*\0", 4, "image/tiff"},
    {0, "MM\0*", 4, "image/tiff"},
    {4, "ftypheic", 8, "image/heic"},
    {4, "ftypheix", 8, "image/heic"},
    {4, "ftypmif1", 8, "image/heif"},
    {4, "ftypavif", 8, "image/avif"},
    {0, "BM", 2, "image/bmp"},
}};

} // namespace

QString ImageSniffer::mediaType(const QByteArray& bytes)
{
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    for (const Signature& s : Signatures) {
        if (bytes.size() >= s.offset + s.length + (s.length == 2 ? 12 : 0) &&
            bytes.mid(s.offset, s.length) == QByteArray(s.bytes, s.length))
            return QLatin1String(s.mediaType);
    }
    return {};
}

} // namespace regie
