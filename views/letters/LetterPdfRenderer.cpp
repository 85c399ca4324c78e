#include "LetterPdfRenderer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QHashSeed>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace regie {

using namespace Qt::StringLiterals;

namespace {

// Replaces every match of `pattern` by `fill` cut or repeated to the same length.
void replaceSameLength(QByteArray& pdf, const QRegularExpression& pattern, const QByteArray& fill)
{
    const QString text = QString::fromLatin1(pdf);
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int group = m.lastCapturedIndex() >= 1 ? 1 : 0;
        QByteArray replacement;
        while (replacement.size() < m.capturedLength(group))
            replacement += fill;
        pdf.replace(m.capturedStart(group), m.capturedLength(group),
                    replacement.left(m.capturedLength(group)));
    }
}

} // namespace

QByteArray LetterPdfRenderer::normalize(QByteArray pdf, const QDate& date, const QByteArray& seed)
{
    const QByteArray digits = date.toString(u"yyyyMMdd"_s).toLatin1() + "120000";
    const QByteArray hex = QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex();
    // /CreationDate (D:20261128161502+01'00') and the XMP dates 2026-11-28T16:15:02+01:00.
    static const QRegularExpression pdfDate(u"\\(D:(\\d{14})"_s);
    replaceSameLength(pdf, pdfDate, digits);
    static const QRegularExpression xmpDate(
        u"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>([^<]*)<"_s);
    replaceSameLength(pdf, xmpDate,
                      date.toString(u"yyyy-MM-dd"_s).toLatin1() + "T12:00:00+00:00");
    // The document id: uuid in the XMP metadata, hex strings in the trailer's /ID.
    static const QRegularExpression uuid(
        u"uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"_s);
    replaceSameLength(pdf, uuid, hex);
    static const QRegularExpression trailerId(u"/ID\\s*\\[\\s*<([0-9a-fA-F]+)>"_s);
    replaceSameLength(pdf, trailerId, hex);
    static const QRegularExpression trailerId2(u"/ID\\s*\\[\\s*<[0-9a-fA-F]+>\\s*<([0-9a-fA-F]+)>"_s);
    replaceSameLength(pdf, trailerId2, hex);
    return pdf;
}

Result<QByteArray> LetterPdfRenderer::render(const QString& html, const QString& title,
                                             const QDate& date) const
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorCode::Usage, u"rendering a letter needs a QGuiApplication"_s);
    QByteArray bytes;
    // The PDF engine writes its fonts in the order of a QHash: with the per-process random
    // seed two runs would order the font objects differently. A fixed seed while rendering
    // makes the order, and so the bytes, the same in every process.
    QHashSeed::setDeterministicGlobalSeed();
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print adds its own 2 cm margins and the page numbers.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(u"Regie"_s);
        QTextDocument document;
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer);
    }
    QHashSeed::resetRandomGlobalSeed();
    if (!bytes.startsWith("%PDF"))
        return makeError(ErrorCode::Io, u"the PDF writer produced no document"_s);
    return normalize(bytes, date, html.toUtf8() + title.toUtf8());
}

} // namespace regie
