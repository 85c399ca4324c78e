#pragma once

#include <QString>

namespace regie {

// Hybrid logical clock. A stamp is "<13-digit ms>-<4 hex counter>-<installation id>", so the
// lexicographic order of stamps is their causal order, ties broken by installation.
class Hlc
{
public:
    explicit Hlc(const QString& installationId = {}) { setInstallation(installationId); }

    void setInstallation(const QString& id)
    {
        m_installation = id;
        m_installationAscii = id.toLatin1();
    }
    // A new stamp, later than every stamp issued or observed so far.
    QString tick(qint64 physicalMs);
    // The same, as ASCII bytes: what the write path binds for every changed field.
    QByteArray tickAscii(qint64 physicalMs);
    // Takes in a stamp seen from elsewhere (or from the log at start-up).
    void observe(const QString& stamp);

    static QString format(qint64 ms, int counter, const QString& installation);
    static QByteArray formatAscii(qint64 ms, int counter, const QByteArray& installation);
    static bool parse(const QString& stamp, qint64* ms, int* counter, QString* installation);

private:
    void advance(qint64 physicalMs);

    QString m_installation;
    QByteArray m_installationAscii;
    qint64 m_lastMs = 0;
    int m_counter = 0;
};

} // namespace regie
