#pragma once

#include "shell/Page.h"
#include "sync/ConflictStore.h"

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace regie {

class ConflictListModel;
class Workspace;

// Concurrent edits that sync kept for a person to decide: each with both values, who made them
// and when. Resolving keeps the value here, the peer's value or a new one; the choice is an
// ordinary change, so it travels to the peers with the next bundle and settles it there too. An
// edit that the installation which deleted the record had not seen is listed too: restore the
// record with the value, or confirm the deletion.
class ConflictsPage : public Page
{
    Q_OBJECT
public:
    explicit ConflictsPage(Workspace& ws, QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("conflicts"); }
    QString title() const override { return tr("Conflicts"); }
    QIcon icon() const override;
    int badge() const override { return m_open; }
    void activate() override { reload(); }

    void reload();
    ConflictListModel& conflicts() { return *m_model; }
    void select(int row);
    // The step behind the buttons; false (with the reason shown) when refused.
    bool resolveSelected(ConflictStore::Keep keep, const QString& value = {});
    QString lastMessage() const;

private:
    void showSelected();
    void showMessage(const QString& text, bool problem);

    Workspace& m_ws;
    ConflictListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QGroupBox* m_detail = nullptr;
    QLabel* m_record = nullptr;
    QLabel* m_localBy = nullptr;
    QLabel* m_remoteBy = nullptr;
    QPlainTextEdit* m_localValue = nullptr;
    QPlainTextEdit* m_remoteValue = nullptr;
    QPlainTextEdit* m_ownValue = nullptr;
    QPushButton* m_keepLocal = nullptr;
    QPushButton* m_keepRemote = nullptr;
    QPushButton* m_useOwn = nullptr;
    QLabel* m_message = nullptr;
    int m_open = 0;
};

} // namespace regie
