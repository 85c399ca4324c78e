#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

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

private:
    void browse();
    void suggestPath();
    void validate();

    QComboBox* m_peer = nullptr;
    QRadioButton* m_everything = nullptr;
    QRadioButton* m_some = nullptr;
    QList<QCheckBox*> m_groups;
    QLineEdit* m_path = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_folder;
    bool m_pathEdited = false;
};

} // namespace regie
