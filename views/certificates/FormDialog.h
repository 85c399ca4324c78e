#pragma once

#include "common/Error.h"

#include <QDialog>
#include <functional>
#include <optional>

class QFormLayout;
class QLabel;

namespace regie {

// A small form for one step of a dossier. OK runs the submit function (which calls a service);
// when it fails the reason is shown in the dialog, the input stays, and nothing was stored.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<std::optional<Error>()>;

    FormDialog(const QString& title, QWidget* parent = nullptr);

    QFormLayout* form() const { return m_form; }
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    QString errorText() const;
    void accept() override;

private:
    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    Submit m_submit;
};

} // namespace regie
