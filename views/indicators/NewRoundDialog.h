#pragma once

#include "indicators/IndicatorValue.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace regie {

// Name and period of a new reporting round; proposes the last half year that has ended.
class NewRoundDialog : public QDialog
{
    Q_OBJECT
public:
    NewRoundDialog(const QDate& today, QWidget* parent = nullptr);
    QString name() const;
    Period period() const;

private:
    QLineEdit* m_name = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace regie
