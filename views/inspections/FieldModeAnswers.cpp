// Field mode's writes: each answer and remark as it is given, draft findings, finalising and
// amendments after it. Part of FieldModeView.
#include "FieldModeView.h"

#include "InspectionItemRow.h"
#include "certificates/FormDialog.h"
#include "common/ErrorText.h"
#include "inspections/InspectionService.h"
#include "inspections/InspectionSheetModel.h"
#include "premises/CertificateTexts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace regie {

void FieldModeView::store(const QString& code, const QString& result, const QString& remark)
{
    const int index = m_sheet->rowOf(code);
    InspectionItemRow* row = m_rows.value(index);
    if (!row)
        return;
    auto stored = m_service.answer(inspectionId(), {code, window(), result, remark});
    if (!stored.ok()) {
        row->setSavedMark(tr("✗ Not saved"), false);
        m_message->setText(QStringLiteral("✗ ") + ErrorText::message(stored.error()));
        return;
    }
    row->markRemarkStored();
    m_message->clear();
    m_sheet->reload();
    refreshRows();
}

void FieldModeView::flushRemarks()
{
    if (inspectionId().isEmpty())
        return;
    for (InspectionItemRow* row : std::as_const(m_rows)) {
        if (row->remarkPending() && !row->result().isEmpty())
            store(row->code(), row->result(), row->remark());
    }
}

bool FieldModeView::draftFinding(const QString& code)
{
    flushRemarks(); // the remark typed so far becomes the description
    const InspectionSheetModel::Row* r = m_sheet->rowAt(m_sheet->rowOf(code));
    if (!r)
        return false;
    const QString itemText = r->item.text;
    if (r->result != QLatin1String("not-conform")) {
        m_message->setText(tr("✗ Only a not-conform answer can become a finding: answer 2 "
                              "first."));
        return false;
    }
    const QString description = r->remark.isEmpty() ? itemText : r->remark;
    auto drafted = m_service.draftFinding(inspectionId(), code, window(), description);
    if (!drafted.ok()) {
        m_message->setText(QStringLiteral("✗ ") + ErrorText::message(drafted.error()));
        return false;
    }
    m_sheet->reload();
    refreshRows();
    m_message->setText(tr("✓ Draft finding made of “%1”; it can open a warning or sanction "
                          "procedure or become a certificate condition.")
                           .arg(itemText));
    return true;
}

bool FieldModeView::finalise(bool confirm)
{
    flushRemarks();
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Finalise inspection"),
            tr("Finalise the inspection of %1? Afterwards answers can only be corrected by an "
               "amendment with its reason.")
                .arg(m_address));
        if (answer != QMessageBox::Yes)
            return false;
    }
    auto done = m_service.finalise(inspectionId());
    if (!done.ok()) {
        m_message->setText(QStringLiteral("✗ ") + ErrorText::message(done.error()));
        return false;
    }
    m_sheet->reload();
    refreshRows();
    m_message->setText(tr("✓ Finalised. The inspection is locked."));
    Q_EMIT statusMessage(m_message->text());
    return true;
}

bool FieldModeView::amend(const QString& code, const QString& result, const QString& remark,
                          const QString& reason)
{
    auto amended = m_service.amend(inspectionId(), {code, window(), result, remark}, reason);
    if (!amended.ok()) {
        m_message->setText(QStringLiteral("✗ ") + ErrorText::message(amended.error()));
        return false;
    }
    m_sheet->reload();
    refreshRows();
    m_message->setText(tr("✓ Amendment stored; the original answer is kept."));
    return true;
}

void FieldModeView::amendCurrent()
{
    const int index = currentRow();
    const InspectionSheetModel::Row* r = m_sheet->rowAt(index);
    if (!r || !isFinal())
        return;
    FormDialog dialog(tr("Amend an answer"), this);
    auto* item = new QLabel(r->item.text, &dialog);
    item->setWordWrap(true);
    auto* result = new QComboBox(&dialog);
    for (const QString& name :
         {QStringLiteral("conform"), QStringLiteral("not-conform"), QStringLiteral("na")})
        result->addItem(CertificateTexts::result(name), name);
    result->setCurrentIndex(result->findData(r->result));
    auto* remark = new QLineEdit(r->remark, &dialog);
    auto* reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("Why the answer is corrected (required)"));
    dialog.form()->addRow(tr("Item"), item);
    dialog.form()->addRow(tr("&Answer"), result);
    dialog.form()->addRow(tr("R&emark"), remark);
    dialog.form()->addRow(tr("&Reason"), reason);
    const QString code = r->item.code;
    dialog.setSubmit([&]() -> std::optional<Error> {
        auto amended = m_service.amend(
            inspectionId(),
            {code, window(), result->currentData().toString(), remark->text().trimmed()},
            reason->text());
        if (!amended.ok())
            return amended.error();
        return std::nullopt;
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_sheet->reload();
    refreshRows();
    m_message->setText(tr("✓ Amendment stored; the original answer is kept."));
}

} // namespace regie
