#pragma once

#include <QByteArray>
#include <QString>

namespace regie {

// Recognises an image by its first bytes (core has no Qt Gui, so no QImageReader): JPEG, PNG,
// GIF, WebP, HEIC/HEIF, TIFF and BMP.
class ImageSniffer
{
public:
    // The media type ("image/jpeg"), or an empty string when the bytes are not an image.
    static QString mediaType(const QByteArray& bytes);
};

} // namespace regie
