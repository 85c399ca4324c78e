// Field mode's photos: attaching an image file to an item (refused before reading when larger
// than the limit) and the thumbnail of an item's newest photo. Part of FieldModeView.
#include "FieldModeView.h"

#include "InspectionItemRow.h"
#include "common/ErrorText.h"
#include "inspections/InspectionService.h"
#include "inspections/InspectionSheetModel.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPixmap>

namespace regie {

QPixmap FieldModeView::thumbnailOf(const QString& code) const
{
    const auto& photos = m_sheet->inspection().photos;
    for (auto it = photos.crbegin(); it != photos.crend(); ++it) {
        if (it->itemCode != code)
            continue;
        auto bytes = m_service.blobs().get(it->blobId);
        QPixmap pixmap;
        if (bytes.ok() && pixmap.loadFromData(bytes.value()))
            return pixmap;
    }
    return {};
}

void FieldModeView::addPhoto(const QString& code)
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach a photo"), QString(),
        tr("Images (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff *.bmp);;All files (*)"));
    if (!path.isEmpty())
        attachPhoto(code, path);
}

bool FieldModeView::attachPhoto(const QString& code, const QString& path)
{
    InspectionItemRow* row = m_rows.value(m_sheet->rowOf(code));
    const QFileInfo info(path);
    QString problem;
    QByteArray bytes;
    if (info.size() > m_service.photoMaxBytes()) {
        problem = tr("%1 is %2, larger than the limit of %3: not attached.")
                      .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                           QLocale().formattedDataSize(m_service.photoMaxBytes()));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            problem = tr("%1 could not be read: %2").arg(info.fileName(), file.errorString());
        else
            bytes = file.readAll();
    }
    if (problem.isEmpty()) {
        auto added = m_service.addPhoto(inspectionId(), code, bytes, info.fileName());
        if (!added.ok())
            problem = ErrorText::message(added.error());
    }
    if (!problem.isEmpty()) {
        m_message->setText(QStringLiteral("✗ ") + problem);
        if (row)
            row->setSavedMark(tr("✗ Photo refused"), false);
        return false;
    }
    m_message->setText(tr("✓ Photo %1 attached.").arg(info.fileName()));
    m_sheet->reload();
    refreshRows();
    if (row)
        row->setFocus();
    return true;
}

} // namespace regie
