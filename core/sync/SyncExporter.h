#pragma once

#include "BundleHeader.h"
#include "common/Result.h"
#include "security/InstallationKeys.h"

namespace regie {

class Workspace;

struct ExportOptions
{
    QString peerName;
    QString outPath;
    qint64 since = -1; // export changes after this sequence; -1: after what the peer confirmed
    QStringList scope; // entities or groups (premises, certificates, inspections); empty: all
};

// Writes the changes a peer has not confirmed yet (or those after a chosen point) into a signed
// bundle encrypted to that peer. Changes that the peer made itself are left out; changes that
// reached this installation from a third one are included, so bundles can be relayed.
class SyncExporter
{
public:
    explicit SyncExporter(Workspace& ws) : m_ws(ws) {}

    Result<BundleHeader> run(const security::InstallationKeys& keys, const ExportOptions& options);

    // Table names for scope words: a user table's own name or one of the groups.
    static Result<QStringList> expandScope(Workspace& ws, const QStringList& words);

private:
    Workspace& m_ws;
};

} // namespace regie
