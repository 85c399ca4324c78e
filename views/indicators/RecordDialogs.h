#pragma once

#include "indicators/IndicatorRecords.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace regie {

// A meeting or a note, as the indicators count them: kind, date, title (and participants or a
// reference). The caller writes it and keeps the dialog open when it is refused.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Meeting,
        Note
    };
    RecordDialog(Kind kind, const QDate& today, QWidget* parent = nullptr);

    Meeting meeting() const;
    PolicyNote note() const;

    static QString meetingTypeLabel(const QString& type);
    static QString noteKindLabel(const QString& kind);

private:
    Kind m_kind;
    QComboBox* m_type = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_extra = nullptr;
};

} // namespace regie
