#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace regie {

// Chooses the peer a bundle is for, what it carries (everything or only premises,
// certificates and inspections, e.g. for a field laptop) and the file it is written to.
class ExportBundleDialog : public QDialog
{
    Q_OBJECT
public:
    ExportBundleDialog(const QStringList& peers, const QString& folder, QWidget* parent = nullptr);

    void setPeer(const QString& peer);
    QString peer() const;
    QString path() const;
    // Empty: everything.
    QStringList scope() const;
    // -1: after what the peer has confirmed; otherwise resend the changes after this number.
    qint64 since() const;

private:
    void browse();
    void suggestPath();
    void validate();

    QComboBox* m_peer = nullptr;
    QRadioButton* m_everything = nullptr;
    QRadioButton* m_some = nullptr;
    QList<QCheckBox*> m_groups;
    QCheckBox* m_resend = nullptr;
    QSpinBox* m_since = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_folder;
    bool m_pathEdited = false;
};

} // namespace regie
