#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace regie {

class PeerListModel;
class Workspace;

// This installation's identity and key fingerprint, and the trust list of peers: make keys
// (passphrase typed twice, never shown, never stored), hand out the public-key file, add a peer
// from its public-key file with a name, revoke a peer after confirmation.
class SyncKeysPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncKeysPanel(Workspace& ws, QWidget* parent = nullptr);

    void reload();
    bool hasKeys() const { return m_hasKeys; }
    PeerListModel& peers() { return *m_peers; }
    // The peer selected in the list; empty when none.
    QString selectedPeer() const;

    // The steps behind the buttons, without their dialogs; false (with a message) when refused.
    bool createKeys(const QByteArray& passphrase);
    bool exportPublicKey(const QString& path);
    bool trustFile(const QString& path, const QString& name);
    bool revoke(const QString& name);

Q_SIGNALS:
    void message(const QString& text, bool problem);
    void peersChanged();

private:
    void askCreateKeys();
    void askExportPublicKey();
    void askTrust();
    void askRevoke();
    void updateButtons();

    Workspace& m_ws;
    PeerListModel* m_peers = nullptr;
    QLabel* m_identity = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_exportKey = nullptr;
    QPushButton* m_trust = nullptr;
    QPushButton* m_revoke = nullptr;
    bool m_hasKeys = false;
};

} // namespace regie
